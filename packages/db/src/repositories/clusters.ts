// Emulation clusters and blocks (cụm, khối thi đua): the groups an actor may see, yearly membership with the
// leader and deputy, rotation history, the cluster's plan (plans.kind = 'cluster') with tasks whose lead and
// coordinating bodies are member agencies, the conference that elects next year's leader and deputy
// (cluster_meetings + cluster_meeting_votes), and what the cluster reports read. Set-based SQL only.
import { sql, type Expression, type SqlBool } from 'kysely';
import type { DeadlineKind } from '../schema-cycle.ts';
import { inList, type Db } from './scope.ts';

export type GroupKind = 'khoi' | 'cum';
export type GroupLevel = 'tinh' | 'bo';
export type MemberRole = 'leader' | 'deputy' | 'member';

/** Clusters an actor may see (built by apps/api/src/modules/clusters/access.ts clusterScopeOf). */
export interface ClusterScope {
  all: boolean;
  /** Agencies the actor acts for: clusters they are members of (in the year asked). */
  memberAgencyIds: number[];
  /** Clusters named by the actor's cluster-leader grants. */
  groupIds: number[];
  /** Organisers (Ministry, province and agencies below) whose clusters a reviewer sees. */
  organiserIds: number[];
}

export interface GroupRow {
  id: number;
  kind: GroupKind;
  level: GroupLevel;
  code: string;
  name: string;
  organiser_agency_id: number | null;
  organiser_name: string | null;
  description: string | null;
  version: number;
}

const groupColumns = [
  'g.id',
  'g.kind',
  'g.level',
  'g.code',
  'g.name',
  'g.organiser_agency_id',
  'o.name as organiser_name',
  'g.description',
  'g.version',
] as const;

/** A group `g` visible under the scope in `year` (membership is yearly; grants and organisers are not). */
export function clusterVisible(alias: string, s: ClusterScope, year: number): Expression<SqlBool> {
  if (s.all) return sql<SqlBool>`true`;
  const id = sql.ref(`${alias}.id`);
  const member =
    s.memberAgencyIds.length === 0
      ? sql<SqlBool>`false`
      : sql<SqlBool>`EXISTS (SELECT 1 FROM emulation_group_members vm WHERE vm.group_id = ${id} AND vm.year = ${year} AND ${inList(sql.ref('vm.agency_id'), s.memberAgencyIds)})`;
  return sql<SqlBool>`(${inList(id, s.groupIds)} OR ${inList(sql.ref(`${alias}.organiser_agency_id`), s.organiserIds)} OR ${member})`;
}

export async function findGroup(db: Db, id: number): Promise<GroupRow | undefined> {
  return db
    .selectFrom('emulation_groups as g')
    .leftJoin('agencies as o', 'o.id', 'g.organiser_agency_id')
    .select([...groupColumns])
    .where('g.id', '=', id)
    .executeTakeFirst();
}

/** The group and the membership rows (that year) of the given agencies, in two small queries. */
export async function groupWithMemberships(
  db: Db,
  groupId: number,
  year: number,
  agencyIds: readonly number[],
): Promise<{ group: GroupRow; memberships: { agency_id: number; role: MemberRole }[] } | undefined> {
  const group = await findGroup(db, groupId);
  if (!group) return undefined;
  const memberships =
    agencyIds.length === 0
      ? []
      : await db
          .selectFrom('emulation_group_members as m')
          .select(['m.agency_id', 'm.role'])
          .where('m.group_id', '=', groupId)
          .where('m.year', '=', year)
          .where(inList(sql.ref('m.agency_id'), agencyIds))
          .orderBy('m.agency_id')
          .execute();
  return { group, memberships };
}

export interface ClusterListRow extends GroupRow {
  member_count: number;
  leader_id: number | null;
  leader_name: string | null;
  deputy_id: number | null;
  deputy_name: string | null;
}

/** Clusters visible in `year`, with that year's leader, deputy and member count. Order: level, kind, name, id. */
export async function listClusters(
  db: Db,
  scope: ClusterScope,
  f: { year: number; level?: GroupLevel | undefined; kind?: GroupKind | undefined },
): Promise<ClusterListRow[]> {
  let q = db
    .selectFrom('emulation_groups as g')
    .leftJoin('agencies as o', 'o.id', 'g.organiser_agency_id')
    .select([
      ...groupColumns,
      sql<number>`(SELECT count(*) FROM emulation_group_members m WHERE m.group_id = g.id AND m.year = ${f.year})`.as(
        'member_count',
      ),
      sql<
        number | null
      >`(SELECT m.agency_id FROM emulation_group_members m WHERE m.group_id = g.id AND m.year = ${f.year} AND m.role = 'leader')`.as(
        'leader_id',
      ),
      sql<
        string | null
      >`(SELECT a.name FROM emulation_group_members m JOIN agencies a ON a.id = m.agency_id WHERE m.group_id = g.id AND m.year = ${f.year} AND m.role = 'leader')`.as(
        'leader_name',
      ),
      sql<
        number | null
      >`(SELECT min(m.agency_id) FROM emulation_group_members m WHERE m.group_id = g.id AND m.year = ${f.year} AND m.role = 'deputy')`.as(
        'deputy_id',
      ),
      sql<
        string | null
      >`(SELECT min(a.name) FROM emulation_group_members m JOIN agencies a ON a.id = m.agency_id WHERE m.group_id = g.id AND m.year = ${f.year} AND m.role = 'deputy')`.as(
        'deputy_name',
      ),
    ])
    .where(clusterVisible('g', scope, f.year));
  if (f.level) q = q.where('g.level', '=', f.level);
  if (f.kind) q = q.where('g.kind', '=', f.kind);
  const rows = await q.orderBy('g.level').orderBy('g.kind').orderBy('g.name').orderBy('g.id').execute();
  return rows.map((r) => ({
    ...r,
    member_count: Number(r.member_count),
    leader_id: r.leader_id === null ? null : Number(r.leader_id),
    deputy_id: r.deputy_id === null ? null : Number(r.deputy_id),
  }));
}

/** Membership rows of the listed agencies in the listed groups for a year (the actor's own roles in a list). */
export async function membershipsOf(
  db: Db,
  groupIds: readonly number[],
  agencyIds: readonly number[],
  year: number,
): Promise<{ group_id: number; agency_id: number; role: MemberRole }[]> {
  if (groupIds.length === 0 || agencyIds.length === 0) return [];
  return db
    .selectFrom('emulation_group_members as m')
    .select(['m.group_id', 'm.agency_id', 'm.role'])
    .where(inList(sql.ref('m.group_id'), groupIds))
    .where(inList(sql.ref('m.agency_id'), agencyIds))
    .where('m.year', '=', year)
    .execute();
}

export interface MemberRow {
  id: number;
  year: number;
  agency_id: number;
  agency_name: string;
  agency_code: string;
  place_name: string | null;
  role: MemberRole;
  role_since: string | null;
}

/** Every yearly membership row of the group (members per year and the rotation history come from it). */
export async function membersOf(db: Db, groupId: number): Promise<MemberRow[]> {
  return db
    .selectFrom('emulation_group_members as m')
    .innerJoin('agencies as a', 'a.id', 'm.agency_id')
    .select([
      'm.id',
      'm.year',
      'm.agency_id',
      'a.name as agency_name',
      'a.code as agency_code',
      'a.place_name',
      'm.role',
      sql<string | null>`to_char(m.role_since, 'YYYY-MM-DD')`.as('role_since'),
    ])
    .where('m.group_id', '=', groupId)
    .orderBy('m.year')
    .orderBy(sql`CASE m.role WHEN 'leader' THEN 0 WHEN 'deputy' THEN 1 ELSE 2 END`)
    .orderBy('a.name')
    .orderBy('m.id')
    .execute();
}

/** Agencies among `agencyIds` that are members of the group in `year`. */
export async function membersAmong(
  db: Db,
  groupId: number,
  year: number,
  agencyIds: readonly number[],
): Promise<number[]> {
  if (agencyIds.length === 0) return [];
  const rows = await db
    .selectFrom('emulation_group_members')
    .select('agency_id')
    .where('group_id', '=', groupId)
    .where('year', '=', year)
    .where(inList(sql.ref('agency_id'), agencyIds))
    .execute();
  return rows.map((r) => r.agency_id);
}

/**
 * Writes the elected leader and deputy into `year`'s membership: members of the year before are carried over
 * when the year has no rows yet; the previous holders of each role become members; roles are dated `since`.
 */
export async function setYearRoles(
  db: Db,
  groupId: number,
  year: number,
  roles: { leaderId: number; deputyId: number | null; since: string },
): Promise<void> {
  const existing = await db
    .selectFrom('emulation_group_members')
    .select('id')
    .where('group_id', '=', groupId)
    .where('year', '=', year)
    .limit(1)
    .executeTakeFirst();
  if (!existing) {
    await sql`INSERT INTO emulation_group_members (group_id, agency_id, year, role)
              SELECT group_id, agency_id, ${year}, 'member' FROM emulation_group_members
              WHERE group_id = ${groupId} AND year = ${year - 1}`.execute(db);
  }
  await db
    .updateTable('emulation_group_members')
    .set({ role: 'member', role_since: null })
    .where('group_id', '=', groupId)
    .where('year', '=', year)
    .where('role', 'in', ['leader', 'deputy'])
    .execute();
  await db
    .updateTable('emulation_group_members')
    .set({ role: 'leader', role_since: roles.since })
    .where('group_id', '=', groupId)
    .where('year', '=', year)
    .where('agency_id', '=', roles.leaderId)
    .execute();
  if (roles.deputyId !== null)
    await db
      .updateTable('emulation_group_members')
      .set({ role: 'deputy', role_since: roles.since })
      .where('group_id', '=', groupId)
      .where('year', '=', year)
      .where('agency_id', '=', roles.deputyId)
      .execute();
}

// ── the cluster's plan ──

export interface ClusterPlanRow {
  id: number;
  group_id: number;
  agency_id: number;
  agency_name: string;
  year: number;
  title: string;
  status: 'draft' | 'issued' | 'closed';
  version: number;
  document_id: number | null;
  number: string | null;
  symbol: string | null;
  place_name: string | null;
  issued_on: string | null;
  legal_basis: string | null;
  signer_name: string | null;
  signer_title: string | null;
  recipients: unknown;
}

export async function findClusterPlan(
  db: Db,
  f: { id?: number; groupId?: number; year?: number },
): Promise<ClusterPlanRow | undefined> {
  let q = db
    .selectFrom('plans as p')
    .innerJoin('agencies as a', 'a.id', 'p.agency_id')
    .leftJoin('outgoing_documents as d', 'd.id', 'p.document_id')
    .select([
      'p.id',
      sql<number>`p.group_id`.as('group_id'),
      'p.agency_id',
      'a.name as agency_name',
      'p.year',
      'p.title',
      'p.status',
      'p.version',
      'p.document_id',
      'd.number',
      'd.symbol',
      'd.place_name',
      sql<string | null>`to_char(d.issued_on, 'YYYY-MM-DD')`.as('issued_on'),
      'd.legal_basis',
      'd.signer_name',
      'd.signer_title',
      'd.recipients',
    ])
    .where('p.kind', '=', 'cluster');
  if (f.id !== undefined) q = q.where('p.id', '=', f.id);
  if (f.groupId !== undefined) q = q.where('p.group_id', '=', f.groupId);
  if (f.year !== undefined) q = q.where('p.year', '=', f.year);
  return q.orderBy('p.id').executeTakeFirst();
}

export interface ClusterPlanDoc {
  number: string | null;
  symbol: string | null;
  place_name: string | null;
  issued_on: string | null;
  legal_basis: string | null;
  signer_name: string | null;
  signer_title: string | null;
  recipients: string[];
}

export async function insertClusterPlan(
  db: Db,
  v: {
    group_id: number;
    agency_id: number;
    year: number;
    title: string;
    created_by: number | null;
    doc: ClusterPlanDoc;
  },
): Promise<number> {
  const doc = await db
    .insertInto('outgoing_documents')
    .values({
      agency_id: v.agency_id,
      group_id: v.group_id,
      year: v.year,
      kind: 'ke-hoach',
      title: v.title,
      created_by: v.created_by,
      ...v.doc,
      signer_line: 'TM. CỤM THI ĐUA',
      recipients: JSON.stringify(v.doc.recipients),
    })
    .returning('id')
    .executeTakeFirstOrThrow();
  return (
    await db
      .insertInto('plans')
      .values({
        agency_id: v.agency_id,
        group_id: v.group_id,
        kind: 'cluster',
        year: v.year,
        title: v.title,
        document_id: doc.id,
      })
      .returning('id')
      .executeTakeFirstOrThrow()
  ).id;
}

export async function updateClusterPlan(
  db: Db,
  id: number,
  version: number,
  v: { title: string; status: 'draft' | 'issued' | 'closed' },
  documentId: number | null,
  doc: ClusterPlanDoc,
): Promise<boolean> {
  const r = await db
    .updateTable('plans')
    .set({ ...v, version: sql`version + 1`, updated_at: sql`now()` })
    .where('id', '=', id)
    .where('version', '=', version)
    .executeTakeFirst();
  if (Number(r.numUpdatedRows) !== 1) return false;
  if (documentId !== null)
    await db
      .updateTable('outgoing_documents')
      .set({
        ...doc,
        title: v.title,
        recipients: JSON.stringify(doc.recipients),
        version: sql`version + 1`,
        updated_at: sql`now()`,
      })
      .where('id', '=', documentId)
      .execute();
  return true;
}

export interface ClusterTaskBody {
  role: 'lead' | 'coordinate';
  agency_id: number | null;
  agency_name: string | null;
  label: string | null;
}

export interface ClusterTaskRow {
  id: number;
  plan_id: number;
  position: number;
  number: string | null;
  content: string;
  deadline_kind: DeadlineKind;
  deadline_on: string | null;
  deadline_month: string | null;
  deadline_month_to: string | null;
  deadline_text: string | null;
  due_on: string | null;
  status: 'not-started' | 'in-progress' | 'done' | 'late' | 'cancelled';
  done_on: string | null;
  note: string | null;
  version: number;
  bodies: ClusterTaskBody[];
}

/** The plan's tasks in order (position, id) with their lead/coordinating bodies: two queries. */
export async function listClusterTasks(
  db: Db,
  planId: number,
  ids?: readonly number[],
): Promise<ClusterTaskRow[]> {
  let q = db
    .selectFrom('plan_tasks as t')
    .select([
      't.id',
      't.plan_id',
      't.position',
      't.number',
      't.content',
      't.deadline_kind',
      sql<string | null>`to_char(t.deadline_on, 'YYYY-MM-DD')`.as('deadline_on'),
      sql<string | null>`to_char(t.deadline_month, 'YYYY-MM-DD')`.as('deadline_month'),
      sql<string | null>`to_char(t.deadline_month_to, 'YYYY-MM-DD')`.as('deadline_month_to'),
      't.deadline_text',
      sql<string | null>`to_char(t.due_on, 'YYYY-MM-DD')`.as('due_on'),
      't.status',
      sql<string | null>`to_char(t.done_on, 'YYYY-MM-DD')`.as('done_on'),
      't.note',
      't.version',
    ])
    .where('t.plan_id', '=', planId);
  if (ids) q = q.where(inList(sql.ref('t.id'), ids));
  const rows = await q.orderBy('t.position').orderBy('t.id').execute();
  if (rows.length === 0) return [];
  const bodies = await db
    .selectFrom('plan_task_units as tu')
    .leftJoin('agencies as a', 'a.id', 'tu.agency_id')
    .select(['tu.task_id', 'tu.role', 'tu.agency_id', 'a.name as agency_name', 'tu.label'])
    .where(
      inList(
        sql.ref('tu.task_id'),
        rows.map((r) => r.id),
      ),
    )
    .orderBy('tu.task_id')
    .orderBy('tu.role', 'desc')
    .orderBy('tu.position')
    .orderBy('tu.id')
    .execute();
  return rows.map((r) => ({
    ...r,
    bodies: bodies
      .filter((b) => b.task_id === r.id)
      .map((b) => ({ role: b.role, agency_id: b.agency_id, agency_name: b.agency_name, label: b.label })),
  }));
}

export interface ClusterTaskValues {
  number: string | null;
  content: string;
  deadline_kind: DeadlineKind;
  deadline_on: string | null;
  deadline_month: string | null;
  deadline_month_to: string | null;
  deadline_text: string | null;
  status: 'not-started' | 'in-progress' | 'done' | 'late' | 'cancelled';
  done_on: string | null;
  note: string | null;
}

export async function insertClusterTask(db: Db, planId: number, v: ClusterTaskValues): Promise<number> {
  const pos = await db
    .selectFrom('plan_tasks')
    .select((eb) => eb.fn.max<number | null>('position').as('m'))
    .where('plan_id', '=', planId)
    .executeTakeFirst();
  return (
    await db
      .insertInto('plan_tasks')
      .values({ plan_id: planId, position: Number(pos?.m ?? 0) + 1, quarter: null, ...v })
      .returning('id')
      .executeTakeFirstOrThrow()
  ).id;
}

export async function updateClusterTask(
  db: Db,
  id: number,
  version: number,
  v: ClusterTaskValues,
): Promise<boolean> {
  const r = await db
    .updateTable('plan_tasks')
    .set({ ...v, version: sql`version + 1`, updated_at: sql`now()` })
    .where('id', '=', id)
    .where('version', '=', version)
    .executeTakeFirst();
  return Number(r.numUpdatedRows) === 1;
}

export async function deleteClusterTask(db: Db, id: number): Promise<void> {
  await db.deleteFrom('plan_tasks').where('id', '=', id).execute();
}

export async function replaceTaskBodies(
  db: Db,
  taskId: number,
  bodies: { role: 'lead' | 'coordinate'; agency_id: number | null; label: string | null }[],
): Promise<void> {
  await db.deleteFrom('plan_task_units').where('task_id', '=', taskId).execute();
  if (bodies.length === 0) return;
  await db
    .insertInto('plan_task_units')
    .values(
      bodies.map((b, i) => ({
        task_id: taskId,
        role: b.role,
        agency_id: b.agency_id,
        unit_id: null,
        label: b.label,
        position: i,
      })),
    )
    .execute();
}

// ── conferences and elections ──

export interface MeetingRow {
  id: number;
  group_id: number;
  year: number;
  kind: 'so-ket' | 'tong-ket' | 'khac';
  held_on: string | null;
  host_agency_id: number | null;
  host_name: string | null;
  form: 'truc-tiep' | 'truc-tuyen' | 'van-ban' | null;
  present_count: number | null;
  minutes: string | null;
  version: number;
}

export interface VoteRow {
  id: number;
  meeting_id: number;
  subject: 'ranking' | 'flag' | 'leader' | 'deputy';
  agency_id: number | null;
  agency_name: string | null;
  for_year: number | null;
  votes_for: number;
  votes_against: number;
  votes_total: number;
  passed: boolean;
}

export async function listMeetings(
  db: Db,
  groupId: number,
  year?: number,
): Promise<{ meetings: MeetingRow[]; votes: VoteRow[] }> {
  let q = db
    .selectFrom('cluster_meetings as cm')
    .leftJoin('agencies as h', 'h.id', 'cm.host_agency_id')
    .select([
      'cm.id',
      'cm.group_id',
      'cm.year',
      'cm.kind',
      sql<string | null>`to_char(cm.held_on, 'YYYY-MM-DD')`.as('held_on'),
      'cm.host_agency_id',
      'h.name as host_name',
      'cm.form',
      'cm.present_count',
      'cm.minutes',
      'cm.version',
    ])
    .where('cm.group_id', '=', groupId);
  if (year !== undefined) q = q.where('cm.year', '=', year);
  const meetings = await q.orderBy('cm.year').orderBy('cm.held_on').orderBy('cm.id').execute();
  if (meetings.length === 0) return { meetings, votes: [] };
  const votes = await db
    .selectFrom('cluster_meeting_votes as v')
    .leftJoin('agencies as a', 'a.id', 'v.agency_id')
    .select([
      'v.id',
      'v.meeting_id',
      'v.subject',
      'v.agency_id',
      'a.name as agency_name',
      'v.for_year',
      'v.votes_for',
      'v.votes_against',
      'v.votes_total',
      'v.passed',
    ])
    .where(
      inList(
        sql.ref('v.meeting_id'),
        meetings.map((m) => m.id),
      ),
    )
    .orderBy('v.meeting_id')
    .orderBy('v.subject')
    .orderBy(sql`v.votes_for DESC`)
    .orderBy('v.id')
    .execute();
  return { meetings, votes };
}

export async function insertMeeting(
  db: Db,
  v: {
    group_id: number;
    year: number;
    kind: 'so-ket' | 'tong-ket' | 'khac';
    held_on: string;
    host_agency_id: number | null;
    form: 'truc-tiep' | 'truc-tuyen' | 'van-ban';
    present_count: number;
    minutes: string | null;
  },
): Promise<number> {
  return (await db.insertInto('cluster_meetings').values(v).returning('id').executeTakeFirstOrThrow()).id;
}

export async function insertVotes(
  db: Db,
  meetingId: number,
  votes: {
    subject: 'leader' | 'deputy';
    agency_id: number;
    for_year: number;
    votes_for: number;
    votes_against: number;
    votes_total: number;
    passed: boolean;
  }[],
): Promise<void> {
  if (votes.length === 0) return;
  await db
    .insertInto('cluster_meeting_votes')
    .values(votes.map((v) => ({ meeting_id: meetingId, ...v })))
    .execute();
}

/** Whether an election for `forYear` was already recorded (one election per cluster and year). */
export async function electionExists(db: Db, groupId: number, forYear: number): Promise<boolean> {
  const r = await db
    .selectFrom('cluster_meeting_votes as v')
    .innerJoin('cluster_meetings as cm', 'cm.id', 'v.meeting_id')
    .select('v.id')
    .where('cm.group_id', '=', groupId)
    .where('v.for_year', '=', forYear)
    .where('v.subject', 'in', ['leader', 'deputy'])
    .limit(1)
    .executeTakeFirst();
  return r !== undefined;
}

// ── what the cluster's reports read ──

/** The published or confirmed ranking of the year (cluster_results, written by cluster scoring). */
export async function clusterResults(db: Db, groupId: number, year: number) {
  const rows = await db
    .selectFrom('cluster_results as r')
    .innerJoin('agencies as a', 'a.id', 'r.agency_id')
    .select(['r.agency_id', 'a.name as agency_name', 'r.total', 'r.rank', 'r.proposed_code', 'r.status'])
    .where('r.group_id', '=', groupId)
    .where('r.year', '=', year)
    .orderBy('r.rank')
    .execute();
  return rows.map((r) => ({ ...r, total: Number(r.total) }));
}

/** The cluster's covenant of the year (signed first, then the latest draft). */
export async function clusterCovenant(db: Db, groupId: number, year: number) {
  return db
    .selectFrom('covenants as c')
    .select([
      'c.id',
      'c.title',
      'c.status',
      sql<string | null>`to_char(c.signed_on, 'YYYY-MM-DD')`.as('signed_on'),
      sql<number>`(SELECT count(*) FROM covenant_signatories s WHERE s.covenant_id = c.id AND s.signed)`.as(
        'signed_count',
      ),
    ])
    .where('c.group_id', '=', groupId)
    .where('c.year', '=', year)
    .orderBy(sql`CASE c.status WHEN 'signed' THEN 0 ELSE 1 END`)
    .orderBy('c.id', 'desc')
    .executeTakeFirst();
}
