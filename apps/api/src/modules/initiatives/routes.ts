import { z } from 'zod';
import type { Ctx } from '../../context.ts';
import { errors } from '../../errors.ts';
import { IdParams } from '../../http/schemas.ts';
import { contentDisposition, iterateWith, sendXlsx, ymd } from '../../http/export.ts';
import { actorOf, type Api } from '../../http/types.ts';
import {
  CouncilSchema,
  INITIATIVE_EXPORT_COLUMNS,
  InitiativeRowSchema,
  InitiativeSchema,
  SessionSchema,
  presentCouncil,
  presentInitiative,
  presentInitiativeRow,
  presentSession,
} from './presenter.ts';
import {
  CouncilInput,
  CriteriaInput,
  InitiativeInput,
  InitiativeListQuery,
  InitiativeUpdate,
  MinutesInput,
  RecusalInput,
  ResultInput,
  ReviewInput,
  ScoresInput,
  SessionInput,
} from './schemas.ts';
import { minutesDocx } from './minutes.ts';
import * as service from './service.ts';

const TAGS = ['initiatives'];

export async function initiativeRoutes(app: Api, ctx: Ctx): Promise<void> {
  app.get(
    '/initiatives',
    {
      config: { policy: 'initiatives:read' },
      schema: {
        tags: TAGS,
        summary: 'Danh sách sáng kiến trong phạm vi của người dùng',
        querystring: InitiativeListQuery,
        response: { 200: z.array(InitiativeRowSchema) },
      },
    },
    async (req) =>
      (await service.listInitiatives(ctx, actorOf(req), req.query)).map((x) =>
        presentInitiativeRow(x.row, x.authors),
      ),
  );
  app.get(
    '/initiatives/export.xlsx',
    {
      config: { policy: 'initiatives:read' },
      schema: { tags: TAGS, summary: 'Xuất danh sách sáng kiến ra Excel', querystring: InitiativeListQuery },
    },
    async (req, reply) =>
      sendXlsx(reply, {
        filename: `danh-sach-sang-kien-${ymd()}.xlsx`,
        sheetName: 'Sáng kiến',
        columns: INITIATIVE_EXPORT_COLUMNS,
        rows: iterateWith(async () =>
          (await service.listInitiatives(ctx, actorOf(req), req.query)).map((x) =>
            presentInitiativeRow(x.row, x.authors),
          ),
        ),
        timeZone: ctx.config.timeZone,
      }),
  );
  app.get(
    '/initiatives/:id',
    {
      config: { policy: 'initiatives:read' },
      schema: {
        tags: TAGS,
        summary: 'Chi tiết sáng kiến: tác giả, tệp, điểm của từng thành viên',
        params: IdParams,
        response: { 200: InitiativeSchema },
      },
    },
    async (req) => presentInitiative(await service.getInitiative(ctx, actorOf(req), req.params.id)),
  );
  app.post(
    '/initiatives',
    {
      config: { policy: 'initiatives:register' },
      schema: {
        tags: TAGS,
        summary: 'Đăng ký sáng kiến (tác giả và tỷ lệ đóng góp)',
        body: InitiativeInput,
        response: { 201: InitiativeSchema },
      },
    },
    async (req, reply) =>
      reply.code(201).send(presentInitiative(await service.createInitiative(ctx, actorOf(req), req.body))),
  );
  app.put(
    '/initiatives/:id',
    {
      config: { policy: 'initiatives:register' },
      schema: {
        tags: TAGS,
        summary: 'Sửa sáng kiến (gửi kèm version)',
        params: IdParams,
        body: InitiativeUpdate,
        response: { 200: InitiativeSchema },
      },
    },
    async (req) =>
      presentInitiative(await service.updateInitiative(ctx, actorOf(req), req.params.id, req.body)),
  );
  app.post(
    '/initiatives/:id/files',
    {
      config: { policy: 'initiatives:register' },
      schema: {
        tags: TAGS,
        summary: 'Đính kèm tệp (multipart, trường "file")',
        params: IdParams,
        consumes: ['multipart/form-data'],
        response: { 200: InitiativeSchema },
      },
    },
    async (req) => {
      if (!req.isMultipart()) throw errors.field('file', 'Hãy gửi tệp trong trường "file".');
      const part = await req.file();
      if (!part || part.fieldname !== 'file') throw errors.field('file', 'Hãy gửi tệp trong trường "file".');
      const content = await part.toBuffer();
      if (part.file.truncated) throw errors.field('file', 'Tệp quá lớn.');
      return presentInitiative(
        await service.attachFile(
          ctx,
          actorOf(req),
          req.params.id,
          { name: part.filename || 'tep-dinh-kem', mime: part.mimetype, content },
          null,
        ),
      );
    },
  );
  app.get(
    '/initiatives/:id/files/:fileId',
    {
      config: { policy: 'initiatives:read' },
      schema: {
        tags: TAGS,
        summary: 'Tải tệp đính kèm',
        params: IdParams.extend({ fileId: z.coerce.number().int().positive() }),
      },
    },
    async (req, reply) => {
      const f = await service.fileOf(ctx, actorOf(req), req.params.id, req.params.fileId);
      return reply
        .header('content-type', f.mime)
        .header('content-disposition', contentDisposition(f.name))
        .send(f.content);
    },
  );
  app.post(
    '/initiatives/:id/review',
    {
      config: { policy: 'initiatives:decide' },
      schema: {
        tags: TAGS,
        summary: 'Đưa sáng kiến ra phiên họp Hội đồng (ghi xung đột lợi ích)',
        params: IdParams,
        body: ReviewInput,
        response: { 200: InitiativeSchema },
      },
    },
    async (req) =>
      presentInitiative(await service.sendToCouncil(ctx, actorOf(req), req.params.id, req.body.sessionId)),
  );
  app.post(
    '/initiatives/:id/recusals',
    {
      config: { policy: 'initiatives:score' },
      schema: {
        tags: TAGS,
        summary: 'Thành viên khai báo quan hệ và xin không chấm (kèm lý do)',
        params: IdParams,
        body: RecusalInput,
        response: { 200: InitiativeSchema },
      },
    },
    async (req) =>
      presentInitiative(
        await service.recuse(ctx, actorOf(req), req.params.id, req.body.reason, req.body.memberId),
      ),
  );
  app.put(
    '/initiatives/:id/scores',
    {
      config: { policy: 'initiatives:score' },
      schema: {
        tags: TAGS,
        summary:
          'Thành viên Hội đồng chấm điểm theo bộ tiêu chí (tác giả và trưởng đơn vị của tác giả bị từ chối)',
        params: IdParams,
        body: ScoresInput,
        response: { 200: InitiativeSchema },
      },
    },
    async (req) => presentInitiative(await service.score(ctx, actorOf(req), req.params.id, req.body)),
  );
  app.post(
    '/initiatives/:id/result',
    {
      config: { policy: 'initiatives:decide' },
      schema: {
        tags: TAGS,
        summary: 'Kết quả: công nhận (phạm vi cơ sở, đề nghị cấp tỉnh) hoặc không',
        params: IdParams,
        body: ResultInput,
        response: { 200: InitiativeSchema },
      },
    },
    async (req) => presentInitiative(await service.decide(ctx, actorOf(req), req.params.id, req.body)),
  );

  // ---------------------------------------------------------------- the initiative council
  app.get(
    '/initiative-councils',
    {
      config: { policy: 'initiatives:read' },
      schema: {
        tags: TAGS,
        summary: 'Hội đồng sáng kiến của cơ quan',
        response: { 200: z.array(CouncilSchema) },
      },
    },
    async (req) => (await service.listCouncils(ctx, actorOf(req))).map((c) => presentCouncil(c)),
  );
  app.get(
    '/initiative-councils/:id',
    {
      config: { policy: 'initiatives:read' },
      schema: {
        tags: TAGS,
        summary: 'Hội đồng, thành viên, phiên họp và bộ tiêu chí',
        params: IdParams,
        querystring: z.object({ year: z.coerce.number().int().optional() }),
        response: { 200: CouncilSchema },
      },
    },
    async (req) => presentCouncil(await service.getCouncil(ctx, actorOf(req), req.params.id, req.query.year)),
  );
  app.post(
    '/initiative-councils',
    {
      config: { policy: 'initiatives:decide' },
      schema: {
        tags: TAGS,
        summary: 'Lập Hội đồng sáng kiến (Chủ tịch, Thư ký, Ủy viên)',
        body: CouncilInput,
        response: { 201: CouncilSchema },
      },
    },
    async (req, reply) =>
      reply.code(201).send(presentCouncil(await service.createCouncil(ctx, actorOf(req), req.body))),
  );
  app.put(
    '/initiative-councils/:id/criteria',
    {
      config: { policy: 'initiatives:decide' },
      schema: {
        tags: TAGS,
        summary: 'Bộ tiêu chí chấm điểm của năm (điểm tối đa)',
        params: IdParams,
        body: CriteriaInput,
        response: { 200: CouncilSchema },
      },
    },
    async (req) => presentCouncil(await service.setCriteria(ctx, actorOf(req), req.params.id, req.body)),
  );
  app.post(
    '/initiative-councils/:id/sessions',
    {
      config: { policy: 'initiatives:decide' },
      schema: {
        tags: TAGS,
        summary: 'Mở phiên họp xét sáng kiến',
        params: IdParams,
        body: SessionInput,
        response: { 201: SessionSchema },
      },
    },
    async (req, reply) =>
      reply
        .code(201)
        .send(presentSession(await service.createSession(ctx, actorOf(req), req.params.id, req.body))),
  );
  app.put(
    '/initiative-sessions/:id/minutes',
    {
      config: { policy: 'initiatives:decide' },
      schema: {
        tags: TAGS,
        summary: 'Ghi nội dung biên bản và kết thúc phiên họp',
        params: IdParams,
        body: MinutesInput.extend({ close: z.boolean().optional() }),
        response: { 200: SessionSchema },
      },
    },
    async (req) =>
      presentSession(
        await service.setMinutes(
          ctx,
          actorOf(req),
          req.params.id,
          req.body.minutes ?? null,
          req.body.close ?? false,
        ),
      ),
  );
  app.get(
    '/initiative-sessions/:id/minutes.docx',
    {
      config: { policy: 'initiatives:read' },
      schema: { tags: TAGS, summary: 'Biên bản họp Hội đồng sáng kiến (.docx)', params: IdParams },
    },
    async (req, reply) => {
      const { buffer, filename } = await minutesDocx(ctx, actorOf(req), req.params.id);
      return reply
        .header('content-type', 'application/vnd.openxmlformats-officedocument.wordprocessingml.document')
        .header('content-disposition', contentDisposition(filename))
        .send(buffer);
    },
  );
}
