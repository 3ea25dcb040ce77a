// Routes of the reports module (registered by app.ts under /api). Every route declares a policy from
// auth/policies/reports.ts; the agency scope is checked in the service.
import { z } from 'zod';
import type { ReportListRow } from '../../../../../packages/db/src/repositories/reports.ts';
import { headerFromAgency } from '../../../../../packages/documents/src/builders/generic.ts';
import type { Ctx } from '../../context.ts';
import { errors } from '../../errors.ts';
import { contentDisposition, iterateWith, sendXlsx } from '../../http/export.ts';
import type { ExportColumn } from '../../../../../packages/spreadsheets/src/list-export.ts';
import { KIND_LABEL, type ReportKind } from './template.ts';
import { IdParams, NoContent } from '../../http/schemas.ts';
import { actorOf, type Api } from '../../http/types.ts';
import {
  ListQuery,
  ReportCreate,
  ReportDetailSchema,
  ReportSummarySchema,
  SectionInput,
  SectionParams,
  VersionBody,
} from './schemas.ts';
import * as service from './service.ts';

const TAGS = ['reports'];
const DOCX_MIME = 'application/vnd.openxmlformats-officedocument.wordprocessingml.document';

const iso = (d: Date | string | null): string | null =>
  d === null ? null : d instanceof Date ? d.toISOString() : String(d);

function presentReport(r: ReportListRow) {
  return {
    id: r.id,
    agencyId: r.agency_id,
    agencyName: r.agency_name,
    year: r.year,
    kind: r.kind,
    periodFrom: r.period_from,
    periodTo: r.period_to,
    title: r.title,
    status: r.status,
    generatedAt: iso(r.generated_at),
    updatedAt: iso(r.updated_at)!,
    version: r.version,
  };
}

function presentDetail(d: service.ReportDetail) {
  return {
    report: presentReport(d.report),
    sections: d.sections,
    facts: d.facts as unknown as Record<string, unknown>,
    model: {
      title: d.model.title,
      parts: d.model.parts,
      recipients: d.model.recipients,
      archive: d.model.archive,
      signature: d.model.signature,
      header: (({ parentBody, issuingBody, place, number }) => ({ parentBody, issuingBody, place, number }))(
        headerFromAgency(d.model.agency, { kind: 'bao-cao', number: null, date: null }),
      ),
    },
  };
}

const EXPORT_COLUMNS: ExportColumn<ReportListRow>[] = [
  { header: 'Năm', width: 8, type: 'number', value: (r) => r.year },
  { header: 'Loại', width: 16, value: (r) => KIND_LABEL[r.kind as ReportKind] ?? r.kind },
  { header: 'Trích yếu', width: 70, value: (r) => r.title },
  { header: 'Từ ngày', width: 12, type: 'date', value: (r) => r.period_from },
  { header: 'Đến ngày', width: 12, type: 'date', value: (r) => r.period_to },
  { header: 'Cơ quan', width: 34, value: (r) => r.agency_name },
  {
    header: 'Số liệu tạo lúc',
    width: 18,
    type: 'datetime',
    value: (r) => iso(r.generated_at),
  },
];

export async function reportRoutes(app: Api, ctx: Ctx): Promise<void> {
  app.get(
    '/reports/export.xlsx',
    {
      config: { policy: 'reports:read' },
      schema: {
        tags: TAGS,
        summary: 'Xuất danh sách báo cáo ra Excel (lọc theo năm)',
        querystring: ListQuery,
      },
    },
    async (req, reply) =>
      sendXlsx(reply, {
        filename: `bao-cao${req.query.year ? `-${req.query.year}` : ''}.xlsx`,
        sheetName: 'Báo cáo',
        title: 'Danh sách báo cáo sơ kết, tổng kết công tác thi đua, khen thưởng',
        columns: EXPORT_COLUMNS,
        rows: iterateWith(() => service.listReports(ctx, actorOf(req), req.query.year)),
        timeZone: ctx.config.timeZone,
      }),
  );

  app.get(
    '/reports',
    {
      config: { policy: 'reports:read' },
      schema: {
        tags: TAGS,
        summary: 'Báo cáo sơ kết 6 tháng, tổng kết năm của các cơ quan trong phạm vi (mới nhất trước)',
        querystring: ListQuery,
        response: { 200: z.array(ReportSummarySchema) },
      },
    },
    async (req) => (await service.listReports(ctx, actorOf(req), req.query.year)).map(presentReport),
  );

  app.post(
    '/reports',
    {
      config: { policy: 'reports:write' },
      schema: {
        tags: TAGS,
        summary:
          'Tạo báo cáo (sơ kết 6 tháng hoặc tổng kết năm): lấy số liệu từ dữ liệu, dùng lại các đoạn văn của báo cáo cùng loại trước đó',
        body: ReportCreate,
        response: { 201: ReportDetailSchema },
      },
    },
    async (req, reply) => {
      const actor = actorOf(req);
      const agencyId = req.body.agencyId ?? actor.agencyId;
      if (!agencyId) throw errors.field('agencyId', 'Hãy chọn cơ quan.');
      const d = await service.createReport(ctx, actor, { ...req.body, agencyId });
      return reply.code(201).send(presentDetail(d));
    },
  );

  app.get(
    '/reports/:id',
    {
      config: { policy: 'reports:read' },
      schema: {
        tags: TAGS,
        summary: 'Xem trước báo cáo: các phần số liệu (từ lần tạo gần nhất) và các đoạn văn của cán bộ',
        params: IdParams,
        response: { 200: ReportDetailSchema },
      },
    },
    async (req) => presentDetail(await service.getReport(ctx, actorOf(req), req.params.id)),
  );

  app.post(
    '/reports/:id/generate',
    {
      config: { policy: 'reports:write' },
      schema: {
        tags: TAGS,
        summary: 'Tạo lại số liệu của báo cáo từ dữ liệu hiện tại (giữ nguyên các đoạn văn; gửi kèm version)',
        params: IdParams,
        body: VersionBody,
        response: { 200: ReportDetailSchema },
      },
    },
    async (req) =>
      presentDetail(await service.regenerate(ctx, actorOf(req), req.params.id, req.body.version)),
  );

  app.put(
    '/reports/:id/sections/:key',
    {
      config: { policy: 'reports:write' },
      schema: {
        tags: TAGS,
        summary: 'Lưu một đoạn văn của báo cáo (theo khoá; gửi version của đoạn khi đã có)',
        params: SectionParams,
        body: SectionInput,
        response: { 200: ReportDetailSchema },
      },
    },
    async (req) =>
      presentDetail(await service.saveSection(ctx, actorOf(req), req.params.id, req.params.key, req.body)),
  );

  app.get(
    '/reports/:id/report.docx',
    {
      config: { policy: 'reports:read' },
      schema: { tags: TAGS, summary: 'Tải báo cáo (.docx, thể thức Nghị định 30/2020)', params: IdParams },
    },
    async (req, reply) => {
      const f = await service.reportDocx(ctx, actorOf(req), req.params.id);
      return reply
        .header('content-type', DOCX_MIME)
        .header('content-disposition', contentDisposition(f.filename))
        .send(f.content);
    },
  );

  app.delete(
    '/reports/:id',
    {
      config: { policy: 'reports:write' },
      schema: {
        tags: TAGS,
        summary: 'Xoá báo cáo cùng các đoạn văn (gửi kèm version)',
        params: IdParams,
        body: VersionBody,
        response: { 204: NoContent },
      },
    },
    async (req, reply) => {
      await service.deleteReport(ctx, actorOf(req), req.params.id, req.body.version);
      return reply.code(204).send();
    },
  );
}
