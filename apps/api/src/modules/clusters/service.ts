// Clusters and blocks: the list by level and year, a cluster's members per year with the rotation history,
// the cluster's own plan with its tasks (entered by the leader), the year-end conference electing next year's
// leader and deputy, and the mid-year / year-end reports. Access by modules/clusters/access.ts; every change
// is one transaction with its audit record; stale versions answer 409.
import { writeAudit } from '../../../../../packages/db/src/audit.ts';
import * as repo from '../../../../../packages/db/src/repositories/clusters.ts';
import { deadlineText } from '../../../../../packages/documents/src/format.ts';
import { compareVietnamese } from '../../../../../packages/domain/src/text/vietnamese.ts';
import { isAdmin, type Actor } from '../../auth/actor.ts';
import { auditBy, todayIn, type Ctx } from '../../context.ts';
import { errors } from '../../errors.ts';
import { planDeadline } from '../plans/deadlines.ts';
import {
  LEADS,
  actingAgencyIds,
  assertClusterAccess,
  clusterScopeOf,
  reviewedOrganiserIds,
  type ClusterRole,
  type ClusterStanding,
} from './access.ts';
import { tallyElection } from './election.ts';
import type { ClusterSummaryT, ElectionInputT, PlanCreateT, PlanUpdateT, TaskInputT } from './schemas.ts';

export function defaultYear(ctx: Ctx): number {
  return Number(todayIn(ctx.config.timeZone).slice(0, 4));
}

export async function list(
  ctx: Ctx,
  actor: Actor,
  f: { year?: number | undefined; level?: repo.GroupLevel | undefined; kind?: repo.GroupKind | undefined },
): Promise<ClusterSummaryT[]> {
  const year = f.year ?? defaultYear(ctx);
  // Ministry clusters before provincial blocks, clusters before blocks, then by name the Vietnamese way
  // (not the database collation, which differs between engines), then id.
  const rows = (
    await repo.listClusters(ctx.db, clusterScopeOf(actor), { year, level: f.level, kind: f.kind })
  ).sort(
    (a, b) =>
      a.level.localeCompare(b.level) ||
      a.kind.localeCompare(b.kind) ||
      compareVietnamese(a.name, b.name) ||
      a.id - b.id,
  );
  const acting = actingAgencyIds(actor);
  const mine = await repo.membershipsOf(
    ctx.db,
    rows.map((r) => r.id),
    acting,
    year,
  );
  const rank = { leader: 3, deputy: 2, member: 1 } as const;
  return rows.map((r) => {
    let member: repo.MemberRole | null = isAdmin(actor) ? 'leader' : null;
    for (const m of mine.filter((x) => x.group_id === r.id))
      if (member === null || rank[m.role] > rank[member]) member = m.role;
    let role: ClusterRole | null = member;
    if (
      role === null &&
      actor.roles.some((g) => g.role === 'cluster-leader' && g.groupId === r.id) &&
      actor.agencyId === null
    )
      role = 'leader';
    if (
      role === null &&
      r.organiser_agency_id !== null &&
      reviewedOrganiserIds(actor).includes(r.organiser_agency_id)
    )
      role = 'reviewer';
    return {
      id: r.id,
      kind: r.kind,
      level: r.level,
      code: r.code,
      name: r.name,
      organiserName: r.organiser_name,
      year,
      memberCount: r.member_count,
      leader: r.leader_id !== null ? { id: r.leader_id, name: r.leader_name ?? '' } : null,
      deputy: r.deputy_id !== null ? { id: r.deputy_id, name: r.deputy_name ?? '' } : null,
      myRole: role,
    };
  });
}

const presentMember = (m: repo.MemberRow) => ({
  agencyId: m.agency_id,
  agencyName: m.agency_name,
  role: m.role,
  roleSince: m.role_since,
});

function presentMeetings(data: { meetings: repo.MeetingRow[]; votes: repo.VoteRow[] }) {
  return data.meetings.map((m) => ({
    id: m.id,
    year: m.year,
    kind: m.kind,
    heldOn: m.held_on,
    hostName: m.host_name,
    form: m.form,
    presentCount: m.present_count,
    minutes: m.minutes,
    votes: data.votes
      .filter((v) => v.meeting_id === m.id)
      .map((v) => ({
        subject: v.subject,
        agencyId: v.agency_id,
        agencyName: v.agency_name,
        forYear: v.for_year,
        votesFor: v.votes_for,
        votesAgainst: v.votes_against,
        votesTotal: v.votes_total,
        passed: v.passed,
      })),
  }));
}

export async function detail(ctx: Ctx, actor: Actor, id: number, yearArg?: number) {
  const year = yearArg ?? defaultYear(ctx);
  const s = await assertClusterAccess(ctx, actor, id, year);
  const all = await repo.membersOf(ctx.db, id);
  const years = [...new Set(all.map((m) => m.year))].sort((a, b) => a - b);
  const rotation = years.map((y) => {
    const ofYear = all.filter((m) => m.year === y);
    const leader = ofYear.find((m) => m.role === 'leader');
    const deputy = ofYear.find((m) => m.role === 'deputy');
    return {
      year: y,
      leader: leader ? presentMember(leader) : null,
      deputy: deputy ? presentMember(deputy) : null,
    };
  });
  const plan = await repo.findClusterPlan(ctx.db, { groupId: id, year });
  const tasks = plan ? await repo.listClusterTasks(ctx.db, plan.id) : [];
  return {
    id: s.group.id,
    kind: s.group.kind,
    level: s.group.level,
    code: s.group.code,
    name: s.group.name,
    organiserName: s.group.organiser_name,
    description: s.group.description,
    year,
    myRole: s.role,
    myAgencyIds: s.agencyIds,
    years,
    members: all.filter((m) => m.year === year).map(presentMember),
    rotation,
    meetings: presentMeetings(await repo.listMeetings(ctx.db, id)),
    plan: plan
      ? {
          id: plan.id,
          title: plan.title,
          taskCount: tasks.length,
          doneCount: tasks.filter((t) => t.status === 'done').length,
        }
      : null,
  };
}

// ── the plan ──

function presentTask(t: repo.ClusterTaskRow) {
  const body = (role: 'lead' | 'coordinate') =>
    t.bodies
      .filter((b) => b.role === role)
      .map((b) => ({ agencyId: b.agency_id, name: b.agency_name ?? b.label ?? '' }));
  return {
    id: t.id,
    position: t.position,
    number: t.number,
    content: t.content,
    lead: body('lead'),
    coordinating: body('coordinate'),
    deadlineKind: t.deadline_kind,
    deadlineOn: t.deadline_on,
    deadlineMonth: t.deadline_month ? t.deadline_month.slice(0, 7) : null,
    deadlineMonthTo: t.deadline_month_to ? t.deadline_month_to.slice(0, 7) : null,
    deadlineText: t.deadline_text,
    deadlineLabel: deadlineText(planDeadline(t)),
    dueOn: t.due_on,
    status: t.status,
    doneOn: t.done_on,
    note: t.note,
    version: t.version,
  };
}

async function planOf(ctx: Ctx, groupId: number, planId: number) {
  const plan = await repo.findClusterPlan(ctx.db, { id: planId });
  if (!plan || plan.group_id !== groupId) throw errors.notFound('kế hoạch của cụm');
  return plan;
}

async function presentPlan(ctx: Ctx, plan: repo.ClusterPlanRow, role: ClusterRole) {
  const sections = await ctx.db
    .selectFrom('plan_sections')
    .select(['heading', 'body'])
    .where('plan_id', '=', plan.id)
    .orderBy('position')
    .execute();
  const tasks = await repo.listClusterTasks(ctx.db, plan.id);
  return {
    id: plan.id,
    groupId: plan.group_id,
    year: plan.year,
    agencyId: plan.agency_id,
    agencyName: plan.agency_name,
    title: plan.title,
    status: plan.status,
    version: plan.version,
    number: plan.number,
    symbol: plan.symbol,
    placeName: plan.place_name,
    issuedOn: plan.issued_on,
    legalBasis: plan.legal_basis,
    signerName: plan.signer_name,
    signerTitle: plan.signer_title,
    recipients: Array.isArray(plan.recipients) ? (plan.recipients as string[]) : [],
    sections,
    tasks: tasks.map(presentTask),
    canEdit: LEADS.includes(role),
  };
}

/** The plan of the year, or null when the cluster has none yet. */
export async function getPlan(ctx: Ctx, actor: Actor, groupId: number, year: number) {
  const s = await assertClusterAccess(ctx, actor, groupId, year);
  const plan = await repo.findClusterPlan(ctx.db, { groupId, year });
  return plan ? presentPlan(ctx, plan, s.role) : null;
}

/** "Cụm thi đua V" → "CTĐV", "Khối thi đua các sở …" → "KTĐ": the cluster's symbol in "KH-CTĐV". */
export function clusterAbbreviation(group: { kind: repo.GroupKind; name: string }): string {
  const m = /(?:cụm|khối)\s+thi\s+đua\s+(?:số\s+)?([IVXLC]+|\d+)\b/iu.exec(group.name);
  return `${group.kind === 'cum' ? 'CTĐ' : 'KTĐ'}${m ? m[1]!.toUpperCase() : ''}`;
}

async function leaderAgency(ctx: Ctx, s: ClusterStanding, year: number) {
  const rows = await repo.membersOf(ctx.db, s.group.id);
  return rows.find((m) => m.year === year && m.role === 'leader') ?? null;
}

function planDoc(
  input: PlanCreateT | PlanUpdateT,
  group: repo.GroupRow,
  place: string | null,
): repo.ClusterPlanDoc {
  return {
    number: input.number ?? null,
    symbol: input.symbol ?? `KH-${clusterAbbreviation(group)}`,
    place_name: input.placeName ?? place,
    issued_on: input.issuedOn ?? null,
    legal_basis: input.legalBasis ?? null,
    signer_name: input.signerName ?? null,
    signer_title: input.signerTitle ?? null,
    recipients: input.recipients ?? [
      ...(group.organiser_name ? [group.organiser_name] : []),
      `Các cơ quan thành viên ${group.name}`,
      'Lưu: VT.',
    ],
  };
}

export async function createPlan(ctx: Ctx, actor: Actor, groupId: number, input: PlanCreateT) {
  const s = await assertClusterAccess(ctx, actor, groupId, input.year, LEADS, 'lập kế hoạch của cụm');
  if (await repo.findClusterPlan(ctx.db, { groupId, year: input.year }))
    throw errors.duplicate('year', `${s.group.name} đã có kế hoạch năm ${input.year}.`);
  const leader = await leaderAgency(ctx, s, input.year);
  const agencyId = leader?.agency_id ?? s.agencyIds[0];
  if (agencyId === undefined)
    throw errors.field(
      'year',
      `Chưa có Cụm trưởng năm ${input.year}: hãy bầu Cụm trưởng trước khi lập kế hoạch.`,
    );
  const sections = input.sections ?? [
    { heading: 'MỤC ĐÍCH, YÊU CẦU', body: '' },
    { heading: 'NHIỆM VỤ CỤ THỂ VÀ THỜI GIAN THỰC HIỆN', body: '[NHIỆM VỤ]' },
    { heading: 'TỔ CHỨC THỰC HIỆN', body: '' },
  ];
  const planId = await ctx.db.transaction().execute(async (trx) => {
    const id = await repo.insertClusterPlan(trx, {
      group_id: groupId,
      agency_id: agencyId,
      year: input.year,
      title: input.title,
      created_by: actor.userId,
      doc: planDoc(input, s.group, leader?.place_name ?? null),
    });
    if (sections.length)
      await trx
        .insertInto('plan_sections')
        .values(sections.map((x, i) => ({ plan_id: id, position: i + 1, heading: x.heading, body: x.body })))
        .execute();
    await writeAudit(
      trx,
      auditBy(actor, {
        action: 'create',
        entity: 'cluster_plans',
        entityId: String(id),
        agencyId,
        summary: `Lập kế hoạch "${input.title}" của ${s.group.name} năm ${input.year}`,
        before: null,
        after: input,
      }),
    );
    return id;
  });
  return presentPlan(ctx, await planOf(ctx, groupId, planId), s.role);
}

export async function updatePlan(
  ctx: Ctx,
  actor: Actor,
  groupId: number,
  planId: number,
  input: PlanUpdateT,
) {
  const plan = await planOf(ctx, groupId, planId);
  const s = await assertClusterAccess(ctx, actor, groupId, plan.year, LEADS, 'sửa kế hoạch của cụm');
  await ctx.db.transaction().execute(async (trx) => {
    const ok = await repo.updateClusterPlan(
      trx,
      planId,
      input.version,
      { title: input.title, status: input.status },
      plan.document_id,
      planDoc(input, s.group, plan.place_name),
    );
    if (!ok) throw errors.conflict();
    if (input.sections) {
      await trx.deleteFrom('plan_sections').where('plan_id', '=', planId).execute();
      if (input.sections.length)
        await trx
          .insertInto('plan_sections')
          .values(
            input.sections.map((x, i) => ({
              plan_id: planId,
              position: i + 1,
              heading: x.heading,
              body: x.body,
            })),
          )
          .execute();
    }
    await writeAudit(
      trx,
      auditBy(actor, {
        action: 'update',
        entity: 'cluster_plans',
        entityId: String(planId),
        agencyId: plan.agency_id,
        summary: `Sửa kế hoạch "${input.title}" của ${s.group.name}`,
        before: { title: plan.title, status: plan.status, number: plan.number },
        after: input,
      }),
    );
  });
  return presentPlan(ctx, await planOf(ctx, groupId, planId), s.role);
}

async function taskValues(
  ctx: Ctx,
  groupId: number,
  year: number,
  input: TaskInputT,
): Promise<{
  values: repo.ClusterTaskValues;
  bodies: { role: 'lead' | 'coordinate'; agency_id: number | null; label: string | null }[];
}> {
  const month = (ym: string | null | undefined) => (ym ? `${ym}-01` : null);
  const k = input.deadlineKind;
  if ((k === 'before' || k === 'on') && !input.deadlineOn)
    throw errors.field('deadlineOn', 'Hãy nhập ngày thực hiện.');
  if ((k === 'month' || k === 'months') && !input.deadlineMonth)
    throw errors.field('deadlineMonth', 'Hãy chọn tháng thực hiện.');
  if (k === 'months' && (!input.deadlineMonthTo || input.deadlineMonthTo < (input.deadlineMonth ?? '')))
    throw errors.field('deadlineMonthTo', 'Tháng kết thúc phải cùng hoặc sau tháng bắt đầu.');
  if (k === 'other' && !input.deadlineText)
    throw errors.field('deadlineText', 'Hãy ghi thời gian thực hiện.');
  if (input.status === 'done' && !input.doneOn)
    throw errors.field('doneOn', 'Nhiệm vụ đã hoàn thành cần có ngày hoàn thành.');
  if (input.leadAgencyIds.length + input.leadLabels.length === 0)
    throw errors.field('leadAgencyIds', 'Hãy chọn cơ quan chủ trì.');
  const named = [...new Set([...input.leadAgencyIds, ...input.coordinatingAgencyIds])];
  const members = await repo.membersAmong(ctx.db, groupId, year, named);
  const outsider = named.find((a) => !members.includes(a));
  if (outsider !== undefined)
    throw errors.field(
      input.leadAgencyIds.includes(outsider) ? 'leadAgencyIds' : 'coordinatingAgencyIds',
      `Cơ quan chủ trì, phối hợp phải là thành viên của Cụm năm ${year}.`,
    );
  return {
    values: {
      number: input.number ?? null,
      content: input.content,
      deadline_kind: k,
      deadline_on: k === 'before' || k === 'on' ? (input.deadlineOn ?? null) : null,
      deadline_month: k === 'month' || k === 'months' ? month(input.deadlineMonth) : null,
      deadline_month_to: k === 'months' ? month(input.deadlineMonthTo) : null,
      deadline_text: k === 'other' || k === 'per-higher-plan' ? (input.deadlineText ?? null) : null,
      status: input.status,
      done_on: input.status === 'done' ? (input.doneOn ?? null) : null,
      note: input.note ?? null,
    },
    bodies: [
      ...input.leadAgencyIds.map((a) => ({ role: 'lead' as const, agency_id: a, label: null })),
      ...input.leadLabels.map((l) => ({ role: 'lead' as const, agency_id: null, label: l })),
      ...input.coordinatingAgencyIds.map((a) => ({ role: 'coordinate' as const, agency_id: a, label: null })),
      ...input.coordinatingLabels.map((l) => ({ role: 'coordinate' as const, agency_id: null, label: l })),
    ],
  };
}

export async function addTask(ctx: Ctx, actor: Actor, groupId: number, planId: number, input: TaskInputT) {
  const plan = await planOf(ctx, groupId, planId);
  const s = await assertClusterAccess(
    ctx,
    actor,
    groupId,
    plan.year,
    LEADS,
    'thêm nhiệm vụ vào kế hoạch của cụm',
  );
  const v = await taskValues(ctx, groupId, plan.year, input);
  const id = await ctx.db.transaction().execute(async (trx) => {
    const taskId = await repo.insertClusterTask(trx, planId, v.values);
    await repo.replaceTaskBodies(trx, taskId, v.bodies);
    await writeAudit(
      trx,
      auditBy(actor, {
        action: 'create',
        entity: 'cluster_plan_tasks',
        entityId: String(taskId),
        agencyId: plan.agency_id,
        summary: `Thêm nhiệm vụ vào kế hoạch năm ${plan.year} của ${s.group.name}`,
        before: null,
        after: input,
      }),
    );
    return taskId;
  });
  const [task] = await repo.listClusterTasks(ctx.db, planId, [id]);
  return presentTask(task!);
}

async function taskOf(ctx: Ctx, planId: number, taskId: number) {
  const [task] = await repo.listClusterTasks(ctx.db, planId, [taskId]);
  if (!task) throw errors.notFound('nhiệm vụ của kế hoạch');
  return task;
}

export async function updateTask(
  ctx: Ctx,
  actor: Actor,
  groupId: number,
  planId: number,
  taskId: number,
  input: TaskInputT & { version: number },
) {
  const plan = await planOf(ctx, groupId, planId);
  const s = await assertClusterAccess(ctx, actor, groupId, plan.year, LEADS, 'sửa nhiệm vụ của kế hoạch cụm');
  const before = await taskOf(ctx, planId, taskId);
  const v = await taskValues(ctx, groupId, plan.year, input);
  await ctx.db.transaction().execute(async (trx) => {
    if (!(await repo.updateClusterTask(trx, taskId, input.version, v.values))) throw errors.conflict();
    await repo.replaceTaskBodies(trx, taskId, v.bodies);
    await writeAudit(
      trx,
      auditBy(actor, {
        action: 'update',
        entity: 'cluster_plan_tasks',
        entityId: String(taskId),
        agencyId: plan.agency_id,
        summary: `Sửa nhiệm vụ trong kế hoạch năm ${plan.year} của ${s.group.name}`,
        before: { content: before.content, status: before.status, deadline: before.deadline_kind },
        after: input,
      }),
    );
  });
  return presentTask(await taskOf(ctx, planId, taskId));
}

export async function deleteTask(ctx: Ctx, actor: Actor, groupId: number, planId: number, taskId: number) {
  const plan = await planOf(ctx, groupId, planId);
  const s = await assertClusterAccess(ctx, actor, groupId, plan.year, LEADS, 'xoá nhiệm vụ của kế hoạch cụm');
  const before = await taskOf(ctx, planId, taskId);
  await ctx.db.transaction().execute(async (trx) => {
    await repo.deleteClusterTask(trx, taskId);
    await writeAudit(
      trx,
      auditBy(actor, {
        action: 'delete',
        entity: 'cluster_plan_tasks',
        entityId: String(taskId),
        agencyId: plan.agency_id,
        summary: `Xoá nhiệm vụ khỏi kế hoạch năm ${plan.year} của ${s.group.name}`,
        before: { content: before.content, status: before.status },
        after: null,
      }),
    );
  });
}

export { planOf };

// ── the conference and its election ──

/**
 * The year-end conference of `input.year` elects the leader and deputy of the next year: the meeting and every
 * candidate's votes are recorded, and next year's membership gets the roles dated the day of the conference.
 * Run by the year's leader (or deputy); one election per cluster and year (409 on a second).
 */
export async function elect(ctx: Ctx, actor: Actor, groupId: number, input: ElectionInputT) {
  const s = await assertClusterAccess(
    ctx,
    actor,
    groupId,
    input.year,
    LEADS,
    'ghi kết quả bầu Cụm trưởng, Cụm phó',
  );
  const forYear = input.year + 1;
  if (await repo.electionExists(ctx.db, groupId, forYear))
    throw errors.duplicate('year', `${s.group.name} đã bầu Cụm trưởng, Cụm phó năm ${forYear}.`);
  const all = await repo.membersOf(ctx.db, groupId);
  const next = all.filter((m) => m.year === forYear);
  const electorate = (next.length ? next : all.filter((m) => m.year === input.year)).map((m) => m.agency_id);
  const thisYear = all.filter((m) => m.year === input.year);
  if (input.presentCount > thisYear.length)
    throw errors.field(
      'presentCount',
      `Số cơ quan dự họp vượt quá số thành viên của Cụm (${thisYear.length}).`,
    );
  if (input.votesTotal > input.presentCount)
    throw errors.field('votesTotal', 'Tổng số phiếu không được vượt quá số cơ quan dự họp.');
  const t = tallyElection(input.candidates, input.votesTotal, electorate);
  if (!t.ok) throw errors.invalidInput(t.issues);
  const host = thisYear.find((m) => m.role === 'leader')?.agency_id ?? s.agencyIds[0] ?? null;
  const name = (id: number | null) => all.find((m) => m.agency_id === id)?.agency_name ?? '';
  const meetingId = await ctx.db.transaction().execute(async (trx) => {
    const id = await repo.insertMeeting(trx, {
      group_id: groupId,
      year: input.year,
      kind: 'tong-ket',
      held_on: input.heldOn,
      host_agency_id: host,
      form: input.form,
      present_count: input.presentCount,
      minutes: input.minutes ?? null,
    });
    await repo.insertVotes(
      trx,
      id,
      t.tally.rows.map((r) => ({
        subject: r.subject,
        agency_id: r.agencyId,
        for_year: forYear,
        votes_for: r.votesFor,
        votes_against: r.votesAgainst,
        votes_total: input.votesTotal,
        passed: r.passed,
      })),
    );
    await repo.setYearRoles(trx, groupId, forYear, {
      leaderId: t.tally.leaderId,
      deputyId: t.tally.deputyId,
      since: input.heldOn,
    });
    await writeAudit(
      trx,
      auditBy(actor, {
        action: 'elect',
        entity: 'cluster_elections',
        entityId: String(id),
        agencyId: host,
        summary: `Hội nghị tổng kết năm ${input.year} của ${s.group.name} suy tôn Cụm trưởng năm ${forYear}: ${name(t.tally.leaderId)}${
          t.tally.deputyId !== null ? `; Cụm phó: ${name(t.tally.deputyId)}` : ''
        }`,
        before: null,
        after: { ...input, leaderId: t.tally.leaderId, deputyId: t.tally.deputyId },
      }),
    );
    return id;
  });
  const data = await repo.listMeetings(ctx.db, groupId, input.year);
  return presentMeetings(data).find((m) => m.id === meetingId)!;
}
