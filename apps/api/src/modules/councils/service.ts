// Bình xét: the units' meetings (open votes) feed the agency council's session (Hội đồng Thi đua – Khen
// thưởng): members and attendance with quorum, candidates per title with the engine's verdict frozen on the
// ballot, SECRET ballots (a voter mark and an anonymous ballot in one transaction, a receipt only the voter
// holds), paper ballots entered as counts, the tally per title and regime (domain `tally`), ranking within
// the quota with further rounds for ties, quota overrides with a reason, and the minutes.
//
// What the audit log records about voting: THAT a member voted in a round — never the choices, the ballot
// id or the receipt.
import { writeAudit } from '../../../../../packages/db/src/audit.ts';
import * as repo from '../../../../../packages/db/src/repositories/councils.ts';
import {
  evaluate,
  formatCitation,
  pickRegime,
  quotaLimit,
  tally,
  TARGET_LABELS,
  TARGET_SHORT,
  TARGETS,
  type TargetCode,
  type TallyResult,
} from '../../../../../packages/domain/src/eligibility/index.ts';
import { auditBy, todayIn, type Ctx } from '../../context.ts';
import { hasRole, isAdmin, type Actor } from '../../auth/actor.ts';
import { POLICIES } from '../../auth/policies.ts';
import { AppError, errors, type FieldIssue } from '../../errors.ts';
import { buildEligibilityInput } from '../person-eligibility/service.ts';

type Db = Ctx['db'];
export type TitleCode = repo.TitleCode;

const uniq = (xs: (number | null | undefined)[]): number[] => [
  ...new Set(xs.filter((x): x is number => typeof x === 'number')),
];

export const ROLE_LABELS: Record<repo.MemberRole, string> = {
  chair: 'Chủ tịch Hội đồng',
  'vice-chair': 'Phó Chủ tịch Hội đồng',
  standing: 'Ủy viên thường trực',
  secretary: 'Thư ký Hội đồng',
  member: 'Ủy viên',
};

export const CHOICE_LABELS: Record<repo.Choice, string> = {
  yes: 'Đồng ý',
  no: 'Không đồng ý',
  abstain: 'Không biểu quyết',
};

export const RESULT_LABELS: Record<repo.CandidateResult, string> = {
  pending: 'Chưa kiểm phiếu',
  passed: 'Đạt',
  failed: 'Không đạt',
  'passed-over-quota': 'Đạt ngưỡng, ngoài chỉ tiêu',
};

export function titleLabel(code: string): string {
  return TARGET_LABELS[code as TargetCode] ?? code;
}
export function titleShort(code: string): string {
  return TARGET_SHORT[code as TargetCode] ?? code;
}

/** Titles voted on by the agency council (LĐTT and Tập thể LĐTT are decided on the units' proposals). */
export const COUNCIL_TITLES: readonly TitleCode[] = TARGETS.filter(
  (t) => t !== 'lao-dong-tien-tien' && t !== 'tap-the-lao-dong-tien-tien',
);
const COLLECTIVE: ReadonlySet<string> = new Set([
  'tap-the-lao-dong-tien-tien',
  'tap-the-lao-dong-xuat-sac',
  'co-thi-dua-cap-tinh',
  'co-thi-dua-chinh-phu',
]);

/**
 * Quorum of the agency council: at least two thirds of its members present (agency council regulation,
 * UNVERIFIED default — rules.md §9.3 leaves the quorum to the agency; the session may set its own).
 */
export function defaultQuorum(members: number): number {
  return Math.max(1, Math.ceil((members * 2) / 3 - 1e-9));
}

/** The CSTĐCS quota: 15% of the individuals who achieved LĐTT (A-CSTDCS-2; regime B: the agency's own cap). */
export const CSTDCS_SHARE = 0.15;

// ---------------------------------------------------------------- access

function officerAgencies(a: Actor): number[] | 'all' {
  if (isAdmin(a)) return 'all';
  return uniq(a.roles.filter((g) => g.role === 'officer').map((g) => g.agencyId ?? a.agencyId));
}

function runsAgency(a: Actor, agencyId: number): boolean {
  const o = officerAgencies(a);
  return o === 'all' || o.includes(agencyId);
}

function readAgencies(a: Actor): number[] | 'all' {
  if (isAdmin(a)) return 'all';
  const ids: (number | null)[] = [];
  for (const g of a.roles)
    if (g.role === 'officer' || g.role === 'council' || g.role === 'reviewer')
      ids.push(g.agencyId ?? a.agencyId);
  if (hasRole(a, 'reviewer')) ids.push(...a.reviewerAgencyIds);
  return uniq(ids);
}

function holdsPolicy(a: Actor, policy: keyof typeof POLICIES): boolean {
  const roles = POLICIES[policy] as readonly string[];
  return a.roles.some((g) => roles.includes(g.role));
}

function isActorMember(actor: Actor, m: repo.MemberRow): boolean {
  return (
    (m.user_id !== null && m.user_id === actor.userId) ||
    (m.user_id === null && m.person_id !== null && m.person_id === actor.personId)
  );
}

async function loadSession(ctx: Ctx, actor: Actor, id: number, write: boolean) {
  const s = await repo.findSession(ctx.db, id);
  if (!s) throw errors.notFound('phiên họp Hội đồng Thi đua – Khen thưởng');
  if (write) {
    if (!runsAgency(actor, s.agency_id)) throw errors.forbidden('điều hành phiên họp này');
    return s;
  }
  const r = readAgencies(actor);
  if (r !== 'all' && !r.includes(s.agency_id)) {
    const members = await repo.membersOf(ctx.db, [s.council_id]);
    if (!members.some((m) => isActorMember(actor, m))) throw errors.forbidden('xem phiên họp này');
  }
  return s;
}

export const councilErrors = {
  alreadyVoted: (): AppError =>
    errors.duplicate('ballot', 'Bạn đã bỏ phiếu ở vòng này. Mỗi thành viên chỉ được bỏ một phiếu mỗi vòng.'),
  notMember: (): AppError =>
    new AppError('forbidden', 'Bạn không phải thành viên Hội đồng Thi đua – Khen thưởng của phiên họp này.'),
};

// ---------------------------------------------------------------- councils

export async function listCouncils(ctx: Ctx, actor: Actor) {
  const agencies = isAdmin(actor) ? 'all' : uniq([actor.agencyId, ...actor.roles.map((g) => g.agencyId)]);
  const councils = await repo.listEmulationCouncils(ctx.db, agencies);
  const members = await repo.membersOf(
    ctx.db,
    councils.map((c) => c.id),
  );
  return councils.map((c) => ({ council: c, members: members.filter((m) => m.council_id === c.id) }));
}

export interface CouncilInputT {
  agencyId?: number | undefined;
  name: string;
  establishedBy?: string | null | undefined;
  fromDate?: string | null | undefined;
  members: {
    personId: number;
    role: repo.MemberRole;
    title?: string | null | undefined;
    userId?: number | null | undefined;
  }[];
}

export async function createCouncil(ctx: Ctx, actor: Actor, input: CouncilInputT) {
  const agencyId = input.agencyId ?? actor.agencyId;
  if (!agencyId || !runsAgency(actor, agencyId))
    throw errors.forbidden('lập Hội đồng Thi đua – Khen thưởng của cơ quan này');
  const people = await repo.peopleOf(
    ctx.db,
    input.members.map((m) => m.personId),
  );
  const issues: FieldIssue[] = [];
  const seen = new Set<number>();
  input.members.forEach((m, i) => {
    const p = people.find((x) => x.id === m.personId);
    if (!p) issues.push({ path: `members.${i}.personId`, message: 'Không tìm thấy cán bộ này.' });
    else if (p.agency_id !== agencyId)
      issues.push({ path: `members.${i}.personId`, message: 'Thành viên phải thuộc cơ quan của Hội đồng.' });
    if (seen.has(m.personId))
      issues.push({ path: `members.${i}.personId`, message: 'Thành viên bị lặp lại.' });
    seen.add(m.personId);
  });
  if (input.members.filter((m) => m.role === 'chair').length !== 1)
    issues.push({ path: 'members', message: 'Hội đồng phải có đúng một Chủ tịch.' });
  if (input.members.filter((m) => m.role === 'secretary').length !== 1)
    issues.push({ path: 'members', message: 'Hội đồng phải có đúng một Thư ký.' });
  if (issues.length) throw errors.invalidInput(issues);
  const users = await repo.userIdsOfPeople(
    ctx.db,
    input.members.map((m) => m.personId),
  );
  const id = await ctx.db.transaction().execute(async (trx) => {
    const councilId = await repo.insertEmulationCouncil(trx, {
      agency_id: agencyId,
      name: input.name,
      established_by: input.establishedBy ?? null,
      from_date: input.fromDate ?? null,
    });
    await repo.insertMembers(
      trx,
      councilId,
      input.members.map((m) => ({
        personId: m.personId,
        userId: m.userId ?? users.get(m.personId) ?? null,
        role: m.role,
        title: m.title ?? null,
      })),
    );
    await writeAudit(
      trx,
      auditBy(actor, {
        action: 'create',
        entity: 'councils',
        entityId: String(councilId),
        agencyId,
        summary: `Lập ${input.name}`,
        before: null,
        after: input,
      }),
    );
    return councilId;
  });
  return (await listCouncils(ctx, actor)).find((c) => c.council.id === id)!;
}

// ---------------------------------------------------------------- sessions

export async function listSessions(ctx: Ctx, actor: Actor, year?: number) {
  const agencies = readAgencies(actor);
  if (agencies === 'all') return repo.listSessions(ctx.db, 'all', year);
  // Council members outside those roles (a unit head sitting on the council) see their council's sessions.
  return repo.listSessions(ctx.db, agencies, year, { userId: actor.userId, personId: actor.personId });
}

export interface SessionInputT {
  councilId: number;
  year: number;
  heldOn?: string | null | undefined;
  place?: string | null | undefined;
  quorum?: number | undefined;
}

async function defaultQuotas(db: Db, sessionId: number, agencyId: number, year: number) {
  const base = await repo.countRatedAtLeastHttnv(db, agencyId, year);
  const regime = pickRegime(year).id;
  await repo.upsertQuota(
    db,
    {
      session_id: sessionId,
      code: 'chien-si-thi-dua-co-so',
      base,
      share: CSTDCS_SHARE,
      quota_limit: quotaLimit(CSTDCS_SHARE, base, 'floor'),
      basis:
        regime === 'A'
          ? 'Không quá 15% số cá nhân đạt danh hiệu Lao động tiên tiến (Điều 9 khoản 3 Nghị định 91/2017/NĐ-CP); số cá nhân xếp loại từ Hoàn thành tốt nhiệm vụ trở lên trong năm.'
          : 'Tỷ lệ 15% số cá nhân đạt danh hiệu Lao động tiên tiến theo quy chế thi đua, khen thưởng của cơ quan (Nghị định 98/2023/NĐ-CP không quy định tỷ lệ); số cá nhân xếp loại từ Hoàn thành tốt nhiệm vụ trở lên trong năm.',
    },
    null,
  );
}

export async function createSession(ctx: Ctx, actor: Actor, input: SessionInputT) {
  const council = await repo.findEmulationCouncil(ctx.db, input.councilId);
  if (!council) throw errors.field('councilId', 'Không tìm thấy Hội đồng Thi đua – Khen thưởng.');
  if (!runsAgency(actor, council.agency_id)) throw errors.forbidden('mở phiên họp của Hội đồng này');
  const members = await repo.membersOf(ctx.db, [council.id]);
  if (members.length === 0) throw errors.field('councilId', 'Hội đồng chưa có thành viên.');
  const quorum = input.quorum ?? defaultQuorum(members.length);
  if (quorum > members.length)
    throw errors.field(
      'quorum',
      `Số thành viên tối thiểu (${quorum}) vượt số thành viên Hội đồng (${members.length}).`,
    );
  const id = await ctx.db.transaction().execute(async (trx) => {
    const sid = await repo.insertSession(trx, {
      council_id: council.id,
      agency_id: council.agency_id,
      year: input.year,
      held_on: input.heldOn ?? null,
      place: input.place ?? null,
      member_count: members.length,
      quorum,
    });
    await repo.insertRound(trx, { session_id: sid, round_no: 1, reason: null, status: 'open' });
    await repo.replaceAttendance(
      trx,
      sid,
      members.map((m) => ({ memberId: m.id, status: 'present', note: null })),
    );
    await defaultQuotas(trx, sid, council.agency_id, input.year);
    await writeAudit(
      trx,
      auditBy(actor, {
        action: 'create',
        entity: 'council_sessions',
        entityId: String(sid),
        agencyId: council.agency_id,
        summary: `Phiên họp bình xét năm ${input.year} của ${council.name}`,
        before: null,
        after: input,
      }),
    );
    return sid;
  });
  return getSession(ctx, actor, id);
}

export interface QuotaCounter {
  id: number;
  code: TitleCode;
  label: string;
  base: number;
  share: number | null;
  limit: number;
  /** Places after overrides (limit, or the last override's granted). */
  granted: number;
  used: number;
  basis: string;
  version: number;
  full: boolean;
  text: string;
  overrides: { id: number; granted: number; reason: string; at: Date }[];
}

/** Live counters per title (scope: the agency): "CSTĐCS: 6/6 đã dùng". */
export async function quotaCounters(db: Db, session: { id: number; agency_id: number; year: number }) {
  const [quotas, used, overrides] = await Promise.all([
    repo.quotasOf(db, session.id),
    repo.electedCounts(db, session.agency_id, session.year),
    repo.overridesOf(db, session.agency_id, session.year),
  ]);
  return quotas.map((q): QuotaCounter => {
    const o = overrides.filter((x) => x.target === q.code && x.unit_id === null);
    const granted = Math.max(q.quota_limit, ...o.map((x) => x.granted));
    const n = used.get(q.code) ?? 0;
    const over = n > q.quota_limit ? ` (vượt ${n - q.quota_limit}, có quyết định kèm lý do)` : '';
    return {
      id: q.id,
      code: q.code,
      label: titleLabel(q.code),
      base: q.base,
      share: q.share === null ? null : Number(q.share),
      limit: q.quota_limit,
      granted,
      used: n,
      basis: q.basis,
      version: q.version,
      full: n >= granted,
      text: `${titleShort(q.code)}: ${n}/${q.quota_limit} đã dùng${over}`,
      overrides: o.map((x) => ({ id: x.id, granted: x.granted, reason: x.reason, at: x.created_at })),
    };
  });
}

function eligibilitySummary(e: unknown): { status: string; text: string; citations: string[] } | null {
  if (!e || typeof e !== 'object') return null;
  const x = e as { status?: string; text?: string; citations?: string[] };
  return { status: x.status ?? 'needs-review', text: x.text ?? '', citations: x.citations ?? [] };
}

function candidateName(c: repo.CandidateRow): string {
  return c.person_name ?? c.unit_name ?? '';
}

export async function getSession(ctx: Ctx, actor: Actor, id: number) {
  return sessionDetail(ctx, await loadSession(ctx, actor, id, false), actor);
}

/** Everything about a session; `actor` null: no access check and no personal fields (documents for B). */
export async function sessionDetail(ctx: Pick<Ctx, 'db'>, session: repo.SessionRow, actor: Actor | null) {
  const id = session.id;
  const [members, attendance, rounds] = await Promise.all([
    repo.membersOf(ctx.db, [session.council_id]),
    repo.attendanceOf(ctx.db, id),
    repo.roundsOf(ctx.db, id),
  ]);
  const roundIds = rounds.map((r) => r.id);
  const [candidates, voters, quotas] = await Promise.all([
    repo.candidatesOfRounds(ctx.db, roundIds),
    repo.votersOf(ctx.db, roundIds),
    quotaCounters(ctx.db, session),
  ]);
  const paper = await repo.paperTalliesOf(
    ctx.db,
    candidates.map((c) => c.id),
  );
  const present = attendance.filter((a) => a.status === 'present').length;
  const written = attendance.filter((a) => a.status === 'absent-written').length;
  const me = actor ? (members.find((m) => isActorMember(actor, m)) ?? null) : null;
  const manage = actor !== null && runsAgency(actor, session.agency_id);
  const regime = pickRegime(session.year).id;
  return {
    session,
    regime,
    manage,
    mayOverride: manage && actor !== null && holdsPolicy(actor, 'councils:quota-override'),
    me: me ? { memberId: me.id, role: me.role } : null,
    members: members.map((m) => ({
      ...m,
      attendance: attendance.find((a) => a.member_id === m.id)?.status ?? 'absent',
      note: attendance.find((a) => a.member_id === m.id)?.note ?? null,
    })),
    present,
    written,
    quorumMet: present >= (session.quorum ?? 1),
    quotas,
    rounds: rounds.map((r) => {
      const own = candidates.filter((c) => c.round_id === r.id);
      const vs = voters.filter((v) => v.round_id === r.id);
      return {
        round: r,
        voted: vs.length,
        electronic: vs.filter((v) => v.channel === 'electronic').length,
        paperVoters: vs.filter((v) => v.channel === 'paper').length,
        votedMemberIds: vs.map((v) => v.member_id),
        iVoted: me !== null && vs.some((v) => v.member_id === me.id),
        tied: own.some((c) => (c.tally as { tied?: boolean } | null)?.tied === true),
        hasNext: rounds.some((x) => x.round_no === r.round_no + 1),
        candidates: own.map((c) => ({
          ...c,
          name: candidateName(c),
          eligibilitySummary: eligibilitySummary(c.eligibility),
          paper: paper.find((p) => p.candidate_id === c.id) ?? null,
        })),
      };
    }),
  };
}

export async function updateSession(
  ctx: Ctx,
  actor: Actor,
  id: number,
  input: {
    version: number;
    heldOn?: string | null | undefined;
    place?: string | null | undefined;
    quorum?: number | undefined;
    minutes?: string | null | undefined;
  },
) {
  const s = await loadSession(ctx, actor, id, true);
  if (input.quorum !== undefined && input.quorum > (s.member_count ?? 1))
    throw errors.field(
      'quorum',
      `Số thành viên tối thiểu không được vượt số thành viên Hội đồng (${s.member_count}).`,
    );
  await ctx.db.transaction().execute(async (trx) => {
    const v: Parameters<typeof repo.updateSession>[3] = {};
    if (input.heldOn !== undefined) v.held_on = input.heldOn;
    if (input.place !== undefined) v.place = input.place;
    if (input.quorum !== undefined) v.quorum = input.quorum;
    if (input.minutes !== undefined) v.minutes = input.minutes;
    if (!(await repo.updateSession(trx, id, input.version, v))) throw errors.conflict();
    await writeAudit(
      trx,
      auditBy(actor, {
        action: 'update',
        entity: 'council_sessions',
        entityId: String(id),
        agencyId: s.agency_id,
        summary: `Sửa thông tin phiên họp bình xét năm ${s.year}`,
        before: { held_on: s.held_on, place: s.place, quorum: s.quorum, minutes: s.minutes },
        after: input,
      }),
    );
  });
  return getSession(ctx, actor, id);
}

export async function setAttendance(
  ctx: Ctx,
  actor: Actor,
  id: number,
  input: {
    version: number;
    attendance: { memberId: number; status: repo.AttendanceStatus; note?: string | null | undefined }[];
  },
) {
  const s = await loadSession(ctx, actor, id, true);
  if (s.status === 'closed' || s.status === 'cancelled')
    throw errors.field('status', 'Phiên họp đã kết thúc, không sửa điểm danh được nữa.');
  const members = await repo.membersOf(ctx.db, [s.council_id]);
  const issues: FieldIssue[] = [];
  input.attendance.forEach((a, i) => {
    if (!members.some((m) => m.id === a.memberId))
      issues.push({ path: `attendance.${i}.memberId`, message: 'Không phải thành viên của Hội đồng này.' });
  });
  if (issues.length) throw errors.invalidInput(issues);
  const rounds = await repo.roundsOf(ctx.db, id);
  const voters = await repo.votersOf(
    ctx.db,
    rounds.map((r) => r.id),
  );
  for (const a of input.attendance) {
    if (a.status === 'absent' && voters.some((v) => v.member_id === a.memberId)) {
      const m = members.find((x) => x.id === a.memberId);
      throw errors.field(
        'attendance',
        `${m?.full_name ?? 'Thành viên'} đã bỏ phiếu, không ghi vắng mặt được.`,
      );
    }
  }
  await ctx.db.transaction().execute(async (trx) => {
    if (!(await repo.updateSession(trx, id, input.version, {}))) throw errors.conflict();
    const rows = members.map((m) => {
      const a = input.attendance.find((x) => x.memberId === m.id);
      return { memberId: m.id, status: a?.status ?? ('absent' as const), note: a?.note ?? null };
    });
    await repo.replaceAttendance(trx, id, rows);
    await writeAudit(
      trx,
      auditBy(actor, {
        action: 'attendance',
        entity: 'council_sessions',
        entityId: String(id),
        agencyId: s.agency_id,
        summary: `Điểm danh phiên họp bình xét năm ${s.year}: ${rows.filter((r) => r.status === 'present').length}/${rows.length} có mặt`,
        before: null,
        after: rows,
      }),
    );
  });
  return getSession(ctx, actor, id);
}

// ---------------------------------------------------------------- candidates

interface EligibilitySnapshot {
  status: string;
  regime: string;
  evaluatedOn: string;
  rules: string[];
  text: string;
  citations: string[];
  checks: { criterion: string; outcome: string; text: string; citation: string }[];
}

/** The engine's verdicts for people and titles, as frozen on the ballot. */
async function snapshots(
  ctx: Ctx,
  year: number,
  wanted: { personId: number; code: TitleCode }[],
): Promise<Map<string, EligibilitySnapshot>> {
  const out = new Map<string, EligibilitySnapshot>();
  const ids = uniq(wanted.map((w) => w.personId));
  if (ids.length === 0) return out;
  const evaluatedOn = todayIn(ctx.config.timeZone);
  const input = await buildEligibilityInput(ctx, ids, year);
  const output = evaluate(input);
  for (const w of wanted) {
    const r = output.results.find((x) => x.subject === `P${w.personId}` && x.target === w.code);
    if (!r) continue;
    const failing = r.checks.filter((c) => c.outcome !== 'met');
    const text =
      r.status === 'eligible'
        ? `Đủ điều kiện ${titleLabel(w.code)}.`
        : failing.map((c) => c.text).join(' ') || `Cần Hội đồng xem xét.`;
    out.set(`${w.personId}:${w.code}`, {
      status: r.status,
      regime: output.regime,
      evaluatedOn,
      rules: r.rules,
      text,
      citations: [...new Set(r.checks.map((c) => formatCitation(c.citation)))],
      checks: r.checks.map((c) => ({
        criterion: c.criterion,
        outcome: c.outcome,
        text: c.text,
        citation: formatCitation(c.citation),
      })),
    });
  }
  return out;
}

export interface CandidateInputT {
  code: TitleCode;
  personId?: number | null | undefined;
  unitId?: number | null | undefined;
}

async function firstRoundOpenForEdit(ctx: Ctx, s: { id: number; status: string }) {
  if (s.status !== 'planned')
    throw errors.field('status', 'Chỉ thêm, bớt người được đề nghị khi phiên họp chưa mở bỏ phiếu.');
  const round = (await repo.roundsOf(ctx.db, s.id)).find((r) => r.round_no === 1);
  if (!round) throw errors.notFound('vòng bỏ phiếu');
  return round;
}

/**
 * Validates new candidates and computes the engine's verdicts BEFORE the write transaction (the engine reads
 * through ctx.db; on PGlite's single connection a read inside the transaction would wait for it forever).
 * Also the verdicts of candidates already on the ballot without one (entered by the demo seed or before).
 */
async function prepareCandidates(
  ctx: Ctx,
  session: { id: number; agency_id: number; year: number },
  roundId: number,
  items: (CandidateInputT & { sourceId?: number | null })[],
) {
  const existing = await repo.candidatesOfRounds(ctx.db, [roundId]);
  const people = await repo.peopleOf(ctx.db, uniq(items.map((i) => i.personId)));
  const units = await repo.unitsOf(ctx.db, uniq(items.map((i) => i.unitId)));
  const issues: FieldIssue[] = [];
  const fresh: typeof items = [];
  items.forEach((it, i) => {
    if (!COUNCIL_TITLES.includes(it.code))
      issues.push({ path: `candidates.${i}.code`, message: 'Danh hiệu này không do Hội đồng bỏ phiếu.' });
    const isCollective = COLLECTIVE.has(it.code);
    if (isCollective) {
      const u = units.find((x) => x.id === it.unitId);
      if (!u || u.agency_id !== session.agency_id)
        issues.push({
          path: `candidates.${i}.unitId`,
          message: 'Danh hiệu tập thể cần một đơn vị của cơ quan.',
        });
    } else {
      const p = people.find((x) => x.id === it.personId);
      if (!p || p.agency_id !== session.agency_id)
        issues.push({
          path: `candidates.${i}.personId`,
          message: 'Danh hiệu cá nhân cần một cán bộ của cơ quan.',
        });
    }
    const dup = (x: { code: string; person_id?: number | null; unit_id?: number | null }) =>
      x.code === it.code && (isCollective ? x.unit_id === it.unitId : x.person_id === it.personId);
    if (
      existing.some((x) => dup(x)) ||
      fresh.some((x) => dup({ code: x.code, person_id: x.personId ?? null, unit_id: x.unitId ?? null }))
    )
      return;
    fresh.push(it);
  });
  if (issues.length) throw errors.invalidInput(issues);
  const lacking = existing.filter((c) => c.eligibility === null && c.person_id !== null);
  const snaps = await snapshots(ctx, session.year, [
    ...fresh
      .filter((f) => !COLLECTIVE.has(f.code) && f.personId)
      .map((f) => ({ personId: f.personId!, code: f.code })),
    ...lacking.map((c) => ({ personId: c.person_id!, code: c.code as TitleCode })),
  ]);
  let pos = existing.reduce((m, c) => Math.max(m, c.position), 0);
  const refresh = lacking.flatMap((c) => {
    const snap = snaps.get(`${c.person_id}:${c.code}`);
    return snap ? [{ id: c.id, eligibility: JSON.stringify(snap) }] : [];
  });
  const rows = fresh.map((f) => {
    const collective = COLLECTIVE.has(f.code);
    const snap = collective ? undefined : snaps.get(`${f.personId}:${f.code}`);
    return {
      round_id: roundId,
      position: ++pos,
      code: f.code,
      subject_kind: collective ? ('unit' as const) : ('person' as const),
      person_id: collective ? null : (f.personId ?? null),
      unit_id: collective ? (f.unitId ?? null) : null,
      eligibility: snap ? JSON.stringify(snap) : null,
      source_id: f.sourceId ?? null,
    };
  });
  return { rows, refresh };
}

async function writeCandidates(trx: Db, prepared: Awaited<ReturnType<typeof prepareCandidates>>) {
  await repo.insertCandidates(trx, prepared.rows);
  for (const r of prepared.refresh) await repo.setEligibility(trx, r.id, r.eligibility);
  return prepared.rows.length;
}

export async function addCandidates(ctx: Ctx, actor: Actor, sessionId: number, items: CandidateInputT[]) {
  const s = await loadSession(ctx, actor, sessionId, true);
  const round = await firstRoundOpenForEdit(ctx, s);
  const prepared = await prepareCandidates(ctx, s, round.id, items);
  await ctx.db.transaction().execute(async (trx) => {
    const n = await writeCandidates(trx, prepared);
    await writeAudit(
      trx,
      auditBy(actor, {
        action: 'candidates',
        entity: 'council_sessions',
        entityId: String(sessionId),
        agencyId: s.agency_id,
        summary: `Đưa ${n} người/tập thể vào danh sách bỏ phiếu bình xét năm ${s.year}`,
        before: null,
        after: items,
      }),
    );
  });
  return getSession(ctx, actor, sessionId);
}

export async function removeCandidate(ctx: Ctx, actor: Actor, candidateId: number, version: number) {
  const c = await repo.findCandidate(ctx.db, candidateId);
  if (!c) throw errors.notFound('người được đề nghị');
  const s = await loadSession(ctx, actor, c.session_id, true);
  await firstRoundOpenForEdit(ctx, s);
  await ctx.db.transaction().execute(async (trx) => {
    if (!(await repo.deleteCandidate(trx, candidateId, version))) throw errors.conflict();
    await writeAudit(
      trx,
      auditBy(actor, {
        action: 'delete',
        entity: 'council_candidates',
        entityId: String(candidateId),
        agencyId: s.agency_id,
        summary: `Bỏ khỏi danh sách bỏ phiếu: ${titleLabel(c.code)}`,
        before: { code: c.code, person_id: c.person_id, unit_id: c.unit_id },
        after: null,
      }),
    );
  });
  return getSession(ctx, actor, s.id);
}

/** The units' proposals (unit meetings submitted for the year) become the session's candidates. */
export async function importProposals(ctx: Ctx, actor: Actor, sessionId: number) {
  const s = await loadSession(ctx, actor, sessionId, true);
  const round = await firstRoundOpenForEdit(ctx, s);
  const proposed = (await repo.proposedOfYear(ctx.db, s.agency_id, s.year)).filter((p) =>
    COUNCIL_TITLES.includes(p.code as TitleCode),
  );
  let added = 0;
  const prepared = await prepareCandidates(
    ctx,
    s,
    round.id,
    proposed.map((p) => ({
      code: p.code as TitleCode,
      personId: p.person_id,
      unitId: p.unit_id,
      sourceId: p.id,
    })),
  );
  await ctx.db.transaction().execute(async (trx) => {
    added = await writeCandidates(trx, prepared);
    await repo.acceptUnitMeetings(trx, uniq(proposed.map((p) => p.meeting_id)));
    await writeAudit(
      trx,
      auditBy(actor, {
        action: 'import-proposals',
        entity: 'council_sessions',
        entityId: String(sessionId),
        agencyId: s.agency_id,
        summary: `Nhận ${added} đề nghị từ các cuộc họp bình xét ở đơn vị năm ${s.year}`,
        before: null,
        after: { candidates: proposed.map((p) => p.id) },
      }),
    );
  });
  return { added, session: await getSession(ctx, actor, sessionId) };
}

export async function setQuota(
  ctx: Ctx,
  actor: Actor,
  sessionId: number,
  input: {
    code: TitleCode;
    base: number;
    share: number | null;
    limit?: number | undefined;
    basis: string;
    version?: number | undefined;
  },
) {
  const s = await loadSession(ctx, actor, sessionId, true);
  const limit = input.limit ?? (input.share === null ? null : quotaLimit(input.share, input.base, 'floor'));
  if (limit === null) throw errors.field('limit', 'Hãy nhập chỉ tiêu hoặc tỷ lệ.');
  const exists = (await repo.quotasOf(ctx.db, sessionId)).find((q) => q.code === input.code);
  await ctx.db.transaction().execute(async (trx) => {
    const ok = await repo.upsertQuota(
      trx,
      {
        session_id: sessionId,
        code: input.code,
        base: input.base,
        share: input.share,
        quota_limit: limit,
        basis: input.basis,
      },
      exists ? (input.version ?? -1) : null,
    );
    if (!ok) throw errors.conflict();
    await writeAudit(
      trx,
      auditBy(actor, {
        action: 'quota',
        entity: 'council_sessions',
        entityId: String(sessionId),
        agencyId: s.agency_id,
        summary: `Chỉ tiêu ${titleShort(input.code)} năm ${s.year}: ${limit} (cơ sở tính ${input.base})`,
        before: exists ?? null,
        after: { ...input, limit },
      }),
    );
  });
  return getSession(ctx, actor, sessionId);
}

// ---------------------------------------------------------------- voting

export async function openVoting(ctx: Ctx, actor: Actor, sessionId: number, version: number) {
  const s = await loadSession(ctx, actor, sessionId, true);
  if (s.status !== 'planned') throw errors.field('status', 'Phiên họp đã mở bỏ phiếu hoặc đã kết thúc.');
  const d = await getSession(ctx, actor, sessionId);
  if (!d.quorumMet)
    throw errors.field(
      'attendance',
      `Chưa đủ số thành viên dự họp: ${d.present}/${s.member_count} có mặt, cần ít nhất ${s.quorum}.`,
    );
  if ((d.rounds[0]?.candidates.length ?? 0) === 0)
    throw errors.field('candidates', 'Chưa có người, tập thể nào trong danh sách bỏ phiếu.');
  await ctx.db.transaction().execute(async (trx) => {
    if (!(await repo.updateSession(trx, sessionId, version, { status: 'open' }))) throw errors.conflict();
    await writeAudit(
      trx,
      auditBy(actor, {
        action: 'open-voting',
        entity: 'council_sessions',
        entityId: String(sessionId),
        agencyId: s.agency_id,
        summary: `Mở bỏ phiếu kín bình xét năm ${s.year} (${d.present}/${s.member_count} thành viên có mặt)`,
        before: { status: s.status },
        after: { status: 'open' },
      }),
    );
  });
  return getSession(ctx, actor, sessionId);
}

/** Open rounds the user may vote in, with the ballot paper. */
export async function myBallots(ctx: Ctx, actor: Actor) {
  const sessions = await repo.listSessions(ctx.db, 'all', undefined, {
    userId: actor.userId,
    personId: actor.personId,
  });
  const open = sessions.filter((s) => s.status === 'open');
  const members = await repo.membersOf(ctx.db, uniq(open.map((s) => s.council_id)));
  const out = [];
  for (const s of open) {
    const me = members.find((m) => m.council_id === s.council_id && isActorMember(actor, m));
    if (!me) continue;
    const [rounds, attendance] = await Promise.all([
      repo.roundsOf(ctx.db, s.id),
      repo.attendanceOf(ctx.db, s.id),
    ]);
    const round = rounds.find((r) => r.status === 'open');
    if (!round) continue;
    const [candidates, voters] = await Promise.all([
      repo.candidatesOfRounds(ctx.db, [round.id]),
      repo.votersOf(ctx.db, [round.id]),
    ]);
    out.push({
      sessionId: s.id,
      councilName: s.council_name,
      year: s.year,
      heldOn: s.held_on,
      place: s.place,
      roundId: round.id,
      roundNo: round.round_no,
      reason: round.reason,
      memberId: me.id,
      attendance: attendance.find((a) => a.member_id === me.id)?.status ?? 'absent',
      voted: voters.some((v) => v.member_id === me.id),
      candidates: candidates.map((c) => ({
        id: c.id,
        code: c.code,
        title: titleLabel(c.code),
        name: candidateName(c),
        position: c.person_position,
        unitName: c.person_unit_name ?? c.unit_name,
        eligibility: eligibilitySummary(c.eligibility),
      })),
    });
  }
  return out;
}

export async function castBallot(
  ctx: Ctx,
  actor: Actor,
  roundId: number,
  choices: { candidateId: number; choice: repo.Choice }[],
): Promise<{ receipt: string; roundNo: number; sessionId: number }> {
  const round = await repo.findRound(ctx.db, roundId);
  if (!round) throw errors.notFound('vòng bỏ phiếu');
  const s = await repo.findSession(ctx.db, round.session_id);
  if (!s) throw errors.notFound('phiên họp');
  const members = await repo.membersOf(ctx.db, [s.council_id]);
  const me = members.find((m) => isActorMember(actor, m));
  if (!me) throw councilErrors.notMember();
  if (s.status !== 'open' || round.status !== 'open')
    throw errors.field('round', 'Vòng bỏ phiếu này chưa mở hoặc đã kết thúc.');
  const att = (await repo.attendanceOf(ctx.db, s.id)).find((a) => a.member_id === me.id);
  if (!att || att.status === 'absent')
    throw errors.field('attendance', 'Bạn được ghi vắng mặt ở phiên họp này nên không bỏ phiếu được.');
  const candidates = await repo.candidatesOfRounds(ctx.db, [roundId]);
  const issues: FieldIssue[] = [];
  const seen = new Set<number>();
  choices.forEach((c, i) => {
    if (!candidates.some((k) => k.id === c.candidateId))
      issues.push({
        path: `choices.${i}.candidateId`,
        message: 'Người này không có trong phiếu bầu của vòng.',
      });
    if (seen.has(c.candidateId))
      issues.push({
        path: `choices.${i}.candidateId`,
        message: 'Mỗi người chỉ được chọn một lần trên phiếu.',
      });
    seen.add(c.candidateId);
  });
  const missing = candidates.filter((k) => !seen.has(k.id));
  if (missing.length)
    issues.push({
      path: 'choices',
      message: `Phiếu chưa ghi ý kiến cho ${missing.length} người: ${missing.map((m) => candidateName(m)).join(', ')}.`,
    });
  if (issues.length) throw errors.invalidInput(issues);
  const receipt = repo.newReceipt();
  await ctx.db.transaction().execute(async (trx) => {
    const ok = await repo.castBallot(trx, roundId, me.id, receipt.hash, choices);
    if (!ok) throw councilErrors.alreadyVoted();
    // THAT the member voted, never what, nor the ballot or the receipt.
    await writeAudit(
      trx,
      auditBy(actor, {
        action: 'vote',
        entity: 'council_rounds',
        entityId: String(roundId),
        agencyId: s.agency_id,
        summary: `Thành viên Hội đồng đã bỏ phiếu kín (vòng ${round.round_no}, bình xét năm ${s.year})`,
        before: null,
        after: { memberId: me.id, channel: 'electronic' },
      }),
    );
  });
  return { receipt: receipt.token, roundNo: round.round_no, sessionId: s.id };
}

/** "Kiểm tra phiếu": the voter's receipt shows the ballot stored, its choices, and whether it was counted. */
export async function verifyReceipt(ctx: Ctx, receipt: string) {
  const token = receipt.trim();
  if (!/^[A-Za-z0-9_-]{20,64}$/.test(token)) throw errors.field('receipt', 'Mã biên nhận không hợp lệ.');
  const b = await repo.ballotByReceipt(ctx.db, repo.receiptHash(token));
  if (!b) throw errors.notFound('phiếu có mã biên nhận này');
  const s = await repo.findSession(ctx.db, b.session_id);
  return {
    sessionId: b.session_id,
    councilName: s?.council_name ?? '',
    year: b.year,
    roundNo: b.round_no,
    counted: b.round_status === 'closed',
    text:
      b.round_status === 'closed'
        ? `Phiếu của bạn đã được lưu và đã được tính khi kiểm phiếu vòng ${b.round_no}.`
        : `Phiếu của bạn đã được lưu; vòng ${b.round_no} chưa kiểm phiếu.`,
    choices: b.choices.map((c) => ({
      candidateId: c.candidate_id,
      code: c.code,
      title: titleLabel(c.code),
      name: c.full_name ?? c.unit_name ?? '',
      choice: c.choice,
      choiceLabel: CHOICE_LABELS[c.choice],
    })),
  };
}

export async function enterPaper(
  ctx: Ctx,
  actor: Actor,
  roundId: number,
  input: {
    memberIds: number[];
    tallies: { candidateId: number; yes: number; no: number; abstain: number; invalid: number }[];
    note?: string | null | undefined;
  },
) {
  const round = await repo.findRound(ctx.db, roundId);
  if (!round) throw errors.notFound('vòng bỏ phiếu');
  const s = await loadSession(ctx, actor, round.session_id, true);
  if (s.status !== 'open' || round.status !== 'open')
    throw errors.field('round', 'Chỉ nhập phiếu giấy khi vòng bỏ phiếu đang mở.');
  const [members, attendance, candidates, voters] = await Promise.all([
    repo.membersOf(ctx.db, [s.council_id]),
    repo.attendanceOf(ctx.db, s.id),
    repo.candidatesOfRounds(ctx.db, [roundId]),
    repo.votersOf(ctx.db, [roundId]),
  ]);
  const issues: FieldIssue[] = [];
  const ids = [...new Set(input.memberIds)];
  if (ids.length === 0)
    issues.push({ path: 'memberIds', message: 'Hãy chọn các thành viên đã nộp phiếu giấy.' });
  ids.forEach((id, i) => {
    const m = members.find((x) => x.id === id);
    if (!m) issues.push({ path: `memberIds.${i}`, message: 'Không phải thành viên của Hội đồng này.' });
    else if (voters.some((v) => v.member_id === id))
      issues.push({
        path: `memberIds.${i}`,
        message: `${m.full_name ?? 'Thành viên'} đã bỏ phiếu ở vòng này.`,
      });
    else if ((attendance.find((a) => a.member_id === id)?.status ?? 'absent') === 'absent')
      issues.push({
        path: `memberIds.${i}`,
        message: `${m.full_name ?? 'Thành viên'} vắng mặt, không có phiếu.`,
      });
  });
  if (voters.some((v) => v.channel === 'paper'))
    issues.push({ path: 'tallies', message: 'Phiếu giấy của vòng này đã được nhập.' });
  const n = ids.length;
  for (const k of candidates) {
    const i = input.tallies.findIndex((t) => t.candidateId === k.id);
    const t = input.tallies[i];
    if (!t) {
      issues.push({ path: 'tallies', message: `Thiếu số phiếu giấy của ${candidateName(k)}.` });
      continue;
    }
    if (t.yes + t.no + t.abstain + t.invalid !== n)
      issues.push({
        path: `tallies.${i}`,
        message: `${candidateName(k)}: tổng số phiếu (${t.yes + t.no + t.abstain + t.invalid}) phải bằng số phiếu giấy đã nộp (${n}).`,
      });
  }
  if (issues.length) throw errors.invalidInput(issues);
  await ctx.db.transaction().execute(async (trx) => {
    const marked = await repo.markPaperVoters(trx, roundId, ids);
    if (marked !== n) throw councilErrors.alreadyVoted();
    await repo.replacePaperTallies(
      trx,
      input.tallies
        .filter((t) => candidates.some((k) => k.id === t.candidateId))
        .map((t) => ({
          candidate_id: t.candidateId,
          ballots_count: n,
          yes_count: t.yes,
          no_count: t.no,
          abstain_count: t.abstain,
          invalid_count: t.invalid,
          entered_by: actor.userId,
          note: input.note ?? null,
        })),
    );
    await writeAudit(
      trx,
      auditBy(actor, {
        action: 'paper-ballots',
        entity: 'council_rounds',
        entityId: String(roundId),
        agencyId: s.agency_id,
        summary: `Thư ký nhập kết quả ${n} phiếu giấy (vòng ${round.round_no}, bình xét năm ${s.year})`,
        before: null,
        after: input,
      }),
    );
  });
  return getSession(ctx, actor, s.id);
}

// ---------------------------------------------------------------- tally

export interface CandidateTally {
  candidateId: number;
  code: TitleCode;
  electronic: { yes: number; no: number; abstain: number };
  paper: { ballots: number; yes: number; no: number; abstain: number; invalid: number } | null;
  yes: number;
  no: number;
  abstain: number;
  ballots: number;
  members: number;
  present: number;
  regime: string;
  passedThreshold: boolean;
  required: number;
  base: number;
  share: number;
  thresholdBase: 'members' | 'present';
  percent: number;
  rule: string;
  citation: string;
  text: string;
  unverified: boolean;
  slots: number | null;
  rank: number | null;
  tied: boolean;
  result: repo.CandidateResult;
}

/**
 * The round's result from the stored ballots and paper counts: each candidate against the threshold of its
 * title and regime (domain `tally`), then the passed ranked by votes within the title's free places; a tie
 * across the last place leaves the tied candidates for a further round.
 * `slotsOf` gives the free places of a title (null: no quota).
 */
export async function computeRound(
  db: Db,
  session: { id: number; year: number; member_count: number | null },
  roundId: number,
  slotsOf: (code: TitleCode) => number | null,
): Promise<CandidateTally[]> {
  const [candidates, electronic, attendance, ballots, voters] = await Promise.all([
    repo.candidatesOfRounds(db, [roundId]),
    repo.electronicCounts(db, roundId),
    repo.attendanceOf(db, session.id),
    repo.countBallots(db, roundId),
    repo.votersOf(db, [roundId]),
  ]);
  const paper = await repo.paperTalliesOf(
    db,
    candidates.map((c) => c.id),
  );
  const members = session.member_count ?? 1;
  const present = attendance.filter((a) => a.status === 'present').length;
  const paperBallots = voters.filter((v) => v.channel === 'paper').length;
  const regime = pickRegime(session.year).id;
  const rows: (CandidateTally & { t: TallyResult })[] = candidates.map((c) => {
    const e = electronic.get(c.id) ?? { yes: 0, no: 0, abstain: 0 };
    const p = paper.find((x) => x.candidate_id === c.id);
    const yes = e.yes + (p?.yes_count ?? 0);
    const no = e.no + (p?.no_count ?? 0);
    const abstain = e.abstain + (p?.abstain_count ?? 0);
    const t = tally({ target: c.code as TargetCode, regime, members, present, yes, secretBallot: true });
    return {
      candidateId: c.id,
      code: c.code as TitleCode,
      electronic: e,
      paper: p
        ? {
            ballots: p.ballots_count,
            yes: p.yes_count,
            no: p.no_count,
            abstain: p.abstain_count,
            invalid: p.invalid_count,
          }
        : null,
      yes,
      no,
      abstain,
      ballots: ballots + paperBallots,
      members,
      present,
      regime,
      passedThreshold: t.passed,
      required: t.required,
      base: t.base,
      share: t.threshold.share,
      thresholdBase: t.threshold.base,
      percent: t.base > 0 ? Math.round((yes / t.base) * 10000) / 100 : 0,
      rule: t.rule,
      citation: formatCitation(t.citation),
      text: t.text,
      unverified: t.unverified,
      slots: null,
      rank: null,
      tied: false,
      result: t.passed ? 'passed' : 'failed',
      t,
    };
  });
  for (const code of new Set(rows.map((r) => r.code))) {
    const passed = rows.filter((r) => r.code === code && r.passedThreshold).sort((a, b) => b.yes - a.yes);
    const slots = slotsOf(code);
    passed.forEach((r, i) => {
      r.rank = i + 1;
      r.slots = slots;
    });
    if (slots === null || passed.length <= slots) continue;
    // The quota binds: the last place's vote count decides; those above it are in, below it out, and a tie
    // across the last place goes to a further round among the tied.
    const cut = slots > 0 ? passed[slots - 1]!.yes : Infinity;
    const above = passed.filter((r) => r.yes > cut);
    const at = passed.filter((r) => r.yes === cut);
    for (const r of passed) {
      if (r.yes > cut) r.result = 'passed';
      else if (r.yes === cut && above.length + at.length <= slots) r.result = 'passed';
      else {
        r.result = 'passed-over-quota';
        r.tied = r.yes === cut;
      }
    }
  }
  return rows.map(({ t: _t, ...r }) => r);
}

async function freeSlots(db: Db, session: { id: number; agency_id: number; year: number }, roundId: number) {
  const counters = await quotaCounters(db, session);
  const inRound = (await repo.candidatesOfRounds(db, [roundId])).filter((c) => c.result === 'passed');
  return (code: TitleCode): number | null => {
    const q = counters.find((x) => x.code === code);
    if (!q) return null;
    const mine = inRound.filter((c) => c.code === code).length;
    return Math.max(0, q.granted - (q.used - mine));
  };
}

export async function closeRound(ctx: Ctx, actor: Actor, roundId: number, version: number) {
  const round = await repo.findRound(ctx.db, roundId);
  if (!round) throw errors.notFound('vòng bỏ phiếu');
  const s = await loadSession(ctx, actor, round.session_id, true);
  if (s.status !== 'open' || round.status !== 'open')
    throw errors.field('round', 'Vòng bỏ phiếu chưa mở hoặc đã kiểm phiếu.');
  const attendance = await repo.attendanceOf(ctx.db, s.id);
  const present = attendance.filter((a) => a.status === 'present').length;
  if (present < (s.quorum ?? 1))
    throw errors.field(
      'attendance',
      `Không đủ số thành viên dự họp (${present}/${s.member_count}, cần ${s.quorum}).`,
    );
  const voters = await repo.votersOf(ctx.db, [roundId]);
  if (voters.length === 0) throw errors.field('round', 'Chưa có phiếu nào, chưa kiểm phiếu được.');
  let rows: CandidateTally[] = [];
  await ctx.db.transaction().execute(async (trx) => {
    const slots = await freeSlots(trx, s, roundId);
    rows = await computeRound(trx, s, roundId, slots);
    for (const r of rows) {
      await repo.setCandidateResult(trx, r.candidateId, {
        yes_count: r.yes,
        no_count: r.no,
        abstain_count: r.abstain,
        threshold_base: r.thresholdBase,
        threshold_share: r.share,
        result: r.result,
        tally: JSON.stringify(r),
      });
    }
    if (!(await repo.closeRound(trx, roundId, version))) throw errors.conflict();
    await writeAudit(
      trx,
      auditBy(actor, {
        action: 'close-round',
        entity: 'council_rounds',
        entityId: String(roundId),
        agencyId: s.agency_id,
        summary: `Kiểm phiếu vòng ${round.round_no} bình xét năm ${s.year}: ${rows.filter((r) => r.result === 'passed').length} đạt, ${voters.length} phiếu`,
        before: null,
        after: rows.map((r) => ({
          candidateId: r.candidateId,
          yes: r.yes,
          no: r.no,
          abstain: r.abstain,
          result: r.result,
        })),
      }),
    );
  });
  return getSession(ctx, actor, s.id);
}

/** "Kiểm phiếu lại": recompute from the stored ballots and paper counts and compare with the stored result. */
export async function recount(ctx: Ctx, actor: Actor, roundId: number) {
  const round = await repo.findRound(ctx.db, roundId);
  if (!round) throw errors.notFound('vòng bỏ phiếu');
  const s = await loadSession(ctx, actor, round.session_id, false);
  if (round.status !== 'closed') throw errors.field('round', 'Vòng này chưa kiểm phiếu.');
  const stored = await repo.candidatesOfRounds(ctx.db, [roundId]);
  // The free places are those recorded at the count, so the ranking is reproduced as it was then.
  const slotsAtCount = new Map<string, number | null>();
  for (const c of stored) {
    const recorded = (c.tally as { slots?: number | null } | null)?.slots;
    if (recorded !== undefined && recorded !== null) slotsAtCount.set(c.code, recorded);
  }
  const fresh = await computeRound(ctx.db, s, roundId, (code) => slotsAtCount.get(code) ?? null);
  const differences: {
    candidateId: number;
    name: string;
    field: string;
    stored: string;
    recomputed: string;
  }[] = [];
  for (const f of fresh) {
    const c = stored.find((x) => x.id === f.candidateId)!;
    const expected: repo.CandidateResult =
      c.quota_override_id !== null && f.result === 'passed-over-quota' ? 'passed' : f.result;
    const pairs: [string, unknown, unknown][] = [
      ['yes', c.yes_count, f.yes],
      ['no', c.no_count, f.no],
      ['abstain', c.abstain_count, f.abstain],
      ['result', c.result, expected],
    ];
    for (const [field, a, b] of pairs)
      if (a !== b)
        differences.push({
          candidateId: c.id,
          name: candidateName(c),
          field,
          stored: String(a),
          recomputed: String(b),
        });
  }
  const ballots = await repo.countBallots(ctx.db, roundId);
  const paperBallots = (await repo.votersOf(ctx.db, [roundId])).filter((v) => v.channel === 'paper').length;
  return {
    roundId,
    roundNo: round.round_no,
    ballots,
    matches: differences.length === 0,
    text:
      differences.length === 0
        ? `Kiểm phiếu lại vòng ${round.round_no} từ ${ballots} phiếu điện tử và ${paperBallots} phiếu giấy: cùng kết quả đã lưu.`
        : `Kiểm phiếu lại vòng ${round.round_no}: ${differences.length} chỗ khác với kết quả đã lưu.`,
    differences,
    tallies: fresh,
  };
}

export async function nextRound(ctx: Ctx, actor: Actor, roundId: number) {
  const round = await repo.findRound(ctx.db, roundId);
  if (!round) throw errors.notFound('vòng bỏ phiếu');
  const s = await loadSession(ctx, actor, round.session_id, true);
  if (round.status !== 'closed') throw errors.field('round', 'Hãy kiểm phiếu vòng này trước.');
  const rounds = await repo.roundsOf(ctx.db, s.id);
  if (rounds.some((r) => r.round_no > round.round_no))
    throw errors.field('round', 'Đã có vòng bỏ phiếu tiếp theo.');
  const tied = (await repo.candidatesOfRounds(ctx.db, [roundId])).filter(
    (c) => (c.tally as { tied?: boolean } | null)?.tied === true,
  );
  if (tied.length === 0)
    throw errors.field('round', 'Không có người bằng phiếu nhau ở vị trí cuối chỉ tiêu.');
  const slots = await freeSlots(ctx.db, s, roundId);
  const codes = [...new Set(tied.map((c) => c.code))];
  const reason = codes
    .map((code) => {
      const n = tied.filter((t) => t.code === code).length;
      return `${titleShort(code)}: ${n} người bằng phiếu, còn ${slots(code as TitleCode) ?? 0} chỉ tiêu`;
    })
    .join('; ');
  let newId = 0;
  await ctx.db.transaction().execute(async (trx) => {
    newId = await repo.insertRound(trx, {
      session_id: s.id,
      round_no: round.round_no + 1,
      reason,
      status: 'open',
    });
    await repo.insertCandidates(
      trx,
      tied.map((c, i) => ({
        round_id: newId,
        position: i + 1,
        code: c.code as TitleCode,
        subject_kind: c.subject_kind === 'unit' ? 'unit' : 'person',
        person_id: c.person_id,
        unit_id: c.unit_id,
        eligibility: c.eligibility === null ? null : JSON.stringify(c.eligibility),
        source_id: c.source_id,
      })),
    );
    await writeAudit(
      trx,
      auditBy(actor, {
        action: 'next-round',
        entity: 'council_sessions',
        entityId: String(s.id),
        agencyId: s.agency_id,
        summary: `Mở vòng bỏ phiếu ${round.round_no + 1}: ${reason}`,
        before: null,
        after: { candidates: tied.map((c) => c.id) },
      }),
    );
  });
  return getSession(ctx, actor, s.id);
}

/**
 * Elect a candidate who reached the threshold but fell outside the quota: within free places (e.g. a place
 * freed later) it is a plain decision; beyond the quota only a user holding councils:quota-override may do
 * it, with a reason (a quota_overrides row and an audit entry).
 */
export async function elect(
  ctx: Ctx,
  actor: Actor,
  candidateId: number,
  input: { version: number; reason?: string | null | undefined },
) {
  const c = await repo.findCandidate(ctx.db, candidateId);
  if (!c) throw errors.notFound('người được đề nghị');
  const s = await loadSession(ctx, actor, c.session_id, true);
  if (c.round_status !== 'closed' || c.result !== 'passed-over-quota')
    throw errors.field('result', 'Chỉ công nhận thêm người đã đạt ngưỡng phiếu nhưng ngoài chỉ tiêu.');
  const q = (await quotaCounters(ctx.db, s)).find((x) => x.code === c.code);
  const reason = input.reason?.trim() ?? '';
  const beyond = q !== undefined && q.used >= q.granted;
  if (beyond) {
    if (!reason)
      throw errors.field(
        'reason',
        `${q.text}. Công nhận vượt chỉ tiêu phải do người có thẩm quyền quyết định và ghi rõ lý do.`,
      );
    if (!holdsPolicy(actor, 'councils:quota-override')) throw errors.forbidden('quyết định vượt chỉ tiêu');
  }
  await ctx.db.transaction().execute(async (trx) => {
    let overrideId: number | null = null;
    if (beyond && q) {
      overrideId = await repo.insertQuotaOverride(trx, {
        agency_id: s.agency_id,
        year: s.year,
        target: c.code as TitleCode,
        unit_id: null,
        base: q.base,
        quota_limit: q.limit,
        granted: q.used + 1,
        reason,
        overridden_by: actor.userId,
      });
    }
    if (!(await repo.electOverQuota(trx, candidateId, input.version, overrideId))) throw errors.conflict();
    await writeAudit(
      trx,
      auditBy(actor, {
        action: beyond ? 'quota-override' : 'elect',
        entity: 'council_candidates',
        entityId: String(candidateId),
        agencyId: s.agency_id,
        summary: beyond
          ? `Công nhận vượt chỉ tiêu ${titleShort(c.code)} (${q!.used + 1}/${q!.limit}): ${reason}`
          : `Công nhận ${titleShort(c.code)} trong chỉ tiêu còn lại`,
        before: { result: c.result },
        after: { result: 'passed', reason: reason || null, overrideId },
      }),
    );
  });
  return getSession(ctx, actor, s.id);
}

export async function closeSession(ctx: Ctx, actor: Actor, sessionId: number, version: number) {
  const s = await loadSession(ctx, actor, sessionId, true);
  if (s.status !== 'open') throw errors.field('status', 'Phiên họp chưa mở bỏ phiếu hoặc đã kết thúc.');
  const rounds = await repo.roundsOf(ctx.db, sessionId);
  if (rounds.some((r) => r.status === 'open'))
    throw errors.field('round', 'Còn vòng bỏ phiếu chưa kiểm phiếu.');
  await ctx.db.transaction().execute(async (trx) => {
    if (!(await repo.updateSession(trx, sessionId, version, { status: 'closed' }))) throw errors.conflict();
    await writeAudit(
      trx,
      auditBy(actor, {
        action: 'close',
        entity: 'council_sessions',
        entityId: String(sessionId),
        agencyId: s.agency_id,
        summary: `Kết thúc phiên họp bình xét năm ${s.year}`,
        before: { status: s.status },
        after: { status: 'closed' },
      }),
    );
  });
  return getSession(ctx, actor, sessionId);
}

// ---------------------------------------------------------------- results for proposals (engineer B)

export interface ElectedCandidate {
  candidateId: number;
  sessionId: number;
  roundNo: number;
  code: TitleCode;
  subjectKind: 'person' | 'unit';
  personId: number | null;
  unitId: number | null;
  name: string;
  yes: number;
  no: number;
  abstain: number;
  ballots: number;
  members: number;
  present: number;
  /** yes / threshold base, in percent. */
  percent: number;
  thresholdBase: 'members' | 'present' | null;
  thresholdShare: number | null;
  overQuotaReason: string | null;
}

/** Who the session elected (result passed, any round), with the vote figures. No access check: the caller's. */
export async function electedCandidates(
  ctx: Pick<Ctx, 'db'>,
  sessionId: number,
): Promise<ElectedCandidate[]> {
  const rounds = await repo.roundsOf(ctx.db, sessionId);
  const all = await repo.candidatesOfRounds(
    ctx.db,
    rounds.map((r) => r.id),
  );
  return all
    .filter((c) => c.result === 'passed')
    .map((c) => {
      const t = (c.tally ?? {}) as Partial<CandidateTally>;
      return {
        candidateId: c.id,
        sessionId,
        roundNo: rounds.find((r) => r.id === c.round_id)?.round_no ?? 1,
        code: c.code as TitleCode,
        subjectKind: c.subject_kind === 'unit' ? 'unit' : 'person',
        personId: c.person_id,
        unitId: c.unit_id,
        name: candidateName(c),
        yes: c.yes_count ?? 0,
        no: c.no_count ?? 0,
        abstain: c.abstain_count ?? 0,
        ballots: t.ballots ?? 0,
        members: t.members ?? 0,
        present: t.present ?? 0,
        percent: t.percent ?? 0,
        thresholdBase: (c.threshold_base as 'members' | 'present' | null) ?? null,
        thresholdShare: c.threshold_share === null ? null : Number(c.threshold_share),
        overQuotaReason: c.override_reason,
      };
    });
}

/** Sessions of an agency and year (for proposals to pick the minutes from). No access check. */
export async function sessionsOfAgencyYear(ctx: Pick<Ctx, 'db'>, agencyId: number, year: number) {
  return repo.listSessions(ctx.db, [agencyId], year);
}

// ---------------------------------------------------------------- unit meetings

function unitMeetingScope(a: Actor): { agencyIds: number[] | 'all'; unitIds: number[] } {
  if (isAdmin(a)) return { agencyIds: 'all', unitIds: [] };
  return {
    agencyIds: uniq(a.roles.filter((g) => g.role === 'officer').map((g) => g.agencyId ?? a.agencyId)),
    unitIds: uniq(a.roles.filter((g) => g.role === 'unit-head').map((g) => g.unitId)),
  };
}

function mayWriteMeeting(a: Actor, m: { agency_id: number; unit_id: number }): boolean {
  const s = unitMeetingScope(a);
  return s.agencyIds === 'all' || s.agencyIds.includes(m.agency_id) || s.unitIds.includes(m.unit_id);
}

export async function listUnitMeetings(ctx: Ctx, actor: Actor, year?: number) {
  const s = unitMeetingScope(actor);
  return repo.listUnitMeetings(ctx.db, { ...s, year });
}

export async function getUnitMeeting(ctx: Ctx, actor: Actor, id: number) {
  const m = await repo.findUnitMeeting(ctx.db, id);
  if (!m) throw errors.notFound('cuộc họp bình xét của đơn vị');
  if (!mayWriteMeeting(actor, m)) throw errors.forbidden('xem cuộc họp bình xét của đơn vị này');
  const candidates = await repo.unitMeetingCandidates(ctx.db, [id]);
  return { meeting: m, candidates };
}

export interface UnitMeetingInputT {
  unitId: number;
  year: number;
  heldOn?: string | null | undefined;
  chairedBy?: number | null | undefined;
  totalCount: number;
  presentCount: number;
  minutes?: string | null | undefined;
}

export async function createUnitMeeting(ctx: Ctx, actor: Actor, input: UnitMeetingInputT) {
  const unit = (await repo.unitsOf(ctx.db, [input.unitId]))[0];
  if (!unit) throw errors.field('unitId', 'Không tìm thấy đơn vị.');
  if (!mayWriteMeeting(actor, { agency_id: unit.agency_id, unit_id: unit.id }))
    throw errors.forbidden('lập biên bản họp bình xét của đơn vị này');
  if (input.presentCount > input.totalCount)
    throw errors.field('presentCount', 'Số người có mặt không được lớn hơn tổng số người của đơn vị.');
  const existing = await repo.listUnitMeetings(ctx.db, { agencyIds: 'all', unitIds: [], year: input.year });
  if (existing.some((m) => m.unit_id === input.unitId))
    throw errors.duplicate('unitId', `Đơn vị đã có cuộc họp bình xét năm ${input.year}.`);
  const id = await ctx.db.transaction().execute(async (trx) => {
    const mid = await repo.insertUnitMeeting(trx, {
      agency_id: unit.agency_id,
      unit_id: unit.id,
      year: input.year,
      held_on: input.heldOn ?? null,
      chaired_by: input.chairedBy ?? null,
      total_count: input.totalCount,
      present_count: input.presentCount,
      minutes: input.minutes ?? null,
    });
    await writeAudit(
      trx,
      auditBy(actor, {
        action: 'create',
        entity: 'unit_meetings',
        entityId: String(mid),
        agencyId: unit.agency_id,
        summary: `Họp bình xét năm ${input.year} của ${unit.name}`,
        before: null,
        after: input,
      }),
    );
    return mid;
  });
  return getUnitMeeting(ctx, actor, id);
}

export interface UnitMeetingUpdateT {
  version: number;
  heldOn?: string | null | undefined;
  chairedBy?: number | null | undefined;
  totalCount: number;
  presentCount: number;
  minutes?: string | null | undefined;
  candidates: {
    code: TitleCode;
    personId?: number | null | undefined;
    unitId?: number | null | undefined;
    yes: number;
    no: number;
    abstain: number;
    proposed: boolean;
  }[];
}

/** Open votes: a proposal needs more than half of those present voting yes (agency rule, UNVERIFIED). */
export function unitVotePasses(yes: number, present: number): boolean {
  return yes > present / 2;
}

export async function updateUnitMeeting(ctx: Ctx, actor: Actor, id: number, input: UnitMeetingUpdateT) {
  const { meeting } = await getUnitMeeting(ctx, actor, id);
  if (meeting.status === 'accepted')
    throw errors.field('status', 'Đề nghị của đơn vị đã được Hội đồng tiếp nhận, không sửa được nữa.');
  const issues: FieldIssue[] = [];
  if (input.presentCount > input.totalCount)
    issues.push({
      path: 'presentCount',
      message: 'Số người có mặt không được lớn hơn tổng số người của đơn vị.',
    });
  const people = await repo.peopleOf(ctx.db, uniq(input.candidates.map((c) => c.personId)));
  const seen = new Set<string>();
  input.candidates.forEach((c, i) => {
    const collective = COLLECTIVE.has(c.code);
    if (collective && c.unitId !== meeting.unit_id)
      issues.push({
        path: `candidates.${i}.unitId`,
        message: 'Danh hiệu tập thể của đơn vị phải là chính đơn vị.',
      });
    if (!collective) {
      const p = people.find((x) => x.id === c.personId);
      if (!p || p.unit_id !== meeting.unit_id)
        issues.push({ path: `candidates.${i}.personId`, message: 'Người được bình xét phải thuộc đơn vị.' });
    }
    const key = `${c.code}:${collective ? `u${c.unitId}` : `p${c.personId}`}`;
    if (seen.has(key)) issues.push({ path: `candidates.${i}`, message: 'Người được bình xét bị lặp lại.' });
    seen.add(key);
    if (c.yes + c.no + c.abstain > input.presentCount)
      issues.push({
        path: `candidates.${i}.yes`,
        message: `Tổng số phiếu (${c.yes + c.no + c.abstain}) vượt số người có mặt (${input.presentCount}).`,
      });
    if (c.proposed && !unitVotePasses(c.yes, input.presentCount))
      issues.push({
        path: `candidates.${i}.proposed`,
        message: `Chỉ đề nghị khi quá nửa số người có mặt đồng ý (${c.yes}/${input.presentCount}).`,
      });
  });
  if (issues.length) throw errors.invalidInput(issues);
  await ctx.db.transaction().execute(async (trx) => {
    const ok = await repo.updateUnitMeeting(trx, id, input.version, {
      held_on: input.heldOn ?? null,
      chaired_by: input.chairedBy ?? null,
      total_count: input.totalCount,
      present_count: input.presentCount,
      minutes: input.minutes ?? null,
      ...(meeting.status === 'returned' ? { status: 'draft' as const } : {}),
    });
    if (!ok) throw errors.conflict();
    await repo.replaceUnitMeetingCandidates(
      trx,
      id,
      input.candidates.map((c) => ({
        code: c.code,
        person_id: COLLECTIVE.has(c.code) ? null : (c.personId ?? null),
        unit_id: COLLECTIVE.has(c.code) ? (c.unitId ?? null) : null,
        yes_count: c.yes,
        no_count: c.no,
        abstain_count: c.abstain,
        proposed: c.proposed,
      })),
    );
    await writeAudit(
      trx,
      auditBy(actor, {
        action: 'update',
        entity: 'unit_meetings',
        entityId: String(id),
        agencyId: meeting.agency_id,
        summary: `Kết quả họp bình xét năm ${meeting.year} của ${meeting.unit_name}: ${input.candidates.filter((c) => c.proposed).length} đề nghị`,
        before: { version: meeting.version },
        after: input,
      }),
    );
  });
  return getUnitMeeting(ctx, actor, id);
}

export async function submitUnitMeeting(ctx: Ctx, actor: Actor, id: number, version: number) {
  const { meeting, candidates } = await getUnitMeeting(ctx, actor, id);
  if (meeting.status !== 'draft' && meeting.status !== 'returned')
    throw errors.field('status', 'Biên bản họp đã được gửi.');
  if (!candidates.some((c) => c.proposed))
    throw errors.field('candidates', 'Chưa có người, tập thể nào được đề nghị.');
  await ctx.db.transaction().execute(async (trx) => {
    if (!(await repo.updateUnitMeeting(trx, id, version, { status: 'submitted' }))) throw errors.conflict();
    await writeAudit(
      trx,
      auditBy(actor, {
        action: 'submit',
        entity: 'unit_meetings',
        entityId: String(id),
        agencyId: meeting.agency_id,
        summary: `Gửi đề nghị bình xét năm ${meeting.year} của ${meeting.unit_name} lên Hội đồng`,
        before: { status: meeting.status },
        after: { status: 'submitted' },
      }),
    );
  });
  return getUnitMeeting(ctx, actor, id);
}
