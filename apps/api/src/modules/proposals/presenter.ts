import { z } from 'zod';
import { formatCitation } from '../../../../../packages/domain/src/eligibility/index.ts';
import { formatDateVi } from '../../../../../packages/domain/src/text/vietnamese.ts';
import type { ProposalRow } from '../../../../../packages/db/src/repositories/proposals.ts';
import type { ExportColumn } from '../../../../../packages/spreadsheets/src/list-export.ts';
import {
  AUTHORITIES,
  AUTHORITY_LABELS,
  formLabel,
  itemCodeOf,
  KIND_LABELS,
  PROPOSAL_CODES,
  PROPOSAL_KINDS,
  STATUS_LABELS,
} from './rules.ts';
import { PROPOSAL_STATUSES } from './schemas.ts';
import type { PendingItem, ProposalDetail } from './service.ts';

const iso = (d: Date | string): string => (d instanceof Date ? d.toISOString() : d);

export const ProposalRowSchema = z
  .object({
    id: z.number().int(),
    agencyId: z.number().int(),
    agencyName: z.string(),
    year: z.number().int(),
    kind: z.enum(PROPOSAL_KINDS),
    kindLabel: z.string(),
    code: z.enum(PROPOSAL_CODES),
    otherName: z.string().nullable(),
    formLabel: z.string(),
    authority: z.enum(AUTHORITIES),
    authorityLabel: z.string(),
    procedure: z.enum(['normal', 'simplified']),
    regime: z.enum(['A', 'B', 'B2']).nullable(),
    title: z.string(),
    achievementFrom: z.number().int().nullable(),
    achievementTo: z.number().int().nullable(),
    status: z.enum(PROPOSAL_STATUSES),
    statusLabel: z.string(),
    statusSince: z.string(),
    returnedReason: z.string().nullable(),
    sentOn: z.string().nullable(),
    sentTo: z.string().nullable(),
    groupId: z.number().int().nullable(),
    groupName: z.string().nullable(),
    movementId: z.number().int().nullable(),
    sessionId: z.number().int().nullable(),
    publicationUrl: z.string().nullable(),
    publicationFrom: z.string().nullable(),
    publicationTo: z.string().nullable(),
    candidateCount: z.number().int(),
    candidateNames: z.string().nullable(),
    missingCount: z.number().int(),
    version: z.number().int(),
  })
  .meta({ id: 'ProposalRow' });
export type ProposalRowOut = z.infer<typeof ProposalRowSchema>;

export function presentRow(r: ProposalRow): ProposalRowOut {
  return {
    id: r.id,
    agencyId: r.agency_id,
    agencyName: r.agency_name,
    year: r.year,
    kind: r.kind,
    kindLabel: KIND_LABELS[r.kind],
    code: r.code,
    otherName: r.other_name,
    formLabel: formLabel(r.code, r.other_name),
    authority: r.authority,
    authorityLabel: AUTHORITY_LABELS[r.authority],
    procedure: r.procedure,
    regime: r.regime,
    title: r.title,
    achievementFrom: r.achievement_from,
    achievementTo: r.achievement_to,
    status: r.status,
    statusLabel: STATUS_LABELS[r.status],
    statusSince: iso(r.status_since),
    returnedReason: r.returned_reason,
    sentOn: r.sent_on,
    sentTo: r.sent_to,
    groupId: r.group_id,
    groupName: r.group_name,
    movementId: r.movement_id,
    sessionId: r.session_id,
    publicationUrl: r.publication_url,
    publicationFrom: r.publication_from,
    publicationTo: r.publication_to,
    candidateCount: r.candidate_count,
    candidateNames: r.candidate_names,
    missingCount: r.missing_count,
    version: r.version,
  };
}

const Verdict = z
  .object({
    target: z.string(),
    status: z.string(),
    regime: z.string(),
    evaluatedOn: z.string(),
    rules: z.array(z.string()),
    checks: z.array(
      z.object({
        criterion: z.string(),
        rule: z.string(),
        outcome: z.string(),
        text: z.string(),
        citation: z.string(),
      }),
    ),
    warnings: z.array(z.string()),
  })
  .nullable();

export const ProposalSchema = ProposalRowSchema.extend({
  candidates: z.array(
    z.object({
      id: z.number().int(),
      position: z.number().int(),
      subjectKind: z.enum(['person', 'unit', 'agency']),
      personId: z.number().int().nullable(),
      unitId: z.number().int().nullable(),
      agencyId: z.number().int().nullable(),
      displayName: z.string(),
      positionTitle: z.string().nullable(),
      unitName: z.string().nullable(),
      achievementSummary: z.string().nullable(),
      eligibility: Verdict,
      vote: z.unknown().nullable(),
      councilCandidateId: z.number().int().nullable(),
      note: z.string().nullable(),
    }),
  ),
  dossier: z.object({
    rule: z.string(),
    sets: z.number().int(),
    complete: z.boolean(),
    warnings: z.array(z.string()),
    missing: z.array(z.object({ code: z.string(), label: z.string(), text: z.string() })),
    items: z.array(
      z.object({
        id: z.number().int(),
        code: z.string().nullable(),
        kind: z.string(),
        label: z.string(),
        copies: z.number().int(),
        status: z.enum(['missing', 'uploaded', 'generated', 'waived']),
        fileName: z.string().nullable(),
        fileSize: z.number().int().nullable(),
        note: z.string().nullable(),
        citation: z.string().nullable(),
        confidence: z.string().nullable(),
        requirementNote: z.string().nullable(),
        generatable: z.boolean(),
      }),
    ),
  }),
  publicity: z
    .object({
      rule: z.string(),
      outcome: z.string(),
      text: z.string(),
      citation: z.string(),
      requiredDays: z.number().int().nullable(),
      days: z.number().int().nullable(),
    })
    .nullable(),
  steps: z.array(
    z.object({
      id: z.number().int(),
      fromStatus: z.enum(PROPOSAL_STATUSES).nullable(),
      toStatus: z.enum(PROPOSAL_STATUSES),
      label: z.string(),
      at: z.string(),
      onDate: z.string(),
      userName: z.string().nullable(),
      reason: z.string().nullable(),
    }),
  ),
  comments: z.array(
    z.object({
      id: z.number().int(),
      candidateId: z.number().int().nullable(),
      candidateName: z.string().nullable(),
      receivedOn: z.string(),
      author: z.string().nullable(),
      content: z.string(),
      response: z.string().nullable(),
    }),
  ),
  actions: z.array(z.string()),
  canEdit: z.boolean(),
}).meta({ id: 'Proposal' });
export type ProposalOut = z.infer<typeof ProposalSchema>;

export function presentProposal(d: ProposalDetail): ProposalOut {
  const reqs = d.requirements.items;
  return {
    ...presentRow(d.row),
    candidates: d.candidates.map((c) => ({
      id: c.id,
      position: c.position,
      subjectKind: c.subject_kind,
      personId: c.person_id,
      unitId: c.unit_id,
      agencyId: c.agency_id,
      displayName: c.display_name,
      positionTitle: c.position_title,
      unitName: c.unit_name,
      achievementSummary: c.achievement_summary,
      eligibility: (c.eligibility ?? null) as z.infer<typeof Verdict>,
      vote: c.vote ?? null,
      councilCandidateId: c.council_candidate_id,
      note: c.note,
    })),
    dossier: {
      rule: d.requirements.rule,
      sets: d.requirements.sets,
      complete: d.check.complete,
      warnings: d.requirements.warnings.map((w) => w.text),
      missing: d.check.missing.map((m) => ({ code: m.code, label: m.label, text: m.text })),
      items: d.dossier.map((i) => {
        const code = itemCodeOf(i.kind);
        const req = reqs.find((r) => r.code === code);
        return {
          id: i.id,
          code,
          kind: i.kind,
          label: i.label,
          copies: i.copies,
          status: i.status,
          fileName: i.file_name,
          fileSize: i.file_size,
          note: i.note,
          citation: req ? formatCitation(req.citation, 'short') : null,
          confidence: req ? req.confidence : null,
          requirementNote: req?.note ?? req?.unverified ?? null,
          generatable: i.kind === 'to-trinh' || i.kind === 'danh-sach',
        };
      }),
    },
    publicity: d.publicity
      ? {
          rule: d.publicity.rule,
          outcome: d.publicity.outcome,
          text: d.publicity.text,
          citation: formatCitation(d.publicity.citation, 'short'),
          requiredDays: d.publicity.requiredDays,
          days: d.publicity.days ?? null,
        }
      : null,
    steps: d.steps.map((s) => ({
      id: s.id,
      fromStatus: s.from_status,
      toStatus: s.to_status,
      label: STATUS_LABELS[s.to_status],
      at: iso(s.at),
      onDate: s.on_date,
      userName: s.user_name,
      reason: s.reason,
    })),
    comments: d.comments.map((c) => ({
      id: c.id,
      candidateId: c.candidate_id,
      candidateName: c.candidate_name,
      receivedOn: c.received_on,
      author: c.author,
      content: c.content,
      response: c.response,
    })),
    actions: d.actions,
    canEdit: d.canEdit,
  };
}

export const PendingSchema = z
  .array(
    z.object({
      authority: z.enum(AUTHORITIES),
      label: z.string(),
      items: z.array(
        ProposalRowSchema.extend({
          waitingText: z.string(),
          daysWaiting: z.number().int(),
          workingDaysWaiting: z.number().int(),
          appraisalDue: z.string(),
          appraisalText: z.string(),
          overdue: z.boolean(),
        }),
      ),
    }),
  )
  .meta({ id: 'PendingProposals' });

export function presentPending(
  groups: { authority: ProposalRow['authority']; label: string; items: PendingItem[] }[],
) {
  return groups.map((g) => ({
    authority: g.authority,
    label: g.label,
    items: g.items.map((i) => ({
      ...presentRow(i.row),
      waitingText: i.text,
      daysWaiting: i.daysWaiting,
      workingDaysWaiting: i.workingDaysWaiting,
      appraisalDue: i.appraisalDue,
      appraisalText: i.appraisalText,
      overdue: i.overdue,
    })),
  }));
}

export const PROPOSAL_EXPORT_COLUMNS: ExportColumn<ProposalRowOut>[] = [
  { header: 'Năm', width: 8, type: 'number', value: (r) => r.year },
  { header: 'Trích yếu', width: 45, value: (r) => r.title },
  { header: 'Loại hình', width: 22, value: (r) => r.kindLabel },
  { header: 'Hình thức', width: 32, value: (r) => r.formLabel },
  { header: 'Cấp quyết định', width: 24, value: (r) => r.authorityLabel },
  { header: 'Số đối tượng', width: 12, type: 'number', value: (r) => r.candidateCount },
  { header: 'Cá nhân, tập thể', width: 50, value: (r) => r.candidateNames },
  { header: 'Trạng thái', width: 22, value: (r) => r.statusLabel },
  { header: 'Ngày gửi', width: 12, type: 'date', value: (r) => r.sentOn },
  { header: 'Hồ sơ còn thiếu', width: 12, type: 'number', value: (r) => r.missingCount },
];

export const dmy = formatDateVi;
