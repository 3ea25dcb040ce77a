// Quyết định khen thưởng: register a decision received from a higher level, issue the agency's own (with
// its outgoing-document register entry and a generated .docx), annul a decision or one recipient (kept in
// history, no longer counted), and read a subject's award history. Every write is one transaction with its
// audit record; annulments use the record's version (409 when stale).
import { sql, type Transaction } from 'kysely';
import type { DB } from '../../../../../packages/db/src/schema.ts';
import { writeAudit } from '../../../../../packages/db/src/audit.ts';
import * as jobsRepo from '../../../../../packages/db/src/repositories/jobs.ts';
import * as repo from '../../../../../packages/db/src/repositories/decisions.ts';
import type { Db } from '../../../../../packages/db/src/repositories/scope.ts';
import type { Authority } from '../../../../../packages/db/src/schema-cycle.ts';
import { TARGET_LABELS } from '../../../../../packages/domain/src/eligibility/messages/vi.ts';
import type { TargetCode } from '../../../../../packages/domain/src/eligibility/types.ts';
import { formatDateVi } from '../../../../../packages/domain/src/text/vietnamese.ts';
import {
  decisionTitle,
  OWN_DECISION_LABELS,
} from '../../../../../packages/documents/src/builders/decision.ts';
import { AUTHORITY_LABELS } from '../../../../../packages/spreadsheets/src/award-history.ts';
import {
  agencyReadScope,
  hasRole,
  isAdmin,
  peopleReadScope,
  recordReadScope,
  type Actor,
} from '../../auth/actor.ts';
import { auditBy, todayIn, type Ctx } from '../../context.ts';
import { errors } from '../../errors.ts';
import { markProposalDecided } from '../proposals/service.ts';
import type {
  AnnulInputT,
  DecisionListQuery,
  OwnInputT,
  ReceivedInputT,
  RecipientInputT,
} from './schemas.ts';
import type { z } from 'zod';

export const SOURCE_LABELS = {
  own: 'Cơ quan ban hành',
  received: 'Cấp trên',
  imported: 'Nhập từ Excel',
} as const;

export function codeLabel(code: string, otherName: string | null): string {
  if (code === 'khac') return otherName ?? 'Khác';
  return TARGET_LABELS[code as TargetCode] ?? code;
}

export function authorityLabel(a: Authority): string {
  return AUTHORITY_LABELS[a];
}

/** "Quyết định số 215/QĐ-SCT ngày 26/12/2025", or what is known of an imported one. */
export function reference(d: {
  number: string | null;
  symbol: string | null;
  decided_on: string | null;
}): string {
  const num = d.number ? `${d.number}${d.symbol ? `/${d.symbol}` : ''}` : null;
  if (!num && !d.decided_on) return 'Quyết định (không rõ số)';
  return `Quyết định${num ? ` số ${num}` : ''}${d.decided_on ? ` ngày ${formatDateVi(d.decided_on)}` : ''}`;
}

/** The agency whose decisions the officer keeps (admin: the one named, else their home agency). */
export function writeAgency(actor: Actor, agencyId: number | undefined): number {
  const id = agencyId ?? actor.agencyId;
  if (!id) throw errors.field('agencyId', 'Hãy chọn cơ quan.');
  if (isAdmin(actor)) return id;
  const officerOf = actor.roles.filter((g) => g.role === 'officer').map((g) => g.agencyId ?? actor.agencyId);
  if (!officerOf.includes(id)) throw errors.forbidden('ghi quyết định khen thưởng của cơ quan này');
  return id;
}

export async function listDecisions(ctx: Ctx, actor: Actor, q: z.infer<typeof DecisionListQuery>) {
  return repo.listDecisions(ctx.db, recordReadScope(actor), {
    agencyIds: q.agencyId ? [q.agencyId] : undefined,
    year: q.year,
    authority: q.authority,
    code: q.code,
    status: q.status,
    source: q.source,
    q: q.q,
  });
}

async function loadDecision(ctx: Ctx, actor: Actor, id: number) {
  const d = await repo.findDecision(ctx.db, id, recordReadScope(actor));
  if (!d) {
    if (await repo.decisionExists(ctx.db, id)) throw errors.forbidden('xem quyết định này');
    throw errors.notFound('quyết định');
  }
  return d;
}

export async function getDecision(ctx: Ctx, actor: Actor, id: number) {
  const d = await loadDecision(ctx, actor, id);
  const [recipients, proposal, document] = await Promise.all([
    repo.recipientsOf(ctx.db, id),
    d.proposal_id
      ? ctx.db
          .selectFrom('proposals')
          .select(['id', 'title', 'status'])
          .where('id', '=', d.proposal_id)
          .executeTakeFirst()
      : undefined,
    d.document_id
      ? ctx.db
          .selectFrom('outgoing_documents')
          .select(['id', 'title', 'signer_name', 'signer_line', 'signer_title', 'legal_basis', 'recipients'])
          .where('id', '=', d.document_id)
          .executeTakeFirst()
      : undefined,
  ]);
  return { decision: d, recipients, proposal: proposal ?? null, document: document ?? null };
}

/** Recipients resolved against the agency's records: names, positions and units copied as written. */
async function resolveRecipients(
  db: Db,
  agencyId: number,
  input: readonly RecipientInputT[],
): Promise<repo.RecipientValues[]> {
  const personIds = input.flatMap((r) => (r.subjectKind === 'person' && r.personId ? [r.personId] : []));
  const unitIds = input.flatMap((r) => (r.subjectKind === 'unit' && r.unitId ? [r.unitId] : []));
  const agencyIds = input.flatMap((r) => (r.subjectKind === 'agency' && r.agencyId ? [r.agencyId] : []));
  const [people, units, agencies] = await Promise.all([
    personIds.length
      ? db
          .selectFrom('people as p')
          .leftJoin('units as u', 'u.id', 'p.unit_id')
          .select(['p.id', 'p.agency_id', 'p.full_name', 'p.position', 'u.name as unit_name'])
          .where('p.id', 'in', personIds)
          .execute()
      : [],
    unitIds.length
      ? db.selectFrom('units').select(['id', 'agency_id', 'name']).where('id', 'in', unitIds).execute()
      : [],
    agencyIds.length
      ? db.selectFrom('agencies').select(['id', 'name']).where('id', 'in', agencyIds).execute()
      : [],
  ]);
  const seen = new Set<string>();
  return input.map((r, i) => {
    const path = `recipients.${i}`;
    const key = `${r.subjectKind}:${r.personId ?? r.unitId ?? r.agencyId}`;
    if (seen.has(key)) throw errors.field(path, `Dòng ${i + 1} của danh sách bị trùng.`);
    seen.add(key);
    const base = {
      subject_kind: r.subjectKind,
      person_id: null as number | null,
      unit_id: null as number | null,
      agency_id: null as number | null,
      position_title: r.positionTitle ?? null,
      achievement_from: r.achievementFrom ?? null,
      achievement_to: r.achievementTo ?? null,
      proposal_candidate_id: null,
      reward_amount: r.rewardAmount ?? null,
    };
    if (r.subjectKind === 'person') {
      const p = people.find((x) => x.id === r.personId);
      if (!p || p.agency_id !== agencyId)
        throw errors.field(`${path}.personId`, `Dòng ${i + 1}: không có cán bộ này trong cơ quan.`);
      return {
        ...base,
        person_id: p.id,
        display_name: r.displayName ?? p.full_name,
        position_title: r.positionTitle ?? p.position,
      };
    }
    if (r.subjectKind === 'unit') {
      const u = units.find((x) => x.id === r.unitId);
      if (!u || u.agency_id !== agencyId)
        throw errors.field(`${path}.unitId`, `Dòng ${i + 1}: không có đơn vị này trong cơ quan.`);
      return { ...base, unit_id: u.id, display_name: r.displayName ?? u.name };
    }
    const a = agencies.find((x) => x.id === r.agencyId);
    if (!a) throw errors.field(`${path}.agencyId`, `Dòng ${i + 1}: không có cơ quan này.`);
    return { ...base, agency_id: a.id, display_name: r.displayName ?? a.name };
  });
}

/**
 * The proposal a received decision answers becomes "decided" in the same transaction, through the proposals
 * module's own transition (markProposalDecided: status, dated step, audit). Only a proposal sent up may be
 * answered.
 */
async function answerProposal(
  trx: Transaction<DB>,
  actor: Actor,
  agencyId: number,
  proposalId: number,
  decisionId: number,
): Promise<void> {
  const p = await trx
    .selectFrom('proposals')
    .select(['id', 'agency_id', 'status'])
    .where('id', '=', proposalId)
    .executeTakeFirst();
  if (!p || p.agency_id !== agencyId)
    throw errors.field('proposalId', 'Không có tờ trình đề nghị này trong cơ quan.');
  if (p.status !== 'sent')
    throw errors.field(
      'proposalId',
      'Chỉ gắn quyết định vào đề nghị đã gửi cấp trên và đang chờ quyết định.',
    );
  const ok = await markProposalDecided(trx, proposalId, decisionId, {
    userId: actor.userId,
    username: actor.username,
  });
  if (!ok) throw errors.conflict();
}

export async function registerReceived(ctx: Ctx, actor: Actor, input: ReceivedInputT) {
  const agencyId = writeAgency(actor, input.agencyId);
  const recipients = await resolveRecipients(ctx.db, agencyId, input.recipients);
  const year = Number(input.decidedOn.slice(0, 4));
  const id = await ctx.db.transaction().execute(async (trx) => {
    const id = await repo.insertDecision(
      trx,
      {
        agency_id: agencyId,
        source: 'received',
        authority: input.authority,
        issuer_name: input.issuerName ?? null,
        number: input.number,
        symbol: input.symbol ?? null,
        decided_on: input.decidedOn,
        year,
        kind: input.kind,
        code: input.code,
        other_name: input.code === 'khac' ? (input.otherName ?? null) : null,
        achievement_from: input.achievementFrom ?? null,
        achievement_to: input.achievementTo ?? input.achievementFrom ?? null,
        proposal_id: input.proposalId ?? null,
        document_id: null,
        file_id: null,
      },
      recipients,
    );
    if (input.proposalId) await answerProposal(trx, actor, agencyId, input.proposalId, id);
    await writeAudit(
      trx,
      auditBy(actor, {
        action: 'create',
        entity: 'decisions',
        entityId: String(id),
        agencyId,
        summary: `Ghi nhận ${reference({ number: input.number, symbol: input.symbol ?? null, decided_on: input.decidedOn })} (${codeLabel(input.code, input.otherName ?? null)}, ${recipients.length} người/tập thể)`,
        before: null,
        after: { ...input, recipients: recipients.map((r) => r.display_name) },
      }),
    );
    return id;
  });
  return getDecision(ctx, actor, id);
}

/** The agency head's position in the title line: "Giám đốc" for a Sở, "Thủ trưởng" otherwise. */
export function headPositionOf(kind: string): string {
  return kind === 'department' ? 'Giám đốc' : 'Thủ trưởng';
}

export async function issueOwn(ctx: Ctx, actor: Actor, input: OwnInputT) {
  const agencyId = writeAgency(actor, input.agencyId);
  const collective = input.code.startsWith('tap-the-');
  input.recipients.forEach((r, i) => {
    if (collective && r.subjectKind !== 'unit')
      throw errors.field(
        `recipients.${i}`,
        'Danh hiệu tập thể chỉ xét cho đơn vị (phòng, chi cục, trung tâm).',
      );
    if (!collective && input.code !== 'giay-khen' && r.subjectKind !== 'person')
      throw errors.field(`recipients.${i}`, 'Danh hiệu cá nhân chỉ xét cho cán bộ.');
  });
  if (input.year > Number(input.decidedOn.slice(0, 4)))
    throw errors.field('year', 'Năm thành tích không được sau năm ra quyết định.');
  const recipients = await resolveRecipients(ctx.db, agencyId, input.recipients);
  for (const r of recipients) {
    r.achievement_from ??= input.year;
    r.achievement_to ??= input.year;
  }
  const agency = await ctx.db
    .selectFrom('agencies')
    .select(['id', 'kind', 'name', 'symbol', 'short_name', 'place_name'])
    .where('id', '=', agencyId)
    .executeTakeFirstOrThrow();
  const abbreviation = agency.symbol ?? agency.short_name ?? 'CQ';
  const symbol = `QĐ-${abbreviation}`;
  const head = headPositionOf(agency.kind);
  // The signer: the person named, else the head of the agency (its leader whose position is the head's).
  const signer = input.signerPersonId
    ? await ctx.db
        .selectFrom('people')
        .select(['id', 'full_name', 'agency_id'])
        .where('id', '=', input.signerPersonId)
        .executeTakeFirst()
    : await ctx.db
        .selectFrom('people')
        .select(['id', 'full_name', 'agency_id'])
        .where('agency_id', '=', agencyId)
        .where('is_leader', '=', true)
        .where(sql<boolean>`lower(position) = lower(${head})`)
        .where('end_date', 'is', null)
        .orderBy('id')
        .executeTakeFirst();
  if (input.signerPersonId && (!signer || signer.agency_id !== agencyId))
    throw errors.field('signerPersonId', 'Người ký phải là lãnh đạo của cơ quan.');
  const issuedYear = Number(input.decidedOn.slice(0, 4));
  const taken = await ctx.db
    .selectFrom('outgoing_documents')
    .select('id')
    .where('agency_id', '=', agencyId)
    .where('year', '=', issuedYear)
    .where('symbol', '=', symbol)
    .where('number', '=', input.number)
    .executeTakeFirst();
  if (taken)
    throw errors.duplicate(
      'number',
      `Số ${input.number}/${symbol} năm ${issuedYear} đã được dùng cho văn bản khác trong sổ văn bản đi.`,
    );
  const proposedBy =
    input.proposedBy ??
    (input.sessionId ? 'Xét đề nghị của Hội đồng Thi đua – Khen thưởng' : 'Xét đề nghị của Chánh Văn phòng');
  const sessionInfo = input.sessionId
    ? await ctx.db
        .selectFrom('council_sessions')
        .select(['id', 'agency_id', 'held_on', 'year'])
        .where('id', '=', input.sessionId)
        .executeTakeFirst()
    : undefined;
  if (input.sessionId && (!sessionInfo || sessionInfo.agency_id !== agencyId))
    throw errors.field('sessionId', 'Không có phiên họp Hội đồng này trong cơ quan.');
  const proposedLine =
    sessionInfo && !input.proposedBy
      ? `${proposedBy} tại phiên họp${sessionInfo.held_on ? ` ngày ${formatDateVi(sessionInfo.held_on)}` : ` xét năm ${sessionInfo.year}`}`
      : proposedBy;
  // Council candidates the recipients came from, kept as the link to the vote.
  const candidateIds = input.recipients.flatMap((r) => (r.councilCandidateId ? [r.councilCandidateId] : []));
  const title = decisionTitle(input.code, input.year);

  const id = await ctx.db.transaction().execute(async (trx) => {
    const doc = await trx
      .insertInto('outgoing_documents')
      .values({
        agency_id: agencyId,
        year: issuedYear,
        kind: 'quyet-dinh',
        number: input.number,
        symbol,
        place_name: agency.place_name,
        issued_on: input.decidedOn,
        title,
        legal_basis: [...input.extraBasis, proposedLine].join('\n'),
        signer_line: input.signedByDeputy ? `KT. ${head.toUpperCase()}` : head.toUpperCase(),
        signer_title: input.signedByDeputy ? `Phó ${head}` : head,
        signer_name: signer?.full_name ?? null,
        signer_person_id: signer?.id ?? null,
        recipients: JSON.stringify(input.distribution),
        status: 'issued',
        created_by: actor.userId,
      })
      .returning('id')
      .executeTakeFirstOrThrow();
    const id = await repo.insertDecision(
      trx,
      {
        agency_id: agencyId,
        source: 'own',
        authority: 'giam-doc-so',
        issuer_name: agency.name,
        number: input.number,
        symbol,
        decided_on: input.decidedOn,
        year: issuedYear,
        kind: 'cong-trang',
        code: input.code,
        other_name: null,
        achievement_from: input.year,
        achievement_to: input.year,
        proposal_id: null,
        document_id: doc.id,
        file_id: null,
      },
      recipients,
    );
    // A recipient has no column for the council candidate it came from: the link is kept in the audit record.
    await writeAudit(
      trx,
      auditBy(actor, {
        action: 'create',
        entity: 'decisions',
        entityId: String(id),
        agencyId,
        summary: `Ban hành Quyết định số ${input.number}/${symbol} ngày ${formatDateVi(input.decidedOn)}: ${OWN_DECISION_LABELS[input.code]} năm ${input.year} (${recipients.length} ${collective ? 'tập thể' : 'cá nhân'})`,
        before: null,
        after: {
          ...input,
          recipients: recipients.map((r) => r.display_name),
          councilCandidateIds: candidateIds,
          documentId: doc.id,
        },
      }),
    );
    return id;
  });
  return getDecision(ctx, actor, id);
}

async function loadForWrite(ctx: Ctx, actor: Actor, id: number) {
  const d = await loadDecision(ctx, actor, id);
  writeAgency(actor, d.agency_id);
  return d;
}

export async function annulDecision(ctx: Ctx, actor: Actor, id: number, input: AnnulInputT) {
  const d = await loadForWrite(ctx, actor, id);
  if (d.status === 'annulled') throw errors.field('status', 'Quyết định này đã bị hủy trước đó.');
  if (d.decided_on && input.annulledOn < d.decided_on)
    throw errors.field('annulledOn', 'Ngày hủy không được trước ngày ra quyết định.');
  await ctx.db.transaction().execute(async (trx) => {
    const ok = await repo.annulDecision(trx, id, input.version, {
      annulled_on: input.annulledOn,
      annulled_reason: input.reason,
      annulled_by_ref: input.annulledByRef ?? null,
    });
    if (!ok) throw errors.conflict();
    if (d.document_id)
      await trx
        .updateTable('outgoing_documents')
        .set({ status: 'withdrawn', updated_at: new Date(), version: sql`version + 1` })
        .where('id', '=', d.document_id)
        .execute();
    await writeAudit(
      trx,
      auditBy(actor, {
        action: 'annul',
        entity: 'decisions',
        entityId: String(id),
        agencyId: d.agency_id,
        summary: `Hủy ${reference(d)}: ${input.reason}`,
        before: { status: d.status },
        after: { status: 'annulled', ...input },
      }),
    );
  });
  return getDecision(ctx, actor, id);
}

export async function annulRecipient(
  ctx: Ctx,
  actor: Actor,
  id: number,
  recipientId: number,
  input: AnnulInputT,
) {
  const d = await loadForWrite(ctx, actor, id);
  if (d.status === 'annulled') throw errors.field('status', 'Quyết định đã bị hủy toàn bộ.');
  const r = await ctx.db
    .selectFrom('decision_recipients')
    .select(['id', 'display_name', 'status'])
    .where('id', '=', recipientId)
    .where('decision_id', '=', id)
    .executeTakeFirst();
  if (!r) throw errors.notFound('người được khen trong quyết định');
  if (r.status === 'annulled')
    throw errors.field('status', `Khen thưởng của ${r.display_name} đã bị thu hồi.`);
  if (d.decided_on && input.annulledOn < d.decided_on)
    throw errors.field('annulledOn', 'Ngày thu hồi không được trước ngày ra quyết định.');
  await ctx.db.transaction().execute(async (trx) => {
    const ok = await repo.annulRecipient(trx, id, recipientId, input.version, {
      annulled_on: input.annulledOn,
      annulled_reason: input.reason,
    });
    if (!ok) throw errors.conflict();
    await writeAudit(
      trx,
      auditBy(actor, {
        action: 'annul',
        entity: 'decision_recipients',
        entityId: String(recipientId),
        agencyId: d.agency_id,
        summary: `Thu hồi khen thưởng của ${r.display_name} trong ${reference(d)}: ${input.reason}`,
        before: { status: r.status },
        after: { status: 'annulled', ...input },
      }),
    );
  });
  return getDecision(ctx, actor, id);
}

export async function attachScan(
  ctx: Ctx,
  actor: Actor,
  id: number,
  file: { name: string; mime: string; content: Buffer },
) {
  const d = await loadForWrite(ctx, actor, id);
  if (file.content.byteLength === 0) throw errors.field('file', 'Tệp tải lên rỗng.');
  await ctx.db.transaction().execute(async (trx) => {
    const fileId = await jobsRepo.insertFile(trx, {
      agency_id: d.agency_id,
      name: file.name,
      mime: file.mime,
      content: file.content,
      uploaded_by: actor.userId,
    });
    await repo.setDecisionFile(trx, id, fileId);
    await writeAudit(
      trx,
      auditBy(actor, {
        action: 'attach',
        entity: 'decisions',
        entityId: String(id),
        agencyId: d.agency_id,
        summary: `Đính kèm bản quét ${reference(d)} (${file.name})`,
        before: { fileId: d.file_id },
        after: { fileId },
      }),
    );
  });
  return getDecision(ctx, actor, id);
}

export async function scanOf(ctx: Ctx, actor: Actor, id: number) {
  const d = await loadDecision(ctx, actor, id);
  if (!d.file_id) throw errors.notFound('bản quét của quyết định');
  const f = await ctx.db
    .selectFrom('files')
    .select(['name', 'mime', 'content'])
    .where('id', '=', d.file_id)
    .executeTakeFirst();
  if (!f) throw errors.notFound('bản quét của quyết định');
  return f;
}

/** Council sessions (bình xét) of the agency's year whose elected lists can become a decision. */
export async function councilSessions(ctx: Ctx, actor: Actor, year: number, agencyId?: number) {
  const id = writeAgency(actor, agencyId);
  const rows = await ctx.db
    .selectFrom('council_sessions as s')
    .innerJoin('councils as c', 'c.id', 's.council_id')
    .select(['s.id', 's.year', 's.held_on', 's.status', 'c.name'])
    .where('s.agency_id', '=', id)
    .where('s.year', '=', year)
    .where('s.purpose', '=', 'binh-xet')
    .orderBy('s.held_on')
    .orderBy('s.id')
    .execute();
  return rows.map((s) => ({
    id: s.id,
    year: s.year,
    heldOn: s.held_on,
    label: `${s.name} — phiên xét năm ${s.year}${s.held_on ? `, họp ngày ${formatDateVi(s.held_on)}` : ''}`,
  }));
}

/** Who a council session elected for a title: candidates of its rounds whose result is "passed". */
export async function councilElected(ctx: Ctx, actor: Actor, sessionId: number, code: string) {
  const s = await ctx.db
    .selectFrom('council_sessions')
    .select(['id', 'agency_id'])
    .where('id', '=', sessionId)
    .executeTakeFirst();
  if (!s) throw errors.notFound('phiên họp Hội đồng');
  writeAgency(actor, s.agency_id);
  const rows = await ctx.db
    .selectFrom('council_candidates as c')
    .innerJoin('council_rounds as r', 'r.id', 'c.round_id')
    .leftJoin('people as p', 'p.id', 'c.person_id')
    .leftJoin('units as pu', 'pu.id', 'p.unit_id')
    .leftJoin('units as u', 'u.id', 'c.unit_id')
    .leftJoin('agencies as a', 'a.id', 'c.agency_id')
    .select([
      'c.id',
      'c.subject_kind',
      'c.person_id',
      'c.unit_id',
      'c.agency_id',
      'p.full_name',
      'p.position',
      'pu.name as person_unit',
      'u.name as unit_name',
      'a.name as agency_name',
      'p.sort_key',
    ])
    .where('r.session_id', '=', sessionId)
    .where('c.code', '=', code as never)
    .where('c.result', '=', 'passed')
    .orderBy('r.round_no')
    .orderBy('c.position')
    .execute();
  const seen = new Set<string>();
  return rows
    .filter((c) => {
      const k = `${c.subject_kind}:${c.person_id ?? c.unit_id ?? c.agency_id}`;
      if (seen.has(k)) return false;
      seen.add(k);
      return true;
    })
    .map((c) => ({
      councilCandidateId: c.id,
      subjectKind: c.subject_kind,
      personId: c.person_id,
      unitId: c.unit_id,
      agencyId: c.agency_id,
      displayName: c.full_name ?? c.unit_name ?? c.agency_name ?? '',
      positionTitle: c.position,
      unitName: c.person_unit ?? c.unit_name ?? c.agency_name,
    }));
}

export type HistoryKind = 'person' | 'unit' | 'agency';

/** A subject's award history, checked against what the actor may read (staff: themselves). */
export async function history(ctx: Ctx, actor: Actor, kind: HistoryKind, id: number) {
  let subject: { kind: HistoryKind; id: number; name: string; detail: string | null };
  if (kind === 'person') {
    const p = await ctx.db
      .selectFrom('people as p')
      .leftJoin('units as u', 'u.id', 'p.unit_id')
      .select(['p.id', 'p.agency_id', 'p.unit_id', 'p.full_name', 'p.code', 'p.position', 'u.name as unit'])
      .where('p.id', '=', id)
      .executeTakeFirst();
    if (!p) throw errors.notFound('cán bộ');
    const s = peopleReadScope(actor);
    if (!(
      s.all ||
      s.agencyIds.includes(p.agency_id) ||
      s.unitIds.includes(p.unit_id) ||
      s.personIds.includes(p.id)
    ))
      throw errors.forbidden('xem quá trình khen thưởng của cán bộ này');
    subject = {
      kind,
      id,
      name: p.full_name,
      detail: [p.code, p.position, p.unit].filter(Boolean).join(' · ') || null,
    };
  } else if (kind === 'unit') {
    const u = await ctx.db
      .selectFrom('units as u')
      .innerJoin('agencies as a', 'a.id', 'u.agency_id')
      .select(['u.id', 'u.agency_id', 'u.name', 'a.name as agency'])
      .where('u.id', '=', id)
      .executeTakeFirst();
    if (!u) throw errors.notFound('đơn vị');
    const s = recordReadScope(actor);
    if (!(s.all || s.agencyIds.includes(u.agency_id) || s.unitIds.includes(u.id)))
      throw errors.forbidden('xem quá trình khen thưởng của đơn vị này');
    subject = { kind, id, name: u.name, detail: u.agency };
  } else {
    const a = await ctx.db
      .selectFrom('agencies')
      .select(['id', 'name', 'parent_name'])
      .where('id', '=', id)
      .executeTakeFirst();
    if (!a) throw errors.notFound('cơ quan');
    const s = agencyReadScope(actor);
    if (!(s.all || s.agencyIds.includes(a.id)) || hasOnlyStaff(actor))
      throw errors.forbidden('xem quá trình khen thưởng của cơ quan này');
    subject = { kind, id, name: a.name, detail: a.parent_name };
  }
  const rows = await repo.historyOf(
    ctx.db,
    kind === 'person' ? { personId: id } : kind === 'unit' ? { unitId: id } : { agencyId: id },
  );
  return { subject, rows };
}

function hasOnlyStaff(actor: Actor): boolean {
  return (
    actor.roles.every((g) => g.role === 'staff' || g.role === 'cluster-leader') && !hasRole(actor, 'admin')
  );
}

export function sourceText(h: {
  source: 'own' | 'received' | 'imported';
  number: string | null;
  symbol: string | null;
  decided_on: string | null;
  authority: Authority;
  issuer_name: string | null;
}): string {
  const who = h.issuer_name ?? authorityLabel(h.authority);
  if (h.source === 'imported') {
    const ref = h.number || h.decided_on ? `${reference(h)} — ` : '';
    return `${ref}${who} (nhập từ Excel)`;
  }
  return `${reference(h)} (${who})`;
}

export const today = (ctx: Ctx): string => todayIn(ctx.config.timeZone);
