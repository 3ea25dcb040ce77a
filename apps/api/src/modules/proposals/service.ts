// Proposals (đề nghị khen thưởng): kind, form and the deciding authority (rules.md §10), candidates with
// their eligibility verdict or council vote as they stood when proposed, the dossier checklist of the form
// and regime (domain: dossierRequirements / checkDossier) with uploads, the public-disclosure window and
// its comments, and the dated workflow draft → unit → officer check → council → director signs → sent →
// decided (or returned with a reason). Every write carries the proposal's `version` (409 when stale) and is
// audited in the same transaction.
//
// Exported for other modules:
// - createProposal(ctx, actor, input, trx?) — cluster scoring (D2) creates flag/Bằng khen proposals for
//   agencies: `{ year, kind: 'cong-trang', code: 'co-thi-dua-cap-tinh', groupId, origin: 'cluster-scoring',
//   originNote: 'Cụm thi đua V suy tôn dẫn đầu năm 2024', candidates: [{ agencyId, achievementSummary }] }`.
//   The authority, regime, dossier checklist and the first step are computed here.
// - markProposalDecided(trx, proposalId, decisionId, by?) — decisions (C) call it inside their transaction when
//   a decision is recorded for a sent proposal.
import crypto from 'node:crypto';
import type { Kysely, Transaction } from 'kysely';
import {
  appraisalDeadline,
  checkDossier,
  checkPublicity,
  checkSimplifiedProcedure,
  dossierRequirements,
  evaluate,
  formatCitation,
  INDIVIDUAL_TARGETS,
  pickRegime,
  publicityBasis,
  workingDaysBetween,
  type DossierItemCode,
  type DossierRequirements,
  type RegimeId,
  type TargetCode,
} from '../../../../../packages/domain/src/eligibility/index.ts';
import { formatDateVi } from '../../../../../packages/domain/src/text/vietnamese.ts';
import { writeAudit } from '../../../../../packages/db/src/audit.ts';
import * as repo from '../../../../../packages/db/src/repositories/proposals.ts';
import { insertFile } from '../../../../../packages/db/src/repositories/initiatives.ts';
import type { DB } from '../../../../../packages/db/src/schema.ts';
import type { Authority, ProposalStatus } from '../../../../../packages/db/src/schema-cycle.ts';
import { agencyReadScope, isAdmin, type Actor } from '../../auth/actor.ts';
import { auditBy, todayIn, type Ctx } from '../../context.ts';
import { AppError, errors } from '../../errors.ts';
import { buildEligibilityInput } from '../person-eligibility/service.ts';
import {
  addresseeOf,
  AUTHORITY_LABELS,
  AUTHORITY_OF,
  dossierTarget,
  EDITABLE,
  formLabel,
  ITEM_KIND,
  itemCodeOf,
  KIND_LABELS,
  ORIGIN_LABELS,
  STATUS_LABELS,
  TRANSITIONS,
} from './rules.ts';
import {
  ProposalInput,
  type ProposalInputParsed,
  type ProposalInputT,
  type ProposalUpdateT,
  type TransitionInputT,
} from './schemas.ts';

type Trx = Transaction<DB>;

export const conflict = (): AppError =>
  new AppError(
    'conflict',
    'Đề nghị đã được người khác sửa sau khi bạn mở. Hãy tải lại để xem bản mới nhất rồi sửa lại.',
    { path: 'version' },
  );

// ---------------------------------------------------------------- scope

/** Agencies whose council sessions the user may import from. */
function agencyScope(actor: Actor): repo.AgencyScope {
  if (isAdmin(actor)) return 'all';
  return agencyReadScope(actor).agencyIds;
}

/** Who reads which proposals (applied in SQL, repo.ProposalScope). */
function readScope(actor: Actor): repo.ProposalScope {
  if (isAdmin(actor)) return 'all';
  const agencyIds = new Set<number>(actor.reviewerAgencyIds);
  const groupIds = new Set<number>();
  const unitIds = new Set<number>();
  for (const g of actor.roles) {
    const agency = g.agencyId ?? actor.agencyId;
    if ((g.role === 'officer' || g.role === 'council' || g.role === 'reviewer') && agency !== null)
      agencyIds.add(agency);
    if (g.role === 'cluster-leader' && g.groupId !== null) groupIds.add(g.groupId);
    if (g.role === 'unit-head' && g.unitId !== null) unitIds.add(g.unitId);
  }
  return { agencyIds: [...agencyIds], groupIds: [...groupIds], unitIds: [...unitIds], userId: actor.userId };
}

function hasRoleIn(
  actor: Actor,
  roles: readonly string[],
  agencyId: number,
  groupId: number | null,
): boolean {
  if (isAdmin(actor)) return true;
  return actor.roles.some((g) => {
    if (!roles.includes(g.role)) return false;
    if (g.role === 'cluster-leader') return groupId !== null && g.groupId === groupId;
    return (g.agencyId ?? actor.agencyId) === agencyId;
  });
}

const WRITERS = ['admin', 'officer', 'unit-head', 'cluster-leader'] as const;

// ---------------------------------------------------------------- reads

export async function list(ctx: Ctx, actor: Actor, f: repo.ProposalFilter) {
  return repo.listProposals(ctx.db, readScope(actor), f);
}

export interface ProposalDetail {
  row: repo.ProposalRow;
  candidates: repo.CandidateRow[];
  dossier: repo.DossierRow[];
  requirements: DossierRequirements;
  check: ReturnType<typeof checkDossier>;
  publicity: ReturnType<typeof checkPublicity> | null;
  steps: Awaited<ReturnType<typeof repo.stepsOf>>;
  comments: Awaited<ReturnType<typeof repo.commentsOf>>;
  actions: string[];
  canEdit: boolean;
}

export function requirementsOf(row: {
  code: repo.ProposalValues['code'];
  kind: repo.ProposalValues['kind'];
  procedure: 'normal' | 'simplified';
  regime: RegimeId | null;
  year: number;
}): DossierRequirements {
  return dossierRequirements({
    target: dossierTarget(row.code),
    regime: row.regime ?? pickRegime(row.year).id,
    kind: row.kind,
    procedure: row.procedure,
  });
}

/** Which required items are still missing: the domain check over the items that have a file or a waiver. */
export function dossierCheck(requirements: DossierRequirements, dossier: readonly repo.DossierRow[]) {
  const provided = dossier
    .filter((d) => d.status !== 'missing')
    .map((d) => itemCodeOf(d.kind))
    .filter((c): c is DossierItemCode => c !== null);
  return checkDossier(requirements, provided);
}

export async function get(ctx: Ctx, actor: Actor, id: number): Promise<ProposalDetail> {
  const row = await repo.findProposal(ctx.db, id, readScope(actor));
  if (!row) {
    if (await repo.findProposal(ctx.db, id)) throw errors.forbidden('xem đề nghị khen thưởng này');
    throw errors.notFound('đề nghị khen thưởng');
  }
  const requirements = requirementsOf(row);
  await ensureChecklist(ctx, actor, row, requirements);
  const [candidates, dossier, steps, comments] = await Promise.all([
    repo.candidatesOf(ctx.db, [id]),
    repo.dossierOf(ctx.db, id),
    repo.stepsOf(ctx.db, id),
    repo.commentsOf(ctx.db, id),
  ]);
  const regime = row.regime ?? pickRegime(row.year).id;
  let publicity: ProposalDetail['publicity'] = null;
  if (publicityBasis(dossierTarget(row.code), regime) !== null) {
    const councilStep = [...steps].reverse().find((s) => s.to_status === 'council');
    publicity = checkPublicity({
      target: dossierTarget(row.code),
      regime,
      publication: row.publication_from
        ? { from: row.publication_from, ...(row.publication_url ? { url: row.publication_url } : {}) }
        : null,
      councilMeetingOn: councilStep?.on_date ?? todayIn(ctx.config.timeZone),
    });
  }
  const actions = Object.entries(TRANSITIONS)
    .filter(([, t]) => t.from.includes(row.status) && hasRoleIn(actor, t.roles, row.agency_id, row.group_id))
    .map(([a]) => a);
  return {
    row,
    candidates,
    dossier,
    requirements,
    check: dossierCheck(requirements, dossier),
    publicity,
    steps,
    comments,
    actions,
    canEdit: EDITABLE.includes(row.status) && hasRoleIn(actor, WRITERS, row.agency_id, row.group_id),
  };
}

/**
 * A proposal written by another module straight into the table (cluster scoring inserts its flag proposals)
 * may have no checklist rows: the required items are added once, audited, so files can be uploaded.
 */
async function ensureChecklist(
  ctx: Ctx,
  actor: Actor,
  row: repo.ProposalRow,
  requirements: DossierRequirements,
): Promise<void> {
  if (!EDITABLE.includes(row.status) && row.status !== 'signing') return;
  const have = new Set((await repo.dossierOf(ctx.db, row.id)).map((d) => d.kind));
  const missing = requirements.items.filter((i) => !have.has(ITEM_KIND[i.code]));
  if (missing.length === 0 || have.size > 0) return;
  await ctx.db.transaction().execute(async (trx) => {
    await repo.insertDossierItems(
      trx,
      row.id,
      missing.map((i) => ({ kind: ITEM_KIND[i.code], label: i.label, copies: i.sets, required: true })),
    );
    await writeAudit(
      trx,
      auditBy(actor, {
        action: 'dossier:checklist',
        entity: 'proposals',
        entityId: String(row.id),
        agencyId: row.agency_id,
        summary: `Lập danh mục hồ sơ theo ${requirements.rule} (${missing.length} thành phần)`,
        before: null,
        after: { items: missing.map((i) => i.code) },
      }),
    );
  });
}

/** Council sessions (bình xét) of the caller's agencies with how many candidates passed for each form. */
export async function councilSessions(ctx: Ctx, actor: Actor, year?: number) {
  return repo.sessionsWithElected(ctx.db, agencyScope(actor), year);
}

/** The pending board: sent and not decided, grouped by deciding authority, with days waiting. */
export async function pending(ctx: Ctx, actor: Actor) {
  const rows = await repo.pendingProposals(ctx.db, readScope(actor));
  const today = todayIn(ctx.config.timeZone);
  const groups = new Map<Authority, { authority: Authority; label: string; items: PendingItem[] }>();
  for (const r of rows) {
    const sentOn = r.sent_on ?? today;
    const regime = r.regime ?? pickRegime(r.year).id;
    const due = appraisalDeadline({ regime, completeOn: sentOn });
    const item: PendingItem = {
      row: r,
      sentOn,
      daysWaiting: Math.max(0, Math.round((Date.parse(today) - Date.parse(sentOn)) / 86_400_000)),
      workingDaysWaiting: today > sentOn ? workingDaysBetween(sentOn, today) : 0,
      text: `chờ ${AUTHORITY_LABELS[r.authority]} từ ${formatDateVi(sentOn)}`,
      appraisalDue: due.due,
      appraisalText: due.text,
      overdue: today > due.due,
    };
    const g = groups.get(r.authority) ?? {
      authority: r.authority,
      label: AUTHORITY_LABELS[r.authority],
      items: [],
    };
    g.items.push(item);
    groups.set(r.authority, g);
  }
  const order = Object.keys(AUTHORITY_LABELS);
  return [...groups.values()].sort((a, b) => order.indexOf(a.authority) - order.indexOf(b.authority));
}
export interface PendingItem {
  row: repo.ProposalRow;
  sentOn: string;
  daysWaiting: number;
  workingDaysWaiting: number;
  text: string;
  appraisalDue: string;
  appraisalText: string;
  overdue: boolean;
}

/** What the wizard shows before saving: authority, regime, dossier checklist with citations, publicity. */
export function preview(q: {
  year: number;
  kind: repo.ProposalValues['kind'];
  code: repo.ProposalValues['code'];
  procedure: 'normal' | 'simplified';
  authority?: Authority | undefined;
}) {
  const regime = pickRegime(q.year).id;
  if (q.procedure === 'simplified' && q.kind !== 'dot-xuat')
    throw errors.field('procedure', 'Thủ tục đơn giản chỉ áp dụng cho khen thưởng đột xuất.');
  const authority = q.code === 'khac' ? (q.authority ?? 'khac') : AUTHORITY_OF[q.code];
  const requirements = requirementsOf({ ...q, regime });
  return {
    regime,
    authority,
    authorityLabel: AUTHORITY_LABELS[authority],
    requirements,
    publicity: publicityBasis(dossierTarget(q.code), regime),
  };
}

// ---------------------------------------------------------------- candidates

async function resolveCandidates(
  ctx: Ctx,
  db: Kysely<DB> | Trx,
  agencyId: number,
  input: ProposalInputParsed,
): Promise<repo.CandidateValues[]> {
  const out: repo.CandidateValues[] = [];
  const personIds = input.candidates.flatMap((c) => (c.personId ? [c.personId] : []));
  const unitIds = input.candidates.flatMap((c) => (c.unitId ? [c.unitId] : []));
  const agencyIds = input.candidates.flatMap((c) => (c.agencyId ? [c.agencyId] : []));
  const [people, units, agencies] = await Promise.all([
    repo.peopleForCandidates(db, personIds),
    repo.unitsForCandidates(db, unitIds),
    repo.agenciesForCandidates(db, agencyIds),
  ]);
  // Council import: the candidates the session elected for this form, with their vote.
  const elected =
    input.importFromSession && input.sessionId
      ? await repo.electedInSession(db, input.sessionId, input.code)
      : [];
  const extraPeople = await repo.peopleForCandidates(
    db,
    elected.flatMap((e) => (e.person_id && !personIds.includes(e.person_id) ? [e.person_id] : [])),
  );
  const extraUnits = await repo.unitsForCandidates(
    db,
    elected.flatMap((e) => (e.unit_id && !unitIds.includes(e.unit_id) ? [e.unit_id] : [])),
  );
  const extraAgencies = await repo.agenciesForCandidates(
    db,
    elected.flatMap((e) => (e.agency_id && !agencyIds.includes(e.agency_id) ? [e.agency_id] : [])),
  );
  const allPeople = [...people, ...extraPeople];
  const allUnits = [...units, ...extraUnits];
  const allAgencies = [...agencies, ...extraAgencies];

  // Verdict snapshots for individual forms the engine judges (one evaluation for all people).
  const verdicts = new Map<number, unknown>();
  const target = input.code === 'khac' ? null : (input.code as TargetCode);
  const judged = allPeople.map((p) => p.id);
  if (target && (INDIVIDUAL_TARGETS as readonly string[]).includes(target) && judged.length > 0) {
    const history = await buildEligibilityInput(ctx, judged, input.year);
    const output = evaluate(history);
    for (const r of output.results) {
      if (r.target !== target) continue;
      const pid = Number(r.subject.replace(/^P/, ''));
      verdicts.set(pid, {
        target: r.target,
        status: r.status,
        regime: output.regime,
        evaluatedOn: todayIn(ctx.config.timeZone),
        rules: r.rules,
        checks: r.checks.map((c) => ({
          criterion: c.criterion,
          rule: c.rule,
          outcome: c.outcome,
          text: c.text,
          citation: formatCitation(c.citation, 'short'),
        })),
        warnings: (r.warnings ?? []).map((w) => w.text),
      });
    }
  }

  const voteOf = (e: (typeof elected)[number]) => ({
    round: e.round_no,
    yes: e.yes_count,
    no: e.no_count,
    abstain: e.abstain_count,
    base: e.threshold_base,
    share: e.threshold_share === null ? null : Number(e.threshold_share),
    result: e.result,
  });

  const person = (
    id: number,
    c: Partial<(typeof input.candidates)[number]>,
    vote: unknown,
    ccId: number | null,
  ) => {
    const p = allPeople.find((x) => x.id === id);
    if (!p) throw errors.field('candidates', `Không tìm thấy cán bộ mã ${id}.`);
    if (p.agency_id !== agencyId)
      throw errors.field('candidates', `${p.full_name} không thuộc cơ quan lập đề nghị.`);
    out.push({
      subject_kind: 'person',
      person_id: id,
      unit_id: null,
      agency_id: null,
      display_name: `${p.gender === 'nu' ? 'Bà' : 'Ông'} ${p.full_name}`,
      position_title: c.positionTitle ?? ([p.position, p.unit_name].filter(Boolean).join(' ') || null),
      achievement_summary: c.achievementSummary ?? null,
      eligibility: verdicts.get(id) ?? null,
      vote,
      council_candidate_id: ccId,
      note: c.note ?? null,
    });
  };
  const unit = (
    id: number,
    c: Partial<(typeof input.candidates)[number]>,
    vote: unknown,
    ccId: number | null,
  ) => {
    const u = allUnits.find((x) => x.id === id);
    if (!u) throw errors.field('candidates', `Không tìm thấy đơn vị mã ${id}.`);
    if (u.agency_id !== agencyId)
      throw errors.field('candidates', `${u.name} không thuộc cơ quan lập đề nghị.`);
    out.push({
      subject_kind: 'unit',
      person_id: null,
      unit_id: id,
      agency_id: null,
      display_name: u.name,
      position_title: null,
      achievement_summary: c.achievementSummary ?? null,
      eligibility: null,
      vote,
      council_candidate_id: ccId,
      note: c.note ?? null,
    });
  };
  const agency = (
    id: number,
    c: Partial<(typeof input.candidates)[number]>,
    vote: unknown,
    ccId: number | null,
  ) => {
    const a = allAgencies.find((x) => x.id === id);
    if (!a) throw errors.field('candidates', `Không tìm thấy cơ quan mã ${id}.`);
    out.push({
      subject_kind: 'agency',
      person_id: null,
      unit_id: null,
      agency_id: id,
      display_name: a.name,
      position_title: null,
      achievement_summary: c.achievementSummary ?? null,
      eligibility: null,
      vote,
      council_candidate_id: ccId,
      note: c.note ?? null,
    });
  };
  for (const c of input.candidates) {
    const e = elected.find(
      (x) =>
        (c.personId && x.person_id === c.personId) ||
        (c.unitId && x.unit_id === c.unitId) ||
        (c.agencyId && x.agency_id === c.agencyId),
    );
    const vote = e ? voteOf(e) : null;
    if (c.personId) person(c.personId, c, vote, e?.id ?? null);
    else if (c.unitId) unit(c.unitId, c, vote, e?.id ?? null);
    else if (c.agencyId) agency(c.agencyId, c, vote, e?.id ?? null);
  }
  for (const e of elected) {
    const already = out.some(
      (o) =>
        (e.person_id && o.person_id === e.person_id) ||
        (e.unit_id && o.unit_id === e.unit_id) ||
        (e.agency_id && o.agency_id === e.agency_id),
    );
    if (already) continue;
    if (e.person_id) person(e.person_id, {}, voteOf(e), e.id);
    else if (e.unit_id) unit(e.unit_id, {}, voteOf(e), e.id);
    else if (e.agency_id) agency(e.agency_id, {}, voteOf(e), e.id);
  }
  const seen = new Set<string>();
  for (const o of out) {
    const k = `${o.person_id}-${o.unit_id}-${o.agency_id}`;
    if (seen.has(k)) throw errors.field('candidates', `${o.display_name} có tên hai lần trong đề nghị.`);
    seen.add(k);
  }
  return out;
}

// ---------------------------------------------------------------- writes

function values(agencyId: number, input: ProposalInputParsed, regime: RegimeId): repo.ProposalValues {
  const authority = input.code === 'khac' ? (input.authority ?? 'khac') : AUTHORITY_OF[input.code];
  const form = formLabel(input.code, input.otherName ?? null);
  return {
    agency_id: agencyId,
    year: input.year,
    kind: input.kind,
    code: input.code,
    other_name: input.code === 'khac' ? (input.otherName ?? null) : null,
    authority,
    procedure: input.procedure,
    regime,
    title: input.title ?? `Đề nghị tặng ${form} năm ${input.year}`,
    achievement_from: input.achievementFrom ?? null,
    achievement_to: input.achievementTo ?? null,
    group_id: input.groupId ?? null,
    movement_id: input.movementId ?? null,
    session_id: input.sessionId ?? null,
    publication_url: input.publicationUrl ?? null,
    publication_from: input.publicationFrom ?? null,
    publication_to: input.publicationTo ?? null,
  };
}

function checkSimplified(input: ProposalInputParsed, regime: RegimeId): void {
  if (input.procedure !== 'simplified') return;
  const r = checkSimplifiedProcedure({ regime, kind: input.kind, ...(input.simplified ?? {}) });
  if (!r.allowed)
    throw new AppError('invalid-input', `Chưa đủ điều kiện áp dụng thủ tục đơn giản: ${r.text}`, {
      path: 'simplified',
      details: r.conditions
        .filter((c) => c.outcome !== 'met')
        .map((c) => ({ path: `simplified.${c.criterion}`, message: c.text })),
    });
}

/** A unit head (without an agency-wide role) proposes only their unit and its people. */
async function assertUnitHeadCandidates(
  ctx: Ctx,
  actor: Actor,
  agencyId: number,
  candidates: readonly repo.CandidateValues[],
  groupId: number | null = null,
): Promise<void> {
  if (hasRoleIn(actor, ['admin', 'officer', 'cluster-leader'], agencyId, groupId)) return;
  const units = new Set(
    actor.roles.filter((g) => g.role === 'unit-head' && g.unitId !== null).map((g) => g.unitId as number),
  );
  const people = await repo.peopleForCandidates(
    ctx.db,
    candidates.flatMap((c) => (c.person_id ? [c.person_id] : [])),
  );
  for (const c of candidates) {
    const unit = c.unit_id ?? people.find((p) => p.id === c.person_id)?.unit_id ?? null;
    if (unit === null || !units.has(unit))
      throw errors.field('candidates', `${c.display_name} không thuộc đơn vị của bạn.`);
  }
}

function parse(input: ProposalInputT): ProposalInputParsed {
  const r = ProposalInput.safeParse(input);
  if (r.success) return r.data;
  throw errors.invalidInput(
    r.error.issues.map((i) => ({ path: i.path.map(String).join('.'), message: i.message })),
  );
}

/**
 * Creates a proposal in 'draft' with its candidates (verdict/vote snapshots), the dossier checklist of the
 * form and regime, and the first step (its reason records the origin). Pass `trx` to run inside the
 * caller's transaction (cluster scoring). Returns the new id.
 */
export async function createProposal(
  ctx: Ctx,
  actor: Actor,
  input: ProposalInputT,
  trx?: Trx,
): Promise<number> {
  const v = parse(input);
  const agencyId = v.agencyId ?? actor.agencyId;
  if (!agencyId || !hasRoleIn(actor, WRITERS, agencyId, v.groupId ?? null))
    throw errors.forbidden('lập đề nghị khen thưởng cho cơ quan này');
  const today = todayIn(ctx.config.timeZone);
  const regime = pickRegime(v.year, today >= `${v.year}-01-01` ? today : undefined).id;
  checkSimplified(v, regime);
  const candidates = await resolveCandidates(ctx, trx ?? ctx.db, agencyId, v);
  await assertUnitHeadCandidates(ctx, actor, agencyId, candidates, v.groupId ?? null);
  const run = async (t: Trx): Promise<number> => {
    const vals = values(agencyId, v, regime);
    const id = await repo.insertProposal(t, { ...vals, created_by: actor.userId });
    await repo.replaceCandidates(t, id, candidates);
    const req = requirementsOf({ ...vals, regime });
    await repo.insertDossierItems(
      t,
      id,
      req.items.map((i) => ({ kind: ITEM_KIND[i.code], label: i.label, copies: i.sets, required: true })),
    );
    const origin = ORIGIN_LABELS[v.origin];
    await repo.insertStep(t, {
      proposal_id: id,
      from_status: null,
      to_status: 'draft',
      on_date: today,
      user_id: actor.userId,
      reason: v.originNote ? `${origin}: ${v.originNote}` : origin,
    });
    await writeAudit(
      t,
      auditBy(actor, {
        action: 'create',
        entity: 'proposals',
        entityId: String(id),
        agencyId,
        summary: `Lập đề nghị "${vals.title}" (${candidates.length} đối tượng, ${KIND_LABELS[v.kind]})`,
        before: null,
        after: { ...vals, candidates: candidates.map((c) => c.display_name), origin: v.origin },
      }),
    );
    return id;
  };
  return trx ? run(trx) : ctx.db.transaction().execute(run);
}

export async function create(ctx: Ctx, actor: Actor, input: ProposalInputT) {
  const id = await createProposal(ctx, actor, input);
  return get(ctx, actor, id);
}

export async function update(ctx: Ctx, actor: Actor, id: number, input: ProposalUpdateT) {
  const current = await get(ctx, actor, id);
  const row = current.row;
  if (!hasRoleIn(actor, WRITERS, row.agency_id, row.group_id)) throw errors.forbidden('sửa đề nghị này');
  if (input.version !== row.version) throw conflict();
  if (!EDITABLE.includes(row.status))
    throw errors.field('status', `Đề nghị đang ở bước "${STATUS_LABELS[row.status]}", không sửa được nữa.`);
  const v = parse({ ...input, agencyId: row.agency_id });
  const regime = row.regime ?? pickRegime(v.year).id;
  checkSimplified(v, regime);
  const candidates = await resolveCandidates(ctx, ctx.db, row.agency_id, v);
  await assertUnitHeadCandidates(ctx, actor, row.agency_id, candidates, row.group_id);
  const vals = values(row.agency_id, v, regime);
  await ctx.db.transaction().execute(async (t) => {
    // The version check comes first: a stale write changes nothing.
    if (!(await repo.updateProposal(t, id, input.version, vals))) throw conflict();
    await repo.replaceCandidates(t, id, candidates);
    // The checklist follows the form: items no longer required go, new ones are added, files are kept.
    const req = requirementsOf({ ...vals, regime });
    const wanted = new Set(req.items.map((i) => ITEM_KIND[i.code]));
    await repo.deleteDossierItems(
      t,
      current.dossier.filter((d) => !wanted.has(d.kind)).map((d) => d.id),
    );
    const have = new Set(current.dossier.map((d) => d.kind));
    await repo.insertDossierItems(
      t,
      id,
      req.items
        .filter((i) => !have.has(ITEM_KIND[i.code]))
        .map((i) => ({ kind: ITEM_KIND[i.code], label: i.label, copies: i.sets, required: true })),
    );
    await writeAudit(
      t,
      auditBy(actor, {
        action: 'update',
        entity: 'proposals',
        entityId: String(id),
        agencyId: row.agency_id,
        summary: `Sửa đề nghị "${vals.title}"`,
        before: {
          title: row.title,
          code: row.code,
          kind: row.kind,
          candidates: current.candidates.map((c) => c.display_name),
          version: row.version,
        },
        after: { ...vals, candidates: candidates.map((c) => c.display_name) },
      }),
    );
  });
  return get(ctx, actor, id);
}

/** One workflow step: checks the action, the role, the reason and (to send) the complete dossier. */
export async function transition(ctx: Ctx, actor: Actor, id: number, input: TransitionInputT) {
  const current = await get(ctx, actor, id);
  const row = current.row;
  const t = TRANSITIONS[input.action];
  if (!hasRoleIn(actor, t.roles, row.agency_id, row.group_id))
    throw errors.forbidden(`${t.label.toLowerCase()} đề nghị này`);
  if (input.version !== row.version) throw conflict();
  if (!t.from.includes(row.status))
    throw errors.field(
      'action',
      `Không thể "${t.label}" khi đề nghị đang ở bước "${STATUS_LABELS[row.status]}".`,
    );
  if (input.action === 'return' && !input.reason)
    throw errors.field('reason', 'Trả lại đề nghị cần ghi rõ lý do.');
  if (input.action === 'send' && !current.check.complete) {
    const missing = current.check.missing;
    throw new AppError(
      'dossier-incomplete',
      `Hồ sơ chưa đủ, chưa gửi được. Còn thiếu ${missing.length} thành phần: ${missing.map((m) => m.label).join('; ')}.`,
      {
        path: 'dossier',
        details: missing.map((m) => ({
          path: `dossier.${m.code}`,
          message: `${m.text} (${formatCitation(m.citation, 'short')})`,
        })),
      },
    );
  }
  if (input.action === 'submit' && current.candidates.length === 0)
    throw errors.field('candidates', 'Đề nghị chưa có cá nhân, tập thể nào.');
  const onDate = input.onDate ?? todayIn(ctx.config.timeZone);
  const agency = await repo.agencyHeader(ctx.db, row.agency_id);
  const patch: Parameters<typeof repo.updateProposal>[3] = {
    status: t.to,
    status_since: new Date(),
  };
  if (input.action === 'return') patch.returned_reason = input.reason ?? null;
  if (input.action === 'submit') patch.returned_reason = null;
  if (input.action === 'send') {
    patch.sent_on = onDate;
    patch.sent_to = input.sentTo ?? addresseeOf(row.authority, agency.parent_name);
  }
  await ctx.db.transaction().execute(async (trx) => {
    if (!(await repo.updateProposal(trx, id, input.version, patch))) throw conflict();
    await repo.insertStep(trx, {
      proposal_id: id,
      from_status: row.status,
      to_status: t.to,
      on_date: onDate,
      user_id: actor.userId,
      reason: input.reason ?? (input.action === 'send' ? `Gửi ${patch.sent_to}` : null),
    });
    await writeAudit(
      trx,
      auditBy(actor, {
        action: `workflow:${input.action}`,
        entity: 'proposals',
        entityId: String(id),
        agencyId: row.agency_id,
        summary: `${t.label}: "${row.title}" (${STATUS_LABELS[row.status]} → ${STATUS_LABELS[t.to]}, ngày ${formatDateVi(onDate)})${input.reason ? ` — ${input.reason}` : ''}`,
        before: { status: row.status, version: row.version },
        after: { status: t.to, onDate, reason: input.reason ?? null, sentTo: patch.sent_to ?? null },
      }),
    );
  });
  return get(ctx, actor, id);
}

/**
 * Decisions (C) call this inside their transaction when a decision is recorded for a sent proposal: the
 * proposal becomes 'decided', a step is written (dated the decision's date) and the change is audited.
 * Returns false (and changes nothing) when the proposal is not in 'sent'.
 */
export async function markProposalDecided(
  trx: Trx,
  proposalId: number,
  decisionId: number,
  by: { userId: number | null; username: string | null } = { userId: null, username: null },
): Promise<boolean> {
  const p = await trx
    .selectFrom('proposals')
    .select(['id', 'status', 'version', 'agency_id', 'title'])
    .where('id', '=', proposalId)
    .forUpdate()
    .executeTakeFirst();
  if (!p || p.status !== 'sent') return false;
  const d = await trx
    .selectFrom('decisions')
    .select(['number', 'symbol', 'decided_on'])
    .where('id', '=', decisionId)
    .executeTakeFirst();
  const onDate = d?.decided_on ?? new Date().toISOString().slice(0, 10);
  const label = d?.number ? `${d.number}${d.symbol ? `/${d.symbol}` : ''}` : `#${decisionId}`;
  if (
    !(await repo.updateProposal(trx, proposalId, p.version, { status: 'decided', status_since: new Date() }))
  )
    return false;
  await repo.insertStep(trx, {
    proposal_id: proposalId,
    from_status: 'sent',
    to_status: 'decided',
    on_date: onDate,
    user_id: by.userId,
    reason: `Quyết định số ${label} ngày ${formatDateVi(onDate)}`,
  });
  await writeAudit(trx, {
    userId: by.userId,
    username: by.username,
    action: 'workflow:decided',
    entity: 'proposals',
    entityId: String(proposalId),
    agencyId: p.agency_id,
    summary: `Đề nghị "${p.title}" đã có quyết định số ${label}`,
    before: { status: 'sent' },
    after: { status: 'decided', decisionId },
  });
  return true;
}

// ---------------------------------------------------------------- dossier, comments

function itemOf(current: ProposalDetail, itemId: number) {
  const item = current.dossier.find((d) => d.id === itemId);
  if (!item) throw errors.notFound('thành phần hồ sơ');
  return item;
}
function assertDossierWritable(actor: Actor, current: ProposalDetail): void {
  const row = current.row;
  if (!hasRoleIn(actor, WRITERS, row.agency_id, row.group_id))
    throw errors.forbidden('cập nhật hồ sơ đề nghị này');
  if (row.status === 'sent' || row.status === 'decided' || row.status === 'withdrawn')
    throw errors.field(
      'status',
      `Đề nghị đang ở bước "${STATUS_LABELS[row.status]}", hồ sơ không sửa được nữa.`,
    );
}

/** Stores a file for one dossier item (uploaded, or generated by the system for tờ trình / danh sách). */
export async function attachItem(
  ctx: Ctx,
  actor: Actor,
  id: number,
  itemId: number,
  file: { name: string; mime: string; content: Buffer },
  status: 'uploaded' | 'generated' = 'uploaded',
) {
  const current = await get(ctx, actor, id);
  assertDossierWritable(actor, current);
  const item = itemOf(current, itemId);
  if (file.content.length === 0) throw errors.field('file', 'Tệp rỗng.');
  await ctx.db.transaction().execute(async (trx) => {
    const fileId = await insertFile(trx, {
      agency_id: current.row.agency_id,
      name: file.name,
      mime: file.mime,
      size: file.content.length,
      sha256: crypto.createHash('sha256').update(file.content).digest('hex'),
      content: file.content,
      uploaded_by: actor.userId,
    });
    await repo.setDossierFile(trx, itemId, { status, file_id: fileId, note: null });
    await writeAudit(
      trx,
      auditBy(actor, {
        action: status === 'generated' ? 'dossier:generate' : 'dossier:upload',
        entity: 'proposals',
        entityId: String(id),
        agencyId: current.row.agency_id,
        summary: `${status === 'generated' ? 'Tạo' : 'Tải lên'} "${item.label}": ${file.name}`,
        before: { item: item.kind, status: item.status, fileId: item.file_id },
        after: { item: item.kind, status, fileId },
      }),
    );
  });
  return get(ctx, actor, id);
}

export async function waiveItem(ctx: Ctx, actor: Actor, id: number, itemId: number, note: string) {
  const current = await get(ctx, actor, id);
  assertDossierWritable(actor, current);
  if (!hasRoleIn(actor, ['admin', 'officer'], current.row.agency_id, current.row.group_id))
    throw errors.forbidden('miễn thành phần hồ sơ');
  const item = itemOf(current, itemId);
  await ctx.db.transaction().execute(async (trx) => {
    await repo.setDossierFile(trx, itemId, { status: 'waived', file_id: null, note });
    await writeAudit(
      trx,
      auditBy(actor, {
        action: 'dossier:waive',
        entity: 'proposals',
        entityId: String(id),
        agencyId: current.row.agency_id,
        summary: `Miễn "${item.label}": ${note}`,
        before: { item: item.kind, status: item.status },
        after: { item: item.kind, status: 'waived', note },
      }),
    );
  });
  return get(ctx, actor, id);
}

export async function itemFile(ctx: Ctx, actor: Actor, id: number, itemId: number) {
  await get(ctx, actor, id);
  const f = await repo.dossierFile(ctx.db, id, itemId);
  if (!f) throw errors.notFound('tệp của thành phần hồ sơ');
  return f;
}

export async function addComment(
  ctx: Ctx,
  actor: Actor,
  id: number,
  input: {
    candidateId?: number | null | undefined;
    receivedOn: string;
    author?: string | null | undefined;
    content: string;
    response?: string | null | undefined;
  },
) {
  const current = await get(ctx, actor, id);
  if (!hasRoleIn(actor, ['admin', 'officer'], current.row.agency_id, current.row.group_id))
    throw errors.forbidden('ghi ý kiến công khai');
  if (input.candidateId && !current.candidates.some((c) => c.id === input.candidateId))
    throw errors.field('candidateId', 'Người được góp ý không có trong đề nghị này.');
  await ctx.db.transaction().execute(async (trx) => {
    const cid = await repo.insertComment(trx, {
      proposal_id: id,
      candidate_id: input.candidateId ?? null,
      received_on: input.receivedOn,
      author: input.author ?? null,
      content: input.content,
      response: input.response ?? null,
    });
    await writeAudit(
      trx,
      auditBy(actor, {
        action: 'comment',
        entity: 'proposals',
        entityId: String(id),
        agencyId: current.row.agency_id,
        summary: `Ghi nhận ý kiến trong thời gian công khai (ngày ${formatDateVi(input.receivedOn)})`,
        before: null,
        after: { commentId: cid, ...input },
      }),
    );
  });
  return get(ctx, actor, id);
}

export { STATUS_LABELS, type ProposalStatus };
