// Indicators (chỉ tiêu) of an agency-year, their monthly values (estimate and actual), the revisions of
// each cell, and the administrative-procedure figures. SQL only; the arithmetic is in packages/domain.
import { sql } from 'kysely';
import type { Db } from './scope.ts';

export type IndicatorKind = 'amount' | 'index' | 'percent' | 'count' | 'fraction';
export type IndicatorAggregation = 'sum' | 'last' | 'none';
export type ValueKind = 'estimate' | 'actual';

export interface IndicatorValues {
  parent_id: number | null;
  code: string;
  name: string;
  value_kind: IndicatorKind;
  unit: string | null;
  quantity_unit: string | null;
  precision: number;
  percent_precision: number;
  aggregation: IndicatorAggregation;
  /** Decimal text ("31620") so the plan is stored exactly. */
  plan_value: string | null;
  position: number;
  source_note: string | null;
}

const INDICATOR_COLUMNS = [
  'id',
  'agency_id',
  'year',
  'parent_id',
  'code',
  'name',
  'value_kind',
  'unit',
  'quantity_unit',
  'precision',
  'percent_precision',
  'aggregation',
  'plan_value',
  'position',
  'source_note',
  'version',
  'updated_at',
] as const;

/** The indicators of an agency-year, parents before children is the caller's business: ordered by position, id. */
export async function listIndicators(db: Db, agencyId: number, year: number) {
  return db
    .selectFrom('indicators')
    .select(INDICATOR_COLUMNS)
    .where('agency_id', '=', agencyId)
    .where('year', '=', year)
    .orderBy('position')
    .orderBy('id')
    .execute();
}

export type IndicatorRecord = Awaited<ReturnType<typeof listIndicators>>[number];

export async function findIndicator(db: Db, id: number): Promise<IndicatorRecord | undefined> {
  return db.selectFrom('indicators').select(INDICATOR_COLUMNS).where('id', '=', id).executeTakeFirst();
}

export async function indicatorCodeTaken(
  db: Db,
  agencyId: number,
  year: number,
  code: string,
  exceptId?: number,
): Promise<boolean> {
  let q = db
    .selectFrom('indicators')
    .select('id')
    .where('agency_id', '=', agencyId)
    .where('year', '=', year)
    .where('code', '=', code);
  if (exceptId !== undefined) q = q.where('id', '<>', exceptId);
  return (await q.executeTakeFirst()) !== undefined;
}

export async function nextIndicatorPosition(db: Db, agencyId: number, year: number): Promise<number> {
  const r = await db
    .selectFrom('indicators')
    .select((eb) => eb.fn.max<number | null>('position').as('m'))
    .where('agency_id', '=', agencyId)
    .where('year', '=', year)
    .executeTakeFirst();
  return Number(r?.m ?? 0) + 1;
}

export async function insertIndicator(
  db: Db,
  v: IndicatorValues & { agency_id: number; year: number },
): Promise<number> {
  return (await db.insertInto('indicators').values(v).returning('id').executeTakeFirstOrThrow()).id;
}

export async function updateIndicator(
  db: Db,
  id: number,
  version: number,
  v: IndicatorValues,
): Promise<boolean> {
  const r = await db
    .updateTable('indicators')
    .set({ ...v, version: sql`version + 1`, updated_at: sql`now()` })
    .where('id', '=', id)
    .where('version', '=', version)
    .executeTakeFirst();
  return Number(r.numUpdatedRows) === 1;
}

export async function deleteIndicator(db: Db, id: number, version: number): Promise<boolean> {
  const r = await db
    .deleteFrom('indicators')
    .where('id', '=', id)
    .where('version', '=', version)
    .executeTakeFirst();
  return Number(r.numDeletedRows) === 1;
}

export async function countChildren(db: Db, id: number): Promise<number> {
  const r = await db
    .selectFrom('indicators')
    .select((eb) => eb.fn.countAll<number>().as('n'))
    .where('parent_id', '=', id)
    .executeTakeFirstOrThrow();
  return Number(r.n);
}

// ───────────── monthly values ─────────────

export interface FigureValues {
  value: string | null;
  numerator: string | null;
  denominator: string | null;
  quantity: string | null;
  reported_cumulative: string | null;
  prior_year_value: string | null;
  prior_year_quantity: string | null;
  note: string | null;
}

const VALUE_COLUMNS = [
  'id',
  'indicator_id',
  'month',
  'kind',
  'value',
  'numerator',
  'denominator',
  'quantity',
  'reported_cumulative',
  'prior_year_value',
  'prior_year_quantity',
  'note',
  'entered_by',
  'updated_at',
  'version',
] as const;

export async function valuesOf(db: Db, indicatorIds: readonly number[]) {
  if (indicatorIds.length === 0) return [];
  return db
    .selectFrom('indicator_values')
    .select(VALUE_COLUMNS)
    .where('indicator_id', 'in', [...indicatorIds])
    .orderBy('indicator_id')
    .orderBy('month')
    .orderBy('kind')
    .execute();
}

export type ValueRecord = Awaited<ReturnType<typeof valuesOf>>[number];

export async function findValue(
  db: Db,
  indicatorId: number,
  month: number,
  kind: ValueKind,
): Promise<ValueRecord | undefined> {
  return db
    .selectFrom('indicator_values')
    .select(VALUE_COLUMNS)
    .where('indicator_id', '=', indicatorId)
    .where('month', '=', month)
    .where('kind', '=', kind)
    .executeTakeFirst();
}

export async function insertValue(
  db: Db,
  v: FigureValues & { indicator_id: number; month: number; kind: ValueKind; entered_by: number | null },
): Promise<number> {
  return (await db.insertInto('indicator_values').values(v).returning('id').executeTakeFirstOrThrow()).id;
}

export async function updateValue(
  db: Db,
  id: number,
  version: number,
  v: FigureValues & { entered_by: number | null },
): Promise<boolean> {
  const r = await db
    .updateTable('indicator_values')
    .set({ ...v, version: sql`version + 1`, updated_at: sql`now()` })
    .where('id', '=', id)
    .where('version', '=', version)
    .executeTakeFirst();
  return Number(r.numUpdatedRows) === 1;
}

export async function deleteValue(db: Db, id: number, version: number): Promise<boolean> {
  const r = await db
    .deleteFrom('indicator_values')
    .where('id', '=', id)
    .where('version', '=', version)
    .executeTakeFirst();
  return Number(r.numDeletedRows) === 1;
}

/** Last year's months of the indicators with these codes (the same period for "% so cùng kỳ"). */
export async function valuesByCode(db: Db, agencyId: number, year: number, codes: readonly string[]) {
  if (codes.length === 0) return [];
  return db
    .selectFrom('indicator_values as v')
    .innerJoin('indicators as i', 'i.id', 'v.indicator_id')
    .select([
      'i.code',
      'v.month',
      'v.kind',
      'v.value',
      'v.numerator',
      'v.denominator',
      'v.quantity',
      'v.reported_cumulative',
    ])
    .where('i.agency_id', '=', agencyId)
    .where('i.year', '=', year)
    .where('i.code', 'in', [...codes])
    .orderBy('i.code')
    .orderBy('v.month')
    .execute();
}

// ───────────── revisions ─────────────

export async function insertRevision(
  db: Db,
  r: {
    indicator_id: number;
    month: number;
    kind: ValueKind;
    before: unknown;
    after: unknown;
    source: 'grid' | 'import';
    changed_by: number | null;
    changed_by_name: string | null;
  },
): Promise<void> {
  await db
    .insertInto('indicator_value_revisions')
    .values({
      ...r,
      before: r.before === null ? null : JSON.stringify(r.before),
      after: r.after === null ? null : JSON.stringify(r.after),
    })
    .execute();
}

/** Newest first. */
export async function revisionsOf(
  db: Db,
  indicatorId: number,
  f: { month?: number | undefined; kind?: ValueKind | undefined } = {},
) {
  let q = db
    .selectFrom('indicator_value_revisions')
    .select([
      'id',
      'indicator_id',
      'month',
      'kind',
      'before',
      'after',
      'source',
      'changed_by',
      'changed_by_name',
      'changed_at',
    ])
    .where('indicator_id', '=', indicatorId);
  if (f.month !== undefined) q = q.where('month', '=', f.month);
  if (f.kind !== undefined) q = q.where('kind', '=', f.kind);
  return q.orderBy('id', 'desc').limit(500).execute();
}

// ───────────── administrative procedures ─────────────

export interface AdminProcedureValues {
  period_from: string;
  period_to: string;
  received: number;
  resolved: number;
  on_time: number | null;
  late: number | null;
  online: number | null;
  note: string | null;
}

const AP_COLUMNS = [
  'id',
  'agency_id',
  'year',
  'period_from',
  'period_to',
  'received',
  'resolved',
  'on_time',
  'late',
  'online',
  'note',
  'version',
] as const;

export async function listAdminProcedureStats(db: Db, agencyId: number, year: number) {
  return db
    .selectFrom('admin_procedure_stats')
    .select(AP_COLUMNS)
    .where('agency_id', '=', agencyId)
    .where('year', '=', year)
    .orderBy('period_to')
    .orderBy('id')
    .execute();
}

export type AdminProcedureRecord = Awaited<ReturnType<typeof listAdminProcedureStats>>[number];

export async function findAdminProcedureStats(db: Db, id: number): Promise<AdminProcedureRecord | undefined> {
  return db.selectFrom('admin_procedure_stats').select(AP_COLUMNS).where('id', '=', id).executeTakeFirst();
}

export async function adminProcedurePeriodTaken(
  db: Db,
  agencyId: number,
  from: string,
  to: string,
  exceptId?: number,
): Promise<boolean> {
  let q = db
    .selectFrom('admin_procedure_stats')
    .select('id')
    .where('agency_id', '=', agencyId)
    .where('period_from', '=', from)
    .where('period_to', '=', to);
  if (exceptId !== undefined) q = q.where('id', '<>', exceptId);
  return (await q.executeTakeFirst()) !== undefined;
}

export async function insertAdminProcedureStats(
  db: Db,
  v: AdminProcedureValues & { agency_id: number; year: number },
): Promise<number> {
  return (await db.insertInto('admin_procedure_stats').values(v).returning('id').executeTakeFirstOrThrow())
    .id;
}

export async function updateAdminProcedureStats(
  db: Db,
  id: number,
  version: number,
  v: AdminProcedureValues & { year: number },
): Promise<boolean> {
  const r = await db
    .updateTable('admin_procedure_stats')
    .set({ ...v, version: sql`version + 1` })
    .where('id', '=', id)
    .where('version', '=', version)
    .executeTakeFirst();
  return Number(r.numUpdatedRows) === 1;
}

export async function deleteAdminProcedureStats(db: Db, id: number, version: number): Promise<boolean> {
  const r = await db
    .deleteFrom('admin_procedure_stats')
    .where('id', '=', id)
    .where('version', '=', version)
    .executeTakeFirst();
  return Number(r.numDeletedRows) === 1;
}
