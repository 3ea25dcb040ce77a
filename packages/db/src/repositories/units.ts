// Units of an agency, with their current headcount computed in the same query (GROUP BY, no N+1).
import { sql, type SqlBool } from 'kysely';
import type { UnitKind } from '../schema.ts';
import { agencyInScope, type Db, type OrgScope } from './scope.ts';

export interface UnitRecord {
  id: number;
  agency_id: number;
  parent_unit_id: number | null;
  code: string;
  name: string;
  short_name: string | null;
  kind: UnitKind;
  sort_order: number;
  active: boolean;
  version: number;
  headcount: number;
}

export async function listUnits(
  db: Db,
  scope: OrgScope,
  f: { agencyId?: number | undefined; ids?: number[] },
): Promise<UnitRecord[]> {
  let q = db
    .selectFrom('units as u')
    .leftJoin('people as p', (j) =>
      j.onRef('p.unit_id', '=', 'u.id').on(sql<SqlBool>`(p.end_date IS NULL OR p.end_date >= CURRENT_DATE)`),
    )
    .select([
      'u.id',
      'u.agency_id',
      'u.parent_unit_id',
      'u.code',
      'u.name',
      'u.short_name',
      'u.kind',
      'u.sort_order',
      'u.active',
      'u.version',
      (eb) => eb.fn.count<number>('p.id').as('headcount'),
    ])
    .where(agencyInScope('u.agency_id', scope))
    .groupBy('u.id');
  if (f.agencyId !== undefined) q = q.where('u.agency_id', '=', f.agencyId);
  if (f.ids) q = q.where('u.id', 'in', f.ids.length ? f.ids : [-1]);
  const rows = await q.orderBy('u.agency_id').orderBy('u.sort_order').orderBy('u.id').execute();
  return rows.map((r) => ({ ...r, headcount: Number(r.headcount) }));
}

export async function findUnit(db: Db, id: number) {
  return db.selectFrom('units').selectAll().where('id', '=', id).executeTakeFirst();
}

export async function unitCodeTaken(
  db: Db,
  agencyId: number,
  code: string,
  exceptId?: number,
): Promise<boolean> {
  let q = db
    .selectFrom('units')
    .select('id')
    .where('agency_id', '=', agencyId)
    .where(sql<SqlBool>`lower(code) = lower(${code})`);
  if (exceptId !== undefined) q = q.where('id', '<>', exceptId);
  return (await q.executeTakeFirst()) !== undefined;
}

export interface UnitValues {
  agency_id: number;
  parent_unit_id: number | null;
  code: string;
  name: string;
  short_name: string | null;
  kind: UnitKind;
  sort_order: number;
  active: boolean;
}

export async function insertUnit(db: Db, v: UnitValues): Promise<number> {
  return (await db.insertInto('units').values(v).returning('id').executeTakeFirstOrThrow()).id;
}

export async function updateUnit(
  db: Db,
  id: number,
  version: number,
  v: Omit<UnitValues, 'agency_id'>,
): Promise<boolean> {
  const r = await db
    .updateTable('units')
    .set({ ...v, version: sql`version + 1`, updated_at: sql`now()` })
    .where('id', '=', id)
    .where('version', '=', version)
    .executeTakeFirst();
  return Number(r.numUpdatedRows) === 1;
}

/** The units of an agency by id, for resolving "code or name" in imports. */
export async function unitsOfAgency(db: Db, agencyId: number) {
  return db
    .selectFrom('units')
    .select(['id', 'code', 'name', 'short_name'])
    .where('agency_id', '=', agencyId)
    .execute();
}

/** The next sort position in an agency (a new unit goes last unless told otherwise). */
export async function nextSortOrder(db: Db, agencyId: number): Promise<number> {
  const r = await db
    .selectFrom('units')
    .select((eb) => eb.fn.max<number | null>('sort_order').as('m'))
    .where('agency_id', '=', agencyId)
    .executeTakeFirst();
  return Number(r?.m ?? 0) + 1;
}
