// Leave periods (person_leaves), transfers across agencies (person_transfers, migration 0013) and the
// collective ratings of units (collective_ratings): the facts behind months worked and TT LĐTT/LĐXS.
import { sql } from 'kysely';
import type { Db } from './scope.ts';

export type LeaveKind = 'thai-san' | 'dieu-tri-tai-nan' | 'om-dau' | 'khong-luong' | 'di-hoc' | 'khac';
export interface LeaveValues {
  kind: LeaveKind;
  from_date: string;
  to_date: string | null;
  days: number | null;
  note: string | null;
}
export interface TransferValues {
  direction: 'in' | 'out';
  on_date: string;
  other_place: string;
  decision_ref: string | null;
  comments_received: boolean;
  note: string | null;
}

export async function leavesOfPerson(db: Db, personId: number) {
  return db
    .selectFrom('person_leaves')
    .selectAll()
    .where('person_id', '=', personId)
    .orderBy('from_date')
    .orderBy('id')
    .execute();
}
export async function findLeave(db: Db, id: number) {
  return db.selectFrom('person_leaves').selectAll().where('id', '=', id).executeTakeFirst();
}
export async function insertLeave(db: Db, personId: number, v: LeaveValues): Promise<number> {
  const r = await db
    .insertInto('person_leaves')
    .values({ ...v, person_id: personId })
    .returning('id')
    .executeTakeFirstOrThrow();
  return r.id;
}
export async function updateLeave(db: Db, id: number, version: number, v: LeaveValues): Promise<boolean> {
  const r = await db
    .updateTable('person_leaves')
    .set({ ...v, version: sql`version + 1` })
    .where('id', '=', id)
    .where('version', '=', version)
    .executeTakeFirst();
  return Number(r.numUpdatedRows) === 1;
}
export async function deleteLeave(db: Db, id: number, version: number): Promise<boolean> {
  const r = await db
    .deleteFrom('person_leaves')
    .where('id', '=', id)
    .where('version', '=', version)
    .executeTakeFirst();
  return Number(r.numDeletedRows) === 1;
}

export async function transfersOfPerson(db: Db, personId: number) {
  return db
    .selectFrom('person_transfers')
    .selectAll()
    .where('person_id', '=', personId)
    .orderBy('on_date')
    .orderBy('id')
    .execute();
}
export async function findTransfer(db: Db, id: number) {
  return db.selectFrom('person_transfers').selectAll().where('id', '=', id).executeTakeFirst();
}
export async function insertTransfer(db: Db, personId: number, v: TransferValues): Promise<number> {
  const r = await db
    .insertInto('person_transfers')
    .values({ ...v, person_id: personId })
    .returning('id')
    .executeTakeFirstOrThrow();
  return r.id;
}
export async function updateTransfer(
  db: Db,
  id: number,
  version: number,
  v: TransferValues,
): Promise<boolean> {
  const r = await db
    .updateTable('person_transfers')
    .set({ ...v, version: sql`version + 1`, updated_at: sql`now()` })
    .where('id', '=', id)
    .where('version', '=', version)
    .executeTakeFirst();
  return Number(r.numUpdatedRows) === 1;
}
export async function deleteTransfer(db: Db, id: number, version: number): Promise<boolean> {
  const r = await db
    .deleteFrom('person_transfers')
    .where('id', '=', id)
    .where('version', '=', version)
    .executeTakeFirst();
  return Number(r.numDeletedRows) === 1;
}

// ── collective ratings ──

export async function collectiveRatingOfUnit(db: Db, unitId: number, year: number) {
  return db
    .selectFrom('collective_ratings')
    .selectAll()
    .where('unit_id', '=', unitId)
    .where('year', '=', year)
    .executeTakeFirst();
}
export async function insertCollectiveRating(
  db: Db,
  unitId: number,
  year: number,
  v: { rating: 'htxsnv' | 'httnv' | 'htnv' | 'khtnv' | null; note: string | null },
): Promise<number> {
  const r = await db
    .insertInto('collective_ratings')
    .values({ subject_kind: 'unit', unit_id: unitId, agency_id: null, year, ...v })
    .returning('id')
    .executeTakeFirstOrThrow();
  return r.id;
}
export async function updateCollectiveRating(
  db: Db,
  id: number,
  version: number,
  v: { rating: 'htxsnv' | 'httnv' | 'htnv' | 'khtnv' | null; note: string | null },
): Promise<boolean> {
  const r = await db
    .updateTable('collective_ratings')
    .set({ ...v, version: sql`version + 1`, updated_at: sql`now()` })
    .where('id', '=', id)
    .where('version', '=', version)
    .executeTakeFirst();
  return Number(r.numUpdatedRows) === 1;
}
