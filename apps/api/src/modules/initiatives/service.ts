// Initiatives: registration by the agency's deadline, the initiative council (members, rubric, sessions),
// conflicts of interest, members' scores and their average, the result. Every write is one transaction
// with its audit entry.
//
// Conflict of interest (ND 13/2012 Điều lệ Sáng kiến; agency practice): an author of the initiative and
// the head of an author's unit never score it — the server refuses (403), whatever the web shows; any
// other member may declare a relation and recuse with a reason. Recused members are left out of the average.
import crypto from 'node:crypto';
import { writeAudit } from '../../../../../packages/db/src/audit.ts';
import * as repo from '../../../../../packages/db/src/repositories/initiatives.ts';
import {
  readSettings,
  settingInitiativeDeadline,
} from '../../../../../packages/db/src/repositories/registrations.ts';
import { findUnit } from '../../../../../packages/db/src/repositories/units.ts';
import { FULL_SCOPE } from '../../../../../packages/db/src/repositories/scope.ts';
import { auditBy, todayIn, type Ctx } from '../../context.ts';
import { isAdmin, recordReadScope, type Actor } from '../../auth/actor.ts';
import { AppError, errors, type FieldIssue } from '../../errors.ts';
import type { z } from 'zod';
import type {
  CouncilInput,
  CriteriaInput,
  InitiativeInputT,
  ResultInput,
  ScoresInput,
  SessionInput,
} from './schemas.ts';

const uniq = (xs: (number | null | undefined)[]): number[] => [
  ...new Set(xs.filter((x): x is number => typeof x === 'number')),
];

/** Agencies whose initiative work (councils, results) the user runs: admin all, officer their agency. */
function officerAgencies(a: Actor): number[] | 'all' {
  if (isAdmin(a)) return 'all';
  return uniq(a.roles.filter((g) => g.role === 'officer').map((g) => g.agencyId ?? a.agencyId));
}

function runsAgency(a: Actor, agencyId: number): boolean {
  const o = officerAgencies(a);
  return o === 'all' || o.includes(agencyId);
}

export const initiativeErrors = {
  conflictAuthor: (): AppError =>
    new AppError(
      'forbidden',
      'Bạn là tác giả của sáng kiến này nên không được chấm điểm (xung đột lợi ích).',
    ),
  conflictUnitHead: (): AppError =>
    new AppError(
      'forbidden',
      'Bạn là trưởng đơn vị của tác giả sáng kiến này nên không được chấm điểm (xung đột lợi ích).',
    ),
  recused: (): AppError =>
    new AppError('forbidden', 'Bạn đã xin không chấm sáng kiến này (đã khai báo mối quan hệ với tác giả).'),
  notMember: (): AppError =>
    new AppError('forbidden', 'Bạn không phải thành viên Hội đồng sáng kiến xét sáng kiến này.'),
  notUnderReview: (): AppError =>
    errors.field('status', 'Sáng kiến chưa được đưa ra Hội đồng xét (hoặc đã có kết quả).'),
};

// ---------------------------------------------------------------- read

async function load(ctx: Ctx, actor: Actor, id: number): Promise<repo.InitiativeRow> {
  let row = await repo.findInitiative(ctx.db, id, recordReadScope(actor));
  // A council member reads the initiatives of the sessions their council holds.
  if (!row && (await repo.initiativeExists(ctx.db, id))) {
    const any = await repo.findInitiative(ctx.db, id, FULL_SCOPE);
    if (any?.session_id && (await memberOfSession(ctx, actor, any.session_id))) row = any;
    else throw errors.forbidden('xem sáng kiến này');
  }
  if (!row) throw errors.notFound('sáng kiến');
  return row;
}

export async function listInitiatives(
  ctx: Ctx,
  actor: Actor,
  f: {
    agencyId?: number | undefined;
    year?: number | undefined;
    status?: repo.InitiativeStatus | undefined;
    sessionId?: number | undefined;
  },
) {
  let scope = recordReadScope(actor);
  if (f.sessionId !== undefined && (await memberOfSession(ctx, actor, f.sessionId))) scope = FULL_SCOPE;
  const rows = await repo.listInitiatives(ctx.db, scope, f);
  const authors = await repo.authorsOf(
    ctx.db,
    rows.map((r) => r.id),
  );
  return rows.map((r) => ({ row: r, authors: authors.filter((a) => a.initiative_id === r.id) }));
}

export async function getInitiative(ctx: Ctx, actor: Actor, id: number) {
  const row = await load(ctx, actor, id);
  const [authors, files, recusals, scores] = await Promise.all([
    repo.authorsOf(ctx.db, [id]),
    repo.filesOf(ctx.db, id),
    repo.recusalsOf(ctx.db, id),
    repo.scoresOf(ctx.db, id),
  ]);
  let members: repo.MemberRow[] = [];
  let criteria: Awaited<ReturnType<typeof repo.criteriaOf>> = [];
  let me: repo.MemberRow | null = null;
  if (row.session_id) {
    const session = await repo.findSession(ctx.db, row.session_id);
    if (session) {
      members = await repo.membersOf(ctx.db, session.council_id);
      criteria = await repo.criteriaOf(ctx.db, session.council_id, session.year);
      me = members.find((m) => isActorMember(actor, m)) ?? null;
    }
  }
  return { row, authors, files, recusals, scores, members, criteria, me };
}

// ---------------------------------------------------------------- register

async function validateInput(
  ctx: Ctx,
  actor: Actor,
  input: InitiativeInputT,
): Promise<{ agencyId: number; unitId: number | null }> {
  const issues: FieldIssue[] = [];
  const people = await repo.peopleByIds(
    ctx.db,
    input.authors.map((a) => a.personId),
  );
  const ids = new Set<number>();
  input.authors.forEach((a, i) => {
    if (ids.has(a.personId)) issues.push({ path: `authors.${i}.personId`, message: 'Tác giả bị lặp lại.' });
    ids.add(a.personId);
    if (!people.some((p) => p.id === a.personId))
      issues.push({ path: `authors.${i}.personId`, message: 'Không tìm thấy cán bộ này.' });
  });
  const total = Math.round(input.authors.reduce((s, a) => s + a.share, 0) * 100) / 100;
  if (total !== 100)
    issues.push({
      path: 'authors',
      message: `Tổng tỷ lệ đóng góp của các tác giả phải bằng 100% (đang là ${String(total).replace('.', ',')}%).`,
    });
  const lead = people.find((p) => p.id === input.authors[0]?.personId);
  let unitId = input.unitId ?? lead?.unit_id ?? null;
  let agencyId = lead?.agency_id ?? -1;
  if (input.unitId) {
    const u = await findUnit(ctx.db, input.unitId);
    if (!u) issues.push({ path: 'unitId', message: 'Đơn vị không tồn tại.' });
    else {
      agencyId = u.agency_id;
      unitId = u.id;
    }
  }
  if (people.some((p) => p.agency_id !== agencyId))
    issues.push({
      path: 'authors',
      message: 'Các tác giả phải thuộc cùng cơ quan với đơn vị của sáng kiến.',
    });
  // Staff register their own initiatives; a unit head their unit's; the officer any in the agency.
  const mayWrite =
    runsAgency(actor, agencyId) ||
    (actor.personId !== null && ids.has(actor.personId)) ||
    actor.roles.some((g) => g.role === 'unit-head' && g.unitId !== null && g.unitId === unitId);
  if (issues.length) throw errors.invalidInput(issues);
  if (!mayWrite) throw errors.forbidden('đăng ký sáng kiến cho người khác');
  return { agencyId, unitId };
}

async function checkDeadline(ctx: Ctx, actor: Actor, agencyId: number, year: number): Promise<void> {
  const key = settingInitiativeDeadline(year);
  const deadline = (await readSettings(ctx.db, agencyId, [key])).get(key);
  const today = todayIn(ctx.config.timeZone);
  // The officer may still record a late initiative (e.g. received on paper in time); others may not.
  if (typeof deadline === 'string' && today > deadline && !runsAgency(actor, agencyId)) {
    const [y, m, d] = deadline.split('-');
    throw errors.field('year', `Đã hết hạn đăng ký sáng kiến năm ${year} (hạn cuối ${d}/${m}/${y}).`);
  }
}

export async function createInitiative(ctx: Ctx, actor: Actor, input: InitiativeInputT) {
  const { agencyId, unitId } = await validateInput(ctx, actor, input);
  if (input.submit) await checkDeadline(ctx, actor, agencyId, input.year);
  const id = await ctx.db.transaction().execute(async (trx) => {
    const newId = await repo.insertInitiative(trx, {
      agency_id: agencyId,
      unit_id: unitId,
      year: input.year,
      title: input.title,
      field: input.field,
      summary: input.summary ?? null,
      application: input.application ?? null,
      results: input.results ?? null,
      benefits: input.benefits ?? null,
      registered_on: input.submit ? todayIn(ctx.config.timeZone) : null,
      status: input.submit ? 'registered' : 'draft',
    });
    await repo.replaceAuthors(trx, newId, input.authors);
    await writeAudit(
      trx,
      auditBy(actor, {
        action: 'create',
        entity: 'initiatives',
        entityId: String(newId),
        agencyId,
        summary: `Đăng ký sáng kiến "${input.title}"`,
        before: null,
        after: input,
      }),
    );
    return newId;
  });
  return getInitiative(ctx, actor, id);
}

export async function updateInitiative(
  ctx: Ctx,
  actor: Actor,
  id: number,
  input: InitiativeInputT & { version: number },
) {
  const current = await load(ctx, actor, id);
  if (!['draft', 'registered'].includes(current.status) && !runsAgency(actor, current.agency_id)) {
    throw errors.field('status', 'Sáng kiến đã được đưa ra Hội đồng, không sửa được nữa.');
  }
  const { agencyId, unitId } = await validateInput(ctx, actor, input);
  const submitNow = input.submit === true && current.status === 'draft';
  if (submitNow) await checkDeadline(ctx, actor, agencyId, input.year);
  await ctx.db.transaction().execute(async (trx) => {
    const ok = await repo.updateInitiative(trx, id, input.version, {
      unit_id: unitId,
      year: input.year,
      title: input.title,
      field: input.field,
      summary: input.summary ?? null,
      application: input.application ?? null,
      results: input.results ?? null,
      benefits: input.benefits ?? null,
      ...(submitNow ? { status: 'registered' as const, registered_on: todayIn(ctx.config.timeZone) } : {}),
    });
    if (!ok) throw errors.conflict();
    await repo.replaceAuthors(trx, id, input.authors);
    await writeAudit(
      trx,
      auditBy(actor, {
        action: 'update',
        entity: 'initiatives',
        entityId: String(id),
        agencyId,
        summary: `Sửa sáng kiến "${input.title}"`,
        before: { title: current.title, status: current.status },
        after: input,
      }),
    );
  });
  return getInitiative(ctx, actor, id);
}

export async function attachFile(
  ctx: Ctx,
  actor: Actor,
  id: number,
  file: { name: string; mime: string; content: Buffer },
  note: string | null,
) {
  const current = await load(ctx, actor, id);
  await ctx.db.transaction().execute(async (trx) => {
    const fileId = await repo.insertFile(trx, {
      agency_id: current.agency_id,
      name: file.name,
      mime: file.mime,
      size: file.content.length,
      sha256: crypto.createHash('sha256').update(file.content).digest('hex'),
      content: file.content,
      uploaded_by: actor.userId,
    });
    await repo.attachFile(trx, id, fileId, note);
    await writeAudit(
      trx,
      auditBy(actor, {
        action: 'attach',
        entity: 'initiatives',
        entityId: String(id),
        agencyId: current.agency_id,
        summary: `Đính kèm tệp "${file.name}" vào sáng kiến`,
        before: null,
        after: { fileId, name: file.name },
      }),
    );
  });
  return getInitiative(ctx, actor, id);
}

export async function fileOf(ctx: Ctx, actor: Actor, id: number, fileId: number) {
  await load(ctx, actor, id);
  const f = await repo.fileOfInitiative(ctx.db, id, fileId);
  if (!f) throw errors.notFound('tệp đính kèm');
  return f;
}

// ---------------------------------------------------------------- council

export async function listCouncils(ctx: Ctx, actor: Actor) {
  const agencies = isAdmin(actor) ? 'all' : uniq([actor.agencyId, ...actor.roles.map((g) => g.agencyId)]);
  const councils = await repo.listCouncils(ctx.db, agencies);
  return Promise.all(
    councils.map(async (c) => ({
      council: c,
      members: await repo.membersOf(ctx.db, c.id),
      sessions: await repo.listSessions(ctx.db, c.id),
    })),
  );
}

async function loadCouncil(ctx: Ctx, actor: Actor, id: number, write: boolean) {
  const c = await repo.findCouncil(ctx.db, id);
  if (!c) throw errors.notFound('hội đồng sáng kiến');
  const readable =
    isAdmin(actor) || actor.agencyId === c.agency_id || actor.roles.some((g) => g.agencyId === c.agency_id);
  if (write ? !runsAgency(actor, c.agency_id) : !readable)
    throw errors.forbidden(write ? 'quản lý hội đồng này' : 'xem hội đồng này');
  return c;
}

export async function getCouncil(ctx: Ctx, actor: Actor, id: number, year?: number) {
  const council = await loadCouncil(ctx, actor, id, false);
  const sessions = await repo.listSessions(ctx.db, id);
  const y = year ?? sessions[0]?.year;
  return {
    council,
    members: await repo.membersOf(ctx.db, id),
    sessions,
    criteria: y === undefined ? [] : await repo.criteriaOf(ctx.db, id, y),
    year: y ?? null,
  };
}

export async function createCouncil(ctx: Ctx, actor: Actor, input: z.infer<typeof CouncilInput>) {
  const agencyId = input.agencyId ?? actor.agencyId;
  if (!agencyId || !runsAgency(actor, agencyId))
    throw errors.forbidden('lập hội đồng sáng kiến của cơ quan này');
  const people = await repo.peopleByIds(
    ctx.db,
    input.members.map((m) => m.personId),
  );
  const issues: FieldIssue[] = [];
  input.members.forEach((m, i) => {
    if (!people.some((p) => p.id === m.personId))
      issues.push({ path: `members.${i}.personId`, message: 'Không tìm thấy cán bộ này.' });
  });
  if (input.members.filter((m) => m.role === 'chair').length !== 1)
    issues.push({ path: 'members', message: 'Hội đồng phải có đúng một Chủ tịch.' });
  if (input.members.filter((m) => m.role === 'secretary').length !== 1)
    issues.push({ path: 'members', message: 'Hội đồng phải có đúng một Thư ký.' });
  if (issues.length) throw errors.invalidInput(issues);
  const id = await ctx.db.transaction().execute(async (trx) => {
    const councilId = await repo.insertCouncil(trx, {
      agency_id: agencyId,
      name: input.name,
      established_by: input.establishedBy ?? null,
      from_date: input.fromDate ?? null,
    });
    // A member votes through their own account unless another one is named.
    const members = await Promise.all(
      input.members.map(async (m) => ({
        personId: m.personId,
        userId:
          m.userId ??
          (
            await trx
              .selectFrom('users')
              .select('id')
              .where('person_id', '=', m.personId)
              .orderBy('id')
              .executeTakeFirst()
          )?.id ??
          null,
        role: m.role,
        title: m.title ?? null,
      })),
    );
    await repo.insertMembers(trx, councilId, members);
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
  return getCouncil(ctx, actor, id);
}

export async function setCriteria(
  ctx: Ctx,
  actor: Actor,
  councilId: number,
  input: z.infer<typeof CriteriaInput>,
) {
  const c = await loadCouncil(ctx, actor, councilId, true);
  if ((await repo.countScoresOfCouncilYear(ctx.db, councilId, input.year)) > 0) {
    throw errors.field(
      'criteria',
      'Đã có thành viên chấm điểm theo bộ tiêu chí này, không thay đổi được nữa.',
    );
  }
  await ctx.db.transaction().execute(async (trx) => {
    await repo.replaceCriteria(trx, councilId, input.year, input.criteria);
    await writeAudit(
      trx,
      auditBy(actor, {
        action: 'criteria',
        entity: 'councils',
        entityId: String(councilId),
        agencyId: c.agency_id,
        summary: `Bộ tiêu chí chấm sáng kiến năm ${input.year}`,
        before: null,
        after: input,
      }),
    );
  });
  return getCouncil(ctx, actor, councilId, input.year);
}

export async function createSession(
  ctx: Ctx,
  actor: Actor,
  councilId: number,
  input: z.infer<typeof SessionInput>,
) {
  const c = await loadCouncil(ctx, actor, councilId, true);
  const members = await repo.membersOf(ctx.db, councilId);
  const id = await ctx.db.transaction().execute(async (trx) => {
    const sid = await repo.insertSession(trx, {
      council_id: councilId,
      agency_id: c.agency_id,
      year: input.year,
      held_on: input.heldOn ?? null,
      place: input.place ?? null,
      member_count: Math.max(1, members.length),
    });
    await writeAudit(
      trx,
      auditBy(actor, {
        action: 'create',
        entity: 'council_sessions',
        entityId: String(sid),
        agencyId: c.agency_id,
        summary: `Phiên họp Hội đồng sáng kiến năm ${input.year}`,
        before: null,
        after: input,
      }),
    );
    return sid;
  });
  return (await repo.findSession(ctx.db, id))!;
}

// ---------------------------------------------------------------- conflicts of interest

function isActorMember(actor: Actor, m: repo.MemberRow): boolean {
  return (
    (m.user_id !== null && m.user_id === actor.userId) ||
    (m.person_id !== null && m.person_id === actor.personId)
  );
}

async function memberOfSession(ctx: Ctx, actor: Actor, sessionId: number): Promise<repo.MemberRow | null> {
  const s = await repo.findSession(ctx.db, sessionId);
  if (!s) return null;
  return (await repo.membersOf(ctx.db, s.council_id)).find((m) => isActorMember(actor, m)) ?? null;
}

/** Why a member may not score an initiative: author, head of an author's unit, or null. */
async function conflictOf(
  ctx: Ctx,
  m: repo.MemberRow,
  authors: { person_id: number; unit_id: number }[],
  actor?: Actor,
): Promise<'author' | 'unit-head' | null> {
  if (m.person_id !== null && authors.some((a) => a.person_id === m.person_id)) return 'author';
  const units = uniq(authors.map((a) => a.unit_id));
  if (m.person_id !== null && m.is_leader && m.unit_id !== null && units.includes(m.unit_id))
    return 'unit-head';
  const heads = await repo.unitHeadUserIds(ctx.db, units);
  if (m.user_id !== null && heads.includes(m.user_id)) return 'unit-head';
  if (
    actor &&
    actor.roles.some((g) => g.role === 'unit-head' && g.unitId !== null && units.includes(g.unitId))
  )
    return 'unit-head';
  return null;
}

export async function sendToCouncil(ctx: Ctx, actor: Actor, id: number, sessionId: number) {
  const current = await load(ctx, actor, id);
  if (!runsAgency(actor, current.agency_id)) throw errors.forbidden('đưa sáng kiến ra Hội đồng');
  if (!['registered', 'under-review'].includes(current.status))
    throw errors.field('status', 'Chỉ sáng kiến đã đăng ký mới được đưa ra Hội đồng.');
  const session = await repo.findSession(ctx.db, sessionId);
  if (!session || session.agency_id !== current.agency_id)
    throw errors.field('sessionId', 'Phiên họp Hội đồng sáng kiến không hợp lệ.');
  const authors = await repo.authorsOf(ctx.db, [id]);
  const members = await repo.membersOf(ctx.db, session.council_id);
  // Record the conflicts known now, so the minutes list who did not score and why.
  const conflicts: { member: repo.MemberRow; kind: 'author' | 'unit-head' }[] = [];
  for (const m of members) {
    const kind = await conflictOf(ctx, m, authors);
    if (kind) conflicts.push({ member: m, kind });
  }
  await ctx.db.transaction().execute(async (trx) => {
    await repo.setInitiativeFields(trx, id, { status: 'under-review', session_id: sessionId });
    for (const { member, kind } of conflicts) {
      await repo.insertRecusal(trx, {
        initiative_id: id,
        member_id: member.id,
        kind,
        reason: kind === 'author' ? 'Là tác giả sáng kiến' : 'Là trưởng đơn vị của tác giả',
      });
    }
    await writeAudit(
      trx,
      auditBy(actor, {
        action: 'review',
        entity: 'initiatives',
        entityId: String(id),
        agencyId: current.agency_id,
        summary: `Đưa sáng kiến "${current.title}" ra Hội đồng sáng kiến`,
        before: { status: current.status },
        after: { status: 'under-review', sessionId },
      }),
    );
  });
  return getInitiative(ctx, actor, id);
}

export async function recuse(ctx: Ctx, actor: Actor, id: number, reason: string, memberId?: number) {
  const current = await load(ctx, actor, id);
  if (current.status !== 'under-review' || !current.session_id) throw initiativeErrors.notUnderReview();
  const session = (await repo.findSession(ctx.db, current.session_id))!;
  const members = await repo.membersOf(ctx.db, session.council_id);
  const m =
    memberId !== undefined
      ? members.find((x) => x.id === memberId)
      : members.find((x) => isActorMember(actor, x));
  if (!m)
    throw memberId !== undefined
      ? errors.field('memberId', 'Thành viên không thuộc Hội đồng này.')
      : initiativeErrors.notMember();
  if (!isActorMember(actor, m) && !runsAgency(actor, current.agency_id))
    throw errors.forbidden('ghi việc xin không chấm cho thành viên khác');
  await ctx.db.transaction().execute(async (trx) => {
    await repo.insertRecusal(trx, { initiative_id: id, member_id: m.id, kind: 'declared', reason });
    await repo.deleteScoresOfMember(trx, id, m.id);
    await recomputeAverage(trx, id, session.council_id, session.year);
    await writeAudit(
      trx,
      auditBy(actor, {
        action: 'recuse',
        entity: 'initiatives',
        entityId: String(id),
        agencyId: current.agency_id,
        summary: `${m.full_name ?? 'Thành viên'} xin không chấm sáng kiến: ${reason}`,
        before: null,
        after: { memberId: m.id, reason },
      }),
    );
  });
  return getInitiative(ctx, actor, id);
}

// ---------------------------------------------------------------- scores

/** Each scoring member's total over the rubric; the average counts members who scored every criterion
 *  and did not recuse. Rounded to two decimals (the minutes print it so). */
export function averageOf(
  scores: { member_id: number; criterion_id: number; points: number }[],
  criteriaCount: number,
  excluded: ReadonlySet<number>,
): { totals: Map<number, number>; average: number | null } {
  const totals = new Map<number, number>();
  const counts = new Map<number, number>();
  for (const s of scores) {
    if (excluded.has(s.member_id)) continue;
    totals.set(s.member_id, (totals.get(s.member_id) ?? 0) + Number(s.points));
    counts.set(s.member_id, (counts.get(s.member_id) ?? 0) + 1);
  }
  for (const [m, n] of counts) if (n < criteriaCount) totals.delete(m);
  if (totals.size === 0) return { totals, average: null };
  const sum = [...totals.values()].reduce((a, b) => a + b, 0);
  return { totals, average: Math.round((sum / totals.size) * 100) / 100 };
}

async function recomputeAverage(
  db: Ctx['db'],
  id: number,
  councilId: number,
  year: number,
): Promise<number | null> {
  const [scores, recusals, criteria] = await Promise.all([
    repo.scoresOf(db, id),
    repo.recusalsOf(db, id),
    repo.criteriaOf(db, councilId, year),
  ]);
  const { average } = averageOf(scores, criteria.length, new Set(recusals.map((r) => r.member_id)));
  await repo.setInitiativeFields(db, id, { average_score: average });
  return average;
}

export async function score(ctx: Ctx, actor: Actor, id: number, input: z.infer<typeof ScoresInput>) {
  const current = await repo.findInitiative(ctx.db, id, FULL_SCOPE);
  if (!current) throw errors.notFound('sáng kiến');
  if (current.status !== 'under-review' || !current.session_id) throw initiativeErrors.notUnderReview();
  const session = (await repo.findSession(ctx.db, current.session_id))!;
  const members = await repo.membersOf(ctx.db, session.council_id);
  const me = members.find((m) => isActorMember(actor, m));
  if (!me) throw initiativeErrors.notMember();
  const authors = await repo.authorsOf(ctx.db, [id]);
  const conflict = await conflictOf(ctx, me, authors, actor);
  if (conflict === 'author') throw initiativeErrors.conflictAuthor();
  if (conflict === 'unit-head') throw initiativeErrors.conflictUnitHead();
  if ((await repo.recusalsOf(ctx.db, id)).some((r) => r.member_id === me.id))
    throw initiativeErrors.recused();
  const criteria = await repo.criteriaOf(ctx.db, session.council_id, session.year);
  if (criteria.length === 0)
    throw errors.field('scores', 'Hội đồng chưa có bộ tiêu chí chấm điểm cho năm này.');
  // Every criterion once, each within [0, max] of the rubric (the database refuses anything else too).
  const issues: FieldIssue[] = [];
  const seen = new Set<number>();
  const rows = input.scores.map((s, i) => {
    const c = criteria.find((x) => x.id === s.criterionId);
    if (!c)
      issues.push({
        path: `scores.${i}.criterionId`,
        message: 'Tiêu chí không thuộc bộ tiêu chí của Hội đồng.',
      });
    else if (s.points < 0 || s.points > Number(c.max_points))
      issues.push({
        path: `scores.${i}.points`,
        message: `Điểm "${c.name}" phải từ 0 đến ${String(c.max_points).replace('.', ',')}.`,
      });
    if (seen.has(s.criterionId))
      issues.push({ path: `scores.${i}.criterionId`, message: 'Tiêu chí bị chấm hai lần.' });
    seen.add(s.criterionId);
    return {
      criterionId: s.criterionId,
      maxPoints: Number(c?.max_points ?? 0),
      points: s.points,
      comment: s.comment ?? null,
    };
  });
  const missing = criteria.filter((c) => !seen.has(c.id));
  if (missing.length)
    issues.push({ path: 'scores', message: `Chưa chấm tiêu chí: ${missing.map((c) => c.name).join(', ')}.` });
  if (issues.length) throw errors.invalidInput(issues);
  await ctx.db.transaction().execute(async (trx) => {
    await repo.deleteScoresOfMember(trx, id, me.id);
    await repo.insertScores(trx, id, me.id, rows);
    const average = await recomputeAverage(trx, id, session.council_id, session.year);
    await writeAudit(
      trx,
      auditBy(actor, {
        action: 'score',
        entity: 'initiatives',
        entityId: String(id),
        agencyId: current.agency_id,
        summary: `${me.full_name ?? 'Thành viên'} chấm sáng kiến "${current.title}"`,
        before: null,
        after: { memberId: me.id, total: rows.reduce((s, r) => s + r.points, 0), average },
      }),
    );
  });
  return getInitiative(ctx, actor, id);
}

export async function decide(ctx: Ctx, actor: Actor, id: number, input: z.infer<typeof ResultInput>) {
  const current = await load(ctx, actor, id);
  if (!runsAgency(actor, current.agency_id)) throw errors.forbidden('quyết định kết quả sáng kiến');
  if (!['under-review', 'recognized', 'rejected'].includes(current.status))
    throw initiativeErrors.notUnderReview();
  await ctx.db.transaction().execute(async (trx) => {
    await repo.setInitiativeFields(trx, id, {
      status: input.recognized ? 'recognized' : 'rejected',
      scope: input.recognized ? (input.scope ?? 'co-so') : null,
      proposed_scope: input.recognized ? (input.proposedScope ?? null) : null,
      recognized_on: input.recognized ? (input.recognizedOn ?? null) : null,
      recognized_by: input.recognizedBy ?? null,
      decision_ref: input.decisionRef ?? null,
    });
    await writeAudit(
      trx,
      auditBy(actor, {
        action: 'decide',
        entity: 'initiatives',
        entityId: String(id),
        agencyId: current.agency_id,
        summary: `${input.recognized ? 'Công nhận' : 'Không công nhận'} sáng kiến "${current.title}"`,
        before: { status: current.status },
        after: input,
      }),
    );
  });
  return getInitiative(ctx, actor, id);
}

// ---------------------------------------------------------------- minutes

export async function sessionReport(ctx: Ctx, actor: Actor, sessionId: number) {
  const session = await repo.findSession(ctx.db, sessionId);
  if (!session) throw errors.notFound('phiên họp Hội đồng sáng kiến');
  const council = await loadCouncil(ctx, actor, session.council_id, false);
  const [members, criteria, list] = await Promise.all([
    repo.membersOf(ctx.db, council.id),
    repo.criteriaOf(ctx.db, council.id, session.year),
    repo.listInitiatives(ctx.db, FULL_SCOPE, { sessionId }),
  ]);
  const ids = list.map((i) => i.id);
  const authors = await repo.authorsOf(ctx.db, ids);
  const detail = await Promise.all(
    list.map(async (i) => {
      const [scores, recusals] = await Promise.all([
        repo.scoresOf(ctx.db, i.id),
        repo.recusalsOf(ctx.db, i.id),
      ]);
      const { totals, average } = averageOf(
        scores,
        criteria.length,
        new Set(recusals.map((r) => r.member_id)),
      );
      return {
        initiative: i,
        authors: authors.filter((a) => a.initiative_id === i.id),
        totals,
        average,
        recusals,
      };
    }),
  );
  const agency = await ctx.db
    .selectFrom('agencies')
    .select(['id', 'name', 'parent_id'])
    .where('id', '=', session.agency_id)
    .executeTakeFirstOrThrow();
  const parent = agency.parent_id
    ? await ctx.db.selectFrom('agencies').select('name').where('id', '=', agency.parent_id).executeTakeFirst()
    : undefined;
  return { session, council, members, criteria, detail, agency, parentName: parent?.name ?? null };
}

export async function setMinutes(
  ctx: Ctx,
  actor: Actor,
  sessionId: number,
  minutes: string | null,
  close: boolean,
) {
  const session = await repo.findSession(ctx.db, sessionId);
  if (!session) throw errors.notFound('phiên họp Hội đồng sáng kiến');
  await loadCouncil(ctx, actor, session.council_id, true);
  await ctx.db.transaction().execute(async (trx) => {
    await repo.setSessionMinutes(trx, sessionId, {
      minutes,
      ...(close ? { status: 'closed' as const } : {}),
    });
    await writeAudit(
      trx,
      auditBy(actor, {
        action: 'minutes',
        entity: 'council_sessions',
        entityId: String(sessionId),
        agencyId: session.agency_id,
        summary: 'Ghi biên bản họp Hội đồng sáng kiến',
        before: null,
        after: { minutes, close },
      }),
    );
  });
  return (await repo.findSession(ctx.db, sessionId))!;
}
