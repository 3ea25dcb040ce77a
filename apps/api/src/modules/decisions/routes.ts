// Routes of the decisions module (registered by app.ts under /api): quyết định khen thưởng (list, export,
// register received, issue own with its .docx, annul, scans, council lists) and award history (per person,
// unit, agency; Excel template, import job and export). Every route declares a policy from
// auth/policies/decisions.ts.
import { z } from 'zod';
import {
  AWARD_HISTORY_COLUMNS,
  buildAwardHistoryTemplate,
} from '../../../../../packages/spreadsheets/src/award-history.ts';
import { XLSX_MIME } from '../../../../../packages/spreadsheets/src/list-export.ts';
import type { Ctx } from '../../context.ts';
import { errors } from '../../errors.ts';
import { contentDisposition, iterateWith, sendXlsx, ymd } from '../../http/export.ts';
import { IdParams } from '../../http/schemas.ts';
import { actorOf, type Api } from '../../http/types.ts';
import * as repo from '../../../../../packages/db/src/repositories/decisions.ts';
import { decisionDocx } from './document.ts';
import { AWARD_HISTORY_IMPORT_JOB, historyImportHandler, queueHistoryImport } from './import.ts';
import {
  DECISION_EXPORT_COLUMNS,
  HISTORY_EXPORT_COLUMNS,
  presentDecision,
  presentDecisionRow,
  presentHistoryRow,
} from './presenter.ts';
import {
  AnnulInput,
  DecisionListQuery,
  DecisionRowSchema,
  DecisionSchema,
  ElectedQuery,
  ElectedSchema,
  HistorySchema,
  ImportQuery,
  JobQueued,
  OwnInput,
  ReceivedInput,
  RecipientParams,
  SessionSchema,
  SessionsQuery,
} from './schemas.ts';
import * as service from './service.ts';

const TAGS = ['decisions'];
const HISTORY_TAGS = ['award-history'];
const HistoryParams = z.object({
  kind: z.enum(['ca-nhan', 'don-vi', 'co-quan']),
  id: z.coerce.number().int().positive(),
});
const KIND_OF = { 'ca-nhan': 'person', 'don-vi': 'unit', 'co-quan': 'agency' } as const;

export async function decisionRoutes(app: Api, ctx: Ctx): Promise<void> {
  app.tdkt.jobs.register(AWARD_HISTORY_IMPORT_JOB, historyImportHandler);

  app.get(
    '/decisions',
    {
      config: { policy: 'decisions:read' },
      schema: {
        tags: TAGS,
        summary: 'Danh sách quyết định khen thưởng (lọc theo năm, cấp quyết định, hình thức, trạng thái)',
        querystring: DecisionListQuery,
        response: { 200: z.array(DecisionRowSchema) },
      },
    },
    async (req) => (await service.listDecisions(ctx, actorOf(req), req.query)).map(presentDecisionRow),
  );
  app.get(
    '/decisions/export.xlsx',
    {
      config: { policy: 'decisions:read' },
      schema: {
        tags: TAGS,
        summary: 'Xuất danh sách quyết định khen thưởng ra Excel',
        querystring: DecisionListQuery,
      },
    },
    async (req, reply) =>
      sendXlsx(reply, {
        filename: `quyet-dinh-khen-thuong-${req.query.year ?? ymd()}.xlsx`,
        sheetName: 'Quyết định khen thưởng',
        title: `Quyết định khen thưởng${req.query.year ? ` năm ${req.query.year}` : ''}`,
        columns: DECISION_EXPORT_COLUMNS,
        rows: iterateWith(async () =>
          (await service.listDecisions(ctx, actorOf(req), req.query)).map(presentDecisionRow),
        ),
        timeZone: ctx.config.timeZone,
      }),
  );
  app.get(
    '/decisions/council-sessions',
    {
      config: { policy: 'decisions:write' },
      schema: {
        tags: TAGS,
        summary: 'Các phiên họp bình xét của Hội đồng TĐKT trong năm (để lấy danh sách được bầu)',
        querystring: SessionsQuery,
        response: { 200: SessionSchema },
      },
    },
    async (req) => service.councilSessions(ctx, actorOf(req), req.query.year, req.query.agencyId),
  );
  app.get(
    '/decisions/council-elected',
    {
      config: { policy: 'decisions:write' },
      schema: {
        tags: TAGS,
        summary: 'Danh sách được Hội đồng bầu (đạt) cho một danh hiệu trong một phiên họp',
        querystring: ElectedQuery,
        response: { 200: ElectedSchema },
      },
    },
    async (req) => service.councilElected(ctx, actorOf(req), req.query.sessionId, req.query.code),
  );
  app.get(
    '/decisions/:id',
    {
      config: { policy: 'decisions:read' },
      schema: {
        tags: TAGS,
        summary: 'Chi tiết quyết định: người và tập thể được khen, đề nghị được trả lời, văn bản',
        params: IdParams,
        response: { 200: DecisionSchema },
      },
    },
    async (req) => presentDecision(await service.getDecision(ctx, actorOf(req), req.params.id)),
  );
  app.post(
    '/decisions/received',
    {
      config: { policy: 'decisions:write' },
      schema: {
        tags: TAGS,
        summary:
          'Ghi nhận quyết định khen thưởng của cấp trên (số, ngày, cấp, hình thức, thời gian thành tích, người và tập thể; đề nghị được trả lời chuyển sang "đã có quyết định")',
        body: ReceivedInput,
        response: { 201: DecisionSchema },
      },
    },
    async (req, reply) =>
      reply.code(201).send(presentDecision(await service.registerReceived(ctx, actorOf(req), req.body))),
  );
  app.post(
    '/decisions/own',
    {
      config: { policy: 'decisions:write' },
      schema: {
        tags: TAGS,
        summary:
          'Ban hành quyết định của cơ quan (Giấy khen, LĐTT, CSTĐCS, Tập thể LĐTT, Tập thể LĐXS): vào sổ văn bản đi, ghi quyết định và danh sách trong một giao dịch',
        body: OwnInput,
        response: { 201: DecisionSchema },
      },
    },
    async (req, reply) =>
      reply.code(201).send(presentDecision(await service.issueOwn(ctx, actorOf(req), req.body))),
  );
  app.get(
    '/decisions/:id/document.docx',
    {
      config: { policy: 'decisions:read' },
      schema: { tags: TAGS, summary: 'Quyết định của cơ quan (.docx, Nghị định 30/2020)', params: IdParams },
    },
    async (req, reply) => {
      const f = await decisionDocx(ctx, actorOf(req), req.params.id, 'decision');
      return reply
        .header('content-type', 'application/vnd.openxmlformats-officedocument.wordprocessingml.document')
        .header('content-disposition', contentDisposition(f.filename))
        .send(f.buffer);
    },
  );
  app.get(
    '/decisions/:id/list.docx',
    {
      config: { policy: 'decisions:read' },
      schema: { tags: TAGS, summary: 'Danh sách kèm theo quyết định (.docx)', params: IdParams },
    },
    async (req, reply) => {
      const f = await decisionDocx(ctx, actorOf(req), req.params.id, 'list');
      return reply
        .header('content-type', 'application/vnd.openxmlformats-officedocument.wordprocessingml.document')
        .header('content-disposition', contentDisposition(f.filename))
        .send(f.buffer);
    },
  );
  app.post(
    '/decisions/:id/annul',
    {
      config: { policy: 'decisions:write' },
      schema: {
        tags: TAGS,
        summary:
          'Hủy, thu hồi cả quyết định (ngày, lý do, quyết định hủy); vẫn giữ trong lịch sử, không còn được tính',
        params: IdParams,
        body: AnnulInput,
        response: { 200: DecisionSchema },
      },
    },
    async (req) => presentDecision(await service.annulDecision(ctx, actorOf(req), req.params.id, req.body)),
  );
  app.post(
    '/decisions/:id/recipients/:recipientId/annul',
    {
      config: { policy: 'decisions:write' },
      schema: {
        tags: TAGS,
        summary: 'Thu hồi khen thưởng của một người hoặc tập thể trong quyết định',
        params: RecipientParams,
        body: AnnulInput,
        response: { 200: DecisionSchema },
      },
    },
    async (req) =>
      presentDecision(
        await service.annulRecipient(ctx, actorOf(req), req.params.id, req.params.recipientId, req.body),
      ),
  );
  app.post(
    '/decisions/:id/scan',
    {
      config: { policy: 'decisions:write' },
      schema: {
        tags: TAGS,
        summary: 'Đính kèm bản quét quyết định (multipart, trường "file")',
        params: IdParams,
        consumes: ['multipart/form-data'],
        response: { 200: DecisionSchema },
      },
    },
    async (req) => {
      if (!req.isMultipart()) throw errors.field('file', 'Hãy gửi tệp trong trường "file".');
      const part = await req.file();
      if (!part || part.fieldname !== 'file') throw errors.field('file', 'Hãy gửi tệp trong trường "file".');
      const content = await part.toBuffer();
      if (part.file.truncated) throw errors.field('file', 'Tệp quá lớn.');
      return presentDecision(
        await service.attachScan(ctx, actorOf(req), req.params.id, {
          name: part.filename || 'ban-quet-quyet-dinh',
          mime: part.mimetype,
          content,
        }),
      );
    },
  );
  app.get(
    '/decisions/:id/scan',
    {
      config: { policy: 'decisions:read' },
      schema: { tags: TAGS, summary: 'Tải bản quét quyết định', params: IdParams },
    },
    async (req, reply) => {
      const f = await service.scanOf(ctx, actorOf(req), req.params.id);
      return reply
        .header('content-type', f.mime)
        .header('content-disposition', contentDisposition(f.name))
        .send(Buffer.from(f.content));
    },
  );

  // ── award history ──
  app.get(
    '/award-history/import/template.xlsx',
    {
      config: { policy: 'award-history:import' },
      schema: {
        tags: HISTORY_TAGS,
        summary: `Tệp mẫu nhập quá trình khen thưởng (cột: ${AWARD_HISTORY_COLUMNS.map((c) => c.header).join(', ')})`,
        querystring: ImportQuery,
      },
    },
    async (req, reply) => {
      const agencyId = service.writeAgency(actorOf(req), req.query.agencyId);
      const people = await repo.peopleForMatching(ctx.db, agencyId);
      const buf = await buildAwardHistoryTemplate(
        people.map((p) => ({ code: p.code, fullName: p.full_name, birthDate: p.birth_date })),
      );
      return reply
        .header('content-type', XLSX_MIME)
        .header('content-disposition', contentDisposition('mau-nhap-qua-trinh-khen-thuong.xlsx'))
        .send(buf);
    },
  );
  app.post(
    '/award-history/import',
    {
      config: { policy: 'award-history:import' },
      schema: {
        tags: HISTORY_TAGS,
        summary:
          'Nhập quá trình khen thưởng từ Excel (multipart, trường "file"); chạy thành công việc nền; lỗi thì nêu từng dòng, cột và không ghi gì',
        consumes: ['multipart/form-data'],
        querystring: ImportQuery,
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
      const maxYear = Number(service.today(ctx).slice(0, 4));
      const jobId = await queueHistoryImport(
        ctx,
        actor,
        app.tdkt.jobs,
        req.query.agencyId,
        { name: part.filename || 'qua-trinh-khen-thuong.xlsx', content },
        maxYear,
      );
      return reply.code(202).send({ jobId });
    },
  );
  app.get(
    '/award-history/:kind/:id',
    {
      config: { policy: 'award-history:read' },
      schema: {
        tags: HISTORY_TAGS,
        summary:
          'Quá trình khen thưởng của một cá nhân (ca-nhan), đơn vị (don-vi) hoặc cơ quan (co-quan), kèm căn cứ; quyết định đã hủy vẫn hiện, không được tính',
        params: HistoryParams,
        response: { 200: HistorySchema },
      },
    },
    async (req) => {
      const h = await service.history(ctx, actorOf(req), KIND_OF[req.params.kind], req.params.id);
      return { subject: h.subject, rows: h.rows.map(presentHistoryRow) };
    },
  );
  app.get(
    '/award-history/:kind/:id/export.xlsx',
    {
      config: { policy: 'award-history:read' },
      schema: { tags: HISTORY_TAGS, summary: 'Xuất quá trình khen thưởng ra Excel', params: HistoryParams },
    },
    async (req, reply) => {
      const h = await service.history(ctx, actorOf(req), KIND_OF[req.params.kind], req.params.id);
      return sendXlsx(reply, {
        filename: `qua-trinh-khen-thuong-${h.subject.name}.xlsx`,
        sheetName: 'Quá trình khen thưởng',
        title: `Quá trình khen thưởng — ${h.subject.name}`,
        columns: HISTORY_EXPORT_COLUMNS,
        rows: iterateWith(async () => h.rows.map(presentHistoryRow)),
        timeZone: ctx.config.timeZone,
      });
    },
  );
}
