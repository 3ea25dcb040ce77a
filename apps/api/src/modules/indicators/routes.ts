import { z } from 'zod';
import { XLSX_MIME } from '../../../../../packages/spreadsheets/src/list-export.ts';
import type { Ctx } from '../../context.ts';
import { errors } from '../../errors.ts';
import { contentDisposition } from '../../http/export.ts';
import { IdParams, NoContent } from '../../http/schemas.ts';
import { actorOf, type Api } from '../../http/types.ts';
import type { Actor } from '../../auth/actor.ts';
import { assertRead } from './access.ts';
import * as ap from './admin-procedures.ts';
import { exportWorkbook, importHandler, INDICATORS_IMPORT_JOB, queueImport } from './excel.ts';
import { presentIndicator } from './presenter.ts';
import {
  AdminProcedureCreate,
  AdminProcedureSchema,
  AdminProcedureUpdate,
  CellInput,
  CellParams,
  CellSchema,
  GridQuery,
  GridSchema,
  JobQueued,
  IndicatorCreate,
  IndicatorSchema,
  IndicatorUpdate,
  RevisionQuery,
  RevisionSchema,
  SummaryQuery,
  SummarySchema,
  VersionBody,
  YearQuery,
} from './schemas.ts';
import * as service from './service.ts';

const TAGS = ['indicators'];

/** The agency asked for, or the actor's own. */
function agencyOf(actor: Actor, agencyId: number | undefined): number {
  const id = agencyId ?? actor.agencyId;
  if (!id) throw errors.field('agencyId', 'Hãy chọn cơ quan.');
  return id;
}

export async function indicatorRoutes(app: Api, ctx: Ctx): Promise<void> {
  app.tdkt.jobs.register(INDICATORS_IMPORT_JOB, importHandler);

  app.get(
    '/indicators',
    {
      config: { policy: 'indicators:read' },
      schema: {
        tags: TAGS,
        summary: 'Chỉ tiêu của cơ quan trong năm (chỉ tiêu con ngay sau chỉ tiêu cha)',
        querystring: YearQuery,
        response: { 200: z.array(IndicatorSchema) },
      },
    },
    async (req) => {
      const actor = actorOf(req);
      return (
        await service.listIndicators(ctx, actor, agencyOf(actor, req.query.agencyId), req.query.year)
      ).map(presentIndicator);
    },
  );

  app.get(
    '/indicators/grid',
    {
      config: { policy: 'indicators:read' },
      schema: {
        tags: TAGS,
        summary: 'Bảng nhập số liệu: chỉ tiêu × 12 tháng (ước, thực hiện), lũy kế, % kế hoạch, so cùng kỳ',
        querystring: GridQuery,
        response: { 200: GridSchema },
      },
    },
    async (req) => {
      const actor = actorOf(req);
      const g = await service.getGrid(
        ctx,
        actor,
        agencyOf(actor, req.query.agencyId),
        req.query.year,
        req.query.uptoMonth,
      );
      return { ...g, rows: g.rows.map((r) => ({ ...r, indicator: presentIndicator(r.indicator) })) };
    },
  );

  app.get(
    '/indicators/summary',
    {
      config: { policy: 'indicators:read' },
      schema: {
        tags: TAGS,
        summary:
          'Số liệu cho báo cáo đến hết một tháng: từng chỉ tiêu (thô và viết kiểu Việt Nam) và thủ tục hành chính',
        querystring: SummaryQuery,
        response: { 200: SummarySchema },
      },
    },
    async (req) => {
      const actor = actorOf(req);
      const agencyId = agencyOf(actor, req.query.agencyId);
      assertRead(actor, agencyId);
      return service.getIndicatorSummary(ctx, agencyId, req.query.year, req.query.uptoMonth);
    },
  );

  app.get(
    '/indicators/export.xlsx',
    {
      config: { policy: 'indicators:read' },
      schema: { tags: TAGS, summary: 'Xuất bảng số liệu chỉ tiêu của năm ra Excel', querystring: GridQuery },
    },
    async (req, reply) => {
      const actor = actorOf(req);
      const buf = await exportWorkbook(
        ctx,
        actor,
        agencyOf(actor, req.query.agencyId),
        req.query.year,
        true,
        req.query.uptoMonth,
      );
      return reply
        .header('content-type', XLSX_MIME)
        .header('content-disposition', contentDisposition(`chi-tieu-${req.query.year}.xlsx`))
        .send(buf);
    },
  );

  app.get(
    '/indicators/import/template.xlsx',
    {
      config: { policy: 'indicators:write' },
      schema: {
        tags: TAGS,
        summary: 'Tệp mẫu nhập số liệu chỉ tiêu của năm (mã, tên, Ước/Thực hiện × 12 tháng)',
        querystring: YearQuery,
      },
    },
    async (req, reply) => {
      const actor = actorOf(req);
      const buf = await exportWorkbook(
        ctx,
        actor,
        agencyOf(actor, req.query.agencyId),
        req.query.year,
        false,
      );
      return reply
        .header('content-type', XLSX_MIME)
        .header('content-disposition', contentDisposition(`mau-nhap-chi-tieu-${req.query.year}.xlsx`))
        .send(buf);
    },
  );

  app.post(
    '/indicators/import',
    {
      config: { policy: 'indicators:write' },
      schema: {
        tags: TAGS,
        summary:
          'Nhập số liệu chỉ tiêu từ Excel (multipart, trường "file"); chạy thành công việc nền (GET /api/jobs/:id): lỗi thì nêu từng dòng, cột và không ghi gì',
        consumes: ['multipart/form-data'],
        querystring: YearQuery,
        response: { 202: JobQueued },
      },
    },
    async (req, reply) => {
      const actor = actorOf(req);
      if (!req.isMultipart()) throw errors.field('file', 'Hãy gửi tệp Excel (.xlsx) trong trường "file".');
      const part = await req.file();
      if (!part || part.fieldname !== 'file')
        throw errors.field('file', 'Hãy gửi tệp Excel (.xlsx) trong trường "file".');
      const content = await part.toBuffer();
      if (part.file.truncated) throw errors.field('file', 'Tệp quá lớn.');
      const jobId = await queueImport(
        ctx,
        actor,
        app.tdkt.jobs,
        agencyOf(actor, req.query.agencyId),
        req.query.year,
        { name: part.filename || 'chi-tieu.xlsx', content },
      );
      return reply.code(202).send({ jobId });
    },
  );

  app.post(
    '/indicators',
    {
      config: { policy: 'indicators:write' },
      schema: {
        tags: TAGS,
        summary: 'Thêm chỉ tiêu',
        body: IndicatorCreate,
        response: { 201: IndicatorSchema },
      },
    },
    async (req, reply) => {
      const actor = actorOf(req);
      const { agencyId, year, ...input } = req.body;
      return reply
        .code(201)
        .send(
          presentIndicator(await service.createIndicator(ctx, actor, agencyOf(actor, agencyId), year, input)),
        );
    },
  );

  app.put(
    '/indicators/:id',
    {
      config: { policy: 'indicators:write' },
      schema: {
        tags: TAGS,
        summary: 'Sửa chỉ tiêu (gửi kèm version)',
        params: IdParams,
        body: IndicatorUpdate,
        response: { 200: IndicatorSchema },
      },
    },
    async (req) =>
      presentIndicator(await service.updateIndicator(ctx, actorOf(req), req.params.id, req.body)),
  );

  app.delete(
    '/indicators/:id',
    {
      config: { policy: 'indicators:write' },
      schema: {
        tags: TAGS,
        summary: 'Xoá chỉ tiêu cùng số liệu các tháng (gửi kèm version)',
        params: IdParams,
        body: VersionBody,
        response: { 204: NoContent },
      },
    },
    async (req, reply) => {
      await service.deleteIndicator(ctx, actorOf(req), req.params.id, req.body.version);
      return reply.code(204).send();
    },
  );

  app.put(
    '/indicators/:id/values/:month/:kind',
    {
      config: { policy: 'indicators:write' },
      schema: {
        tags: TAGS,
        summary: 'Ghi số liệu một ô (tháng, ước/thực hiện); mọi trường trống thì xoá ô. Lưu lịch sử sửa đổi.',
        params: CellParams,
        body: CellInput,
        response: { 200: z.object({ changed: z.boolean(), cell: CellSchema.nullable() }) },
      },
    },
    async (req) =>
      service.setValue(ctx, actorOf(req), req.params.id, req.params.month, req.params.kind, req.body),
  );

  app.get(
    '/indicators/:id/revisions',
    {
      config: { policy: 'indicators:read' },
      schema: {
        tags: TAGS,
        summary: 'Lịch sử sửa đổi số liệu của chỉ tiêu (mới nhất trước)',
        params: IdParams,
        querystring: RevisionQuery,
        response: { 200: z.array(RevisionSchema) },
      },
    },
    async (req) => service.revisions(ctx, actorOf(req), req.params.id, req.query),
  );

  app.get(
    '/admin-procedures',
    {
      config: { policy: 'indicators:read' },
      schema: {
        tags: TAGS,
        summary: 'Số liệu giải quyết thủ tục hành chính của năm',
        querystring: YearQuery,
        response: { 200: z.array(AdminProcedureSchema) },
      },
    },
    async (req) => {
      const actor = actorOf(req);
      return ap.listAdminProcedures(ctx, actor, agencyOf(actor, req.query.agencyId), req.query.year);
    },
  );

  app.post(
    '/admin-procedures',
    {
      config: { policy: 'indicators:write' },
      schema: {
        tags: TAGS,
        summary: 'Thêm số liệu thủ tục hành chính của một kỳ',
        body: AdminProcedureCreate,
        response: { 201: AdminProcedureSchema },
      },
    },
    async (req, reply) => {
      const actor = actorOf(req);
      const { agencyId, ...input } = req.body;
      return reply
        .code(201)
        .send(await ap.createAdminProcedures(ctx, actor, agencyOf(actor, agencyId), input));
    },
  );

  app.put(
    '/admin-procedures/:id',
    {
      config: { policy: 'indicators:write' },
      schema: {
        tags: TAGS,
        summary: 'Sửa số liệu thủ tục hành chính',
        params: IdParams,
        body: AdminProcedureUpdate,
        response: { 200: AdminProcedureSchema },
      },
    },
    async (req) => ap.updateAdminProcedures(ctx, actorOf(req), req.params.id, req.body),
  );

  app.delete(
    '/admin-procedures/:id',
    {
      config: { policy: 'indicators:write' },
      schema: {
        tags: TAGS,
        summary: 'Xoá số liệu thủ tục hành chính',
        params: IdParams,
        body: VersionBody,
        response: { 204: NoContent },
      },
    },
    async (req, reply) => {
      await ap.deleteAdminProcedures(ctx, actorOf(req), req.params.id, req.body.version);
      return reply.code(204).send();
    },
  );
}
