// Ratings (đánh giá, xếp loại): the unit grid and its bulk save, the staff self-assessment, discipline
// records. Policies: ratings:read, ratings:write, ratings:self, disciplines:write; the unit scope is
// checked in the service (a unit head only their unit).
import { z } from 'zod';
import type { Ctx } from '../../context.ts';
import { IdParams, NoContent } from '../../http/schemas.ts';
import { actorOf, type Api } from '../../http/types.ts';
import { errors } from '../../errors.ts';
import { DISCIPLINE_LABELS } from '../../../../../packages/domain/src/ratings/index.ts';
import type { DisciplineRecord } from '../../../../../packages/db/src/repositories/ratings.ts';
import {
  DisciplineCreate,
  DisciplineSchema,
  DisciplineUpdate,
  GridQuery,
  GridSchema,
  SaveGridBody,
  SaveResultSchema,
  SelfBody,
  SelfSchema,
  SettingsBody,
  SettingsQuery,
  SettingsSchema,
  VersionBody,
  YearOnlyQuery,
} from './schemas.ts';
import * as service from './service.ts';
import { excelRoutes } from './excel-routes.ts';
import { leaveRoutes } from './leaves.ts';

const TAGS = ['ratings'];

export function presentDiscipline(d: DisciplineRecord) {
  return {
    id: d.id,
    personId: d.person_id,
    year: d.year,
    kind: d.kind,
    level: d.level,
    levelText: DISCIPLINE_LABELS[d.level],
    decidedOn: d.decided_on,
    decisionRef: d.decision_ref,
    issuedBy: d.issued_by,
    fromDate: d.from_date,
    toDate: d.to_date,
    reason: d.reason,
    status: d.status,
    version: d.version,
  };
}

function disciplineInput(
  b: z.infer<typeof DisciplineUpdate> | z.infer<typeof DisciplineCreate>,
): service.DisciplineInput {
  return {
    year: b.year,
    kind: b.kind,
    level: b.level,
    decided_on: b.decidedOn ?? null,
    decision_ref: b.decisionRef ?? null,
    issued_by: b.issuedBy ?? null,
    from_date: b.fromDate ?? null,
    to_date: b.toDate ?? null,
    reason: b.reason ?? null,
    ...(b.status ? { status: b.status } : {}),
  };
}

export async function ratingRoutes(app: Api, ctx: Ctx): Promise<void> {
  app.get(
    '/ratings/grid',
    {
      config: { policy: 'ratings:read' },
      schema: {
        tags: TAGS,
        summary:
          'Bảng xếp loại của một đơn vị trong năm: tự đánh giá, đề xuất, xếp loại, số tháng công tác, ngày nghỉ, thai sản, kỷ luật, chuyển công tác, tỷ lệ HTXSNV',
        querystring: GridQuery,
        response: { 200: GridSchema },
      },
    },
    async (req) => service.getGrid(ctx, actorOf(req), req.query.unitId, req.query.year),
  );

  app.put(
    '/ratings/grid',
    {
      config: { policy: 'ratings:write' },
      schema: {
        tags: TAGS,
        summary:
          'Lưu cả bảng xếp loại trong một giao dịch (mỗi dòng gửi kèm version; 409 nếu đã bị sửa). Vượt tỷ lệ HTXSNV: 422 rating-cap-exceeded trừ khi có capOverrideReason (ghi nhật ký).',
        body: SaveGridBody,
        response: { 200: SaveResultSchema },
      },
    },
    async (req) => service.saveGrid(ctx, actorOf(req), req.body),
  );

  app.get(
    '/ratings/self',
    {
      config: { policy: 'ratings:self' },
      schema: {
        tags: TAGS,
        summary: 'Tự đánh giá của tôi trong năm',
        querystring: YearOnlyQuery,
        response: { 200: SelfSchema },
      },
    },
    async (req) => service.getSelf(ctx, actorOf(req), req.query.year),
  );

  app.put(
    '/ratings/self',
    {
      config: { policy: 'ratings:self' },
      schema: {
        tags: TAGS,
        summary: 'Ghi tự đánh giá của tôi (chỉ phần tự đánh giá)',
        body: SelfBody,
        response: { 200: SelfSchema },
      },
    },
    async (req) => service.saveSelf(ctx, actorOf(req), req.body),
  );

  app.get(
    '/people/:id/disciplines',
    {
      config: { policy: 'ratings:read' },
      schema: {
        tags: TAGS,
        summary: 'Các quyết định kỷ luật của cán bộ',
        params: IdParams,
        response: { 200: z.array(DisciplineSchema) },
      },
    },
    async (req) => (await service.listDisciplines(ctx, actorOf(req), req.params.id)).map(presentDiscipline),
  );

  app.post(
    '/disciplines',
    {
      config: { policy: 'disciplines:write' },
      schema: {
        tags: TAGS,
        summary: 'Ghi quyết định kỷ luật (hình thức, ngày, số quyết định, hiệu lực từ/đến)',
        body: DisciplineCreate,
        response: { 201: DisciplineSchema },
      },
    },
    async (req, reply) =>
      reply
        .code(201)
        .send(
          presentDiscipline(
            await service.createDiscipline(ctx, actorOf(req), req.body.personId, disciplineInput(req.body)),
          ),
        ),
  );

  app.put(
    '/disciplines/:id',
    {
      config: { policy: 'disciplines:write' },
      schema: {
        tags: TAGS,
        summary: 'Sửa quyết định kỷ luật (gửi kèm version)',
        params: IdParams,
        body: DisciplineUpdate,
        response: { 200: DisciplineSchema },
      },
    },
    async (req) =>
      presentDiscipline(
        await service.updateDiscipline(
          ctx,
          actorOf(req),
          req.params.id,
          req.body.version,
          disciplineInput(req.body),
        ),
      ),
  );

  app.delete(
    '/disciplines/:id',
    {
      config: { policy: 'disciplines:write' },
      schema: {
        tags: TAGS,
        summary: 'Xoá quyết định kỷ luật (gửi kèm version)',
        params: IdParams,
        body: VersionBody,
        response: { 204: NoContent },
      },
    },
    async (req, reply) => {
      await service.deleteDiscipline(ctx, actorOf(req), req.params.id, req.body.version);
      return reply.code(204).send();
    },
  );

  app.get(
    '/ratings/settings',
    {
      config: { policy: 'ratings:read' },
      schema: {
        tags: TAGS,
        summary: 'Cách tính tỷ lệ HTXSNV của cơ quan (20% số người HTTNV, hoặc HTTNV trở lên)',
        querystring: SettingsQuery,
        response: { 200: SettingsSchema },
      },
    },
    async (req) => {
      const actor = actorOf(req);
      const agencyId = req.query.agencyId ?? actor.agencyId;
      if (!agencyId) throw errors.field('agencyId', 'Hãy chọn cơ quan.');
      return service.getSettings(ctx, actor, agencyId);
    },
  );

  app.put(
    '/ratings/settings',
    {
      config: { policy: 'ratings:write' },
      schema: {
        tags: TAGS,
        summary: 'Đặt cách tính tỷ lệ HTXSNV (cán bộ TĐKT)',
        body: SettingsBody,
        response: { 200: SettingsSchema },
      },
    },
    async (req) => {
      const actor = actorOf(req);
      const agencyId = req.body.agencyId ?? actor.agencyId;
      if (!agencyId) throw errors.field('agencyId', 'Hãy chọn cơ quan.');
      return service.saveSettings(ctx, actor, agencyId, req.body.capBase);
    },
  );

  await excelRoutes(app, ctx);
  await leaveRoutes(app, ctx);
}
