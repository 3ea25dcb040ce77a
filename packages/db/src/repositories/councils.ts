// Data access of bình xét: the agency's emulation council (Hội đồng Thi đua – Khen thưởng), its sessions,
// attendance, rounds, candidates, SECRET ballots, paper tallies, quotas, and the units' own meetings.
//
// Ballot secrecy lives here (see castBallot): a ballot row carries no voter, no sequence and no timestamp,
// and every vote rewrites all ballots of the round in a random order inside the voter's transaction, so
// neither the physical order of the rows nor their transaction ids (xmin) can be matched against the voter
// marks or the audit log.
import crypto from 'node:crypto';
import { sql, type SqlBool } from 'kysely';
import type { Db } from './scope.ts';
import { inList } from './scope.ts';

export type MemberRole = 'chair' | 'vice-chair' | 'standing' | 'secretary' | 'member';
export type AttendanceStatus = 'present' | 'absent' | 'absent-written';
export type Choice = 'yes' | 'no' | 'abstain';
export type CandidateResult = 'pending' | 'passed' | 'failed' | 'passed-over-quota';
export type TitleCode =
  | 'lao-dong-tien-tien'
  | 'chien-si-thi-dua-co-so'
  | 'chien-si-thi-dua-cap-tinh'
  | 'chien-si-thi-dua-toan-quoc'
  | 'tap-the-lao-dong-tien-tien'
  | 'tap-the-lao-dong-xuat-sac'
  | 'co-thi-dua-cap-tinh'
  | 'co-thi-dua-chinh-phu'
  | 'giay-khen'
  | 'bang-khen-cap-tinh'
  | 'bang-khen-thu-tuong'
  | 'huan-chuong-lao-dong-hang-ba'
  | 'huan-chuong-lao-dong-hang-nhi'
  | 'huan-chuong-lao-dong-hang-nhat'
  | 'ky-niem-chuong-cong-thuong';

// ---------------------------------------------------------------- councils and members

export async function listEmulationCouncils(db: Db, agencyIds: readonly number[] | 'all') {
  let q = db.selectFrom('councils').selectAll().where('kind', '=', 'thi-dua-khen-thuong');
  if (agencyIds !== 'all') q = q.where(inList(sql.ref('agency_id'), agencyIds));
  return q.orderBy('id').execute();
}

export async function findEmulationCouncil(db: Db, id: number) {
  return db
    .selectFrom('councils')
    .selectAll()
    .where('id', '=', id)
    .where('kind', '=', 'thi-dua-khen-thuong')
    .executeTakeFirst();
}

export async function insertEmulationCouncil(
  db: Db,
  v: { agency_id: number; name: string; established_by: string | null; from_date: string | null },
): Promise<number> {
  return (
    await db
      .insertInto('councils')
      .values({ ...v, kind: 'thi-dua-khen-thuong' })
      .returning('id')
      .executeTakeFirstOrThrow()
  ).id;
}

export async function insertMembers(
  db: Db,
  councilId: number,
  members: { personId: number; userId: number | null; role: MemberRole; title: string | null }[],
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

export interface MemberRow {
  id: number;
  council_id: number;
  person_id: number | null;
  user_id: number | null;
  role: MemberRole;
  title: string | null;
  full_name: string | null;
  position: string | null;
}

const ROLE_ORDER = sql<number>`CASE m.role WHEN 'chair' THEN 0 WHEN 'vice-chair' THEN 1 WHEN 'standing' THEN 2 WHEN 'secretary' THEN 4 ELSE 3 END`;

export async function membersOf(db: Db, councilIds: readonly number[]): Promise<MemberRow[]> {
  if (councilIds.length === 0) return [];
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
      'p.position',
    ])
    .where(inList(sql.ref('m.council_id'), councilIds))
    .orderBy(ROLE_ORDER)
    .orderBy('m.id')
    .execute();
}

export async function userIdsOfPeople(db: Db, personIds: readonly number[]) {
  if (personIds.length === 0) return new Map<number, number>();
  const rows = await db
    .selectFrom('users')
    .select(['id', 'person_id'])
    .where(inList(sql.ref('person_id'), personIds))
    .orderBy('id')
    .execute();
  const m = new Map<number, number>();
  for (const r of rows) if (r.person_id !== null && !m.has(r.person_id)) m.set(r.person_id, r.id);
  return m;
}

// ---------------------------------------------------------------- sessions

export type SessionRow = Awaited<ReturnType<typeof findSession>> & object;

export async function findSession(db: Db, id: number) {
  return db
    .selectFrom('council_sessions as s')
    .innerJoin('councils as c', 'c.id', 's.council_id')
    .selectAll('s')
    .select(['c.name as council_name', 'c.established_by'])
    .where('s.id', '=', id)
    .where('s.purpose', '=', 'binh-xet')
    .executeTakeFirst();
}

/** Sessions of councils the account sits on (its own user, or its person when the member has no account). */
function memberCouncils(member: { userId: number; personId: number | null }) {
  return sql<SqlBool>`s.council_id IN (SELECT m.council_id FROM council_members m WHERE m.user_id = ${member.userId} OR (m.user_id IS NULL AND m.person_id = ${member.personId ?? -1}))`;
}

export async function listSessions(
  db: Db,
  agencyIds: readonly number[] | 'all',
  year?: number,
  member?: { userId: number; personId: number | null },
) {
  let q = db
    .selectFrom('council_sessions as s')
    .innerJoin('councils as c', 'c.id', 's.council_id')
    .innerJoin('agencies as a', 'a.id', 's.agency_id')
    .selectAll('s')
    .select(['c.name as council_name', 'a.name as agency_name'])
    .select((eb) => [
      eb
        .selectFrom('council_rounds as r')
        .innerJoin('council_candidates as k', 'k.round_id', 'r.id')
        .whereRef('r.session_id', '=', 's.id')
        .where('r.round_no', '=', 1)
        .select(sql<number>`count(*)::int`.as('n'))
        .as('candidate_count'),
      eb
        .selectFrom('council_rounds as r')
        .whereRef('r.session_id', '=', 's.id')
        .select(sql<number>`count(*)::int`.as('n'))
        .as('round_count'),
    ])
    .where('s.purpose', '=', 'binh-xet');
  if (agencyIds !== 'all') {
    const byAgency = inList(sql.ref('s.agency_id'), agencyIds);
    q = q.where(member ? sql<SqlBool>`(${byAgency} OR ${memberCouncils(member)})` : byAgency);
  } else if (member) q = q.where(memberCouncils(member));
  if (year !== undefined) q = q.where('s.year', '=', year);
  return q.orderBy('s.year', 'desc').orderBy('s.id', 'desc').execute();
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
    quorum: number;
  },
): Promise<number> {
  return (
    await db
      .insertInto('council_sessions')
      .values({ ...v, purpose: 'binh-xet', status: 'planned' })
      .returning('id')
      .executeTakeFirstOrThrow()
  ).id;
}

export async function updateSession(
  db: Db,
  id: number,
  version: number,
  v: {
    held_on?: string | null;
    place?: string | null;
    quorum?: number;
    minutes?: string | null;
    status?: 'planned' | 'open' | 'closed' | 'cancelled';
  },
): Promise<boolean> {
  const r = await db
    .updateTable('council_sessions')
    .set({ ...v, updated_at: new Date(), version: sql`version + 1` })
    .where('id', '=', id)
    .where('version', '=', version)
    .executeTakeFirst();
  return Number(r.numUpdatedRows) === 1;
}

export async function attendanceOf(db: Db, sessionId: number) {
  return db
    .selectFrom('council_attendance')
    .select(['member_id', 'status', 'note'])
    .where('session_id', '=', sessionId)
    .execute();
}

export async function replaceAttendance(
  db: Db,
  sessionId: number,
  rows: { memberId: number; status: AttendanceStatus; note: string | null }[],
): Promise<void> {
  await db.deleteFrom('council_attendance').where('session_id', '=', sessionId).execute();
  if (rows.length === 0) return;
  await db
    .insertInto('council_attendance')
    .values(
      rows.map((r) => ({ session_id: sessionId, member_id: r.memberId, status: r.status, note: r.note })),
    )
    .execute();
}

// ---------------------------------------------------------------- rounds and candidates

export async function roundsOf(db: Db, sessionId: number) {
  return db
    .selectFrom('council_rounds')
    .selectAll()
    .where('session_id', '=', sessionId)
    .orderBy('round_no')
    .execute();
}

export async function findRound(db: Db, id: number) {
  return db.selectFrom('council_rounds').selectAll().where('id', '=', id).executeTakeFirst();
}

export async function insertRound(
  db: Db,
  v: { session_id: number; round_no: number; reason: string | null; status: 'open' | 'closed' },
): Promise<number> {
  return (await db.insertInto('council_rounds').values(v).returning('id').executeTakeFirstOrThrow()).id;
}

export async function closeRound(db: Db, id: number, version: number): Promise<boolean> {
  const r = await db
    .updateTable('council_rounds')
    .set({ status: 'closed', closed_at: new Date(), version: sql`version + 1` })
    .where('id', '=', id)
    .where('version', '=', version)
    .where('status', '=', 'open')
    .executeTakeFirst();
  return Number(r.numUpdatedRows) === 1;
}

export interface CandidateRow {
  id: number;
  round_id: number;
  position: number;
  code: string;
  subject_kind: 'person' | 'unit' | 'agency';
  person_id: number | null;
  unit_id: number | null;
  yes_count: number | null;
  no_count: number | null;
  abstain_count: number | null;
  threshold_base: string | null;
  threshold_share: number | null;
  result: CandidateResult;
  tally: unknown;
  eligibility: unknown;
  source_id: number | null;
  quota_override_id: number | null;
  version: number;
  person_name: string | null;
  person_position: string | null;
  person_unit_name: string | null;
  unit_name: string | null;
  override_reason: string | null;
}

export async function candidatesOfRounds(db: Db, roundIds: readonly number[]): Promise<CandidateRow[]> {
  if (roundIds.length === 0) return [];
  return db
    .selectFrom('council_candidates as k')
    .leftJoin('people as p', 'p.id', 'k.person_id')
    .leftJoin('units as pu', 'pu.id', 'p.unit_id')
    .leftJoin('units as u', 'u.id', 'k.unit_id')
    .leftJoin('quota_overrides as o', 'o.id', 'k.quota_override_id')
    .select([
      'k.id',
      'k.round_id',
      'k.position',
      'k.code',
      'k.subject_kind',
      'k.person_id',
      'k.unit_id',
      'k.yes_count',
      'k.no_count',
      'k.abstain_count',
      'k.threshold_base',
      'k.threshold_share',
      'k.result',
      'k.tally',
      'k.eligibility',
      'k.source_id',
      'k.quota_override_id',
      'k.version',
      'p.full_name as person_name',
      'p.position as person_position',
      'pu.name as person_unit_name',
      'u.name as unit_name',
      'o.reason as override_reason',
    ])
    .where(inList(sql.ref('k.round_id'), roundIds))
    .orderBy('k.round_id')
    .orderBy('k.position')
    .orderBy('k.id')
    .execute() as Promise<CandidateRow[]>;
}

export async function findCandidate(db: Db, id: number) {
  return db
    .selectFrom('council_candidates as k')
    .innerJoin('council_rounds as r', 'r.id', 'k.round_id')
    .selectAll('k')
    .select(['r.session_id', 'r.status as round_status', 'r.round_no'])
    .where('k.id', '=', id)
    .executeTakeFirst();
}

export async function insertCandidates(
  db: Db,
  rows: {
    round_id: number;
    position: number;
    code: TitleCode;
    subject_kind: 'person' | 'unit';
    person_id: number | null;
    unit_id: number | null;
    eligibility: string | null;
    source_id: number | null;
  }[],
): Promise<void> {
  if (rows.length === 0) return;
  await db.insertInto('council_candidates').values(rows).execute();
}

export async function setEligibility(db: Db, id: number, eligibility: string): Promise<void> {
  await db.updateTable('council_candidates').set({ eligibility }).where('id', '=', id).execute();
}

export async function deleteCandidate(db: Db, id: number, version: number): Promise<boolean> {
  const r = await db
    .deleteFrom('council_candidates')
    .where('id', '=', id)
    .where('version', '=', version)
    .executeTakeFirst();
  return Number(r.numDeletedRows) === 1;
}

export async function setCandidateResult(
  db: Db,
  id: number,
  v: {
    yes_count: number;
    no_count: number;
    abstain_count: number;
    threshold_base: 'members' | 'present';
    threshold_share: number;
    result: CandidateResult;
    tally: string;
  },
): Promise<void> {
  await db
    .updateTable('council_candidates')
    .set({ ...v, version: sql`version + 1` })
    .where('id', '=', id)
    .execute();
}

export async function electOverQuota(
  db: Db,
  id: number,
  version: number,
  overrideId: number | null,
): Promise<boolean> {
  const r = await db
    .updateTable('council_candidates')
    .set({ result: 'passed', quota_override_id: overrideId, version: sql`version + 1` })
    .where('id', '=', id)
    .where('version', '=', version)
    .where('result', '=', 'passed-over-quota')
    .executeTakeFirst();
  return Number(r.numUpdatedRows) === 1;
}

/** Candidates elected (result passed, any round) by the agency's bình xét sessions of a year, per title. */
export async function electedCounts(db: Db, agencyId: number, year: number) {
  const rows = await db
    .selectFrom('council_candidates as k')
    .innerJoin('council_rounds as r', 'r.id', 'k.round_id')
    .innerJoin('council_sessions as s', 's.id', 'r.session_id')
    .select(['k.code', sql<number>`count(*)::int`.as('n')])
    .where('s.agency_id', '=', agencyId)
    .where('s.year', '=', year)
    .where('s.purpose', '=', 'binh-xet')
    .where('s.status', '<>', 'cancelled')
    .where('k.result', '=', 'passed')
    .groupBy('k.code')
    .execute();
  return new Map(rows.map((r) => [r.code, Number(r.n)]));
}

export async function overridesOf(db: Db, agencyId: number, year: number) {
  return db
    .selectFrom('quota_overrides')
    .selectAll()
    .where('agency_id', '=', agencyId)
    .where('year', '=', year)
    .orderBy('id')
    .execute();
}

export async function insertQuotaOverride(
  db: Db,
  v: {
    agency_id: number;
    year: number;
    target: TitleCode;
    unit_id: number | null;
    base: number;
    quota_limit: number;
    granted: number;
    reason: string;
    overridden_by: number;
  },
): Promise<number> {
  return (await db.insertInto('quota_overrides').values(v).returning('id').executeTakeFirstOrThrow()).id;
}

// ---------------------------------------------------------------- quotas

export async function quotasOf(db: Db, sessionId: number) {
  return db
    .selectFrom('council_quotas')
    .selectAll()
    .where('session_id', '=', sessionId)
    .orderBy('id')
    .execute();
}

export async function upsertQuota(
  db: Db,
  v: {
    session_id: number;
    code: TitleCode;
    base: number;
    share: number | null;
    quota_limit: number;
    basis: string;
  },
  version: number | null,
): Promise<boolean> {
  if (version === null) {
    await db.insertInto('council_quotas').values(v).execute();
    return true;
  }
  const r = await db
    .updateTable('council_quotas')
    .set({
      base: v.base,
      share: v.share,
      quota_limit: v.quota_limit,
      basis: v.basis,
      version: sql`version + 1`,
    })
    .where('session_id', '=', v.session_id)
    .where('code', '=', v.code)
    .where('unit_id', 'is', null)
    .where('version', '=', version)
    .executeTakeFirst();
  return Number(r.numUpdatedRows) === 1;
}

/** People of the agency whose final rating of the year meets LĐTT's rating condition (HTTNV or better). */
export async function countRatedAtLeastHttnv(db: Db, agencyId: number, year: number): Promise<number> {
  const r = await db
    .selectFrom('ratings')
    .select(sql<number>`count(*)::int`.as('n'))
    .where('agency_id', '=', agencyId)
    .where('year', '=', year)
    .where('final_rating', 'in', ['htxsnv', 'httnv'])
    .executeTakeFirstOrThrow();
  return Number(r.n);
}

// ---------------------------------------------------------------- secret ballots

export async function votersOf(db: Db, roundIds: readonly number[]) {
  if (roundIds.length === 0) return [];
  return db
    .selectFrom('council_voters')
    .select(['round_id', 'member_id', 'channel'])
    .where(inList(sql.ref('round_id'), roundIds))
    .orderBy('round_id')
    .orderBy('member_id')
    .execute();
}

export function newReceipt(): { token: string; hash: string } {
  const token = crypto.randomBytes(24).toString('base64url');
  return { token, hash: receiptHash(token) };
}

export function receiptHash(token: string): string {
  return crypto.createHash('sha256').update(token.trim(), 'utf8').digest('hex');
}

/**
 * One member's vote in one round, inside the caller's transaction: the voter mark (the primary key refuses
 * a second one) and the anonymous ballot with its choices. Then every ballot of the round is rewritten in a
 * random order, so all of them carry this transaction's id and their physical order says nothing about who
 * voted when. Returns false when the member already voted in the round.
 */
export async function castBallot(
  db: Db,
  roundId: number,
  memberId: number,
  receiptHashHex: string,
  choices: { candidateId: number; choice: Choice }[],
): Promise<boolean> {
  const mark = await db
    .insertInto('council_voters')
    .values({ round_id: roundId, member_id: memberId, channel: 'electronic' })
    .onConflict((oc) => oc.doNothing())
    .returning('member_id')
    .executeTakeFirst();
  if (!mark) return false;
  const existing = await db
    .selectFrom('council_ballots as b')
    .innerJoin('council_ballot_choices as c', 'c.ballot_id', 'b.id')
    .select(['b.id', 'b.receipt_hash', 'c.candidate_id', 'c.choice'])
    .where('b.round_id', '=', roundId)
    .execute();
  const ballots = new Map<string, { hash: string; choices: { candidateId: number; choice: Choice }[] }>();
  for (const r of existing) {
    const b = ballots.get(r.id) ?? { hash: r.receipt_hash, choices: [] };
    b.choices.push({ candidateId: r.candidate_id, choice: r.choice });
    ballots.set(r.id, b);
  }
  ballots.set(crypto.randomUUID(), { hash: receiptHashHex, choices });
  const shuffled = [...ballots.entries()];
  for (let i = shuffled.length - 1; i > 0; i--) {
    const j = crypto.randomInt(i + 1);
    [shuffled[i], shuffled[j]] = [shuffled[j]!, shuffled[i]!];
  }
  await db.deleteFrom('council_ballots').where('round_id', '=', roundId).execute();
  await db
    .insertInto('council_ballots')
    .values(shuffled.map(([id, b]) => ({ id, round_id: roundId, receipt_hash: b.hash })))
    .execute();
  const choiceRows = shuffled.flatMap(([id, b]) =>
    b.choices.map((c) => ({ ballot_id: id, candidate_id: c.candidateId, choice: c.choice })),
  );
  for (let i = choiceRows.length - 1; i > 0; i--) {
    const j = crypto.randomInt(i + 1);
    [choiceRows[i], choiceRows[j]] = [choiceRows[j]!, choiceRows[i]!];
  }
  if (choiceRows.length) await db.insertInto('council_ballot_choices').values(choiceRows).execute();
  return true;
}

export async function markPaperVoters(db: Db, roundId: number, memberIds: readonly number[]) {
  if (memberIds.length === 0) return 0;
  const rows = await db
    .insertInto('council_voters')
    .values(memberIds.map((m) => ({ round_id: roundId, member_id: m, channel: 'paper' as const })))
    .onConflict((oc) => oc.doNothing())
    .returning('member_id')
    .execute();
  return rows.length;
}

export async function replacePaperTallies(
  db: Db,
  rows: {
    candidate_id: number;
    ballots_count: number;
    yes_count: number;
    no_count: number;
    abstain_count: number;
    invalid_count: number;
    entered_by: number;
    note: string | null;
  }[],
): Promise<void> {
  if (rows.length === 0) return;
  await db
    .deleteFrom('council_paper_tallies')
    .where(
      inList(
        sql.ref('candidate_id'),
        rows.map((r) => r.candidate_id),
      ),
    )
    .execute();
  await db.insertInto('council_paper_tallies').values(rows).execute();
}

export async function paperTalliesOf(db: Db, candidateIds: readonly number[]) {
  if (candidateIds.length === 0) return [];
  return db
    .selectFrom('council_paper_tallies')
    .selectAll()
    .where(inList(sql.ref('candidate_id'), candidateIds))
    .execute();
}

/** Electronic counts per candidate, straight from the stored ballots (set-based). */
export async function electronicCounts(db: Db, roundId: number) {
  const rows = await db
    .selectFrom('council_ballot_choices as c')
    .innerJoin('council_ballots as b', 'b.id', 'c.ballot_id')
    .select([
      'c.candidate_id',
      sql<number>`count(*) FILTER (WHERE c.choice = 'yes')::int`.as('yes'),
      sql<number>`count(*) FILTER (WHERE c.choice = 'no')::int`.as('no'),
      sql<number>`count(*) FILTER (WHERE c.choice = 'abstain')::int`.as('abstain'),
    ])
    .where('b.round_id', '=', roundId)
    .groupBy('c.candidate_id')
    .execute();
  return new Map(rows.map((r) => [r.candidate_id, { yes: r.yes, no: r.no, abstain: r.abstain }]));
}

export async function countBallots(db: Db, roundId: number): Promise<number> {
  const r = await db
    .selectFrom('council_ballots')
    .select(sql<number>`count(*)::int`.as('n'))
    .where('round_id', '=', roundId)
    .executeTakeFirstOrThrow();
  return Number(r.n);
}

export async function ballotByReceipt(db: Db, hash: string) {
  const b = await db
    .selectFrom('council_ballots as b')
    .innerJoin('council_rounds as r', 'r.id', 'b.round_id')
    .innerJoin('council_sessions as s', 's.id', 'r.session_id')
    .select([
      'b.id',
      'b.round_id',
      'r.round_no',
      'r.status as round_status',
      's.id as session_id',
      's.year',
      's.agency_id',
    ])
    .where('b.receipt_hash', '=', hash)
    .executeTakeFirst();
  if (!b) return null;
  const choices = await db
    .selectFrom('council_ballot_choices as c')
    .innerJoin('council_candidates as k', 'k.id', 'c.candidate_id')
    .leftJoin('people as p', 'p.id', 'k.person_id')
    .leftJoin('units as u', 'u.id', 'k.unit_id')
    .select([
      'k.id as candidate_id',
      'k.code',
      'k.position',
      'p.full_name',
      'u.name as unit_name',
      'c.choice',
    ])
    .where('c.ballot_id', '=', b.id)
    .orderBy('k.position')
    .orderBy('k.id')
    .execute();
  return { ...b, choices };
}

// ---------------------------------------------------------------- unit meetings

export async function listUnitMeetings(
  db: Db,
  f: { agencyIds: readonly number[] | 'all'; unitIds: readonly number[]; year?: number | undefined },
) {
  let q = db
    .selectFrom('unit_meetings as m')
    .innerJoin('units as u', 'u.id', 'm.unit_id')
    .leftJoin('people as p', 'p.id', 'm.chaired_by')
    .selectAll('m')
    .select(['u.name as unit_name', 'p.full_name as chair_name'])
    .select((eb) =>
      eb
        .selectFrom('unit_meeting_candidates as c')
        .whereRef('c.meeting_id', '=', 'm.id')
        .where('c.proposed', '=', true)
        .select(sql<number>`count(*)::int`.as('n'))
        .as('proposed_count'),
    );
  if (f.agencyIds !== 'all')
    q = q.where((eb) =>
      eb.or([
        inList(sql.ref('m.agency_id'), f.agencyIds as number[]),
        inList(sql.ref('m.unit_id'), f.unitIds),
      ]),
    );
  if (f.year !== undefined) q = q.where('m.year', '=', f.year);
  return q.orderBy('m.year', 'desc').orderBy('u.sort_order').orderBy('m.id').execute();
}

export async function findUnitMeeting(db: Db, id: number) {
  return db
    .selectFrom('unit_meetings as m')
    .innerJoin('units as u', 'u.id', 'm.unit_id')
    .leftJoin('people as p', 'p.id', 'm.chaired_by')
    .selectAll('m')
    .select(['u.name as unit_name', 'p.full_name as chair_name'])
    .where('m.id', '=', id)
    .executeTakeFirst();
}

export async function unitMeetingCandidates(db: Db, meetingIds: readonly number[]) {
  if (meetingIds.length === 0) return [];
  return db
    .selectFrom('unit_meeting_candidates as c')
    .leftJoin('people as p', 'p.id', 'c.person_id')
    .leftJoin('units as u', 'u.id', 'c.unit_id')
    .selectAll('c')
    .select(['p.full_name', 'p.position', 'u.name as unit_name'])
    .where(inList(sql.ref('c.meeting_id'), meetingIds))
    .orderBy('c.meeting_id')
    .orderBy('c.id')
    .execute();
}

export async function insertUnitMeeting(
  db: Db,
  v: {
    agency_id: number;
    unit_id: number;
    year: number;
    held_on: string | null;
    chaired_by: number | null;
    total_count: number | null;
    present_count: number | null;
    minutes: string | null;
  },
): Promise<number> {
  return (await db.insertInto('unit_meetings').values(v).returning('id').executeTakeFirstOrThrow()).id;
}

export async function updateUnitMeeting(
  db: Db,
  id: number,
  version: number,
  v: {
    held_on?: string | null;
    chaired_by?: number | null;
    total_count?: number | null;
    present_count?: number | null;
    minutes?: string | null;
    status?: 'draft' | 'submitted' | 'returned' | 'accepted';
  },
): Promise<boolean> {
  const r = await db
    .updateTable('unit_meetings')
    .set({ ...v, updated_at: new Date(), version: sql`version + 1` })
    .where('id', '=', id)
    .where('version', '=', version)
    .executeTakeFirst();
  return Number(r.numUpdatedRows) === 1;
}

export async function replaceUnitMeetingCandidates(
  db: Db,
  meetingId: number,
  rows: {
    code: TitleCode;
    person_id: number | null;
    unit_id: number | null;
    yes_count: number;
    no_count: number;
    abstain_count: number;
    proposed: boolean;
  }[],
): Promise<void> {
  await db.deleteFrom('unit_meeting_candidates').where('meeting_id', '=', meetingId).execute();
  if (rows.length === 0) return;
  await db
    .insertInto('unit_meeting_candidates')
    .values(rows.map((r) => ({ ...r, meeting_id: meetingId })))
    .execute();
}

/** Proposals of the agency's unit meetings of a year (submitted or accepted), for a session's ballot. */
export async function proposedOfYear(db: Db, agencyId: number, year: number) {
  return db
    .selectFrom('unit_meeting_candidates as c')
    .innerJoin('unit_meetings as m', 'm.id', 'c.meeting_id')
    .select([
      'c.id',
      'c.code',
      'c.person_id',
      'c.unit_id',
      'm.id as meeting_id',
      'm.version as meeting_version',
    ])
    .where('m.agency_id', '=', agencyId)
    .where('m.year', '=', year)
    .where('m.status', 'in', ['submitted', 'accepted'])
    .where('c.proposed', '=', true)
    .orderBy('m.unit_id')
    .orderBy('c.id')
    .execute();
}

export async function acceptUnitMeetings(db: Db, ids: readonly number[]): Promise<void> {
  if (ids.length === 0) return;
  await db
    .updateTable('unit_meetings')
    .set({ status: 'accepted', updated_at: new Date(), version: sql`version + 1` })
    .where(inList(sql.ref('id'), ids))
    .where('status', '=', 'submitted')
    .execute();
}

export async function peopleOf(db: Db, ids: readonly number[]) {
  if (ids.length === 0) return [];
  return db
    .selectFrom('people')
    .select(['id', 'agency_id', 'unit_id', 'full_name', 'is_leader'])
    .where(inList(sql.ref('id'), ids))
    .execute();
}

export async function unitsOf(db: Db, ids: readonly number[]) {
  if (ids.length === 0) return [];
  return db
    .selectFrom('units')
    .select(['id', 'agency_id', 'name'])
    .where(inList(sql.ref('id'), ids))
    .execute();
}
