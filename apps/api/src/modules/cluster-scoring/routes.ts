// Routes of the cluster-scoring module (registered by app.ts under /api). Every route declares a policy from
// auth/policies/cluster-scoring.ts; what the actor may do in the cluster's year is checked by the service.
// Scores outside a criterion's range are clamped and the response lists them in `clamped` (docs/cluster-scoring.md).
import type { FastifyRequest } from 'fastify';
import { z } from 'zod';
import { buildClusterCovenant } from '../../../../../packages/documents/src/builders/cluster-covenant.ts';
import { renderDocx } from '../../../../../packages/documents/src/render-docx.ts';
import type { Ctx } from '../../context.ts';
import { errors } from '../../errors.ts';
import { contentDisposition, iterateWith, sendXlsx } from '../../http/export.ts';
import { IdParams, NoContent } from '../../http/schemas.ts';
import { actorOf, type Api } from '../../http/types.ts';
import {
  OverviewSchema,
  RANKING_EXPORT_COLUMNS,
  RankingSchema,
  SettingsSchema,
  SheetSchema,
  presentOverview,
  presentRanking,
  presentSettings,
  presentSheet,
} from './presenter.ts';
import {
  CommentBody,
  ConflictBody,
  CovenantBody,
  CriteriaGroupBody,
  CriteriaGroupUpdate,
  CriterionBody,
  CriterionUpdate,
  GroupYearParams,
  MeetingBody,
  ReturnBody,
  ScoresBody,
  SettingsBody,
  SignBody,
  VersionBody,
} from './schemas.ts';
import * as service from './service.ts';

const TAGS = ['cluster-scoring'];
const BASE = '/cluster-scoring/:groupId/:year';
const Created = z.object({ id: z.number().int() });
const VersionQuery = z.object({ version: z.coerce.number().int() });
const EvidenceParams = z.object({
  id: z.coerce.number().int().positive(),
  criterionId: z.coerce.number().int().positive(),
});

async function readUpload(req: FastifyRequest) {
  if (!req.isMultipart()) throw errors.field('file', 'Hãy gửi tệp trong trường "file".');
  const part = await req.file();
  if (!part || part.fieldname !== 'file') throw errors.field('file', 'Hãy gửi tệp trong trường "file".');
  const content = await part.toBuffer();
  if (part.file.truncated) throw errors.field('file', 'Tệp quá lớn.');
  return { name: part.filename || 'minh-chung', mime: part.mimetype, content };
}

export async function clusterScoringRoutes(app: Api, ctx: Ctx): Promise<void> {
  const overview = async (
    req: { params: { groupId: number; year: number } },
    actor: ReturnType<typeof actorOf>,
  ) =>
    presentOverview(
      req.params.groupId,
      req.params.year,
      await service.overview(ctx, actor, req.params.groupId, req.params.year),
    );

  app.get(
    BASE,
    {
      config: { policy: 'cluster-scoring:read' },
      schema: {
        tags: TAGS,
        summary: 'Chấm điểm thi đua cụm: tiêu chí, góp ý, giao ước, các phiếu chấm được xem, cách phân định',
        params: GroupYearParams,
        response: { 200: OverviewSchema },
      },
    },
    async (req) => overview(req, actorOf(req)),
  );

  app.put(
    `${BASE}/settings`,
    {
      config: { policy: 'cluster-scoring:write' },
      schema: {
        tags: TAGS,
        summary:
          'Cách phân định khi bằng điểm, số Cờ thi đua và Bằng khen, chấm chéo (Cụm trưởng; version 0 lần đầu)',
        params: GroupYearParams,
        body: SettingsBody,
        response: { 200: SettingsSchema },
      },
    },
    async (req) => {
      const b = req.body;
      const s = await service.saveSettings(ctx, actorOf(req), req.params.groupId, req.params.year, {
        version: b.version,
        tie_break: b.tieBreak,
        flag_count: b.flagCount,
        certificate_count: b.certificateCount,
        flag_code: b.flagCode,
        certificate_code: b.certificateCode,
        cross_scoring: b.crossScoring,
        cross_per_member: b.crossPerMember,
        score_basis: b.scoreBasis,
        guidance: b.guidance ?? null,
      });
      const o = await service.overview(ctx, actorOf(req), req.params.groupId, req.params.year);
      return presentSettings(
        s,
        o.criteria.groups.map((g) => g.code ?? String(g.position)),
      );
    },
  );

  // ── criteria ──
  app.post(
    `${BASE}/criteria-groups`,
    {
      config: { policy: 'cluster-scoring:write' },
      schema: {
        tags: TAGS,
        summary: 'Thêm nhóm tiêu chí (Cụm trưởng; sau khi ký giao ước cần lý do, tạo phiên bản mới)',
        params: GroupYearParams,
        body: CriteriaGroupBody,
        response: { 201: Created },
      },
    },
    async (req, reply) =>
      reply.code(201).send({
        id: await service.addCriteriaGroup(ctx, actorOf(req), req.params.groupId, req.params.year, req.body),
      }),
  );
  app.put(
    '/cluster-scoring/criteria-groups/:id',
    {
      config: { policy: 'cluster-scoring:write' },
      schema: {
        tags: TAGS,
        summary: 'Sửa nhóm tiêu chí (gửi kèm version)',
        params: IdParams,
        body: CriteriaGroupUpdate,
        response: { 204: NoContent },
      },
    },
    async (req, reply) => {
      await service.updateCriteriaGroup(ctx, actorOf(req), req.params.id, req.body);
      return reply.code(204).send();
    },
  );
  app.delete(
    '/cluster-scoring/criteria-groups/:id',
    {
      config: { policy: 'cluster-scoring:write' },
      schema: {
        tags: TAGS,
        summary: 'Xoá nhóm tiêu chí của dự thảo (trước khi ký giao ước)',
        params: IdParams,
        querystring: VersionQuery,
        response: { 204: NoContent },
      },
    },
    async (req, reply) => {
      await service.deleteCriteriaGroup(ctx, actorOf(req), req.params.id, req.query.version);
      return reply.code(204).send();
    },
  );
  app.post(
    '/cluster-scoring/criteria-groups/:id/criteria',
    {
      config: { policy: 'cluster-scoring:write' },
      schema: {
        tags: TAGS,
        summary: 'Thêm tiêu chí với điểm tối đa, điểm thưởng hoặc điểm trừ và minh chứng yêu cầu',
        params: IdParams,
        body: CriterionBody,
        response: { 201: Created },
      },
    },
    async (req, reply) =>
      reply.code(201).send({ id: await service.addCriterion(ctx, actorOf(req), req.params.id, req.body) }),
  );
  app.put(
    '/cluster-scoring/criteria/:id',
    {
      config: { policy: 'cluster-scoring:write' },
      schema: {
        tags: TAGS,
        summary: 'Sửa tiêu chí (gửi kèm version; sau khi ký giao ước cần lý do)',
        params: IdParams,
        body: CriterionUpdate,
        response: { 204: NoContent },
      },
    },
    async (req, reply) => {
      await service.updateCriterion(ctx, actorOf(req), req.params.id, req.body);
      return reply.code(204).send();
    },
  );
  app.delete(
    '/cluster-scoring/criteria/:id',
    {
      config: { policy: 'cluster-scoring:write' },
      schema: {
        tags: TAGS,
        summary: 'Xoá tiêu chí của dự thảo (trước khi ký giao ước)',
        params: IdParams,
        querystring: VersionQuery,
        response: { 204: NoContent },
      },
    },
    async (req, reply) => {
      await service.deleteCriterion(ctx, actorOf(req), req.params.id, req.query.version);
      return reply.code(204).send();
    },
  );
  app.post(
    `${BASE}/comments`,
    {
      config: { policy: 'cluster-scoring:write' },
      schema: {
        tags: TAGS,
        summary: 'Cơ quan thành viên góp ý dự thảo tiêu chí',
        params: GroupYearParams,
        body: CommentBody,
        response: { 201: Created },
      },
    },
    async (req, reply) =>
      reply.code(201).send({
        id: await service.addComment(ctx, actorOf(req), req.params.groupId, req.params.year, req.body),
      }),
  );

  // ── covenant ──
  app.post(
    `${BASE}/covenant`,
    {
      config: { policy: 'cluster-scoring:write' },
      schema: {
        tags: TAGS,
        summary: 'Dự thảo giao ước thi đua của cụm (các cơ quan thành viên là bên ký)',
        params: GroupYearParams,
        body: CovenantBody,
        response: { 201: Created },
      },
    },
    async (req, reply) =>
      reply.code(201).send({
        id: await service.createCovenant(ctx, actorOf(req), req.params.groupId, req.params.year, req.body),
      }),
  );
  app.post(
    `${BASE}/covenant/sign`,
    {
      config: { policy: 'cluster-scoring:write' },
      schema: {
        tags: TAGS,
        summary: 'Ký giao ước: cố định bộ tiêu chí (phiên bản 1) và mở các phiếu chấm',
        params: GroupYearParams,
        body: SignBody,
        response: { 200: OverviewSchema },
      },
    },
    async (req) => {
      await service.signCovenant(ctx, actorOf(req), req.params.groupId, req.params.year, req.body);
      return overview(req, actorOf(req));
    },
  );
  app.get(
    `${BASE}/covenant.docx`,
    {
      config: { policy: 'cluster-scoring:read' },
      schema: {
        tags: TAGS,
        summary: 'Bản giao ước thi đua (.docx) với bảng tiêu chí và chữ ký',
        params: GroupYearParams,
      },
    },
    async (req, reply) => {
      const d = await service.covenantDocumentData(ctx, actorOf(req), req.params.groupId, req.params.year);
      const signer = new Map(d.covenant.signatories.map((s) => [s.agency_id, s]));
      const doc = buildClusterCovenant({
        clusterName: d.group.name,
        organiserName: d.group.organiser_name,
        year: req.params.year,
        place: d.covenant.place_name ?? '',
        signedOn: d.covenant.status === 'signed' ? d.covenant.signed_on : null,
        content: d.covenant.content,
        groups: d.criteria.groups.map((g) => ({
          code: g.code,
          name: g.name,
          maxPoints: g.max_points,
          criteria: d.criteria.criteria
            .filter((c) => c.criteria_group_id === g.id)
            .map((c) => ({
              code: c.code,
              name: c.name,
              kind: c.kind,
              minPoints: c.min_points,
              maxPoints: c.max_points,
              evidenceRequired: c.evidence_required,
            })),
        })),
        members: d.members.map((m) => ({
          agencyName: m.name,
          signerName: signer.get(m.agency_id)?.signer_name ?? null,
          signerTitle: signer.get(m.agency_id)?.signer_title ?? null,
          role: m.role,
        })),
        criteriaVersion: d.criteriaVersion,
      });
      return reply
        .header('content-type', 'application/vnd.openxmlformats-officedocument.wordprocessingml.document')
        .header('content-disposition', contentDisposition(`giao-uoc-thi-dua-${req.params.year}.docx`))
        .send(await renderDocx(doc));
    },
  );
  app.post(
    `${BASE}/covenant/file`,
    {
      config: { policy: 'cluster-scoring:write' },
      schema: {
        tags: TAGS,
        summary: 'Lưu bản giao ước đã ký (multipart, trường "file")',
        params: GroupYearParams,
        consumes: ['multipart/form-data'],
        response: { 204: NoContent },
      },
    },
    async (req, reply) => {
      await service.attachCovenantFile(
        ctx,
        actorOf(req),
        req.params.groupId,
        req.params.year,
        await readUpload(req),
      );
      return reply.code(204).send();
    },
  );

  // ── sheets ──
  app.get(
    '/cluster-scoring/sheets/:id',
    {
      config: { policy: 'cluster-scoring:read' },
      schema: {
        tags: TAGS,
        summary:
          'Phiếu chấm điểm với điểm, minh chứng, số liệu chỉ tiêu và các bước (không xem được phiếu nháp của cơ quan khác)',
        params: IdParams,
        response: { 200: SheetSchema },
      },
    },
    async (req) => presentSheet(await service.sheetDetail(ctx, actorOf(req), req.params.id)),
  );
  app.put(
    '/cluster-scoring/sheets/:id/scores',
    {
      config: { policy: 'cluster-scoring:write' },
      schema: {
        tags: TAGS,
        summary:
          'Chấm điểm (điểm ngoài khoảng của tiêu chí được đưa về giới hạn gần nhất và liệt kê trong clamped)',
        params: IdParams,
        body: ScoresBody,
        response: { 200: SheetSchema },
      },
    },
    async (req) => {
      const r = await service.saveScores(ctx, actorOf(req), req.params.id, req.body);
      return presentSheet(r.detail, r.clamped);
    },
  );
  app.post(
    '/cluster-scoring/sheets/:id/scores/:criterionId/file',
    {
      config: { policy: 'cluster-scoring:write' },
      schema: {
        tags: TAGS,
        summary: 'Đính kèm tệp minh chứng cho một tiêu chí (multipart, trường "file")',
        params: EvidenceParams,
        consumes: ['multipart/form-data'],
        response: { 200: SheetSchema },
      },
    },
    async (req) =>
      presentSheet(
        await service.attachEvidence(
          ctx,
          actorOf(req),
          req.params.id,
          req.params.criterionId,
          await readUpload(req),
        ),
      ),
  );
  app.get(
    '/cluster-scoring/sheets/:id/scores/:criterionId/file',
    {
      config: { policy: 'cluster-scoring:read' },
      schema: { tags: TAGS, summary: 'Tải tệp minh chứng', params: EvidenceParams },
    },
    async (req, reply) => {
      const f = await service.evidenceFile(ctx, actorOf(req), req.params.id, req.params.criterionId);
      return reply
        .header('content-type', f.mime)
        .header('content-disposition', contentDisposition(f.name))
        .send(f.content);
    },
  );
  app.post(
    '/cluster-scoring/sheets/:id/submit',
    {
      config: { policy: 'cluster-scoring:write' },
      schema: {
        tags: TAGS,
        summary: 'Gửi phiếu (chỉ khi đã chấm mọi tiêu chí); phiếu của Cụm trưởng: chấm điểm cơ quan',
        params: IdParams,
        body: VersionBody,
        response: { 200: SheetSchema },
      },
    },
    async (req) =>
      presentSheet(await service.submitSheet(ctx, actorOf(req), req.params.id, req.body.version)),
  );
  app.post(
    '/cluster-scoring/sheets/:id/return',
    {
      config: { policy: 'cluster-scoring:write' },
      schema: {
        tags: TAGS,
        summary: 'Cụm trưởng trả lại phiếu đã gửi (bắt buộc ghi lý do)',
        params: IdParams,
        body: ReturnBody,
        response: { 200: SheetSchema },
      },
    },
    async (req) => presentSheet(await service.returnSheet(ctx, actorOf(req), req.params.id, req.body)),
  );
  app.post(
    `${BASE}/conflicts`,
    {
      config: { policy: 'cluster-scoring:write' },
      schema: {
        tags: TAGS,
        summary: 'Khai báo xung đột lợi ích: cơ quan không chấm chéo cơ quan kia',
        params: GroupYearParams,
        body: ConflictBody,
        response: { 204: NoContent },
      },
    },
    async (req, reply) => {
      await service.declareConflict(ctx, actorOf(req), req.params.groupId, req.params.year, req.body);
      return reply.code(204).send();
    },
  );

  // ── ranking ──
  app.get(
    `${BASE}/ranking`,
    {
      config: { policy: 'cluster-scoring:read' },
      schema: {
        tags: TAGS,
        summary: 'Tổng điểm, xếp hạng với cách phân định đã ghi, biểu quyết và đề nghị khen thưởng',
        params: GroupYearParams,
        response: { 200: RankingSchema },
      },
    },
    async (req) =>
      presentRanking(await service.ranking(ctx, actorOf(req), req.params.groupId, req.params.year)),
  );
  app.get(
    `${BASE}/ranking.xlsx`,
    {
      config: { policy: 'cluster-scoring:read' },
      schema: { tags: TAGS, summary: 'Xuất bảng xếp hạng ra Excel', params: GroupYearParams },
    },
    async (req, reply) =>
      sendXlsx(reply, {
        filename: `xep-hang-cum-${req.params.year}.xlsx`,
        sheetName: 'Xếp hạng',
        columns: RANKING_EXPORT_COLUMNS,
        rows: iterateWith(
          async () =>
            presentRanking(await service.ranking(ctx, actorOf(req), req.params.groupId, req.params.year))
              .rows,
        ),
        timeZone: ctx.config.timeZone,
      }),
  );
  app.post(
    `${BASE}/meetings`,
    {
      config: { policy: 'cluster-scoring:write' },
      schema: {
        tags: TAGS,
        summary: 'Ghi biểu quyết của hội nghị cụm về kết quả xếp hạng (và phiếu phân định khi bằng điểm)',
        params: GroupYearParams,
        body: MeetingBody,
        response: { 201: z.object({ id: z.number().int(), passed: z.boolean() }) },
      },
    },
    async (req, reply) =>
      reply
        .code(201)
        .send(await service.recordMeeting(ctx, actorOf(req), req.params.groupId, req.params.year, req.body)),
  );
  app.post(
    `${BASE}/confirm`,
    {
      config: { policy: 'cluster-scoring:confirm' },
      schema: {
        tags: TAGS,
        summary: 'Thường trực Hội đồng TĐKT xác nhận kết quả chấm điểm và xếp hạng',
        params: GroupYearParams,
        response: { 200: RankingSchema },
      },
    },
    async (req) => {
      await service.confirm(ctx, actorOf(req), req.params.groupId, req.params.year);
      return presentRanking(await service.ranking(ctx, actorOf(req), req.params.groupId, req.params.year));
    },
  );
  app.post(
    `${BASE}/publish`,
    {
      config: { policy: 'cluster-scoring:write' },
      schema: {
        tags: TAGS,
        summary: 'Công bố kết quả (khoá mọi phiếu) và tạo đề nghị Cờ thi đua, Bằng khen',
        params: GroupYearParams,
        response: { 200: RankingSchema },
      },
    },
    async (req) => {
      await service.publish(ctx, actorOf(req), req.params.groupId, req.params.year);
      return presentRanking(await service.ranking(ctx, actorOf(req), req.params.groupId, req.params.year));
    },
  );
}
