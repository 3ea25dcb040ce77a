// Ratings of a unit for a year (the grid), the bulk save (one transaction, optimistic versions, the
// HTXSNV cap R-RATE-2 enforced with a reason to exceed, R-RATE-1 warnings), the staff self-assessment and
// discipline records. Every write is audited in the same transaction.
import type { Transaction } from 'kysely';
import { writeAudit } from '../../../../../packages/db/src/audit.ts';
import * as repo from '../../../../../packages/db/src/repositories/ratings.ts';
import { findUnit } from '../../../../../packages/db/src/repositories/units.ts';
import type { DB } from '../../../../../packages/db/src/schema.ts';
import type { Db } from '../../../../../packages/db/src/repositories/scope.ts';
import {
  CAP_BASES,
  DEFAULT_CAP_BASE,
  DISCIPLINE_LABELS,
  RATING_LABELS,
  capExceededMessage,
  disciplineWarning,
  htxsnvCap,
  type CapBase,
  type HtxsnvCap,
  type RatingLevel,
  type RatingWarning,
} from '../../../../../packages/domain/src/ratings/index.ts';
import { isAdmin, type Actor } from '../../auth/actor.ts';
import { auditBy, todayIn, type Ctx } from '../../context.ts';
import { AppError, errors } from '../../errors.ts';
import { assertDisciplineWrite, assertReadUnit, assertWriteUnit, canFinalise } from './access.ts';
import { leaveYearFacts } from '../person-eligibility/leave-facts.ts';

/** Who writes: a signed-in actor, or the user an import job runs for. */
export interface Writer {
  userId: number;
  username: string;
}

export async function capBaseOf(db: Db, agencyId: number): Promise<CapBase> {
  const v = await repo.capBaseSetting(db, agencyId);
  return typeof v === 'string' && (CAP_BASES as readonly string[]).includes(v)
    ? (v as CapBase)
    : DEFAULT_CAP_BASE;
}

export async function unitOrThrow(db: Db, unitId: number) {
  const unit = await findUnit(db, unitId);
  if (!unit) throw errors.notFound('đơn vị');
  return unit;
}

export interface GridRow {
  personId: number;
  code: string;
  fullName: string;
  position: string | null;
  ratingId: number | null;
  version: number | null;
  selfRating: RatingLevel | null;
  proposedRating: RatingLevel | null;
  finalRating: RatingLevel | null;
  monthsWorked: number | null;
  absenceDays: number | null;
  maternityLeave: boolean;
  recruitedOn: string | null;
  note: string | null;
  overCapReason: string | null;
  disciplines: {
    id: number;
    level: string;
    levelText: string;
    decidedOn: string | null;
    decisionRef: string | null;
    version: number;
  }[];
  transferred: boolean;
  unitsInYear: { unitId: number; unitName: string; from: string; to: string | null }[];
  /** What the leave and transfer records make of the year (shown where the grid is empty; null: none). */
  fromLeaves: {
    monthsWorked: number | null;
    absenceDays: number | null;
    transferredFrom: string | null;
  } | null;
  warnings: RatingWarning[];
}

export interface Grid {
  unitId: number;
  unitName: string;
  agencyId: number;
  year: number;
  canFinalise: boolean;
  cap: HtxsnvCap;
  rows: GridRow[];
  warnings: RatingWarning[];
}

const num = (v: unknown): number | null => (v === null || v === undefined ? null : Number(v));

export async function buildGrid(
  db: Db,
  actor: Actor | null,
  unit: { id: number; agency_id: number; name: string },
  year: number,
): Promise<Grid> {
  const people = await repo.gridPeople(db, unit.agency_id, unit.id, year);
  const ids = people.map((p) => p.person_id);
  const [ratings, discs, units, maternity, base, finals, leaves, transfers] = await Promise.all([
    repo.ratingsOf(db, ids, year),
    repo.disciplinesOfPeople(db, ids, year),
    repo.unitsInYear(db, ids, year),
    repo.maternityInYear(db, ids, year),
    capBaseOf(db, unit.agency_id),
    repo.finalRatingsOfUnit(db, unit.id, year),
    ids.length
      ? db.selectFrom('person_leaves').selectAll().where('person_id', 'in', ids).execute()
      : Promise.resolve([]),
    ids.length
      ? db.selectFrom('person_transfers').selectAll().where('person_id', 'in', ids).execute()
      : Promise.resolve([]),
  ]);
  const byPerson = new Map(ratings.map((r) => [r.person_id, r]));
  const rows: GridRow[] = people.map((p) => {
    const r = byPerson.get(p.person_id);
    const d = discs.filter((x) => x.person_id === p.person_id);
    const u = units.filter((x) => x.person_id === p.person_id);
    const finalRating = r?.final_rating ?? null;
    const entered = finalRating ?? r?.proposed_rating ?? null;
    const w = disciplineWarning({
      personId: p.person_id,
      name: p.full_name,
      year,
      rating: entered,
      disciplined: d.length > 0,
    });
    return {
      personId: p.person_id,
      code: p.code,
      fullName: p.full_name,
      position: p.position,
      ratingId: r?.id ?? null,
      version: r?.version ?? null,
      selfRating: r?.self_rating ?? null,
      proposedRating: r?.proposed_rating ?? null,
      finalRating,
      monthsWorked: num(r?.months_worked),
      absenceDays: num(r?.absence_days),
      maternityLeave: (r?.maternity_leave ?? false) || maternity.has(p.person_id),
      recruitedOn: r?.recruited_on ?? null,
      note: r?.note ?? null,
      overCapReason: r?.htxsnv_over_quota_reason ?? null,
      disciplines: d.map((x) => ({
        id: x.id,
        level: x.level,
        levelText: DISCIPLINE_LABELS[x.level],
        decidedOn: x.decided_on,
        decisionRef: x.decision_ref,
        version: x.version,
      })),
      transferred: new Set(u.map((x) => x.unit_id)).size > 1,
      unitsInYear: u.map((x) => ({
        unitId: x.unit_id,
        unitName: x.unit_name,
        from: x.from_date,
        to: x.to_date,
      })),
      fromLeaves: (() => {
        const f = leaveYearFacts(
          leaves.filter((l) => l.person_id === p.person_id),
          transfers.filter((t) => t.person_id === p.person_id),
          year,
        );
        return f
          ? {
              monthsWorked: f.monthsWorked ?? null,
              absenceDays: f.absenceDays ?? null,
              transferredFrom: f.transferredFrom ?? null,
            }
          : null;
      })(),
      warnings: w ? [w] : [],
    };
  });
  const cap = htxsnvCap(
    finals.map((f) => f.final_rating),
    { base },
  );
  const warnings = rows.flatMap((r) => r.warnings);
  if (cap.exceeded)
    warnings.push({
      code: 'rating-cap-exceeded',
      rule: 'R-RATE-2',
      personId: null,
      message: capExceededMessage(cap),
    });
  return {
    unitId: unit.id,
    unitName: unit.name,
    agencyId: unit.agency_id,
    year,
    canFinalise: actor ? canFinalise(actor, unit.agency_id) : false,
    cap,
    rows,
    warnings,
  };
}

export async function getGrid(ctx: Ctx, actor: Actor, unitId: number, year: number): Promise<Grid> {
  const unit = await unitOrThrow(ctx.db, unitId);
  assertReadUnit(actor, unit);
  return buildGrid(ctx.db, actor, unit, year);
}

export interface RowInput {
  personId: number;
  version: number | null;
  selfRating?: RatingLevel | null | undefined;
  proposedRating?: RatingLevel | null | undefined;
  finalRating?: RatingLevel | null | undefined;
  monthsWorked?: number | null | undefined;
  absenceDays?: number | null | undefined;
  maternityLeave?: boolean | undefined;
  note?: string | null | undefined;
}

function capError(cap: HtxsnvCap): AppError {
  return new AppError('rating-cap-exceeded', capExceededMessage(cap), {
    path: 'capOverrideReason',
    details: [{ path: 'capOverrideReason', message: 'Hãy nêu lý do vượt tỷ lệ HTXSNV.' }],
  });
}

/**
 * Writes rows of one unit-year in the caller's transaction: inserts (version null) or updates with the
 * row's version (409 when stale), then checks the cap. A save that adds HTXSNV beyond the cap is refused
 * (422 rating-cap-exceeded) unless `capOverrideReason` is given; the reason is stored on the new HTXSNV
 * rows and audited.
 */
export async function writeRows(
  trx: Transaction<DB>,
  who: Writer,
  unit: { id: number; agency_id: number; name: string },
  year: number,
  rows: RowInput[],
  opts: { capOverrideReason?: string | null | undefined; finalise: boolean; today: string; source: string },
): Promise<{ written: number }> {
  const before = await repo.finalRatingsOfUnit(trx, unit.id, year);
  const base = await capBaseOf(trx, unit.agency_id);
  const htxsnvBefore = before.filter((r) => r.final_rating === 'htxsnv').length;
  const members = new Set(
    (await repo.gridPeople(trx, unit.agency_id, unit.id, year)).map((p) => p.person_id),
  );
  const reason = opts.capOverrideReason?.trim() || null;
  let written = 0;
  const newHtxsnv: number[] = [];
  for (const [i, row] of rows.entries()) {
    if (!members.has(row.personId))
      throw errors.field(
        `rows.${i}.personId`,
        `Cán bộ (mã ${row.personId}) không thuộc ${unit.name} trong năm ${year}.`,
      );
    const cur = await repo.findRating(trx, row.personId, year);
    if (!opts.finalise && row.finalRating !== undefined && row.finalRating !== (cur?.final_rating ?? null)) {
      throw new AppError(
        'forbidden',
        'Trưởng đơn vị chỉ đề xuất xếp loại; xếp loại chính thức do cán bộ thi đua - khen thưởng chốt.',
        {
          path: `rows.${i}.finalRating`,
        },
      );
    }
    const patch: Partial<repo.RatingValues> = { unit_id: unit.id };
    if (row.selfRating !== undefined) patch.self_rating = row.selfRating;
    if (row.proposedRating !== undefined) patch.proposed_rating = row.proposedRating;
    if (row.finalRating !== undefined) patch.final_rating = row.finalRating;
    if (row.monthsWorked !== undefined) patch.months_worked = row.monthsWorked;
    if (row.absenceDays !== undefined) patch.absence_days = row.absenceDays;
    if (row.maternityLeave !== undefined) patch.maternity_leave = row.maternityLeave;
    if (row.note !== undefined) patch.note = row.note;
    const finalChanged = row.finalRating !== undefined && row.finalRating !== (cur?.final_rating ?? null);
    if (finalChanged) {
      patch.rated_on = opts.today;
      patch.rated_by = who.userId;
      if (row.finalRating === 'htxsnv') newHtxsnv.push(row.personId);
      if (row.finalRating !== 'htxsnv') patch.htxsnv_over_quota_reason = null;
    }
    if (!cur) {
      if (row.version !== null) throw errors.conflict();
      const values: repo.RatingValues = {
        unit_id: unit.id,
        self_rating: patch.self_rating ?? null,
        proposed_rating: patch.proposed_rating ?? null,
        final_rating: patch.final_rating ?? null,
        htxsnv_over_quota_reason: null,
        months_worked: patch.months_worked ?? null,
        absence_days: patch.absence_days ?? null,
        maternity_leave: patch.maternity_leave ?? false,
        rated_on: patch.rated_on ?? null,
        rated_by: patch.rated_by ?? null,
        note: patch.note ?? null,
      };
      const id = await repo.insertRating(trx, {
        ...values,
        agency_id: unit.agency_id,
        person_id: row.personId,
        year,
      });
      if (id === null) throw errors.conflict();
      await writeAudit(trx, {
        ...who,
        action: 'create',
        entity: 'ratings',
        entityId: String(id),
        agencyId: unit.agency_id,
        summary: `${opts.source}: xếp loại năm ${year} của cán bộ #${row.personId} (${unit.name})${values.final_rating ? `: ${RATING_LABELS[values.final_rating]}` : ''}`,
        before: null,
        after: values,
      });
    } else {
      if (row.version === null || row.version !== cur.version) throw errors.conflict();
      const changed = Object.entries(patch).some(([k, v]) => {
        const old = (cur as Record<string, unknown>)[k];
        return k === 'months_worked' || k === 'absence_days' ? num(old) !== num(v) : old !== v;
      });
      if (!changed) continue;
      if (!(await repo.updateRating(trx, cur.id, cur.version, patch))) throw errors.conflict();
      const after = await repo.findRating(trx, row.personId, year);
      await writeAudit(trx, {
        ...who,
        action: 'update',
        entity: 'ratings',
        entityId: String(cur.id),
        agencyId: unit.agency_id,
        summary: `${opts.source}: sửa xếp loại năm ${year} của cán bộ #${row.personId} (${unit.name})`,
        before: cur,
        after,
      });
    }
    written++;
  }
  const finals = await repo.finalRatingsOfUnit(trx, unit.id, year);
  const cap = htxsnvCap(
    finals.map((f) => f.final_rating),
    { base },
  );
  if (cap.exceeded && cap.used > htxsnvBefore && newHtxsnv.length > 0) {
    if (!reason) throw capError(cap);
    for (const personId of newHtxsnv) {
      const r = await repo.findRating(trx, personId, year);
      if (r) await repo.updateRating(trx, r.id, r.version, { htxsnv_over_quota_reason: reason });
    }
    await writeAudit(trx, {
      ...who,
      action: 'cap-override',
      entity: 'ratings',
      entityId: null,
      agencyId: unit.agency_id,
      summary: `Vượt tỷ lệ HTXSNV của ${unit.name} năm ${year} (${cap.used}/${cap.allowed}). Lý do: ${reason}`,
      before: { used: htxsnvBefore, allowed: cap.allowed },
      after: { used: cap.used, allowed: cap.allowed, base: cap.base, reason, personIds: newHtxsnv },
    });
  }
  return { written };
}

export async function saveGrid(
  ctx: Ctx,
  actor: Actor,
  input: { unitId: number; year: number; capOverrideReason?: string | null | undefined; rows: RowInput[] },
): Promise<Grid & { written: number }> {
  const unit = await unitOrThrow(ctx.db, input.unitId);
  assertWriteUnit(actor, unit);
  const finalise = canFinalise(actor, unit.agency_id);
  const today = todayIn(ctx.config.timeZone);
  const who = { userId: actor.userId, username: actor.username };
  const { written } = await ctx.db.transaction().execute((trx) =>
    writeRows(trx, who, unit, input.year, input.rows, {
      capOverrideReason: input.capOverrideReason,
      finalise,
      today,
      source: 'Bảng xếp loại',
    }),
  );
  return { ...(await buildGrid(ctx.db, actor, unit, input.year)), written };
}

// ── self-assessment ──

export async function getSelf(ctx: Ctx, actor: Actor, year: number) {
  if (!actor.personId) throw errors.forbidden('tự đánh giá (tài khoản không gắn với cán bộ nào)');
  const r = await repo.findRating(ctx.db, actor.personId, year);
  return {
    personId: actor.personId,
    year,
    version: r?.version ?? null,
    selfRating: r?.self_rating ?? null,
    proposedRating: r?.proposed_rating ?? null,
    finalRating: r?.final_rating ?? null,
  };
}

export async function saveSelf(
  ctx: Ctx,
  actor: Actor,
  input: { year: number; selfRating: RatingLevel | null; version: number | null },
) {
  const personId = actor.personId;
  if (!personId) throw errors.forbidden('tự đánh giá (tài khoản không gắn với cán bộ nào)');
  await ctx.db.transaction().execute(async (trx) => {
    const person = await trx
      .selectFrom('people')
      .select(['agency_id', 'unit_id', 'full_name'])
      .where('id', '=', personId)
      .executeTakeFirstOrThrow();
    const cur = await repo.findRating(trx, personId, input.year);
    const who = auditBy(actor, {
      action: '',
      entity: 'ratings',
      entityId: null,
      agencyId: person.agency_id,
      summary: null,
      before: null,
      after: null,
    });
    if (!cur) {
      if (input.version !== null) throw errors.conflict();
      const id = await repo.insertRating(trx, {
        agency_id: person.agency_id,
        person_id: personId,
        year: input.year,
        unit_id: person.unit_id,
        self_rating: input.selfRating,
        proposed_rating: null,
        final_rating: null,
        htxsnv_over_quota_reason: null,
        months_worked: null,
        absence_days: null,
        maternity_leave: false,
        rated_on: null,
        rated_by: null,
        note: null,
      });
      if (id === null) throw errors.conflict();
      await writeAudit(trx, {
        ...who,
        action: 'self-assess',
        entityId: String(id),
        summary: `${person.full_name} tự đánh giá năm ${input.year}`,
        after: { self_rating: input.selfRating },
      });
    } else {
      if (input.version !== cur.version) throw errors.conflict();
      if (!(await repo.updateRating(trx, cur.id, cur.version, { self_rating: input.selfRating })))
        throw errors.conflict();
      await writeAudit(trx, {
        ...who,
        action: 'self-assess',
        entityId: String(cur.id),
        summary: `${person.full_name} tự đánh giá năm ${input.year}`,
        before: { self_rating: cur.self_rating },
        after: { self_rating: input.selfRating },
      });
    }
  });
  return getSelf(ctx, actor, input.year);
}

// ── disciplines ──

async function personOrThrow(db: Db, personId: number) {
  const p = await db
    .selectFrom('people')
    .select(['id', 'agency_id', 'unit_id', 'full_name'])
    .where('id', '=', personId)
    .executeTakeFirst();
  if (!p) throw errors.notFound('cán bộ');
  return p;
}

export async function listDisciplines(ctx: Ctx, actor: Actor, personId: number) {
  const p = await personOrThrow(ctx.db, personId);
  assertReadUnit(actor, { id: p.unit_id, agency_id: p.agency_id });
  return repo.disciplinesOfPeople(ctx.db, [personId]);
}

export type DisciplineInput = Omit<repo.DisciplineValues, 'status'> & {
  status?: repo.DisciplineValues['status'];
};

function checkDiscipline(v: DisciplineInput): void {
  if (v.from_date && v.to_date && v.to_date < v.from_date)
    throw errors.field('toDate', 'Ngày hết hiệu lực phải sau ngày có hiệu lực.');
}

export async function createDiscipline(ctx: Ctx, actor: Actor, personId: number, v: DisciplineInput) {
  const p = await personOrThrow(ctx.db, personId);
  assertDisciplineWrite(actor, p.agency_id);
  checkDiscipline(v);
  const values: repo.DisciplineValues = { ...v, status: v.status ?? 'in-force' };
  return ctx.db.transaction().execute(async (trx) => {
    const id = await repo.insertDiscipline(trx, { ...values, agency_id: p.agency_id, person_id: personId });
    await writeAudit(
      trx,
      auditBy(actor, {
        action: 'create',
        entity: 'disciplines',
        entityId: String(id),
        agencyId: p.agency_id,
        summary: `Kỷ luật ${DISCIPLINE_LABELS[v.level].toLowerCase()} ${p.full_name} (năm ${v.year})`,
        before: null,
        after: values,
      }),
    );
    return (await repo.findDiscipline(trx, id))!;
  });
}

export async function updateDiscipline(
  ctx: Ctx,
  actor: Actor,
  id: number,
  version: number,
  v: DisciplineInput,
) {
  const cur = await repo.findDiscipline(ctx.db, id);
  if (!cur) throw errors.notFound('quyết định kỷ luật');
  assertDisciplineWrite(actor, cur.agency_id);
  checkDiscipline(v);
  const values: repo.DisciplineValues = { ...v, status: v.status ?? cur.status };
  return ctx.db.transaction().execute(async (trx) => {
    if (!(await repo.updateDiscipline(trx, id, version, values))) throw errors.conflict();
    const after = (await repo.findDiscipline(trx, id))!;
    await writeAudit(
      trx,
      auditBy(actor, {
        action: 'update',
        entity: 'disciplines',
        entityId: String(id),
        agencyId: cur.agency_id,
        summary: `Sửa kỷ luật năm ${v.year}`,
        before: cur,
        after,
      }),
    );
    return after;
  });
}

export async function deleteDiscipline(ctx: Ctx, actor: Actor, id: number, version: number): Promise<void> {
  const cur = await repo.findDiscipline(ctx.db, id);
  if (!cur) throw errors.notFound('quyết định kỷ luật');
  assertDisciplineWrite(actor, cur.agency_id);
  await ctx.db.transaction().execute(async (trx) => {
    if (!(await repo.deleteDiscipline(trx, id, version))) throw errors.conflict();
    await writeAudit(
      trx,
      auditBy(actor, {
        action: 'delete',
        entity: 'disciplines',
        entityId: String(id),
        agencyId: cur.agency_id,
        summary: `Xoá kỷ luật năm ${cur.year}`,
        before: cur,
        after: null,
      }),
    );
  });
}

// ── settings ──

export async function getSettings(ctx: Ctx, actor: Actor, agencyId: number) {
  if (!isAdmin(actor) && actor.agencyId !== agencyId && !canFinalise(actor, agencyId))
    throw errors.forbidden('xem cài đặt xếp loại của cơ quan này');
  return { agencyId, capBase: await capBaseOf(ctx.db, agencyId) };
}

/** The base of the HTXSNV cap (R-RATE-2): "httnv" (rated HTTNV, default) or "httnv-or-above". */
export async function saveSettings(ctx: Ctx, actor: Actor, agencyId: number, capBase: CapBase) {
  if (!canFinalise(actor, agencyId)) throw errors.forbidden('sửa cài đặt xếp loại của cơ quan này');
  await ctx.db.transaction().execute(async (trx) => {
    const before = await capBaseOf(trx, agencyId);
    await repo.writeCapBaseSetting(trx, agencyId, capBase);
    await writeAudit(
      trx,
      auditBy(actor, {
        action: 'update',
        entity: 'agency_settings',
        entityId: repo.CAP_BASE_SETTING,
        agencyId,
        summary: `Cách tính tỷ lệ HTXSNV: 20% ${capBase === 'httnv' ? 'số người HTTNV' : 'số người HTTNV trở lên'}`,
        before: { capBase: before },
        after: { capBase },
      }),
    );
  });
  return { agencyId, capBase };
}
