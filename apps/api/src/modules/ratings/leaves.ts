// Leave periods and transfers of a person (the facts behind months worked, absences and maternity leave
// that the grid and the engine read) and the collective rating of a unit for a year (the basis of
// TT LĐTT / TT LĐXS). Officers write (the same rule as disciplines); whoever may read the person's unit
// grid reads. Every write is audited in its transaction; versions guard concurrent edits (409).
import { z } from 'zod';
import { writeAudit } from '../../../../../packages/db/src/audit.ts';
import * as repo from '../../../../../packages/db/src/repositories/ratings-leaves.ts';
import type { Db } from '../../../../../packages/db/src/repositories/scope.ts';
import { RATING_LABELS } from '../../../../../packages/domain/src/eligibility/messages/vi.ts';
import { auditBy, type Ctx } from '../../context.ts';
import { errors } from '../../errors.ts';
import { IdParams, isoDate, NoContent, optionalText } from '../../http/schemas.ts';
import { actorOf, type Api } from '../../http/types.ts';
import type { Actor } from '../../auth/actor.ts';
import { assertDisciplineWrite, assertReadUnit, canFinalise } from './access.ts';
import { unitOrThrow } from './service.ts';
import { leaveYearFacts } from '../person-eligibility/leave-facts.ts';

const TAGS = ['ratings'];
export const LEAVE_KINDS = [
  'thai-san',
  'dieu-tri-tai-nan',
  'om-dau',
  'khong-luong',
  'di-hoc',
  'khac',
] as const;
export const LEAVE_LABELS: Record<(typeof LEAVE_KINDS)[number], string> = {
  'thai-san': 'Nghỉ thai sản',
  'dieu-tri-tai-nan': 'Điều trị tai nạn, thương tích',
  'om-dau': 'Nghỉ ốm',
  'khong-luong': 'Nghỉ không lương',
  'di-hoc': 'Đi học, bồi dưỡng',
  khac: 'Vắng mặt khác',
};

const LeaveBody = z
  .object({
    kind: z.enum(LEAVE_KINDS, { error: 'Hãy chọn loại nghỉ.' }),
    fromDate: isoDate('Từ ngày'),
    toDate: isoDate('Đến ngày').nullable().optional(),
    days: z.number().min(0, { message: 'Số ngày không âm.' }).max(366).nullable().optional(),
    note: optionalText('Ghi chú', 1000),
  })
  .refine((v) => !v.toDate || v.toDate >= v.fromDate, {
    path: ['toDate'],
    message: 'Đến ngày không được trước từ ngày.',
  });
const TransferBody = z.object({
  direction: z.enum(['in', 'out'], { error: 'Hãy chọn chuyển đến hay chuyển đi.' }),
  onDate: isoDate('Ngày chuyển'),
  otherPlace: z
    .string({ error: 'Hãy ghi nơi chuyển đến/đi.' })
    .trim()
    .min(1, { message: 'Hãy ghi nơi chuyển đến/đi.' })
    .max(300),
  decisionRef: optionalText('Quyết định', 200),
  commentsReceived: z.boolean().default(false),
  note: optionalText('Ghi chú', 1000),
});
const VersionQuery = z.object({ version: z.coerce.number().int().positive() });

const LeaveSchema = z.object({
  id: z.number(),
  kind: z.string(),
  kindText: z.string(),
  fromDate: z.string(),
  toDate: z.string().nullable(),
  days: z.number().nullable(),
  note: z.string().nullable(),
  version: z.number(),
});
const TransferSchema = z.object({
  id: z.number(),
  direction: z.enum(['in', 'out']),
  onDate: z.string(),
  otherPlace: z.string(),
  decisionRef: z.string().nullable(),
  commentsReceived: z.boolean(),
  note: z.string().nullable(),
  version: z.number(),
});
const YearFactsSchema = z.object({
  year: z.number(),
  monthsWorked: z.number().nullable(),
  absenceDays: z.number().nullable(),
  maternityLeaveMonths: z.number().nullable(),
  transferredFrom: z.string().nullable(),
  monthsAtPreviousUnit: z.number().nullable(),
});
const PersonLeavesSchema = z.object({
  personId: z.number(),
  fullName: z.string(),
  leaves: z.array(LeaveSchema),
  transfers: z.array(TransferSchema),
  year: YearFactsSchema.nullable(),
});
const CollectiveBody = z.object({
  year: z.number().int().min(1945).max(2200),
  rating: z.enum(['htxsnv', 'httnv', 'htnv', 'khtnv']).nullable(),
  note: optionalText('Ghi chú', 2000),
  version: z.number().int().positive().nullable(),
});
const CollectiveSchema = z.object({
  unitId: z.number(),
  year: z.number(),
  rating: z.string().nullable(),
  ratingText: z.string().nullable(),
  note: z.string().nullable(),
  version: z.number().nullable(),
});

type LeaveRow = Awaited<ReturnType<typeof repo.leavesOfPerson>>[number];
type TransferRow = Awaited<ReturnType<typeof repo.transfersOfPerson>>[number];
const presentLeave = (l: LeaveRow) => ({
  id: l.id,
  kind: l.kind,
  kindText: LEAVE_LABELS[l.kind],
  fromDate: l.from_date,
  toDate: l.to_date,
  days: l.days === null ? null : Number(l.days),
  note: l.note,
  version: l.version,
});
const presentTransfer = (t: TransferRow) => ({
  id: t.id,
  direction: t.direction,
  onDate: t.on_date,
  otherPlace: t.other_place,
  decisionRef: t.decision_ref,
  commentsReceived: t.comments_received,
  note: t.note,
  version: t.version,
});

async function personOrThrow(db: Db, personId: number) {
  const p = await db
    .selectFrom('people')
    .select(['id', 'agency_id', 'unit_id', 'full_name'])
    .where('id', '=', personId)
    .executeTakeFirst();
  if (!p) throw errors.notFound('cán bộ');
  return p;
}

async function personLeaves(ctx: Ctx, actor: Actor, personId: number, year: number | undefined) {
  const p = await personOrThrow(ctx.db, personId);
  assertReadUnit(actor, { id: p.unit_id, agency_id: p.agency_id });
  const [leaves, transfers] = await Promise.all([
    repo.leavesOfPerson(ctx.db, personId),
    repo.transfersOfPerson(ctx.db, personId),
  ]);
  const f = year === undefined ? null : leaveYearFacts(leaves, transfers, year);
  return {
    personId: p.id,
    fullName: p.full_name,
    leaves: leaves.map(presentLeave),
    transfers: transfers.map(presentTransfer),
    year:
      year === undefined
        ? null
        : {
            year,
            monthsWorked: f?.monthsWorked ?? null,
            absenceDays: f?.absenceDays ?? null,
            maternityLeaveMonths: f?.maternityLeaveMonths ?? null,
            transferredFrom: f?.transferredFrom ?? null,
            monthsAtPreviousUnit: f?.monthsAtPreviousUnit ?? null,
          },
  };
}

const leaveValues = (b: z.infer<typeof LeaveBody>): repo.LeaveValues => ({
  kind: b.kind,
  from_date: b.fromDate,
  to_date: b.toDate ?? null,
  days: b.days ?? null,
  note: b.note ?? null,
});
const transferValues = (b: z.infer<typeof TransferBody>): repo.TransferValues => ({
  direction: b.direction,
  on_date: b.onDate,
  other_place: b.otherPlace,
  decision_ref: b.decisionRef ?? null,
  comments_received: b.commentsReceived,
  note: b.note ?? null,
});

/** One audited write on a person's leave or transfer record, in a transaction. */
async function write(
  ctx: Ctx,
  actor: Actor,
  p: { id: number; agency_id: number; full_name: string },
  entity: 'person_leaves' | 'person_transfers',
  action: 'create' | 'update' | 'delete',
  summary: string,
  run: (trx: Db) => Promise<{ id: number; before: unknown; after: unknown } | null>,
): Promise<void> {
  assertDisciplineWrite(actor, p.agency_id);
  await ctx.db.transaction().execute(async (trx) => {
    const r = await run(trx);
    if (!r) throw errors.conflict();
    await writeAudit(
      trx,
      auditBy(actor, {
        action,
        entity,
        entityId: String(r.id),
        agencyId: p.agency_id,
        summary: `${summary} — ${p.full_name}`,
        before: r.before,
        after: r.after,
      }),
    );
  });
}

export async function leaveRoutes(app: Api, ctx: Ctx): Promise<void> {
  app.get(
    '/people/:id/leaves',
    {
      config: { policy: 'ratings:read' },
      schema: {
        tags: TAGS,
        summary:
          'Thời gian nghỉ (thai sản, ốm, không lương, đi học …) và chuyển công tác của cán bộ; với year: số tháng công tác, ngày nghỉ tính ra cho năm',
        params: IdParams,
        querystring: z.object({ year: z.coerce.number().int().min(1945).max(2200).optional() }),
        response: { 200: PersonLeavesSchema },
      },
    },
    async (req) => personLeaves(ctx, actorOf(req), req.params.id, req.query.year),
  );
  app.post(
    '/people/:id/leaves',
    {
      config: { policy: 'disciplines:write' },
      schema: {
        tags: TAGS,
        summary: 'Ghi một thời gian nghỉ của cán bộ',
        params: IdParams,
        body: LeaveBody,
        response: { 201: LeaveSchema },
      },
    },
    async (req, reply) => {
      const p = await personOrThrow(ctx.db, req.params.id);
      const v = leaveValues(req.body);
      let id = 0;
      await write(ctx, actorOf(req), p, 'person_leaves', 'create', LEAVE_LABELS[v.kind], async (trx) => {
        id = await repo.insertLeave(trx, p.id, v);
        return { id, before: null, after: v };
      });
      return reply.code(201).send(presentLeave((await repo.findLeave(ctx.db, id))!));
    },
  );
  app.put(
    '/person-leaves/:id',
    {
      config: { policy: 'disciplines:write' },
      schema: {
        tags: TAGS,
        summary: 'Sửa thời gian nghỉ (gửi kèm version)',
        params: IdParams,
        body: LeaveBody.and(z.object({ version: z.number().int().positive() })),
        response: { 200: LeaveSchema },
      },
    },
    async (req) => {
      const cur = await repo.findLeave(ctx.db, req.params.id);
      if (!cur) throw errors.notFound('thời gian nghỉ');
      const p = await personOrThrow(ctx.db, cur.person_id);
      const v = leaveValues(req.body);
      await write(
        ctx,
        actorOf(req),
        p,
        'person_leaves',
        'update',
        `Sửa ${LEAVE_LABELS[v.kind].toLowerCase()}`,
        async (trx) =>
          (await repo.updateLeave(trx, cur.id, req.body.version, v))
            ? { id: cur.id, before: cur, after: v }
            : null,
      );
      return presentLeave((await repo.findLeave(ctx.db, cur.id))!);
    },
  );
  app.delete(
    '/person-leaves/:id',
    {
      config: { policy: 'disciplines:write' },
      schema: {
        tags: TAGS,
        summary: 'Xoá thời gian nghỉ (?version=)',
        params: IdParams,
        querystring: VersionQuery,
        response: { 204: NoContent },
      },
    },
    async (req, reply) => {
      const cur = await repo.findLeave(ctx.db, req.params.id);
      if (!cur) throw errors.notFound('thời gian nghỉ');
      const p = await personOrThrow(ctx.db, cur.person_id);
      await write(
        ctx,
        actorOf(req),
        p,
        'person_leaves',
        'delete',
        `Xoá ${LEAVE_LABELS[cur.kind].toLowerCase()}`,
        async (trx) =>
          (await repo.deleteLeave(trx, cur.id, req.query.version))
            ? { id: cur.id, before: cur, after: null }
            : null,
      );
      return reply.code(204).send();
    },
  );

  app.post(
    '/people/:id/transfers',
    {
      config: { policy: 'disciplines:write' },
      schema: {
        tags: TAGS,
        summary: 'Ghi chuyển công tác đến/đi (từ/sang cơ quan khác)',
        params: IdParams,
        body: TransferBody,
        response: { 201: TransferSchema },
      },
    },
    async (req, reply) => {
      const p = await personOrThrow(ctx.db, req.params.id);
      const v = transferValues(req.body);
      let id = 0;
      const what = v.direction === 'in' ? `Chuyển đến từ ${v.other_place}` : `Chuyển đi ${v.other_place}`;
      await write(ctx, actorOf(req), p, 'person_transfers', 'create', what, async (trx) => {
        id = await repo.insertTransfer(trx, p.id, v);
        return { id, before: null, after: v };
      });
      return reply.code(201).send(presentTransfer((await repo.findTransfer(ctx.db, id))!));
    },
  );
  app.put(
    '/person-transfers/:id',
    {
      config: { policy: 'disciplines:write' },
      schema: {
        tags: TAGS,
        summary: 'Sửa chuyển công tác (gửi kèm version)',
        params: IdParams,
        body: TransferBody.extend({ version: z.number().int().positive() }),
        response: { 200: TransferSchema },
      },
    },
    async (req) => {
      const cur = await repo.findTransfer(ctx.db, req.params.id);
      if (!cur) throw errors.notFound('chuyển công tác');
      const p = await personOrThrow(ctx.db, cur.person_id);
      const v = transferValues(req.body);
      await write(ctx, actorOf(req), p, 'person_transfers', 'update', 'Sửa chuyển công tác', async (trx) =>
        (await repo.updateTransfer(trx, cur.id, req.body.version, v))
          ? { id: cur.id, before: cur, after: v }
          : null,
      );
      return presentTransfer((await repo.findTransfer(ctx.db, cur.id))!);
    },
  );
  app.delete(
    '/person-transfers/:id',
    {
      config: { policy: 'disciplines:write' },
      schema: {
        tags: TAGS,
        summary: 'Xoá chuyển công tác (?version=)',
        params: IdParams,
        querystring: VersionQuery,
        response: { 204: NoContent },
      },
    },
    async (req, reply) => {
      const cur = await repo.findTransfer(ctx.db, req.params.id);
      if (!cur) throw errors.notFound('chuyển công tác');
      const p = await personOrThrow(ctx.db, cur.person_id);
      await write(ctx, actorOf(req), p, 'person_transfers', 'delete', 'Xoá chuyển công tác', async (trx) =>
        (await repo.deleteTransfer(trx, cur.id, req.query.version))
          ? { id: cur.id, before: cur, after: null }
          : null,
      );
      return reply.code(204).send();
    },
  );

  app.get(
    '/units/:id/collective-rating',
    {
      config: { policy: 'ratings:read' },
      schema: {
        tags: TAGS,
        summary: 'Mức hoàn thành nhiệm vụ của tập thể (đơn vị) trong năm — căn cứ xét TT LĐTT / TT LĐXS',
        params: IdParams,
        querystring: z.object({ year: z.coerce.number().int().min(1945).max(2200) }),
        response: { 200: CollectiveSchema },
      },
    },
    async (req) => {
      const unit = await unitOrThrow(ctx.db, req.params.id);
      assertReadUnit(actorOf(req), unit);
      const r = await repo.collectiveRatingOfUnit(ctx.db, unit.id, req.query.year);
      return presentCollective(unit.id, req.query.year, r);
    },
  );
  app.put(
    '/units/:id/collective-rating',
    {
      config: { policy: 'ratings:write' },
      schema: {
        tags: TAGS,
        summary:
          'Ghi mức hoàn thành nhiệm vụ của tập thể trong năm (cán bộ TĐKT; version null khi ghi lần đầu, 409 nếu đã bị sửa)',
        params: IdParams,
        body: CollectiveBody,
        response: { 200: CollectiveSchema },
      },
    },
    async (req) => {
      const actor = actorOf(req);
      const unit = await unitOrThrow(ctx.db, req.params.id);
      if (!canFinalise(actor, unit.agency_id)) throw errors.forbidden('xếp loại tập thể của đơn vị này');
      const { year, rating, version } = req.body;
      const note = req.body.note ?? null;
      await ctx.db.transaction().execute(async (trx) => {
        const cur = await repo.collectiveRatingOfUnit(trx, unit.id, year);
        let id: number;
        if (version === null) {
          if (cur) throw errors.conflict();
          id = await repo.insertCollectiveRating(trx, unit.id, year, { rating, note });
        } else {
          if (!cur || !(await repo.updateCollectiveRating(trx, cur.id, version, { rating, note })))
            throw errors.conflict();
          id = cur.id;
        }
        await writeAudit(
          trx,
          auditBy(actor, {
            action: version === null ? 'create' : 'update',
            entity: 'collective_ratings',
            entityId: String(id),
            agencyId: unit.agency_id,
            summary: `Xếp loại tập thể ${unit.name} năm ${year}: ${rating ? RATING_LABELS[rating] : 'chưa xếp loại'}`,
            before: cur ?? null,
            after: { rating, note },
          }),
        );
      });
      return presentCollective(unit.id, year, await repo.collectiveRatingOfUnit(ctx.db, unit.id, year));
    },
  );
}

function presentCollective(
  unitId: number,
  year: number,
  r: Awaited<ReturnType<typeof repo.collectiveRatingOfUnit>>,
) {
  return {
    unitId,
    year,
    rating: r?.rating ?? null,
    ratingText: r?.rating ? (RATING_LABELS[r.rating] ?? null) : null,
    note: r?.note ?? null,
    version: r?.version ?? null,
  };
}
