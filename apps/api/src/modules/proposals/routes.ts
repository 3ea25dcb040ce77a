// Routes of the proposals module (registered by app.ts under /api). Every route declares a policy from
// auth/policies/proposals.ts.
import { z } from 'zod';
import { formatCitation } from '../../../../../packages/domain/src/eligibility/index.ts';
import type { Ctx } from '../../context.ts';
import { errors } from '../../errors.ts';
import { contentDisposition, iterateWith, sendXlsx, ymd } from '../../http/export.ts';
import { IdParams } from '../../http/schemas.ts';
import { actorOf, type Api } from '../../http/types.ts';
import { listDocx, toTrinhDocx } from './documents.ts';
import {
  PendingSchema,
  presentPending,
  presentProposal,
  presentRow,
  PROPOSAL_EXPORT_COLUMNS,
  ProposalRowSchema,
  ProposalSchema,
} from './presenter.ts';
import { AUTHORITIES, PROPOSAL_CODES, PROPOSAL_KINDS } from './rules.ts';
import {
  CommentInput,
  DocParams,
  ItemParams,
  ProposalInput,
  ProposalListQuery,
  ProposalUpdate,
  TransitionInput,
  WaiveInput,
} from './schemas.ts';
import * as service from './service.ts';

const TAGS = ['proposals'];
const DOCX = 'application/vnd.openxmlformats-officedocument.wordprocessingml.document';

const PreviewQuery = z.object({
  year: z.coerce.number().int().min(1945).max(2200),
  kind: z.enum(PROPOSAL_KINDS),
  code: z.enum(PROPOSAL_CODES),
  procedure: z.enum(['normal', 'simplified']).default('normal'),
  authority: z.enum(AUTHORITIES).optional(),
});
const PreviewSchema = z.object({
  regime: z.string(),
  authority: z.enum(AUTHORITIES),
  authorityLabel: z.string(),
  rule: z.string(),
  sets: z.number().int(),
  publicity: z.enum(['law', 'practice']).nullable(),
  items: z.array(
    z.object({
      code: z.string(),
      label: z.string(),
      sets: z.number().int(),
      citation: z.string(),
      confidence: z.string(),
      note: z.string().nullable(),
    }),
  ),
  warnings: z.array(z.string()),
});

export async function proposalRoutes(app: Api, ctx: Ctx): Promise<void> {
  app.get(
    '/proposals',
    {
      config: { policy: 'proposals:read' },
      schema: {
        tags: TAGS,
        summary: 'Đề nghị khen thưởng (lọc theo năm, trạng thái, cấp quyết định, hình thức)',
        querystring: ProposalListQuery,
        response: { 200: z.array(ProposalRowSchema) },
      },
    },
    async (req) => (await service.list(ctx, actorOf(req), req.query)).map(presentRow),
  );
  app.get(
    '/proposals/export.xlsx',
    {
      config: { policy: 'proposals:read' },
      schema: {
        tags: TAGS,
        summary: 'Xuất danh sách đề nghị khen thưởng ra Excel',
        querystring: ProposalListQuery,
      },
    },
    async (req, reply) =>
      sendXlsx(reply, {
        filename: `de-nghi-khen-thuong-${ymd()}.xlsx`,
        sheetName: 'Đề nghị khen thưởng',
        columns: PROPOSAL_EXPORT_COLUMNS,
        rows: iterateWith(async () => (await service.list(ctx, actorOf(req), req.query)).map(presentRow)),
        timeZone: ctx.config.timeZone,
      }),
  );
  app.get(
    '/proposals/pending',
    {
      config: { policy: 'proposals:read' },
      schema: {
        tags: TAGS,
        summary:
          'Đề nghị đã gửi cấp trên, chờ quyết định, theo cấp quyết định ("chờ Thủ tướng từ 12/03/2025")',
        response: { 200: PendingSchema },
      },
    },
    async (req) => presentPending(await service.pending(ctx, actorOf(req))),
  );
  app.get(
    '/proposals/preview',
    {
      config: { policy: 'proposals:read' },
      schema: {
        tags: TAGS,
        summary: 'Cấp quyết định, chế độ pháp lý, thành phần hồ sơ và yêu cầu công khai của một hình thức',
        querystring: PreviewQuery,
        response: { 200: PreviewSchema },
      },
    },
    async (req) => {
      const p = service.preview(req.query);
      return {
        regime: p.regime,
        authority: p.authority,
        authorityLabel: p.authorityLabel,
        rule: p.requirements.rule,
        sets: p.requirements.sets,
        publicity: p.publicity,
        items: p.requirements.items.map((i) => ({
          code: i.code,
          label: i.label,
          sets: i.sets,
          citation: formatCitation(i.citation, 'short'),
          confidence: i.confidence,
          note: i.note ?? null,
        })),
        warnings: p.requirements.warnings.map((w) => w.text),
      };
    },
  );
  app.get(
    '/proposals/council-sessions',
    {
      config: { policy: 'proposals:read' },
      schema: {
        tags: TAGS,
        summary: 'Phiên họp bình xét của Hội đồng và số người đã được bầu theo hình thức (để lập đề nghị)',
        querystring: z.object({ year: z.coerce.number().int().min(1945).max(2200).optional() }),
        response: {
          200: z.array(
            z.object({
              sessionId: z.number().int(),
              year: z.number().int(),
              heldOn: z.string().nullable(),
              councilName: z.string(),
              code: z.string(),
              passed: z.number().int(),
            }),
          ),
        },
      },
    },
    async (req) =>
      (await service.councilSessions(ctx, actorOf(req), req.query.year)).map((r) => ({
        sessionId: r.id,
        year: r.year,
        heldOn: r.held_on,
        councilName: r.council_name,
        code: r.code,
        passed: r.passed,
      })),
  );
  app.get(
    '/proposals/:id',
    {
      config: { policy: 'proposals:read' },
      schema: {
        tags: TAGS,
        summary: 'Chi tiết đề nghị khen thưởng',
        params: IdParams,
        response: { 200: ProposalSchema },
      },
    },
    async (req) => presentProposal(await service.get(ctx, actorOf(req), req.params.id)),
  );
  app.post(
    '/proposals',
    {
      config: { policy: 'proposals:write' },
      schema: {
        tags: TAGS,
        summary: 'Lập đề nghị khen thưởng (cấp quyết định và hồ sơ tính theo hình thức)',
        body: ProposalInput,
        response: { 201: ProposalSchema },
      },
    },
    async (req, reply) =>
      reply.code(201).send(presentProposal(await service.create(ctx, actorOf(req), req.body))),
  );
  app.put(
    '/proposals/:id',
    {
      config: { policy: 'proposals:write' },
      schema: {
        tags: TAGS,
        summary: 'Sửa đề nghị (gửi kèm version; bản cũ → 409)',
        params: IdParams,
        body: ProposalUpdate,
        response: { 200: ProposalSchema },
      },
    },
    async (req) => presentProposal(await service.update(ctx, actorOf(req), req.params.id, req.body)),
  );
  app.post(
    '/proposals/:id/transition',
    {
      config: { policy: 'proposals:workflow' },
      schema: {
        tags: TAGS,
        summary:
          'Chuyển bước: trình, tiếp nhận, trình Hội đồng, trình ký, gửi cấp trên (hồ sơ phải đủ), trả lại (có lý do), rút',
        params: IdParams,
        body: TransitionInput,
        response: { 200: ProposalSchema },
      },
    },
    async (req) => presentProposal(await service.transition(ctx, actorOf(req), req.params.id, req.body)),
  );
  app.post(
    '/proposals/:id/dossier/:itemId/file',
    {
      config: { policy: 'proposals:write' },
      schema: {
        tags: TAGS,
        summary: 'Tải lên tệp của một thành phần hồ sơ (multipart, trường "file")',
        params: ItemParams,
        consumes: ['multipart/form-data'],
        response: { 200: ProposalSchema },
      },
    },
    async (req) => {
      if (!req.isMultipart()) throw errors.field('file', 'Hãy gửi tệp trong trường "file".');
      const part = await req.file();
      if (!part || part.fieldname !== 'file') throw errors.field('file', 'Hãy gửi tệp trong trường "file".');
      const content = await part.toBuffer();
      if (part.file.truncated) throw errors.field('file', 'Tệp quá lớn.');
      return presentProposal(
        await service.attachItem(ctx, actorOf(req), req.params.id, req.params.itemId, {
          name: part.filename || 'ho-so',
          mime: part.mimetype,
          content,
        }),
      );
    },
  );
  app.post(
    '/proposals/:id/dossier/:itemId/generate',
    {
      config: { policy: 'proposals:write' },
      schema: {
        tags: TAGS,
        summary: 'Tạo tờ trình hoặc danh sách (.docx) và đưa vào hồ sơ',
        params: ItemParams,
        response: { 200: ProposalSchema },
      },
    },
    async (req) => {
      const actor = actorOf(req);
      const d = await service.get(ctx, actor, req.params.id);
      const item = d.dossier.find((i) => i.id === req.params.itemId);
      if (!item) throw errors.notFound('thành phần hồ sơ');
      if (item.kind !== 'to-trinh' && item.kind !== 'danh-sach')
        throw errors.field(
          'itemId',
          'Chỉ tờ trình và danh sách được tạo tự động; thành phần này cần tải tệp lên.',
        );
      const doc =
        item.kind === 'to-trinh'
          ? await toTrinhDocx(ctx, actor, req.params.id)
          : await listDocx(ctx, actor, req.params.id);
      return presentProposal(
        await service.attachItem(
          ctx,
          actor,
          req.params.id,
          req.params.itemId,
          { name: doc.filename, mime: DOCX, content: doc.buffer },
          'generated',
        ),
      );
    },
  );
  app.post(
    '/proposals/:id/dossier/:itemId/waive',
    {
      config: { policy: 'proposals:write' },
      schema: {
        tags: TAGS,
        summary: 'Miễn một thành phần hồ sơ (có lý do)',
        params: ItemParams,
        body: WaiveInput,
        response: { 200: ProposalSchema },
      },
    },
    async (req) =>
      presentProposal(
        await service.waiveItem(ctx, actorOf(req), req.params.id, req.params.itemId, req.body.note),
      ),
  );
  app.get(
    '/proposals/:id/dossier/:itemId/file',
    {
      config: { policy: 'proposals:read' },
      schema: { tags: TAGS, summary: 'Tải tệp của một thành phần hồ sơ', params: ItemParams },
    },
    async (req, reply) => {
      const f = await service.itemFile(ctx, actorOf(req), req.params.id, req.params.itemId);
      return reply
        .header('content-type', f.mime)
        .header('content-disposition', contentDisposition(f.name))
        .send(f.content);
    },
  );
  app.post(
    '/proposals/:id/comments',
    {
      config: { policy: 'proposals:comment' },
      schema: {
        tags: TAGS,
        summary: 'Ghi ý kiến nhận được trong thời gian công khai',
        params: IdParams,
        body: CommentInput,
        response: { 201: ProposalSchema },
      },
    },
    async (req, reply) =>
      reply
        .code(201)
        .send(presentProposal(await service.addComment(ctx, actorOf(req), req.params.id, req.body))),
  );
  app.get(
    '/proposals/:id/documents/:doc',
    {
      config: { policy: 'proposals:read' },
      schema: {
        tags: TAGS,
        summary: 'Tờ trình (to-trinh) hoặc danh sách đề nghị (danh-sach), .docx theo Nghị định 30/2020',
        params: DocParams,
        querystring: z.object({
          /** Who signs: the director ("GIÁM ĐỐC") or a deputy for him ("KT. GIÁM ĐỐC / PHÓ GIÁM ĐỐC"). */
          signer: z.enum(['giam-doc', 'pho-giam-doc']).default('giam-doc'),
        }),
      },
    },
    async (req, reply) => {
      const actor = actorOf(req);
      const doc =
        req.params.doc === 'to-trinh'
          ? await toTrinhDocx(ctx, actor, req.params.id, { deputy: req.query.signer === 'pho-giam-doc' })
          : await listDocx(ctx, actor, req.params.id, { deputy: req.query.signer === 'pho-giam-doc' });
      return reply
        .header('content-type', DOCX)
        .header('content-disposition', contentDisposition(doc.filename))
        .send(doc.buffer);
    },
  );
}
