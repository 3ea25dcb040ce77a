// Initiatives (sáng kiến), their authors, the initiative council (members, rubric, sessions), conflicts of
// interest and scores. SQL only here; the rules (who may score, averages) live in the API service.
import { sql, type SqlBool } from 'kysely';
import type { InitiativeScope } from '../schema-cycle.ts';
import { inList, type Db, type OrgScope } from './scope.ts';

export type InitiativeField = 'ky-thuat' | 'quan-ly' | 'tac-nghiep' | 'ung-dung-tien-bo' | 'khac';
export type InitiativeStatus =
  'draft' | 'registered' | 'under-review' | 'recognized' | 'rejected' | 'withdrawn';

export interface InitiativeValues {
  agency_id: number;
  unit_id: number | null;
  year: number;
  title: string;
  field: InitiativeField;
  summary: string | null;
  application: string | null;
  results: string | null;
  benefits: string | null;
  registered_on: string | null;
  status: InitiativeStatus;
}

/** Initiatives in scope: the agency's (officer, council), a unit's (unit head), or those a person co-authored (staff). */
function initiativeInScope(s: OrgScope) {
  if (s.all) return sql<SqlBool>`true`;
  const authored =
    s.personIds.length === 0
      ? sql<SqlBool>`false`
      : sql<SqlBool>`i.id IN (SELECT a.initiative_id FROM initiative_authors a WHERE a.person_id = ANY(${sql.val(s.personIds)}::bigint[]))`;
  return sql<SqlBool>`(${inList(sql.ref('i.agency_id'), s.agencyIds)} OR ${inList(sql.ref('i.unit_id'), s.unitIds)} OR ${authored})`;
}

const INITIATIVE_COLUMNS = [
  'i.id',
  'i.agency_id',
  'i.unit_id',
  'u.name as unit_name',
  'i.year',
  'i.title',
  'i.field',
  'i.summary',
  'i.application',
  'i.results',
  'i.benefits',
  'i.registered_on',
  'i.status',
  'i.proposed_scope',
  'i.scope',
  'i.average_score',
  'i.recognized_on',
  'i.recognized_by',
  'i.decision_ref',
  'i.session_id',
  'i.version',
] as const;

export async function listInitiatives(
  db: Db,
  scope: OrgScope,
  f: {
    agencyId?: number | undefined;
    year?: number | undefined;
    status?: InitiativeStatus | undefined;
    sessionId?: number | undefined;
  },
) {
  let q = db
    .selectFrom('initiatives as i')
    .leftJoin('units as u', 'u.id', 'i.unit_id')
    .select(INITIATIVE_COLUMNS)
    .where(initiativeInScope(scope));
  if (f.agencyId !== undefined) q = q.where('i.agency_id', '=', f.agencyId);
  if (f.year !== undefined) q = q.where('i.year', '=', f.year);
  if (f.status !== undefined) q = q.where('i.status', '=', f.status);
  if (f.sessionId !== undefined) q = q.where('i.session_id', '=', f.sessionId);
  return q.orderBy('i.year', 'desc').orderBy('i.id').execute();
}

export type InitiativeRow = Awaited<ReturnType<typeof listInitiatives>>[number];

export async function findInitiative(
  db: Db,
  id: number,
  scope: OrgScope,
): Promise<InitiativeRow | undefined> {
  return db
    .selectFrom('initiatives as i')
    .leftJoin('units as u', 'u.id', 'i.unit_id')
    .select(INITIATIVE_COLUMNS)
    .where('i.id', '=', id)
    .where(initiativeInScope(scope))
    .executeTakeFirst();
}

export async function initiativeExists(db: Db, id: number): Promise<boolean> {
  return (
    (await db.selectFrom('initiatives').select('id').where('id', '=', id).executeTakeFirst()) !== undefined
  );
}

export async function authorsOf(db: Db, initiativeIds: readonly number[]) {
  if (initiativeIds.length === 0) return [];
  return db
    .selectFrom('initiative_authors as a')
    .innerJoin('people as p', 'p.id', 'a.person_id')
    .select([
      'a.initiative_id',
      'a.person_id',
      'p.full_name',
      'p.unit_id',
      'a.share',
      'a.is_lead',
      'a.position',
    ])
    .where('a.initiative_id', 'in', [...initiativeIds])
    .orderBy('a.initiative_id')
    .orderBy('a.position')
    .execute();
}

export async function insertInitiative(db: Db, v: InitiativeValues): Promise<number> {
  return (await db.insertInto('initiatives').values(v).returning('id').executeTakeFirstOrThrow()).id;
}

export async function updateInitiative(
  db: Db,
  id: number,
  version: number,
  v: Partial<InitiativeValues>,
): Promise<boolean> {
  const r = await db
    .updateTable('initiatives')
    .set({ ...v, version: sql`version + 1`, updated_at: sql`now()` })
    .where('id', '=', id)
    .where('version', '=', version)
    .executeTakeFirst();
  return Number(r.numUpdatedRows) === 1;
}

export async function setInitiativeFields(
  db: Db,
  id: number,
  v: {
    status?: InitiativeStatus;
    session_id?: number | null;
    average_score?: number | null;
    scope?: InitiativeScope | null;
    proposed_scope?: InitiativeScope | null;
    recognized_on?: string | null;
    recognized_by?: string | null;
    decision_ref?: string | null;
  },
): Promise<void> {
  await db
    .updateTable('initiatives')
    .set({ ...v, version: sql`version + 1`, updated_at: sql`now()` })
    .where('id', '=', id)
    .execute();
}

export async function replaceAuthors(
  db: Db,
  initiativeId: number,
  authors: { personId: number; share: number }[],
): Promise<void> {
  await db.deleteFrom('initiative_authors').where('initiative_id', '=', initiativeId).execute();
  if (authors.length === 0) return;
  await db
    .insertInto('initiative_authors')
    .values(
      authors.map((a, i) => ({
        initiative_id: initiativeId,
        person_id: a.personId,
        share: a.share,
        is_lead: i === 0,
        position: i,
      })),
    )
    .execute();
}

export async function peopleByIds(db: Db, ids: readonly number[]) {
  if (ids.length === 0) return [];
  return db
    .selectFrom('people')
    .select(['id', 'agency_id', 'unit_id', 'full_name', 'is_leader'])
    .where('id', 'in', [...ids])
    .execute();
}

// ---------------------------------------------------------------- files

export async function insertFile(
  db: Db,
  v: {
    agency_id: number;
    name: string;
    mime: string;
    size: number;
    sha256: string;
    content: Buffer;
    uploaded_by: number | null;
  },
): Promise<number> {
  return (await db.insertInto('files').values(v).returning('id').executeTakeFirstOrThrow()).id;
}

export async function attachFile(
  db: Db,
  initiativeId: number,
  fileId: number,
  note: string | null,
): Promise<void> {
  await db
    .insertInto('initiative_files')
    .values({ initiative_id: initiativeId, file_id: fileId, note })
    .execute();
}

export async function filesOf(db: Db, initiativeId: number) {
  return db
    .selectFrom('initiative_files as x')
    .innerJoin('files as f', 'f.id', 'x.file_id')
    .select(['f.id', 'f.name', 'f.mime', 'f.size', 'x.note'])
    .where('x.initiative_id', '=', initiativeId)
    .orderBy('f.id')
    .execute();
}

export async function fileOfInitiative(db: Db, initiativeId: number, fileId: number) {
  return db
    .selectFrom('initiative_files as x')
    .innerJoin('files as f', 'f.id', 'x.file_id')
    .select(['f.id', 'f.name', 'f.mime', 'f.content'])
    .where('x.initiative_id', '=', initiativeId)
    .where('f.id', '=', fileId)
    .executeTakeFirst();
}

// ---------------------------------------------------------------- councils

export async function insertCouncil(
  db: Db,
  v: { agency_id: number; name: string; established_by: string | null; from_date: string | null },
): Promise<number> {
  return (
    await db
      .insertInto('councils')
      .values({ ...v, kind: 'sang-kien' })
      .returning('id')
      .executeTakeFirstOrThrow()
  ).id;
}

export async function listCouncils(db: Db, agencyIds: readonly number[] | 'all') {
  let q = db.selectFrom('councils').selectAll().where('kind', '=', 'sang-kien');
  if (agencyIds !== 'all') q = q.where('agency_id', 'in', agencyIds.length ? [...agencyIds] : [-1]);
  return q.orderBy('id').execute();
}

export async function findCouncil(db: Db, id: number) {
  return db
    .selectFrom('councils')
    .selectAll()
    .where('id', '=', id)
    .where('kind', '=', 'sang-kien')
    .executeTakeFirst();
}

export async function insertMembers(
  db: Db,
  councilId: number,
  members: {
    personId: number;
    userId: number | null;
    role: 'chair' | 'vice-chair' | 'standing' | 'secretary' | 'member';
    title: string | null;
  }[],
): Promise<void> {
  if (members.length === 0) return;
  await db
    .insertInto('council_members')
    .values(
      members.map((m) => ({
        council_id: councilId,
        person_id: m.personId,
        user_id: m.userId,
        role: m.role,
        title: m.title,
      })),
    )
    .execute();
}

export async function membersOf(db: Db, councilId: number) {
  return db
    .selectFrom('council_members as m')
    .leftJoin('people as p', 'p.id', 'm.person_id')
    .select([
      'm.id',
      'm.council_id',
      'm.person_id',
      'm.user_id',
      'm.role',
      'm.title',
      'p.full_name',
      'p.unit_id',
      'p.is_leader',
    ])
    .where('m.council_id', '=', councilId)
    .orderBy('m.id')
    .execute();
}

export type MemberRow = Awaited<ReturnType<typeof membersOf>>[number];

/** Users that hold the unit-head role for a unit (the author's unit head may be a council member). */
export async function unitHeadUserIds(db: Db, unitIds: readonly number[]): Promise<number[]> {
  if (unitIds.length === 0) return [];
  const rows = await db
    .selectFrom('user_roles')
    .select('user_id')
    .where('role', '=', 'unit-head')
    .where('unit_id', 'in', [...unitIds])
    .execute();
  return rows.map((r) => r.user_id);
}

/** The person each user account belongs to (a member may be linked by person only). */
export async function personOfUser(db: Db, userId: number): Promise<number | null> {
  return (
    (await db.selectFrom('users').select('person_id').where('id', '=', userId).executeTakeFirst())
      ?.person_id ?? null
  );
}

export async function replaceCriteria(
  db: Db,
  councilId: number,
  year: number,
  criteria: { name: string; maxPoints: number }[],
): Promise<void> {
  await db
    .deleteFrom('initiative_criteria')
    .where('council_id', '=', councilId)
    .where('year', '=', year)
    .execute();
  if (criteria.length === 0) return;
  await db
    .insertInto('initiative_criteria')
    .values(
      criteria.map((c, i) => ({
        council_id: councilId,
        year,
        position: i + 1,
        name: c.name,
        max_points: c.maxPoints,
      })),
    )
    .execute();
}

export async function criteriaOf(db: Db, councilId: number, year: number) {
  return db
    .selectFrom('initiative_criteria')
    .select(['id', 'position', 'name', 'max_points'])
    .where('council_id', '=', councilId)
    .where('year', '=', year)
    .orderBy('position')
    .execute();
}

export async function countScoresOfCouncilYear(db: Db, councilId: number, year: number): Promise<number> {
  const r = await db
    .selectFrom('initiative_scores as s')
    .innerJoin('initiative_criteria as c', 'c.id', 's.criterion_id')
    .select((eb) => eb.fn.countAll<number>().as('n'))
    .where('c.council_id', '=', councilId)
    .where('c.year', '=', year)
    .executeTakeFirstOrThrow();
  return Number(r.n);
}

export async function insertSession(
  db: Db,
  v: {
    council_id: number;
    agency_id: number;
    year: number;
    held_on: string | null;
    place: string | null;
    member_count: number;
  },
): Promise<number> {
  return (
    await db
      .insertInto('council_sessions')
      .values({ ...v, purpose: 'sang-kien', status: 'open' })
      .returning('id')
      .executeTakeFirstOrThrow()
  ).id;
}

export async function findSession(db: Db, id: number) {
  return db
    .selectFrom('council_sessions')
    .selectAll()
    .where('id', '=', id)
    .where('purpose', '=', 'sang-kien')
    .executeTakeFirst();
}

export async function listSessions(db: Db, councilId: number) {
  return db
    .selectFrom('council_sessions')
    .selectAll()
    .where('council_id', '=', councilId)
    .orderBy('year', 'desc')
    .orderBy('id')
    .execute();
}

export async function setSessionMinutes(
  db: Db,
  id: number,
  v: { minutes?: string | null; status?: 'planned' | 'open' | 'closed' | 'cancelled' },
): Promise<void> {
  await db
    .updateTable('council_sessions')
    .set({ ...v, version: sql`version + 1`, updated_at: sql`now()` })
    .where('id', '=', id)
    .execute();
}

// ---------------------------------------------------------------- conflicts of interest and scores

export async function recusalsOf(db: Db, initiativeId: number) {
  return db
    .selectFrom('initiative_recusals')
    .select(['member_id', 'kind', 'reason', 'created_at'])
    .where('initiative_id', '=', initiativeId)
    .orderBy('member_id')
    .execute();
}

export async function insertRecusal(
  db: Db,
  v: {
    initiative_id: number;
    member_id: number;
    kind: 'author' | 'unit-head' | 'declared';
    reason: string | null;
  },
): Promise<void> {
  await db
    .insertInto('initiative_recusals')
    .values(v)
    .onConflict((oc) => oc.columns(['initiative_id', 'member_id']).doNothing())
    .execute();
}

export async function deleteScoresOfMember(db: Db, initiativeId: number, memberId: number): Promise<void> {
  await db
    .deleteFrom('initiative_scores')
    .where('initiative_id', '=', initiativeId)
    .where('member_id', '=', memberId)
    .execute();
}

export async function insertScores(
  db: Db,
  initiativeId: number,
  memberId: number,
  scores: { criterionId: number; maxPoints: number; points: number; comment: string | null }[],
): Promise<void> {
  if (scores.length === 0) return;
  await db
    .insertInto('initiative_scores')
    .values(
      scores.map((s) => ({
        initiative_id: initiativeId,
        member_id: memberId,
        criterion_id: s.criterionId,
        max_points: s.maxPoints,
        points: s.points,
        comment: s.comment,
      })),
    )
    .execute();
}

export async function scoresOf(db: Db, initiativeId: number) {
  return db
    .selectFrom('initiative_scores')
    .select(['member_id', 'criterion_id', 'points', 'comment'])
    .where('initiative_id', '=', initiativeId)
    .orderBy('member_id')
    .orderBy('criterion_id')
    .execute();
}

// ---------------------------------------------------------------- eligibility facts

/** A person's initiatives as the engine reads them (co-authored ones count for every author). */
export async function initiativesOfPerson(db: Db, personId: number) {
  return db
    .selectFrom('initiatives as i')
    .innerJoin('initiative_authors as a', 'a.initiative_id', 'i.id')
    .select(['i.id', 'i.year', 'i.status', 'i.scope', 'i.proposed_scope', 'i.title'])
    .where('a.person_id', '=', personId)
    .where('i.status', 'in', ['registered', 'under-review', 'recognized', 'rejected'])
    .orderBy('i.year')
    .orderBy('i.id')
    .execute();
}
