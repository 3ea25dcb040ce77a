// The cluster's documents as .docx: the plan (seed 003 layout) and the mid-year / year-end reports, mapped from
// the rows onto the pure builders in packages/documents, then rendered.
import * as repo from '../../../../../packages/db/src/repositories/clusters.ts';
import {
  buildClusterPlanDocument,
  type ClusterPlanInput,
} from '../../../../../packages/documents/src/builders/cluster-plan.ts';
import {
  buildClusterReportDocument,
  clusterReportTitle,
  type ClusterReportKind,
} from '../../../../../packages/documents/src/builders/cluster-report.ts';
import { deadlineText } from '../../../../../packages/documents/src/format.ts';
import { renderDocx } from '../../../../../packages/documents/src/render-docx.ts';
import { TARGET_LABELS } from '../../../../../packages/domain/src/eligibility/messages/vi.ts';
import type { Actor } from '../../auth/actor.ts';
import type { Ctx } from '../../context.ts';
import { planDeadline } from '../plans/deadlines.ts';
import { assertClusterAccess, LEADS } from './access.ts';
import { clusterAbbreviation, planOf } from './service.ts';

const bodyNames = (t: repo.ClusterTaskRow, role: 'lead' | 'coordinate') =>
  t.bodies.filter((b) => b.role === role).map((b) => b.agency_name ?? b.label ?? '');

/** "Tháng 04/2025", "Tháng 06-07/2025", "Thường xuyên" — as the plan prints the task's time. */
const taskDeadline = (t: repo.ClusterTaskRow): string => deadlineText(planDeadline(t));

/** The proposal of a ranked member; a Ministry cluster's flag and certificate are the Ministry's. */
function proposalLabel(code: string | null, level: repo.GroupLevel): string | null {
  if (code === null) return null;
  if (level === 'bo' && code === 'co-thi-dua-cap-tinh') return 'Cờ thi đua của Bộ';
  if (level === 'bo' && code === 'bang-khen-cap-tinh') return 'Bằng khen của Bộ trưởng';
  return (TARGET_LABELS as Record<string, string>)[code] ?? code;
}

export async function planDocx(ctx: Ctx, actor: Actor, groupId: number, planId: number) {
  const plan = await planOf(ctx, groupId, planId);
  const s = await assertClusterAccess(ctx, actor, groupId, plan.year);
  const sections = await ctx.db
    .selectFrom('plan_sections')
    .select(['heading', 'body'])
    .where('plan_id', '=', planId)
    .orderBy('position')
    .execute();
  const tasks = await repo.listClusterTasks(ctx.db, planId);
  const recipients = Array.isArray(plan.recipients) ? (plan.recipients as string[]) : [];
  const archiveLine = recipients.find((r) => /^-?\s*lưu\s*:/iu.test(r));
  const input: ClusterPlanInput = {
    clusterName: s.group.name,
    organiserName: s.group.organiser_name,
    place: plan.place_name ?? '',
    number: plan.number,
    symbol: plan.symbol ?? `KH-${clusterAbbreviation(s.group)}`,
    date: plan.issued_on,
    title: plan.title,
    legalBasis: (plan.legal_basis ?? '')
      .split(/\r?\n/)
      .map((x) => x.trim())
      .filter(Boolean),
    sections: sections.map((x) => ({ title: x.heading, body: x.body })),
    tasks: tasks.map((t) => ({
      content: t.content,
      lead: bodyNames(t, 'lead'),
      coordinating: bodyNames(t, 'coordinate'),
      deadline: taskDeadline(t),
    })),
    recipients: recipients.filter((r) => r !== archiveLine),
    archive: archiveLine
      ? archiveLine
          .replace(/^-?\s*lưu\s*:\s*/iu, '')
          .replace(/\.$/, '')
          .split(',')
          .map((x) => x.trim())
          .filter(Boolean)
      : ['VT'],
    signerName: plan.signer_name ?? '',
  };
  if (plan.signer_title) input.signerTitle = plan.signer_title;
  const content = await renderDocx(buildClusterPlanDocument(input));
  return { filename: `Kế hoạch ${s.group.name} năm ${plan.year}.docx`, content };
}

/**
 * The mid-year or year-end report of `year` from the data. The ranking is printed once published; the leader
 * and reviewers also see a confirmed, not yet published ranking (members see only published results).
 */
export async function reportDocx(
  ctx: Ctx,
  actor: Actor,
  groupId: number,
  kind: ClusterReportKind,
  year: number,
) {
  const s = await assertClusterAccess(ctx, actor, groupId, year);
  const all = await repo.membersOf(ctx.db, groupId);
  const members = all.filter((m) => m.year === year);
  const leader = members.find((m) => m.role === 'leader');
  const plan = await repo.findClusterPlan(ctx.db, { groupId, year });
  const tasks = plan ? await repo.listClusterTasks(ctx.db, plan.id) : [];
  const covenant = await repo.clusterCovenant(ctx.db, groupId, year);
  const { meetings, votes } = await repo.listMeetings(ctx.db, groupId, year);
  const seesConfirmed = LEADS.includes(s.role) || s.role === 'reviewer';
  const results = (await repo.clusterResults(ctx.db, groupId, year)).filter(
    (r) => r.status === 'published' || (seesConfirmed && r.status === 'confirmed'),
  );
  const elected = (subject: 'leader' | 'deputy') => {
    const v = votes.find((x) => x.subject === subject && x.for_year === year + 1 && x.passed);
    return v ? { name: v.agency_name ?? '', votesFor: v.votes_for, votesTotal: v.votes_total } : null;
  };
  const midYear = kind === 'so-ket-6-thang';
  const signerName = plan && leader && plan.agency_id === leader.agency_id ? (plan.signer_name ?? '') : '';
  const doc = buildClusterReportDocument({
    kind,
    clusterName: s.group.name,
    organiserName: s.group.organiser_name,
    place: leader?.place_name ?? plan?.place_name ?? '',
    year,
    number: null,
    symbol: `BC-${clusterAbbreviation(s.group)}`,
    date: null,
    members: members.map((m) => ({ name: m.agency_name, role: m.role, roleSince: m.role_since })),
    tasks: tasks.map((t) => ({
      content: t.content,
      lead: bodyNames(t, 'lead'),
      deadline: taskDeadline(t),
      status: t.status,
      doneOn: t.done_on,
    })),
    covenant: covenant
      ? {
          title: covenant.title,
          status: covenant.status,
          signedOn: covenant.signed_on,
          signedCount: Number(covenant.signed_count),
        }
      : null,
    meetings: meetings
      .filter((m) => !midYear || m.kind === 'so-ket')
      .map((m) => ({
        kind: m.kind,
        heldOn: m.held_on,
        hostName: m.host_name,
        form: m.form,
        presentCount: m.present_count,
      })),
    results: midYear
      ? null
      : results.map((r) => ({
          rank: r.rank,
          agencyName: r.agency_name,
          total: r.total,
          proposal: proposalLabel(r.proposed_code, s.group.level),
        })),
    election: midYear ? null : { forYear: year + 1, leader: elected('leader'), deputy: elected('deputy') },
    recipients: [
      ...(s.group.organiser_name ? [`${s.group.organiser_name}`] : []),
      `Các cơ quan thành viên ${s.group.name}`,
    ],
    signerName,
    ...(leader ? { signerTitle: `Giám đốc\n${leader.agency_name}` } : {}),
  });
  const content = await renderDocx(doc);
  return { filename: `Báo cáo ${clusterReportTitle(kind, s.group.name, year)}.docx`, content };
}
