// Yearly staff ratings (đánh giá, xếp loại), discipline records and the facts of a unit's grid: who was in
// the unit in the year (person_unit_history), their rating row, disciplines in force in the year, maternity
// leave. SQL only; the rules (HTXSNV cap, disciplined ⇒ KHTNV) are in packages/domain/src/ratings.
import { sql } from 'kysely';
import type { Rating } from '../schema-cycle.ts';
import type { Db } from './scope.ts';

export const CAP_BASE_SETTING = 'ratings.htxsnvCapBase';

export type RatingRecord = Awaited<ReturnType<typeof findRating>> & object;

const RATING_COLUMNS = [
  'id',
  'agency_id',
  'person_id',
  'unit_id',
  'year',
  'self_rating',
  'proposed_rating',
  'final_rating',
  'htxsnv_over_quota_reason',
  'months_worked',
  'recruited_on',
  'absence_days',
  'maternity_leave',
  'injury_treatment',
  'rated_on',
  'rated_by',
  'note',
  'version',
] as const;

export async function findRating(db: Db, personId: number, year: number) {
  return db
    .selectFrom('ratings')
    .select(RATING_COLUMNS)
    .where('person_id', '=', personId)
    .where('year', '=', year)
    .executeTakeFirst();
}

export interface RatingValues {
  unit_id: number;
  self_rating: Rating | null;
  proposed_rating: Rating | null;
  final_rating: Rating | null;
  htxsnv_over_quota_reason: string | null;
  months_worked: number | string | null;
  absence_days: number | string | null;
  maternity_leave: boolean;
  rated_on: string | null;
  rated_by: number | null;
  note: string | null;
}

export async function insertRating(
  db: Db,
  v: RatingValues & { agency_id: number; person_id: number; year: number },
): Promise<number | null> {
  const r = await db
    .insertInto('ratings')
    .values(v)
    .onConflict((oc) => oc.columns(['person_id', 'year']).doNothing())
    .returning('id')
    .executeTakeFirst();
  return r?.id ?? null;
}

/** Optimistic update: false when the version moved on. */
export async function updateRating(
  db: Db,
  id: number,
  version: number,
  v: Partial<RatingValues>,
): Promise<boolean> {
  const r = await db
    .updateTable('ratings')
    .set({ ...v, version: sql<number>`version + 1`, updated_at: sql<Date>`now()` })
    .where('id', '=', id)
    .where('version', '=', version)
    .executeTakeFirst();
  return Number(r.numUpdatedRows) === 1;
}

/** The people of a unit's grid for a year: those rated in the unit that year, and the unrated whose last
 *  unit of the year (person_unit_history, else people.unit_id) is the unit; people who left before the
 *  year are not listed. */
export async function gridPeople(db: Db, agencyId: number, unitId: number, year: number) {
  const start = `${year}-01-01`;
  const end = `${year}-12-31`;
  return db
    .selectFrom('people as p')
    .leftJoin('ratings as r', (j) => j.onRef('r.person_id', '=', 'p.id').on('r.year', '=', year))
    .select([
      'p.id as person_id',
      'p.code',
      'p.full_name',
      'p.position',
      'p.sort_key',
      'p.start_date',
      'p.end_date',
      'r.id as rating_id',
    ])
    .where('p.agency_id', '=', agencyId)
    .where((eb) =>
      eb.or([
        eb('r.unit_id', '=', unitId),
        eb.and([
          eb('r.id', 'is', null),
          eb.or([eb('p.end_date', 'is', null), eb('p.end_date', '>=', start)]),
          eb.or([eb('p.start_date', 'is', null), eb('p.start_date', '<=', end)]),
          eb(
            sql<number>`coalesce((SELECT h.unit_id FROM person_unit_history h WHERE h.person_id = p.id AND h.from_date <= ${end} AND (h.to_date IS NULL OR h.to_date >= ${start}) ORDER BY h.from_date DESC, h.id DESC LIMIT 1), p.unit_id)`,
            '=',
            unitId,
          ),
        ]),
      ]),
    )
    .orderBy('p.sort_key')
    .orderBy('p.id')
    .execute();
}

export async function ratingsOf(db: Db, personIds: readonly number[], year: number) {
  if (personIds.length === 0) return [];
  return db
    .selectFrom('ratings')
    .select(RATING_COLUMNS)
    .where('person_id', 'in', [...personIds])
    .where('year', '=', year)
    .execute();
}

/** Final ratings of everyone rated in the unit for the year (the cap's population). */
export async function finalRatingsOfUnit(db: Db, unitId: number, year: number) {
  return db
    .selectFrom('ratings')
    .select(['person_id', 'final_rating', 'htxsnv_over_quota_reason'])
    .where('unit_id', '=', unitId)
    .where('year', '=', year)
    .execute();
}

/** Units a person belonged to during the year, oldest first (a transfer shows as two rows or more). */
export async function unitsInYear(db: Db, personIds: readonly number[], year: number) {
  if (personIds.length === 0) return [];
  return db
    .selectFrom('person_unit_history as h')
    .innerJoin('units as u', 'u.id', 'h.unit_id')
    .select(['h.person_id', 'h.unit_id', 'u.name as unit_name', 'h.from_date', 'h.to_date'])
    .where('h.person_id', 'in', [...personIds])
    .where('h.from_date', '<=', `${year}-12-31`)
    .where((eb) => eb.or([eb('h.to_date', 'is', null), eb('h.to_date', '>=', `${year}-01-01`)]))
    .orderBy('h.person_id')
    .orderBy('h.from_date')
    .execute();
}

/** Maternity leave overlapping the year. */
export async function maternityInYear(
  db: Db,
  personIds: readonly number[],
  year: number,
): Promise<Set<number>> {
  if (personIds.length === 0) return new Set();
  const rows = await db
    .selectFrom('person_leaves')
    .select('person_id')
    .distinct()
    .where('person_id', 'in', [...personIds])
    .where('kind', '=', 'thai-san')
    .where('from_date', '<=', `${year}-12-31`)
    .where((eb) => eb.or([eb('to_date', 'is', null), eb('to_date', '>=', `${year}-01-01`)]))
    .execute();
  return new Set(rows.map((r) => r.person_id));
}

// ── disciplines ──

const DISCIPLINE_COLUMNS = [
  'id',
  'agency_id',
  'person_id',
  'year',
  'kind',
  'level',
  'decided_on',
  'decision_ref',
  'issued_by',
  'from_date',
  'to_date',
  'reason',
  'status',
  'version',
] as const;

export type DisciplineRecord = Awaited<ReturnType<typeof findDiscipline>> & object;

export interface DisciplineValues {
  year: number;
  kind: 'hanh-chinh' | 'dang';
  level: 'khien-trach' | 'canh-cao' | 'ha-bac-luong' | 'giang-chuc' | 'cach-chuc' | 'buoc-thoi-viec';
  decided_on: string | null;
  decision_ref: string | null;
  issued_by: string | null;
  from_date: string | null;
  to_date: string | null;
  reason: string | null;
  status: 'in-force' | 'expired' | 'annulled';
}

export async function findDiscipline(db: Db, id: number) {
  return db.selectFrom('disciplines').select(DISCIPLINE_COLUMNS).where('id', '=', id).executeTakeFirst();
}

export async function disciplinesOfPeople(db: Db, personIds: readonly number[], year?: number) {
  if (personIds.length === 0) return [];
  let q = db
    .selectFrom('disciplines')
    .select(DISCIPLINE_COLUMNS)
    .where('person_id', 'in', [...personIds]);
  if (year !== undefined) q = q.where('year', '=', year).where('status', '<>', 'annulled');
  return q.orderBy('year', 'desc').orderBy('id').execute();
}

export async function insertDiscipline(
  db: Db,
  v: DisciplineValues & { agency_id: number; person_id: number },
): Promise<number> {
  const r = await db.insertInto('disciplines').values(v).returning('id').executeTakeFirstOrThrow();
  return r.id;
}

export async function updateDiscipline(
  db: Db,
  id: number,
  version: number,
  v: DisciplineValues,
): Promise<boolean> {
  const r = await db
    .updateTable('disciplines')
    .set({ ...v, version: sql<number>`version + 1`, updated_at: sql<Date>`now()` })
    .where('id', '=', id)
    .where('version', '=', version)
    .executeTakeFirst();
  return Number(r.numUpdatedRows) === 1;
}

export async function deleteDiscipline(db: Db, id: number, version: number): Promise<boolean> {
  const r = await db
    .deleteFrom('disciplines')
    .where('id', '=', id)
    .where('version', '=', version)
    .executeTakeFirst();
  return Number(r.numDeletedRows) === 1;
}

// ── settings ──

export async function capBaseSetting(db: Db, agencyId: number): Promise<unknown> {
  const r = await db
    .selectFrom('agency_settings')
    .select('value')
    .where('agency_id', '=', agencyId)
    .where('key', '=', CAP_BASE_SETTING)
    .executeTakeFirst();
  return r?.value ?? null;
}

/** For every person of the agency present in the year: the unit they are rated in (their rating's unit,
 *  else their last unit of the year), with their code — the Excel import's lookup. */
export async function yearUnitsOfAgency(db: Db, agencyId: number, year: number) {
  const start = `${year}-01-01`;
  const end = `${year}-12-31`;
  return db
    .selectFrom('people as p')
    .leftJoin('ratings as r', (j) => j.onRef('r.person_id', '=', 'p.id').on('r.year', '=', year))
    .select([
      'p.id as person_id',
      'p.code',
      'p.full_name',
      'r.id as rating_id',
      'r.version',
      sql<number>`coalesce(r.unit_id, (SELECT h.unit_id FROM person_unit_history h WHERE h.person_id = p.id AND h.from_date <= ${end} AND (h.to_date IS NULL OR h.to_date >= ${start}) ORDER BY h.from_date DESC, h.id DESC LIMIT 1), p.unit_id)`.as(
        'unit_id',
      ),
    ])
    .where('p.agency_id', '=', agencyId)
    .where((eb) =>
      eb.or([
        eb('r.id', 'is not', null),
        eb.and([
          eb.or([eb('p.end_date', 'is', null), eb('p.end_date', '>=', start)]),
          eb.or([eb('p.start_date', 'is', null), eb('p.start_date', '<=', end)]),
        ]),
      ]),
    )
    .execute();
}

export async function writeCapBaseSetting(db: Db, agencyId: number, value: string): Promise<void> {
  const json = JSON.stringify(value);
  await db
    .insertInto('agency_settings')
    .values({ agency_id: agencyId, key: CAP_BASE_SETTING, value: json })
    .onConflict((oc) => oc.columns(['agency_id', 'key']).doUpdateSet({ value: json, updated_at: sql`now()` }))
    .execute();
}
