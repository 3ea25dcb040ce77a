// The only path from decision rows to JSON (and to the Excel exports).
import type { ExportColumn } from '../../../../../packages/spreadsheets/src/list-export.ts';
import type { z } from 'zod';
import type * as repo from '../../../../../packages/db/src/repositories/decisions.ts';
import type { DecisionRowSchema, DecisionSchema, HistoryRowSchema } from './schemas.ts';
import { authorityLabel, codeLabel, reference, SOURCE_LABELS, sourceText } from './service.ts';

type DecisionRow = Awaited<ReturnType<typeof repo.listDecisions>>[number];
type DecisionRecord = NonNullable<Awaited<ReturnType<typeof repo.findDecision>>>;
type RecipientRow = Awaited<ReturnType<typeof repo.recipientsOf>>[number];
type HistoryRow = Awaited<ReturnType<typeof repo.historyOf>>[number];

function base(d: DecisionRecord | DecisionRow) {
  return {
    id: d.id,
    agencyId: d.agency_id,
    source: d.source,
    sourceLabel: SOURCE_LABELS[d.source],
    authority: d.authority,
    authorityLabel: authorityLabel(d.authority),
    issuerName: d.issuer_name,
    number: d.number,
    symbol: d.symbol,
    reference: reference(d),
    decidedOn: d.decided_on,
    year: d.year,
    kind: d.kind,
    code: d.code,
    codeLabel: codeLabel(d.code, d.other_name),
    otherName: d.other_name,
    achievementFrom: d.achievement_from,
    achievementTo: d.achievement_to,
    proposalId: d.proposal_id,
    hasDocument: d.document_id !== null,
    hasScan: d.file_id !== null,
    status: d.status,
    annulledOn: d.annulled_on,
    annulledReason: d.annulled_reason,
    annulledByRef: d.annulled_by_ref,
    version: d.version,
  };
}

export function presentDecisionRow(d: DecisionRow): z.infer<typeof DecisionRowSchema> {
  return { ...base(d), recipientCount: d.recipient_count, recipientNames: d.recipient_names };
}

export function presentRecipient(r: RecipientRow) {
  return {
    id: r.id,
    position: r.position,
    subjectKind: r.subject_kind,
    personId: r.person_id,
    personCode: r.person_code,
    unitId: r.unit_id,
    agencyId: r.agency_id,
    displayName: r.display_name,
    positionTitle: r.position_title,
    unitName: r.unit_name,
    achievementFrom: r.achievement_from,
    achievementTo: r.achievement_to,
    rewardAmount: r.reward_amount === null ? null : Number(r.reward_amount),
    status: r.status,
    annulledOn: r.annulled_on,
    annulledReason: r.annulled_reason,
    version: r.version,
  };
}

export function presentDecision(x: {
  decision: DecisionRecord;
  recipients: RecipientRow[];
  proposal: { id: number; title: string; status: string } | null;
  document: { id: number; title: string; signer_name: string | null } | null;
}): z.infer<typeof DecisionSchema> {
  return {
    ...base(x.decision),
    recipients: x.recipients.map(presentRecipient),
    proposal: x.proposal,
    document: x.document
      ? { id: x.document.id, title: x.document.title, signerName: x.document.signer_name }
      : null,
  };
}

export function presentHistoryRow(h: HistoryRow): z.infer<typeof HistoryRowSchema> {
  return {
    recipientId: h.recipient_id,
    decisionId: h.decision_id,
    subjectKind: h.subject_kind,
    displayName: h.display_name,
    code: h.code,
    codeLabel: codeLabel(h.code, h.other_name),
    category: h.category,
    year: h.year,
    periodFrom: h.period_from,
    periodTo: h.period_to,
    authority: h.authority,
    authorityLabel: authorityLabel(h.authority),
    issuerName: h.issuer_name,
    source: h.source,
    sourceText: sourceText(h),
    decidedOn: h.decided_on,
    status: h.status,
    annulledOn: h.annulled_on,
    annulledReason: h.annulled_reason,
  };
}

const STATUS_LABELS = { draft: 'Dự thảo', 'in-force': 'Có hiệu lực', annulled: 'Đã hủy' } as const;

export const DECISION_EXPORT_COLUMNS: ExportColumn<z.infer<typeof DecisionRowSchema>>[] = [
  {
    header: 'Số quyết định',
    width: 18,
    value: (d) => (d.number ? `${d.number}${d.symbol ? `/${d.symbol}` : ''}` : ''),
  },
  { header: 'Ngày', width: 12, type: 'date', value: (d) => d.decidedOn },
  { header: 'Cấp quyết định', width: 22, value: (d) => d.issuerName ?? d.authorityLabel },
  { header: 'Danh hiệu/hình thức', width: 32, value: (d) => d.codeLabel },
  {
    header: 'Năm thành tích',
    width: 14,
    value: (d) =>
      d.achievementFrom && d.achievementTo && d.achievementFrom !== d.achievementTo
        ? `${d.achievementFrom}–${d.achievementTo}`
        : (d.achievementTo ?? d.achievementFrom ?? d.year),
  },
  { header: 'Số người/tập thể', width: 12, type: 'number', value: (d) => d.recipientCount },
  { header: 'Người/tập thể được khen', width: 48, value: (d) => d.recipientNames },
  { header: 'Nguồn', width: 16, value: (d) => d.sourceLabel },
  { header: 'Trạng thái', width: 14, value: (d) => STATUS_LABELS[d.status] },
  { header: 'Lý do hủy', width: 30, value: (d) => d.annulledReason },
];

export const HISTORY_EXPORT_COLUMNS: ExportColumn<z.infer<typeof HistoryRowSchema>>[] = [
  { header: 'Năm', width: 8, type: 'number', value: (h) => h.year },
  { header: 'Người/tập thể', width: 28, value: (h) => h.displayName },
  { header: 'Danh hiệu/hình thức', width: 34, value: (h) => h.codeLabel },
  { header: 'Căn cứ', width: 60, value: (h) => h.sourceText },
  {
    header: 'Trạng thái',
    width: 14,
    value: (h) => (h.status === 'annulled' ? 'Đã hủy/thu hồi' : 'Có hiệu lực'),
  },
  { header: 'Lý do hủy', width: 30, value: (h) => h.annulledReason },
];
