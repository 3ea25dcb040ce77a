// People: the staff list, detail, unit history. Scope filtering is part of every read query.
import { sql, type SqlBool, type Expression } from 'kysely';
import type { NewPerson, PersonUpdate } from '../schema.ts';
import { peopleInScope, type Db, type OrgScope } from './scope.ts';

export interface PeopleFilter {
  agencyId?: number | undefined;
  unitId?: number | undefined;
  category?: 'cong-chuc' | 'vien-chuc' | 'hop-dong' | undefined;
  leader?: boolean | undefined;
  /** Already folded (foldDiacritics): lower case, no diacritics. */
  q?: string | undefined;
  includeLeft?: boolean | undefined;
}

/** Escape LIKE wildcards in user text. */
function likeEscape(s: string): string {
  return s.replace(/[\\%_]/g, (c) => `\\${c}`);
}

function filterSql(f: PeopleFilter, scope: OrgScope): Expression<SqlBool> {
  const parts: Expression<SqlBool>[] = [peopleInScope('p', scope)];
  if (f.agencyId !== undefined) parts.push(sql<SqlBool>`p.agency_id = ${f.agencyId}`);
  if (f.unitId !== undefined) parts.push(sql<SqlBool>`p.unit_id = ${f.unitId}`);
  if (f.category !== undefined) parts.push(sql<SqlBool>`p.category = ${f.category}`);
  if (f.leader !== undefined) parts.push(sql<SqlBool>`p.is_leader = ${f.leader}`);
  if (!f.includeLeft) parts.push(sql<SqlBool>`(p.end_date IS NULL OR p.end_date >= CURRENT_DATE)`);
  if (f.q) {
    const pattern = `%${likeEscape(f.q)}%`;
    parts.push(sql<SqlBool>`(p.search_text LIKE ${pattern} OR lower(p.code) LIKE ${pattern})`);
  }
  return sql<SqlBool>`${sql.join(parts, sql` AND `)}`;
}

const personColumns = [
  'p.id',
  'p.agency_id',
  'p.unit_id',
  'p.code',
  'p.full_name',
  'p.family_name',
  'p.given_name',
  'p.sort_key',
  'p.gender',
  'p.birth_date',
  'p.category',
  'p.position',
  'p.is_leader',
  'p.start_date',
  'p.end_date',
  'p.sector_since',
  'p.hazardous_work',
  'p.party_member',
  'p.party_joined_on',
  'p.party_cell_id',
  'p.union_member',
  'p.youth_member',
  'p.email',
  'p.phone',
  'p.note',
  'p.version',
] as const;

function baseQuery(db: Db) {
  return db
    .selectFrom('people as p')
    .innerJoin('units as u', 'u.id', 'p.unit_id')
    .select([...personColumns, 'u.name as unit_name']);
}

export type PersonRecord = Awaited<ReturnType<ReturnType<typeof baseQuery>['executeTakeFirstOrThrow']>>;

/** One page, sorted by given name then family name (stored key, byte order), then id for a stable tie-break. */
export async function listPeople(
  db: Db,
  f: PeopleFilter,
  scope: OrgScope,
  page: { offset: number; limit: number },
): Promise<{ rows: PersonRecord[]; total: number }> {
  const where = filterSql(f, scope);
  const [rows, count] = await Promise.all([
    baseQuery(db)
      .where(where)
      .orderBy(sql`p.sort_key COLLATE "C"`)
      .orderBy('p.id')
      .offset(page.offset)
      .limit(page.limit)
      .execute(),
    db
      .selectFrom('people as p')
      .select((eb) => eb.fn.countAll<number>().as('n'))
      .where(where)
      .executeTakeFirstOrThrow(),
  ]);
  return { rows, total: Number(count.n) };
}

/** Every matching row in list order, fetched in keyset batches (exports of thousands of rows). */
export async function* iteratePeople(
  db: Db,
  f: PeopleFilter,
  scope: OrgScope,
  batch = 1000,
): AsyncGenerator<PersonRecord> {
  let after: { key: string; id: number } | null = null;
  for (;;) {
    let q = baseQuery(db).where(filterSql(f, scope));
    if (after) {
      const a: { key: string; id: number } = after;
      q = q.where(sql<SqlBool>`(p.sort_key COLLATE "C", p.id) > (${a.key} COLLATE "C", ${a.id})`);
    }
    const rows = await q
      .orderBy(sql`p.sort_key COLLATE "C"`)
      .orderBy('p.id')
      .limit(batch)
      .execute();
    for (const r of rows) yield r;
    if (rows.length < batch) return;
    const last = rows[rows.length - 1]!;
    after = { key: last.sort_key, id: last.id };
  }
}

export async function findPerson(db: Db, id: number, scope: OrgScope): Promise<PersonRecord | undefined> {
  return baseQuery(db).where('p.id', '=', id).where(peopleInScope('p', scope)).executeTakeFirst();
}

export async function personExists(db: Db, id: number): Promise<boolean> {
  const r = await db.selectFrom('people').select('id').where('id', '=', id).executeTakeFirst();
  return r !== undefined;
}

export async function unitHistory(db: Db, personId: number) {
  return db
    .selectFrom('person_unit_history as h')
    .innerJoin('units as u', 'u.id', 'h.unit_id')
    .select([
      'h.id',
      'h.unit_id',
      'u.name as unit_name',
      'h.position',
      'h.is_leader',
      'h.from_date',
      'h.to_date',
    ])
    .where('h.person_id', '=', personId)
    .orderBy('h.from_date')
    .orderBy('h.id')
    .execute();
}

export async function openHistoryRow(db: Db, personId: number) {
  return db
    .selectFrom('person_unit_history')
    .selectAll()
    .where('person_id', '=', personId)
    .where('to_date', 'is', null)
    .orderBy('from_date', 'desc')
    .executeTakeFirst();
}

export async function insertHistory(
  db: Db,
  row: { person_id: number; unit_id: number; position: string | null; is_leader: boolean; from_date: string },
): Promise<void> {
  await db.insertInto('person_unit_history').values(row).execute();
}

export async function updateHistory(
  db: Db,
  id: number,
  values: { unit_id?: number; position?: string | null; is_leader?: boolean; to_date?: string | null },
): Promise<void> {
  await db.updateTable('person_unit_history').set(values).where('id', '=', id).execute();
}

export async function historyCount(db: Db, personId: number): Promise<number> {
  const r = await db
    .selectFrom('person_unit_history')
    .select((eb) => eb.fn.countAll<number>().as('n'))
    .where('person_id', '=', personId)
    .executeTakeFirstOrThrow();
  return Number(r.n);
}

export async function codeTaken(db: Db, agencyId: number, code: string, exceptId?: number): Promise<boolean> {
  let q = db
    .selectFrom('people')
    .select('id')
    .where('agency_id', '=', agencyId)
    .where(sql<SqlBool>`lower(code) = lower(${code})`);
  if (exceptId !== undefined) q = q.where('id', '<>', exceptId);
  return (await q.executeTakeFirst()) !== undefined;
}

export async function insertPerson(db: Db, values: NewPerson): Promise<number> {
  const r = await db.insertInto('people').values(values).returning('id').executeTakeFirstOrThrow();
  return r.id;
}

/** Optimistic update: only when `version` still matches; returns false when it does not. */
export async function updatePerson(
  db: Db,
  id: number,
  version: number,
  values: PersonUpdate,
): Promise<boolean> {
  const r = await db
    .updateTable('people')
    .set({ ...values, version: sql`version + 1`, updated_at: sql`now()` })
    .where('id', '=', id)
    .where('version', '=', version)
    .executeTakeFirst();
  return Number(r.numUpdatedRows) === 1;
}

export async function setEndDate(db: Db, id: number, endDate: string): Promise<void> {
  await db
    .updateTable('people')
    .set({ end_date: endDate, version: sql`version + 1`, updated_at: sql`now()` })
    .where('id', '=', id)
    .execute();
}

/** Whether anything besides its own first unit-history row refers to the person (then it is ended, not deleted). */
export async function personHasHistory(db: Db, id: number): Promise<boolean> {
  const r = await sql<{ users: number; history: number }>`
    SELECT (SELECT count(*) FROM users WHERE person_id = ${id}) AS users,
           (SELECT count(*) FROM person_unit_history WHERE person_id = ${id}) AS history`.execute(db);
  const row = r.rows[0];
  return Number(row?.users ?? 0) > 0 || Number(row?.history ?? 0) > 1;
}

export async function deletePerson(db: Db, id: number): Promise<void> {
  await db.deleteFrom('people').where('id', '=', id).execute();
}

/** People of an agency by code (lower case), for the import's "existing code → update". */
export async function peopleByCodes(db: Db, agencyId: number) {
  return db
    .selectFrom('people')
    .select([
      'id',
      'code',
      'unit_id',
      'version',
      'full_name',
      'gender',
      'birth_date',
      'category',
      'position',
      'is_leader',
      'start_date',
      'party_member',
      'email',
      'phone',
    ])
    .where('agency_id', '=', agencyId)
    .execute();
}
