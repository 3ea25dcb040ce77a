// Cluster scoring (chấm điểm thi đua cụm, khối; issue #6 items 2–4): the leader drafts criteria groups and
// criteria, members comment, the signed covenant fixes the criteria (later edits make a new, audited version);
// members self-score with evidence, the leader scores every member, other members cross-score where the
// cluster's settings ask for it (never themselves, never across a declared conflict); the council's standing
// body confirms, the leader publishes, and publication creates the flag / Bằng khen proposals. Nothing changes
// after publication. Who may do what comes from modules/clusters/access.ts (D1); the decisions (clamping,
// completeness, states, ranking, tie-break, quotas) from packages/domain/src/clusters.
import crypto from 'node:crypto';
import { writeAudit } from '../../../../../packages/db/src/audit.ts';
import * as repo from '../../../../../packages/db/src/repositories/cluster-scoring.ts';
import { insertFile } from '../../../../../packages/db/src/repositories/initiatives.ts';
import {
  allocateProposals,
  clampPoints,
  crossAssignments,
  finalPoints,
  isTieBreakKey,
  missingCriteria,
  rankMembers,
  roundPoints,
  tieBreakText,
  transition,
  PROPOSAL_LABELS,
  type RankInput,
  type SheetAction,
  type SheetStatus,
  type TieBreakKey,
} from '../../../../../packages/domain/src/clusters/index.ts';
import { isAdmin, type Actor } from '../../auth/actor.ts';
import { auditBy, type Ctx } from '../../context.ts';
import { AppError, errors } from '../../errors.ts';
import { assertClusterAccess, LEADS, type ClusterStanding } from '../clusters/access.ts';
import { createProposal } from '../proposals/service.ts';
import type { CriterionBodyT, MeetingBodyT, ScoresBodyT } from './schemas.ts';

type Db = Ctx['db'];

export const LOCKED_MESSAGE = 'Kết quả đã công bố, không thể sửa.';
const locked = (): AppError => new AppError('conflict', LOCKED_MESSAGE, { path: 'status' });

const STATUS_LABELS: Record<SheetStatus, string> = {
  draft: 'Dự thảo',
  submitted: 'Đã gửi',
  returned: 'Bị trả lại',
  scored: 'Cụm trưởng đã chấm',
  confirmed: 'Thường trực Hội đồng đã xác nhận',
  published: 'Đã công bố',
};
export { STATUS_LABELS as SHEET_STATUS_LABELS };

/** The refusal for a step the sheet's state does not allow, in Vietnamese. */
function refuse(status: SheetStatus, action: SheetAction, reason: string): AppError {
  if (reason === 'published') return locked();
  if (reason === 'reason-required') return errors.field('reason', 'Cần ghi lý do trả lại.');
  if (reason === 'incomplete') return errors.field('scores', 'Chưa chấm đủ các tiêu chí.');
  const what: Record<SheetAction, string> = {
    edit: 'sửa điểm',
    submit: 'gửi phiếu',
    return: 'trả lại phiếu',
    score: 'chấm điểm',
    confirm: 'xác nhận',
    publish: 'công bố',
  };
  return new AppError(
    'conflict',
    `Phiếu đang ở trạng thái "${STATUS_LABELS[status]}", không thể ${what[action]}.`,
    {
      path: 'status',
    },
  );
}

async function assertOpen(db: Db, groupId: number, year: number): Promise<void> {
  if (await repo.publishedAt(db, groupId, year)) throw locked();
}

const isLeader = (s: ClusterStanding): boolean => s.role === 'leader';
const leads = (s: ClusterStanding): boolean => LEADS.includes(s.role);

function sheetFilter(actor: Actor, s: ClusterStanding): repo.SheetFilter {
  return {
    all: isAdmin(actor),
    writerIds: s.agencyIds,
    readSubmitted: s.role !== 'member',
  };
}

/** Whether the actor may read this sheet: its scorer in every state; others once it left drafting (a draft is never shown). */
function canRead(actor: Actor, s: ClusterStanding, sheet: repo.SheetRow): boolean {
  if (isAdmin(actor) || s.agencyIds.includes(sheet.scorer_agency_id)) return true;
  if (sheet.status === 'draft') return false;
  // A returned sheet is back with its scorer: the leader who returned it (and the reviewer) still see it.
  if (s.role !== 'member') return true;
  return sheet.status !== 'returned' && s.agencyIds.includes(sheet.scored_agency_id);
}

/** Whether the actor writes this sheet: self and cross sheets by their scorer agency, leader sheets by the leader. */
function canWrite(actor: Actor, s: ClusterStanding, sheet: repo.SheetRow): boolean {
  if (sheet.scorer_kind === 'leader') return isLeader(s);
  return s.agencyIds.includes(sheet.scorer_agency_id);
}

// ── overview ──

export async function overview(ctx: Ctx, actor: Actor, groupId: number, year: number) {
  const standing = await assertClusterAccess(ctx, actor, groupId, year);
  const [settings, criteria, comments, covenant, versions, members, sheets, conflicts, results, published] =
    await Promise.all([
      repo.settingsOf(ctx.db, groupId, year),
      repo.criteriaOf(ctx.db, groupId, year),
      repo.commentsOf(ctx.db, groupId, year),
      repo.covenantOf(ctx.db, groupId, year),
      repo.criteriaVersions(ctx.db, groupId, year),
      repo.membersOfYear(ctx.db, groupId, year),
      repo.listSheets(ctx.db, groupId, year, sheetFilter(actor, standing)),
      repo.conflictsOf(ctx.db, groupId, year),
      repo.resultsOf(ctx.db, groupId, year),
      repo.publishedAt(ctx.db, groupId, year),
    ]);
  return {
    standing,
    settings,
    criteria,
    comments,
    covenant,
    versions,
    members,
    sheets,
    conflicts,
    results,
    published,
  };
}

// ── settings ──

export async function saveSettings(
  ctx: Ctx,
  actor: Actor,
  groupId: number,
  year: number,
  input: repo.SettingsValues & { version: number },
) {
  const s = await assertClusterAccess(ctx, actor, groupId, year, LEADS, 'sửa cách chấm điểm của cụm');
  await assertOpen(ctx.db, groupId, year);
  const before = await repo.settingsOf(ctx.db, groupId, year);
  const { version, ...values } = input;
  await ctx.db.transaction().execute(async (trx) => {
    if (!(await repo.saveSettings(trx, groupId, year, version, values))) throw errors.conflict();
    const covenant = await repo.covenantOf(trx, groupId, year);
    if (covenant?.status === 'signed') await openSheets(trx, groupId, year);
    await writeAudit(
      trx,
      auditBy(actor, {
        action: version === 0 ? 'create' : 'update',
        entity: 'cluster_scoring_settings',
        entityId: `${groupId}/${year}`,
        agencyId: s.agencyIds[0] ?? null,
        summary: `Cách chấm điểm, phân định và số Cờ thi đua, Bằng khen của cụm năm ${year}`,
        before: before.id === null ? null : before,
        after: values,
      }),
    );
  });
  return repo.settingsOf(ctx.db, groupId, year);
}

// ── criteria ──

/** Edits after the covenant is signed need a reason and make a new version of the criteria. */
async function criteriaEdit(
  trx: Db,
  actor: Actor,
  groupId: number,
  year: number,
  reason: string | null | undefined,
): Promise<{ signed: boolean; after: (what: string) => Promise<void> }> {
  const covenant = await repo.covenantOf(trx, groupId, year);
  const signed = covenant?.status === 'signed';
  if (signed && !reason)
    throw errors.field(
      'reason',
      'Giao ước đã ký: sửa tiêu chí cần ghi lý do (tạo phiên bản mới của bộ tiêu chí).',
    );
  return {
    signed,
    after: async (what: string) => {
      if (!signed) return;
      const snapshot = await repo.criteriaOf(trx, groupId, year);
      const no = await repo.insertCriteriaVersion(trx, {
        group_id: groupId,
        year,
        covenant_id: covenant.id,
        reason: `${what}: ${reason}`,
        snapshot,
        created_by: actor.userId,
      });
      await writeAudit(
        trx,
        auditBy(actor, {
          action: 'version',
          entity: 'cluster_criteria_versions',
          entityId: `${groupId}/${year}/${no}`,
          agencyId: covenant.agency_id,
          summary: `Bộ tiêu chí năm ${year}: phiên bản ${no} (${what}; lý do: ${reason})`,
          before: null,
          after: { versionNo: no, reason },
        }),
      );
    },
  };
}

export async function addCriteriaGroup(
  ctx: Ctx,
  actor: Actor,
  groupId: number,
  year: number,
  input: {
    code?: string | null | undefined;
    name: string;
    maxPoints?: number | null | undefined;
    reason?: string | null | undefined;
  },
) {
  await assertClusterAccess(ctx, actor, groupId, year, LEADS, 'soạn tiêu chí thi đua của cụm');
  await assertOpen(ctx.db, groupId, year);
  return ctx.db.transaction().execute(async (trx) => {
    const edit = await criteriaEdit(trx, actor, groupId, year, input.reason);
    const values = {
      group_id: groupId,
      year,
      code: input.code ?? null,
      name: input.name,
      max_points: input.maxPoints ?? null,
    };
    const id = await repo.insertCriteriaGroup(trx, values);
    await writeAudit(
      trx,
      auditBy(actor, {
        action: 'create',
        entity: 'cluster_criteria_groups',
        entityId: String(id),
        agencyId: null,
        summary: `Thêm nhóm tiêu chí "${input.name}" năm ${year}`,
        before: null,
        after: values,
      }),
    );
    await edit.after(`thêm nhóm tiêu chí ${input.code ?? input.name}`);
    return id;
  });
}

async function groupOf(ctx: Ctx, id: number) {
  const g = await repo.findCriteriaGroup(ctx.db, id);
  if (!g) throw errors.notFound('nhóm tiêu chí');
  return g;
}

export async function updateCriteriaGroup(
  ctx: Ctx,
  actor: Actor,
  id: number,
  input: {
    code?: string | null | undefined;
    name: string;
    maxPoints?: number | null | undefined;
    reason?: string | null | undefined;
    version: number;
  },
) {
  const g = await groupOf(ctx, id);
  await assertClusterAccess(ctx, actor, g.group_id, g.year, LEADS, 'sửa tiêu chí thi đua của cụm');
  await assertOpen(ctx.db, g.group_id, g.year);
  await ctx.db.transaction().execute(async (trx) => {
    const edit = await criteriaEdit(trx, actor, g.group_id, g.year, input.reason);
    const values = { code: input.code ?? null, name: input.name, max_points: input.maxPoints ?? null };
    if (!(await repo.updateCriteriaGroup(trx, id, input.version, values))) throw errors.conflict();
    await writeAudit(
      trx,
      auditBy(actor, {
        action: 'update',
        entity: 'cluster_criteria_groups',
        entityId: String(id),
        agencyId: null,
        summary: `Sửa nhóm tiêu chí "${input.name}"`,
        before: { code: g.code, name: g.name, max_points: g.max_points },
        after: values,
      }),
    );
    await edit.after(`sửa nhóm tiêu chí ${input.code ?? input.name}`);
  });
}

export async function deleteCriteriaGroup(ctx: Ctx, actor: Actor, id: number, version: number) {
  const g = await groupOf(ctx, id);
  await assertClusterAccess(ctx, actor, g.group_id, g.year, LEADS, 'xoá tiêu chí thi đua của cụm');
  await assertOpen(ctx.db, g.group_id, g.year);
  if (g.covenant_id !== null)
    throw new AppError('conflict', 'Giao ước đã ký: không xoá nhóm tiêu chí, hãy sửa (có lý do).', {
      path: 'id',
    });
  await ctx.db.transaction().execute(async (trx) => {
    if (!(await repo.deleteCriteriaGroup(trx, id, version))) throw errors.conflict();
    await writeAudit(
      trx,
      auditBy(actor, {
        action: 'delete',
        entity: 'cluster_criteria_groups',
        entityId: String(id),
        agencyId: null,
        summary: `Xoá nhóm tiêu chí "${g.name}"`,
        before: g,
        after: null,
      }),
    );
  });
}

function criterionValues(input: CriterionBodyT): repo.CriterionValues {
  return {
    code: input.code ?? null,
    name: input.name,
    kind: input.kind,
    min_points: input.minPoints ?? (input.kind === 'penalty' ? input.maxPoints : 0),
    max_points: input.maxPoints,
    evidence_required: input.evidenceRequired ?? null,
    indicator_code: input.indicatorCode ?? null,
  };
}

export async function addCriterion(ctx: Ctx, actor: Actor, criteriaGroupId: number, input: CriterionBodyT) {
  const g = await groupOf(ctx, criteriaGroupId);
  await assertClusterAccess(ctx, actor, g.group_id, g.year, LEADS, 'soạn tiêu chí thi đua của cụm');
  await assertOpen(ctx.db, g.group_id, g.year);
  return ctx.db.transaction().execute(async (trx) => {
    const edit = await criteriaEdit(trx, actor, g.group_id, g.year, input.reason);
    const values = criterionValues(input);
    const id = await repo.insertCriterion(trx, criteriaGroupId, values);
    await writeAudit(
      trx,
      auditBy(actor, {
        action: 'create',
        entity: 'cluster_criteria',
        entityId: String(id),
        agencyId: null,
        summary: `Thêm tiêu chí "${input.name}"`,
        before: null,
        after: values,
      }),
    );
    await edit.after(`thêm tiêu chí ${input.code ?? input.name}`);
    return id;
  });
}

async function criterionOf(ctx: Ctx, id: number) {
  const c = await repo.findCriterion(ctx.db, id);
  if (!c) throw errors.notFound('tiêu chí');
  return c;
}

export async function updateCriterion(
  ctx: Ctx,
  actor: Actor,
  id: number,
  input: CriterionBodyT & { version: number },
) {
  const c = await criterionOf(ctx, id);
  await assertClusterAccess(ctx, actor, c.group_id, c.year, LEADS, 'sửa tiêu chí thi đua của cụm');
  await assertOpen(ctx.db, c.group_id, c.year);
  const values = criterionValues(input);
  await ctx.db.transaction().execute(async (trx) => {
    const edit = await criteriaEdit(trx, actor, c.group_id, c.year, input.reason);
    if ((await repo.scoresOutside(trx, id, values.min_points, values.max_points)) > 0)
      throw errors.field(
        'maxPoints',
        'Đã có điểm chấm nằm ngoài khoảng điểm mới; hãy sửa các phiếu đó trước.',
      );
    if (!(await repo.updateCriterion(trx, id, input.version, values))) throw errors.conflict();
    await writeAudit(
      trx,
      auditBy(actor, {
        action: 'update',
        entity: 'cluster_criteria',
        entityId: String(id),
        agencyId: null,
        summary: `Sửa tiêu chí "${input.name}"${edit.signed ? ` (lý do: ${input.reason})` : ''}`,
        before: {
          code: c.code,
          name: c.name,
          kind: c.kind,
          min_points: c.min_points,
          max_points: c.max_points,
          evidence_required: c.evidence_required,
          indicator_code: c.indicator_code,
        },
        after: values,
      }),
    );
    await edit.after(`sửa tiêu chí ${input.code ?? input.name}`);
  });
}

export async function deleteCriterion(ctx: Ctx, actor: Actor, id: number, version: number) {
  const c = await criterionOf(ctx, id);
  await assertClusterAccess(ctx, actor, c.group_id, c.year, LEADS, 'xoá tiêu chí thi đua của cụm');
  await assertOpen(ctx.db, c.group_id, c.year);
  const g = await groupOf(ctx, c.criteria_group_id);
  if (g.covenant_id !== null)
    throw new AppError('conflict', 'Giao ước đã ký: không xoá tiêu chí, hãy sửa (có lý do).', { path: 'id' });
  await ctx.db.transaction().execute(async (trx) => {
    if (!(await repo.deleteCriterion(trx, id, version))) throw errors.conflict();
    await writeAudit(
      trx,
      auditBy(actor, {
        action: 'delete',
        entity: 'cluster_criteria',
        entityId: String(id),
        agencyId: null,
        summary: `Xoá tiêu chí "${c.name}"`,
        before: c,
        after: null,
      }),
    );
  });
}

export async function addComment(
  ctx: Ctx,
  actor: Actor,
  groupId: number,
  year: number,
  input: { criteriaGroupId: number; criterionId?: number | null | undefined; content: string },
) {
  const s = await assertClusterAccess(
    ctx,
    actor,
    groupId,
    year,
    ['leader', 'deputy', 'member'],
    'góp ý tiêu chí',
  );
  await assertOpen(ctx.db, groupId, year);
  const agencyId = s.agencyIds[0];
  if (agencyId === undefined) throw errors.forbidden('góp ý tiêu chí thay cho một cơ quan thành viên');
  const g = await repo.findCriteriaGroup(ctx.db, input.criteriaGroupId);
  if (!g || g.group_id !== groupId || g.year !== year)
    throw errors.field('criteriaGroupId', 'Nhóm tiêu chí không thuộc cụm, năm này.');
  if (input.criterionId) {
    const c = await repo.findCriterion(ctx.db, input.criterionId);
    if (!c || c.criteria_group_id !== g.id)
      throw errors.field('criterionId', 'Tiêu chí không thuộc nhóm này.');
  }
  return ctx.db.transaction().execute(async (trx) => {
    const values = {
      criteria_group_id: g.id,
      criterion_id: input.criterionId ?? null,
      agency_id: agencyId,
      user_id: actor.userId,
      content: input.content,
    };
    const id = await repo.insertComment(trx, values);
    await writeAudit(
      trx,
      auditBy(actor, {
        action: 'create',
        entity: 'cluster_criteria_comments',
        entityId: String(id),
        agencyId,
        summary: `Góp ý dự thảo tiêu chí năm ${year}`,
        before: null,
        after: values,
      }),
    );
    return id;
  });
}

// ── covenant ──

export async function createCovenant(
  ctx: Ctx,
  actor: Actor,
  groupId: number,
  year: number,
  input: { title: string; content: string; placeName?: string | null | undefined },
) {
  await assertClusterAccess(ctx, actor, groupId, year, LEADS, 'soạn giao ước thi đua của cụm');
  await assertOpen(ctx.db, groupId, year);
  const members = await repo.membersOfYear(ctx.db, groupId, year);
  const leader = members.find((m) => m.role === 'leader');
  if (!leader) throw errors.field('groupId', `Cụm chưa có Cụm trưởng năm ${year}.`);
  const existing = await repo.covenantOf(ctx.db, groupId, year);
  if (existing) throw errors.duplicate('year', `Cụm đã có giao ước thi đua năm ${year}.`);
  return ctx.db.transaction().execute(async (trx) => {
    const values = {
      agency_id: leader.agency_id,
      group_id: groupId,
      year,
      title: input.title,
      content: input.content,
      place_name: input.placeName ?? null,
    };
    const id = await repo.insertCovenant(
      trx,
      values,
      members.map((m) => ({ agency_id: m.agency_id, signer_name: null, signer_title: 'Giám đốc' })),
    );
    await writeAudit(
      trx,
      auditBy(actor, {
        action: 'create',
        entity: 'covenants',
        entityId: String(id),
        agencyId: leader.agency_id,
        summary: `Dự thảo giao ước thi đua cụm năm ${year}`,
        before: null,
        after: { ...values, signatories: members.map((m) => m.agency_id) },
      }),
    );
    return id;
  });
}

/** Opens the sheets the year needs and that do not exist: self and leader sheets per member, cross sheets. */
async function openSheets(trx: Db, groupId: number, year: number): Promise<number> {
  const [members, settings, conflicts] = await Promise.all([
    repo.membersOfYear(trx, groupId, year),
    repo.settingsOf(trx, groupId, year),
    repo.conflictsOf(trx, groupId, year),
  ]);
  const leader = members.find((m) => m.role === 'leader');
  const ids = members.map((m) => m.agency_id);
  const sheets: {
    scored_agency_id: number;
    scorer_kind: 'self' | 'leader' | 'cross';
    scorer_agency_id: number;
  }[] = [];
  for (const id of ids) {
    sheets.push({ scored_agency_id: id, scorer_kind: 'self', scorer_agency_id: id });
    if (leader)
      sheets.push({ scored_agency_id: id, scorer_kind: 'leader', scorer_agency_id: leader.agency_id });
  }
  if (settings.cross_scoring)
    for (const a of crossAssignments(
      [...ids].sort((x, y) => x - y),
      conflicts.map((c) => ({ scorerAgencyId: c.scorer_agency_id, scoredAgencyId: c.scored_agency_id })),
      settings.cross_per_member,
    ))
      sheets.push({
        scored_agency_id: a.scoredAgencyId,
        scorer_kind: 'cross',
        scorer_agency_id: a.scorerAgencyId,
      });
  return repo.ensureSheets(trx, groupId, year, sheets);
}

export async function signCovenant(
  ctx: Ctx,
  actor: Actor,
  groupId: number,
  year: number,
  input: {
    version: number;
    signedOn: string;
    signers: {
      agencyId: number;
      signerName?: string | null | undefined;
      signerTitle?: string | null | undefined;
    }[];
  },
) {
  await assertClusterAccess(ctx, actor, groupId, year, LEADS, 'ký giao ước thi đua của cụm');
  await assertOpen(ctx.db, groupId, year);
  const covenant = await repo.covenantOf(ctx.db, groupId, year);
  if (!covenant) throw errors.notFound('giao ước thi đua của cụm');
  if (covenant.status === 'signed') throw new AppError('conflict', 'Giao ước đã ký.', { path: 'status' });
  const criteria = await repo.criteriaOf(ctx.db, groupId, year);
  if (criteria.criteria.length === 0)
    throw errors.field('criteria', 'Chưa có tiêu chí nào: không thể ký giao ước.');
  const memberIds = new Set(covenant.signatories.map((s) => s.agency_id));
  input.signers.forEach((s, i) => {
    if (!memberIds.has(s.agencyId))
      throw errors.field(`signers.${i}.agencyId`, 'Cơ quan này không ký giao ước này.');
  });
  return ctx.db.transaction().execute(async (trx) => {
    const ok = await repo.signCovenant(
      trx,
      covenant.id,
      input.version,
      groupId,
      year,
      input.signedOn,
      input.signers.map((s) => ({
        agency_id: s.agencyId,
        signer_name: s.signerName ?? null,
        signer_title: s.signerTitle ?? null,
      })),
    );
    if (!ok) throw errors.conflict();
    const no = await repo.insertCriteriaVersion(trx, {
      group_id: groupId,
      year,
      covenant_id: covenant.id,
      reason: 'Ký kết giao ước thi đua',
      snapshot: criteria,
      created_by: actor.userId,
    });
    const opened = await openSheets(trx, groupId, year);
    await writeAudit(
      trx,
      auditBy(actor, {
        action: 'sign',
        entity: 'covenants',
        entityId: String(covenant.id),
        agencyId: covenant.agency_id,
        summary: `Ký giao ước thi đua cụm năm ${year}: bộ tiêu chí phiên bản ${no}, mở ${opened} phiếu chấm`,
        before: { status: covenant.status },
        after: { status: 'signed', signedOn: input.signedOn, criteriaVersion: no, sheetsOpened: opened },
      }),
    );
    return covenant.id;
  });
}

export async function attachCovenantFile(
  ctx: Ctx,
  actor: Actor,
  groupId: number,
  year: number,
  file: { name: string; mime: string; content: Buffer },
) {
  await assertClusterAccess(ctx, actor, groupId, year, LEADS, 'lưu bản giao ước');
  await assertOpen(ctx.db, groupId, year);
  const covenant = await repo.covenantOf(ctx.db, groupId, year);
  if (!covenant) throw errors.notFound('giao ước thi đua của cụm');
  await ctx.db.transaction().execute(async (trx) => {
    const fileId = await insertFile(trx, {
      agency_id: covenant.agency_id,
      name: file.name,
      mime: file.mime,
      size: file.content.length,
      sha256: crypto.createHash('sha256').update(file.content).digest('hex'),
      content: file.content,
      uploaded_by: actor.userId,
    });
    await repo.setCovenantDocument(trx, covenant.id, fileId);
    await writeAudit(
      trx,
      auditBy(actor, {
        action: 'attach',
        entity: 'covenants',
        entityId: String(covenant.id),
        agencyId: covenant.agency_id,
        summary: `Lưu bản giao ước "${file.name}"`,
        before: null,
        after: { fileId },
      }),
    );
  });
}

/** What the covenant document needs: the cluster, the covenant, the criteria and the members' heads. */
export async function covenantDocumentData(ctx: Ctx, actor: Actor, groupId: number, year: number) {
  const s = await assertClusterAccess(ctx, actor, groupId, year);
  const covenant = await repo.covenantOf(ctx.db, groupId, year);
  if (!covenant) throw errors.notFound('giao ước thi đua của cụm');
  const [criteria, members, versions] = await Promise.all([
    repo.criteriaOf(ctx.db, groupId, year),
    repo.membersOfYear(ctx.db, groupId, year),
    repo.criteriaVersions(ctx.db, groupId, year),
  ]);
  return {
    group: s.group,
    covenant,
    criteria,
    members,
    criteriaVersion: versions.at(-1)?.version_no ?? null,
  };
}

// ── sheets ──

async function sheetWithAccess(ctx: Ctx, actor: Actor, id: number) {
  const sheet = await repo.findSheet(ctx.db, id);
  if (!sheet) throw errors.notFound('phiếu chấm điểm');
  const standing = await assertClusterAccess(ctx, actor, sheet.group_id, sheet.year);
  // Another member's draft is not disclosed at all: the same answer as a sheet that does not exist.
  if (!canRead(actor, standing, sheet)) throw errors.notFound('phiếu chấm điểm');
  return { sheet, standing };
}

export async function sheetDetail(ctx: Ctx, actor: Actor, id: number) {
  const { sheet, standing } = await sheetWithAccess(ctx, actor, id);
  const [criteria, scores, events, covenant] = await Promise.all([
    repo.criteriaOf(ctx.db, sheet.group_id, sheet.year),
    repo.scoresOf(ctx.db, [id]),
    repo.eventsOf(ctx.db, [id]),
    repo.covenantOf(ctx.db, sheet.group_id, sheet.year),
  ]);
  const codes = [
    ...new Set(criteria.criteria.map((c) => c.indicator_code).filter((c): c is string => c !== null)),
  ];
  const indicators = await repo.indicatorEvidence(ctx.db, [sheet.scored_agency_id], sheet.year, codes);
  const published = await repo.publishedAt(ctx.db, sheet.group_id, sheet.year);
  const editable =
    !published &&
    covenant?.status === 'signed' &&
    canWrite(actor, standing, sheet) &&
    transition(sheet.status, 'edit').ok;
  return { sheet, criteria, scores, events, indicators, editable, standing };
}

export async function saveScores(ctx: Ctx, actor: Actor, id: number, input: ScoresBodyT) {
  const { sheet, standing } = await sheetWithAccess(ctx, actor, id);
  if (!canWrite(actor, standing, sheet)) throw errors.forbidden('chấm điểm trên phiếu này');
  await assertOpen(ctx.db, sheet.group_id, sheet.year);
  const t = transition(sheet.status, 'edit');
  if (!t.ok) throw refuse(sheet.status, 'edit', t.reason);
  const covenant = await repo.covenantOf(ctx.db, sheet.group_id, sheet.year);
  if (covenant?.status !== 'signed')
    throw new AppError('conflict', 'Giao ước chưa ký: tiêu chí chưa cố định, chưa chấm điểm được.', {
      path: 'status',
    });
  const { criteria } = await repo.criteriaOf(ctx.db, sheet.group_id, sheet.year);
  const byId = new Map(criteria.map((c) => [c.id, c]));
  const codes = [...new Set(criteria.map((c) => c.indicator_code).filter((c): c is string => c !== null))];
  const indicatorIds = new Set(
    (await repo.indicatorEvidence(ctx.db, [sheet.scored_agency_id], sheet.year, codes)).map((i) => i.id),
  );
  const clamped: { criterionId: number; given: number; stored: number }[] = [];
  const values: repo.ScoreValues[] = input.scores.map((s, i) => {
    const c = byId.get(s.criterionId);
    if (!c)
      throw errors.field(`scores.${i}.criterionId`, 'Tiêu chí không thuộc bộ tiêu chí của cụm năm này.');
    if (s.evidenceIndicatorId && !indicatorIds.has(s.evidenceIndicatorId))
      throw errors.field(`scores.${i}.evidenceIndicatorId`, 'Chỉ tiêu không phải của cơ quan được chấm.');
    const r = clampPoints({ minPoints: c.min_points, maxPoints: c.max_points }, s.points);
    if (r.clamped) clamped.push({ criterionId: c.id, given: s.points, stored: r.points });
    return {
      criterion_id: c.id,
      min_points: c.min_points,
      max_points: c.max_points,
      points: r.points,
      evidence: s.evidence ?? null,
      evidence_url: s.evidenceUrl ?? null,
      evidence_indicator_id: s.evidenceIndicatorId ?? null,
      note: s.note ?? null,
    };
  });
  if (new Set(values.map((v) => v.criterion_id)).size !== values.length)
    throw errors.field('scores', 'Một tiêu chí được chấm hai lần trong cùng lần lưu.');
  const old = new Map((await repo.scoresOf(ctx.db, [id])).map((s) => [s.criterion_id, s]));
  await ctx.db.transaction().execute(async (trx) => {
    await repo.upsertScores(trx, id, values);
    if (!(await repo.touchSheet(trx, id, input.version))) throw errors.conflict();
    // Every score change with its old and new value (and the evidence as it was and is).
    const changes = values
      .map((v) => ({ v, o: old.get(v.criterion_id) }))
      .filter(
        ({ v, o }) =>
          !o ||
          o.points !== v.points ||
          o.evidence !== v.evidence ||
          o.evidence_url !== v.evidence_url ||
          o.evidence_indicator_id !== v.evidence_indicator_id ||
          o.note !== v.note,
      );
    if (changes.length)
      await writeAudit(
        trx,
        auditBy(actor, {
          action: 'update',
          entity: 'cluster_scores',
          entityId: String(id),
          agencyId: sheet.scorer_agency_id,
          summary: `Chấm điểm ${sheet.scored_name} (${sheet.scorer_kind === 'self' ? 'tự chấm' : sheet.scorer_kind === 'leader' ? 'Cụm trưởng chấm' : `chấm chéo bởi ${sheet.scorer_name}`}): ${changes.length} tiêu chí`,
          before: changes.map(({ v, o }) => ({
            criterionId: v.criterion_id,
            points: o?.points ?? null,
            evidence: o?.evidence ?? null,
            evidenceUrl: o?.evidence_url ?? null,
          })),
          after: changes.map(({ v }) => ({
            criterionId: v.criterion_id,
            points: v.points,
            evidence: v.evidence,
            evidenceUrl: v.evidence_url,
          })),
        }),
      );
  });
  return { detail: await sheetDetail(ctx, actor, id), clamped };
}

export async function attachEvidence(
  ctx: Ctx,
  actor: Actor,
  id: number,
  criterionId: number,
  file: { name: string; mime: string; content: Buffer },
) {
  const { sheet, standing } = await sheetWithAccess(ctx, actor, id);
  if (!canWrite(actor, standing, sheet)) throw errors.forbidden('đính kèm minh chứng trên phiếu này');
  await assertOpen(ctx.db, sheet.group_id, sheet.year);
  const t = transition(sheet.status, 'edit');
  if (!t.ok) throw refuse(sheet.status, 'edit', t.reason);
  await ctx.db.transaction().execute(async (trx) => {
    const fileId = await insertFile(trx, {
      agency_id: sheet.scorer_agency_id,
      name: file.name,
      mime: file.mime,
      size: file.content.length,
      sha256: crypto.createHash('sha256').update(file.content).digest('hex'),
      content: file.content,
      uploaded_by: actor.userId,
    });
    if (!(await repo.setScoreFile(trx, id, criterionId, fileId)))
      throw errors.field('criterionId', 'Hãy chấm điểm tiêu chí này trước khi đính kèm minh chứng.');
    await writeAudit(
      trx,
      auditBy(actor, {
        action: 'attach',
        entity: 'cluster_scores',
        entityId: `${id}/${criterionId}`,
        agencyId: sheet.scorer_agency_id,
        summary: `Minh chứng "${file.name}" cho phiếu chấm ${sheet.scored_name}`,
        before: null,
        after: { fileId, criterionId },
      }),
    );
  });
  return sheetDetail(ctx, actor, id);
}

export async function evidenceFile(ctx: Ctx, actor: Actor, id: number, criterionId: number) {
  await sheetWithAccess(ctx, actor, id);
  const f = await repo.scoreFile(ctx.db, id, criterionId);
  if (!f) throw errors.notFound('tệp minh chứng');
  return f;
}

async function assertComplete(db: Db, sheet: repo.SheetRow): Promise<void> {
  const { criteria } = await repo.criteriaOf(db, sheet.group_id, sheet.year);
  const scored = (await repo.scoresOf(db, [sheet.id])).map((s) => s.criterion_id);
  const missing = missingCriteria(criteria, scored);
  if (missing.length) {
    const names = missing.map((id) => {
      const c = criteria.find((x) => x.id === id)!;
      return c.code ?? c.name;
    });
    throw errors.field(
      'scores',
      `Chưa chấm đủ ${criteria.length} tiêu chí: còn thiếu ${names.join(', ')}. Phiếu chỉ gửi được khi đã chấm mọi tiêu chí.`,
    );
  }
}

/**
 * Sends a sheet. A self or cross sheet goes to the leader (submitted). The leader's sheet for a member is the
 * leader's scoring: it needs the member's self sheet (and the cross sheets, when the cluster cross-scores)
 * submitted, and moves all of them, with itself, to "scored".
 */
export async function submitSheet(ctx: Ctx, actor: Actor, id: number, version: number) {
  const { sheet, standing } = await sheetWithAccess(ctx, actor, id);
  if (!canWrite(actor, standing, sheet)) throw errors.forbidden('gửi phiếu này');
  await assertOpen(ctx.db, sheet.group_id, sheet.year);
  await assertComplete(ctx.db, sheet);
  const t = transition(sheet.status, 'submit', { complete: true });
  if (!t.ok) throw refuse(sheet.status, 'submit', t.reason);
  const at = new Date();
  const about =
    sheet.scorer_kind === 'leader'
      ? await repo.listSheets(ctx.db, sheet.group_id, sheet.year, {
          all: true,
          writerIds: [],
          readSubmitted: true,
          scoredAgencyId: sheet.scored_agency_id,
        })
      : [];
  if (sheet.scorer_kind === 'leader') {
    const settings = await repo.settingsOf(ctx.db, sheet.group_id, sheet.year);
    const waiting = about.filter(
      (s) =>
        (s.scorer_kind === 'self' || (s.scorer_kind === 'cross' && settings.cross_scoring)) &&
        s.status !== 'submitted',
    );
    if (waiting.length)
      throw new AppError(
        'conflict',
        `Chưa chấm được ${sheet.scored_name}: ${waiting
          .map((s) => (s.scorer_kind === 'self' ? 'phiếu tự chấm' : `phiếu chấm chéo của ${s.scorer_name}`))
          .join(', ')} chưa gửi.`,
        { path: 'status' },
      );
  }
  await ctx.db.transaction().execute(async (trx) => {
    if (!(await repo.touchSheet(trx, id, version))) throw errors.conflict();
    await repo.moveSheets(trx, [id], ['draft', 'returned'], 'submitted', {
      action: 'submit',
      reason: null,
      user_id: actor.userId,
      at,
    });
    if (sheet.scorer_kind === 'leader')
      await repo.moveSheets(
        trx,
        [id, ...about.filter((s) => s.scorer_kind !== 'leader').map((s) => s.id)],
        ['submitted'],
        'scored',
        {
          action: 'score',
          reason: null,
          user_id: actor.userId,
          at,
        },
      );
    await writeAudit(
      trx,
      auditBy(actor, {
        action: sheet.scorer_kind === 'leader' ? 'score' : 'submit',
        entity: 'cluster_score_sheets',
        entityId: String(id),
        agencyId: sheet.scorer_agency_id,
        summary:
          sheet.scorer_kind === 'leader'
            ? `Cụm trưởng chấm điểm ${sheet.scored_name}`
            : `Gửi phiếu ${sheet.scorer_kind === 'self' ? 'tự chấm' : 'chấm chéo'} ${sheet.scored_name}`,
        before: { status: sheet.status },
        after: { status: sheet.scorer_kind === 'leader' ? 'scored' : 'submitted' },
      }),
    );
  });
  return sheetDetail(ctx, actor, id);
}

export async function returnSheet(
  ctx: Ctx,
  actor: Actor,
  id: number,
  input: { version: number; reason: string },
) {
  const { sheet, standing } = await sheetWithAccess(ctx, actor, id);
  if (!isLeader(standing) || sheet.scorer_kind === 'leader') throw errors.forbidden('trả lại phiếu này');
  await assertOpen(ctx.db, sheet.group_id, sheet.year);
  const t = transition(sheet.status, 'return', { reason: input.reason });
  if (!t.ok) throw refuse(sheet.status, 'return', t.reason);
  if (sheet.version !== input.version) throw errors.conflict();
  await ctx.db.transaction().execute(async (trx) => {
    const moved = await repo.moveSheets(trx, [id], ['submitted'], 'returned', {
      action: 'return',
      reason: input.reason,
      user_id: actor.userId,
      at: new Date(),
    });
    if (moved.length !== 1) throw errors.conflict();
    await writeAudit(
      trx,
      auditBy(actor, {
        action: 'return',
        entity: 'cluster_score_sheets',
        entityId: String(id),
        agencyId: sheet.scorer_agency_id,
        summary: `Trả lại phiếu chấm ${sheet.scored_name}: ${input.reason}`,
        before: { status: sheet.status },
        after: { status: 'returned', reason: input.reason },
      }),
    );
  });
  return sheetDetail(ctx, actor, id);
}

// ── conflicts ──

export async function declareConflict(
  ctx: Ctx,
  actor: Actor,
  groupId: number,
  year: number,
  input: { scorerAgencyId: number; scoredAgencyId: number; reason: string },
) {
  const s = await assertClusterAccess(
    ctx,
    actor,
    groupId,
    year,
    ['leader', 'deputy', 'member'],
    'khai báo xung đột lợi ích',
  );
  await assertOpen(ctx.db, groupId, year);
  if (!leads(s) && !s.agencyIds.includes(input.scorerAgencyId))
    throw errors.forbidden('khai báo xung đột thay cơ quan khác');
  if (input.scorerAgencyId === input.scoredAgencyId)
    throw errors.field('scoredAgencyId', 'Một cơ quan không chấm chéo chính mình; không cần khai báo.');
  const members = new Set((await repo.membersOfYear(ctx.db, groupId, year)).map((m) => m.agency_id));
  if (!members.has(input.scorerAgencyId))
    throw errors.field('scorerAgencyId', 'Cơ quan không phải thành viên cụm năm này.');
  if (!members.has(input.scoredAgencyId))
    throw errors.field('scoredAgencyId', 'Cơ quan không phải thành viên cụm năm này.');
  await ctx.db.transaction().execute(async (trx) => {
    const id = await repo.insertConflict(trx, {
      group_id: groupId,
      year,
      scorer_agency_id: input.scorerAgencyId,
      scored_agency_id: input.scoredAgencyId,
      reason: input.reason,
    });
    if (id === null) throw errors.duplicate('scoredAgencyId', 'Xung đột này đã được khai báo.');
    const removed = await repo.deleteDraftCrossSheet(
      trx,
      groupId,
      year,
      input.scorerAgencyId,
      input.scoredAgencyId,
    );
    const covenant = await repo.covenantOf(trx, groupId, year);
    if (covenant?.status === 'signed') await openSheets(trx, groupId, year);
    await writeAudit(
      trx,
      auditBy(actor, {
        action: 'create',
        entity: 'cluster_conflicts',
        entityId: String(id),
        agencyId: input.scorerAgencyId,
        summary: `Khai báo xung đột lợi ích khi chấm chéo (${input.reason})`,
        before: null,
        after: { ...input, crossSheetsRemoved: removed },
      }),
    );
  });
}

// ── ranking, meeting, confirmation, publication ──

async function computeRanking(db: Db, groupId: number, year: number) {
  const [settings, criteria, members, votes] = await Promise.all([
    repo.settingsOf(db, groupId, year),
    repo.criteriaOf(db, groupId, year),
    repo.membersOfYear(db, groupId, year),
    repo.rankingVotes(db, groupId, year),
  ]);
  const sheets = await repo.listSheets(db, groupId, year, { all: true, writerIds: [], readSubmitted: true });
  const scores = await repo.scoresOf(
    db,
    sheets.filter((s) => s.status !== 'draft' && s.status !== 'returned').map((s) => s.id),
  );
  const bySheet = new Map<number, Map<number, number>>();
  for (const s of scores) {
    const m = bySheet.get(s.sheet_id) ?? new Map<number, number>();
    m.set(s.criterion_id, s.points);
    bySheet.set(s.sheet_id, m);
  }
  const groupCode = new Map(criteria.groups.map((g) => [g.id, g.code ?? String(g.position)]));
  // The latest meeting's tie-break votes per agency (subject 'ranking' with an agency).
  const lastMeeting = votes.reduce((m, v) => Math.max(m, v.meeting_id), 0);
  const tieVotes = new Map(
    votes
      .filter((v) => v.meeting_id === lastMeeting && v.agency_id !== null)
      .map((v) => [v.agency_id!, v.votes_for]),
  );
  const rankingVote = votes
    .filter((v) => v.meeting_id === lastMeeting && v.agency_id === null && v.subject === 'ranking')
    .at(-1);
  const rows = members.map((m) => {
    const mine = sheets.filter((s) => s.scored_agency_id === m.agency_id);
    const leader = mine.find((s) => s.scorer_kind === 'leader');
    const self = mine.find((s) => s.scorer_kind === 'self');
    const crossSheets = mine.filter(
      (s) => s.scorer_kind === 'cross' && s.status !== 'draft' && s.status !== 'returned',
    );
    const leaderScored = leader !== undefined && ['scored', 'confirmed', 'published'].includes(leader.status);
    const groupPoints: Record<string, number> = {};
    let total = 0;
    let bonus = 0;
    let penalty = 0;
    for (const c of criteria.criteria) {
      const l = leaderScored ? (bySheet.get(leader.id)?.get(c.id) ?? 0) : 0;
      const cross = crossSheets
        .map((s) => bySheet.get(s.id)?.get(c.id))
        .filter((x): x is number => x !== undefined);
      const p = finalPoints(settings.score_basis, l, cross);
      total += p;
      const code = groupCode.get(c.criteria_group_id) ?? '';
      groupPoints[code] = roundPoints((groupPoints[code] ?? 0) + p);
      if (c.kind === 'bonus') bonus += p;
      if (c.kind === 'penalty') penalty += p;
    }
    const input: RankInput = {
      agencyId: m.agency_id,
      name: m.name,
      total: roundPoints(total),
      groupPoints,
      bonus: roundPoints(bonus),
      penalty: roundPoints(penalty),
      votes: tieVotes.get(m.agency_id) ?? null,
    };
    return {
      input,
      role: m.role,
      selfTotal: self && self.status !== 'draft' && self.status !== 'returned' ? self.total : null,
      selfStatus: self?.status ?? null,
      leaderTotal: leaderScored ? leader.total : null,
      leaderStatus: leader?.status ?? null,
      crossAverage: crossSheets.length
        ? roundPoints(crossSheets.reduce((a, s) => a + (s.total ?? 0), 0) / crossSheets.length)
        : null,
      scored: leaderScored,
    };
  });
  const rule = settings.tie_break.filter(isTieBreakKey) as TieBreakKey[];
  const ranked = rankMembers(
    rows.map((r) => r.input),
    rule,
  );
  const quota = {
    flags: settings.flag_count,
    certificates: settings.certificate_count,
    flagCode: settings.flag_code,
    certificateCode: settings.certificate_code,
  };
  const allocation = allocateProposals(ranked, quota);
  const complete = rows.length > 0 && rows.every((r) => r.scored);
  return {
    settings,
    rule,
    ruleText: tieBreakText(rule),
    rows,
    ranked,
    allocation,
    complete,
    votes,
    rankingVote,
    sheets,
  };
}

export async function ranking(ctx: Ctx, actor: Actor, groupId: number, year: number) {
  const s = await assertClusterAccess(ctx, actor, groupId, year);
  const [r, results, published] = await Promise.all([
    computeRanking(ctx.db, groupId, year),
    repo.resultsOf(ctx.db, groupId, year),
    repo.publishedAt(ctx.db, groupId, year),
  ]);
  // Members see the ranking once the standing body has confirmed it; the leader, deputy and reviewer always.
  const visible = s.role !== 'member' || results.length > 0;
  const proposalIds = [...new Set(results.map((x) => x.proposal_id).filter((x): x is number => x !== null))];
  const proposals = await repo.proposalsOf(ctx.db, proposalIds);
  return { standing: s, computed: visible ? r : null, results, published, proposals };
}

export async function recordMeeting(
  ctx: Ctx,
  actor: Actor,
  groupId: number,
  year: number,
  input: MeetingBodyT,
) {
  const s = await assertClusterAccess(
    ctx,
    actor,
    groupId,
    year,
    ['leader'],
    'ghi kết quả biểu quyết của hội nghị',
  );
  await assertOpen(ctx.db, groupId, year);
  const members = await repo.membersOfYear(ctx.db, groupId, year);
  const ids = new Set(members.map((m) => m.agency_id));
  input.tieVotes.forEach((t, i) => {
    if (!ids.has(t.agencyId))
      throw errors.field(`tieVotes.${i}.agencyId`, 'Cơ quan không phải thành viên cụm năm này.');
  });
  const leader = members.find((m) => m.role === 'leader');
  const passed = input.rankingFor * 2 > input.presentCount;
  return ctx.db.transaction().execute(async (trx) => {
    const id = await repo.insertRankingMeeting(
      trx,
      {
        group_id: groupId,
        year,
        held_on: input.heldOn,
        host_agency_id: leader?.agency_id ?? null,
        form: input.form,
        present_count: input.presentCount,
        minutes: input.minutes ?? null,
      },
      [
        {
          subject: 'ranking',
          agency_id: null,
          votes_for: input.rankingFor,
          votes_against: input.rankingAgainst,
          votes_total: input.presentCount,
          passed,
        },
        ...input.tieVotes.map((t) => ({
          subject: 'ranking' as const,
          agency_id: t.agencyId,
          votes_for: t.votesFor,
          votes_against: 0,
          votes_total: input.presentCount,
          passed: t.votesFor * 2 > input.presentCount,
        })),
      ],
    );
    await writeAudit(
      trx,
      auditBy(actor, {
        action: 'create',
        entity: 'cluster_meetings',
        entityId: String(id),
        agencyId: s.agencyIds[0] ?? leader?.agency_id ?? null,
        summary: `Hội nghị cụm ngày ${input.heldOn}: biểu quyết kết quả xếp hạng ${input.rankingFor}/${input.presentCount} tán thành${passed ? '' : ' (không thông qua)'}`,
        before: null,
        after: input,
      }),
    );
    return { id, passed };
  });
}

/** The council's standing body confirms the scores and the ranking (stored in cluster_results). */
export async function confirm(ctx: Ctx, actor: Actor, groupId: number, year: number) {
  const s = await assertClusterAccess(
    ctx,
    actor,
    groupId,
    year,
    ['reviewer', 'leader'],
    'xác nhận kết quả chấm điểm',
  );
  if (!isAdmin(actor) && s.role !== 'reviewer')
    throw errors.forbidden(
      'xác nhận kết quả chấm điểm (việc của Thường trực Hội đồng Thi đua – Khen thưởng)',
    );
  await assertOpen(ctx.db, groupId, year);
  const r = await computeRanking(ctx.db, groupId, year);
  if (!r.complete)
    throw new AppError('conflict', 'Cụm trưởng chưa chấm điểm đủ các cơ quan thành viên.', {
      path: 'status',
    });
  if (!r.rankingVote?.passed)
    throw new AppError('conflict', 'Hội nghị cụm chưa biểu quyết thông qua kết quả xếp hạng.', {
      path: 'status',
    });
  if (r.allocation.undecided.length)
    throw new AppError(
      'conflict',
      `Còn cơ quan bằng điểm theo mọi tiêu chí phân định (${r.ranked
        .filter((m) => r.allocation.undecided.includes(m.agencyId))
        .map((m) => m.name)
        .join(', ')}): hội nghị cần biểu quyết để phân định.`,
      { path: 'status' },
    );
  const code = new Map(r.allocation.proposals.map((p) => [p.agencyId, p.code]));
  const at = new Date();
  await ctx.db.transaction().execute(async (trx) => {
    await repo.replaceResults(
      trx,
      groupId,
      year,
      r.ranked.map((m) => ({
        agency_id: m.agencyId,
        total: m.total,
        rank: m.rank,
        tie_break: m.tieBreak,
        proposed_code: code.get(m.agencyId) ?? null,
        status: 'confirmed',
      })),
    );
    await repo.moveSheets(
      trx,
      r.sheets.filter((x) => x.status === 'scored').map((x) => x.id),
      ['scored'],
      'confirmed',
      { action: 'confirm', reason: null, user_id: actor.userId, at },
    );
    await writeAudit(
      trx,
      auditBy(actor, {
        action: 'confirm',
        entity: 'cluster_results',
        entityId: `${groupId}/${year}`,
        agencyId: null,
        summary: `Xác nhận kết quả chấm điểm và xếp hạng cụm năm ${year} (phân định: ${r.ruleText})`,
        before: null,
        after: r.ranked.map((m) => ({
          agencyId: m.agencyId,
          rank: m.rank,
          total: m.total,
          tieBreak: m.tieBreak,
        })),
      }),
    );
  });
}

/**
 * Publishes the confirmed results: every sheet and result becomes read-only, and the proposals follow (Cờ thi đua
 * for the leading member(s), Bằng khen for the next ones) as drafts of the year-end proposals workflow, made by the
 * leader's agency for the cluster.
 */
export async function publish(ctx: Ctx, actor: Actor, groupId: number, year: number) {
  const s = await assertClusterAccess(ctx, actor, groupId, year, ['leader'], 'công bố kết quả chấm điểm');
  await assertOpen(ctx.db, groupId, year);
  const results = await repo.resultsOf(ctx.db, groupId, year);
  if (results.length === 0 || results.some((x) => x.status !== 'confirmed'))
    throw new AppError('conflict', 'Kết quả chưa được Thường trực Hội đồng xác nhận.', { path: 'status' });
  const members = await repo.membersOfYear(ctx.db, groupId, year);
  const leader = members.find((m) => m.role === 'leader');
  if (!leader) throw errors.field('groupId', `Cụm chưa có Cụm trưởng năm ${year}.`);
  const settings = await repo.settingsOf(ctx.db, groupId, year);
  const votes = await repo.rankingVotes(ctx.db, groupId, year);
  const lastMeeting = votes.reduce((m, v) => Math.max(m, v.meeting_id), 0);
  const rankingVote =
    votes.filter((v) => v.meeting_id === lastMeeting && v.agency_id === null).at(-1) ?? null;
  const at = new Date();
  const sheets = await repo.listSheets(ctx.db, groupId, year, {
    all: true,
    writerIds: [],
    readSubmitted: true,
  });
  const proposalIds = await ctx.db.transaction().execute(async (trx) => {
    await repo.moveSheets(
      trx,
      sheets.filter((x) => x.status === 'confirmed').map((x) => x.id),
      ['confirmed'],
      'published',
      { action: 'publish', reason: null, user_id: actor.userId, at },
    );
    await repo.publishResults(trx, groupId, year, at);
    const created: number[] = [];
    for (const code of [settings.flag_code, settings.certificate_code]) {
      const rows = results.filter((x) => x.proposed_code === code);
      if (rows.length === 0) continue;
      const votes = rankingVote
        ? `; hội nghị cụm ngày ${rankingVote.held_on ? rankingVote.held_on.split('-').reverse().join('/') : ''} biểu quyết ${rankingVote.votes_for}/${rankingVote.votes_total} tán thành`
        : '';
      // The proposals workflow (module proposals) computes the deciding authority and opens the dossier checklist.
      const pid = await createProposal(
        ctx,
        actor,
        {
          agencyId: leader.agency_id,
          year,
          kind: 'cong-trang',
          code,
          title: `Đề nghị tặng ${PROPOSAL_LABELS[code]} năm ${year} cho ${rows.length === 1 ? rows[0]!.agency_name : `${rows.length} cơ quan`} – ${s.group.name}`,
          achievementFrom: year,
          achievementTo: year,
          groupId,
          candidates: rows.map((x) => ({
            agencyId: x.agency_id,
            achievementSummary: `Xếp thứ ${x.rank}/${results.length} ${s.group.name} năm ${year}, tổng điểm ${String(x.total).replace('.', ',')}${x.tie_break ? ` (phân định: ${x.tie_break})` : ''}.`,
          })),
          origin: 'cluster-scoring',
          originNote: `Kết quả chấm điểm, xếp hạng ${s.group.name} năm ${year} đã công bố${votes}`,
        },
        trx,
      );
      if (s.group.level === 'bo' && (code === 'co-thi-dua-cap-tinh' || code === 'bang-khen-cap-tinh')) {
        // A Ministry cluster's flag and Bằng khen are the Ministry's: the Minister decides (rules.md §9.2).
        const before = (await repo.proposalsOf(trx, [pid]))[0]?.authority ?? null;
        await repo.setProposalAuthority(trx, pid, 'bo-truong');
        await writeAudit(
          trx,
          auditBy(actor, {
            action: 'update',
            entity: 'proposals',
            entityId: String(pid),
            agencyId: leader.agency_id,
            summary: `Cấp quyết định: Bộ trưởng (${s.group.name} do Bộ tổ chức)`,
            before: { authority: before },
            after: { authority: 'bo-truong' },
          }),
        );
      }
      await repo.linkProposal(
        trx,
        rows.map((x) => x.id),
        pid,
      );
      created.push(pid);
    }
    await writeAudit(
      trx,
      auditBy(actor, {
        action: 'publish',
        entity: 'cluster_results',
        entityId: `${groupId}/${year}`,
        agencyId: leader.agency_id,
        summary: `Công bố kết quả thi đua cụm năm ${year}; tạo ${created.length} đề nghị khen thưởng`,
        before: { status: 'confirmed' },
        after: { status: 'published', proposals: created },
      }),
    );
    return created;
  });
  return { proposalIds };
}
