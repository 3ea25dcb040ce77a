// Agencies: the tree, one agency's detail and its statistics (one GROUP BY each, never one query per row).
import { sql } from 'kysely';
import { agencyInScope, type Db, type OrgScope } from './scope.ts';

export async function listAgencies(db: Db, scope: OrgScope) {
  return db
    .selectFrom('agencies')
    .select(['id', 'parent_id', 'kind', 'code', 'name', 'short_name'])
    .where(agencyInScope('agencies.id', scope))
    .orderBy('name')
    .orderBy('id')
    .execute();
}

export async function findAgency(db: Db, id: number, scope: OrgScope) {
  return db
    .selectFrom('agencies as a')
    .leftJoin('agencies as parent', 'parent.id', 'a.parent_id')
    .select([
      'a.id',
      'a.kind',
      'a.code',
      'a.name',
      'a.short_name',
      'a.parent_name',
      'a.place_name',
      'a.symbol',
      'a.address',
      'a.parent_id',
      'parent.name as parent_agency_name',
    ])
    .where('a.id', '=', id)
    .where(agencyInScope('a.id', scope))
    .executeTakeFirst();
}

export async function agencyExists(db: Db, id: number): Promise<boolean> {
  return (await db.selectFrom('agencies').select('id').where('id', '=', id).executeTakeFirst()) !== undefined;
}

/** The agencies and every agency below them (a reviewer's read scope). */
export async function agencyDescendants(db: Db, ids: number[]): Promise<number[]> {
  if (ids.length === 0) return [];
  const r = await sql<{ id: number }>`
    WITH RECURSIVE t(id) AS (
      SELECT id FROM agencies WHERE id = ANY(${sql.val(ids)}::bigint[])
      UNION
      SELECT a.id FROM agencies a JOIN t ON a.parent_id = t.id
    ) SELECT id FROM t ORDER BY id`.execute(db);
  return r.rows.map((x) => Number(x.id));
}

export interface AgencyStats {
  people: number;
  congChuc: number;
  vienChuc: number;
  hopDong: number;
  partyMembers: number;
  partyCells: number;
  leaders: number;
}

export async function agencyStats(db: Db, agencyId: number): Promise<AgencyStats> {
  const r = await sql<{
    people: number;
    cong_chuc: number;
    vien_chuc: number;
    hop_dong: number;
    party: number;
    leaders: number;
    cells: number;
  }>`
    SELECT count(*) AS people,
           count(*) FILTER (WHERE category = 'cong-chuc') AS cong_chuc,
           count(*) FILTER (WHERE category = 'vien-chuc') AS vien_chuc,
           count(*) FILTER (WHERE category = 'hop-dong') AS hop_dong,
           count(*) FILTER (WHERE party_member) AS party,
           count(*) FILTER (WHERE is_leader) AS leaders,
           (SELECT count(*) FROM side_organisations s WHERE s.agency_id = ${agencyId} AND s.kind = 'chi-bo') AS cells
      FROM people
     WHERE agency_id = ${agencyId} AND (end_date IS NULL OR end_date >= CURRENT_DATE)`.execute(db);
  const x = r.rows[0]!;
  return {
    people: Number(x.people),
    congChuc: Number(x.cong_chuc),
    vienChuc: Number(x.vien_chuc),
    hopDong: Number(x.hop_dong),
    partyMembers: Number(x.party),
    partyCells: Number(x.cells),
    leaders: Number(x.leaders),
  };
}

/** Side organisations; a body without a stored count gets the number of current people linked to it. */
export async function sideOrganisations(db: Db, agencyId: number) {
  const r = await sql<{ id: number; kind: string; name: string; member_count: number }>`
    SELECT s.id, s.kind, s.name, COALESCE(s.member_count, count(p.id)) AS member_count
      FROM side_organisations s
      LEFT JOIN people p ON p.party_cell_id = s.id AND (p.end_date IS NULL OR p.end_date >= CURRENT_DATE)
     WHERE s.agency_id = ${agencyId}
     GROUP BY s.id
     ORDER BY s.kind, s.name, s.id`.execute(db);
  return r.rows.map((x) => ({ ...x, id: Number(x.id), member_count: Number(x.member_count) }));
}

export async function agencyGroups(db: Db, agencyId: number) {
  return db
    .selectFrom('emulation_group_members as m')
    .innerJoin('emulation_groups as g', 'g.id', 'm.group_id')
    .select(['g.id as group_id', 'g.name', 'g.kind', 'g.level', 'm.year', 'm.role'])
    .where('m.agency_id', '=', agencyId)
    .orderBy('m.year', 'desc')
    .orderBy('g.name')
    .execute();
}

/** The party cells of an agency (validating a person's party cell). */
export async function partyCellOfAgency(db: Db, cellId: number, agencyId: number): Promise<boolean> {
  const r = await db
    .selectFrom('side_organisations')
    .select('id')
    .where('id', '=', cellId)
    .where('agency_id', '=', agencyId)
    .where('kind', '=', 'chi-bo')
    .executeTakeFirst();
  return r !== undefined;
}
