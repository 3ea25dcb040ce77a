import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { z } from 'zod';
import { download, request, upload, type Query } from '../../lib/api.ts';

// GET /api/decisions (+ export.xlsx), GET /api/decisions/:id, POST /api/decisions/received | own,
// POST /api/decisions/:id/annul, POST /api/decisions/:id/recipients/:rid/annul, POST/GET /api/decisions/:id/scan,
// GET /api/decisions/:id/document.docx | list.docx, GET /api/decisions/council-sessions | council-elected,
// GET /api/award-history/:kind/:id (+ export.xlsx), GET /api/award-history/import/template.xlsx,
// POST /api/award-history/import (job).

export const AUTHORITY_OPTIONS = [
  { value: 'giam-doc-so', label: 'Giám đốc Sở' },
  { value: 'chu-tich-ubnd-tinh', label: 'Chủ tịch UBND tỉnh' },
  { value: 'bo-truong', label: 'Bộ trưởng' },
  { value: 'thu-tuong', label: 'Thủ tướng Chính phủ' },
  { value: 'chu-tich-nuoc', label: 'Chủ tịch nước' },
  { value: 'khac', label: 'Khác' },
] as const;
export const KIND_OPTIONS = [
  { value: 'cong-trang', label: 'Công trạng (thường xuyên)' },
  { value: 'chuyen-de', label: 'Theo chuyên đề' },
  { value: 'dot-xuat', label: 'Đột xuất' },
  { value: 'cong-hien', label: 'Quá trình cống hiến' },
  { value: 'nien-han', label: 'Niên hạn' },
  { value: 'doi-ngoai', label: 'Đối ngoại' },
] as const;
export const OWN_CODE_OPTIONS = [
  { value: 'giay-khen', label: 'Giấy khen' },
  { value: 'lao-dong-tien-tien', label: 'Lao động tiên tiến' },
  { value: 'chien-si-thi-dua-co-so', label: 'Chiến sĩ thi đua cơ sở' },
  { value: 'tap-the-lao-dong-tien-tien', label: 'Tập thể lao động tiên tiến' },
  { value: 'tap-the-lao-dong-xuat-sac', label: 'Tập thể lao động xuất sắc' },
] as const;
export const STATUS_LABELS = { draft: 'Dự thảo', 'in-force': 'Có hiệu lực', annulled: 'Đã hủy' } as const;

const Status = z.enum(['draft', 'in-force', 'annulled']);
const base = {
  id: z.number(),
  agencyId: z.number(),
  source: z.enum(['own', 'received', 'imported']),
  sourceLabel: z.string(),
  authority: z.string(),
  authorityLabel: z.string(),
  issuerName: z.string().nullable(),
  number: z.string().nullable(),
  symbol: z.string().nullable(),
  reference: z.string(),
  decidedOn: z.string().nullable(),
  year: z.number(),
  kind: z.string(),
  code: z.string(),
  codeLabel: z.string(),
  otherName: z.string().nullable(),
  achievementFrom: z.number().nullable(),
  achievementTo: z.number().nullable(),
  proposalId: z.number().nullable(),
  hasDocument: z.boolean(),
  hasScan: z.boolean(),
  status: Status,
  annulledOn: z.string().nullable(),
  annulledReason: z.string().nullable(),
  annulledByRef: z.string().nullable(),
  version: z.number(),
};
export const DecisionRowSchema = z.object({
  ...base,
  recipientCount: z.number(),
  recipientNames: z.string().nullable(),
});
export type DecisionRow = z.infer<typeof DecisionRowSchema>;

export const RecipientSchema = z.object({
  id: z.number(),
  position: z.number(),
  subjectKind: z.enum(['person', 'unit', 'agency']),
  personId: z.number().nullable(),
  personCode: z.string().nullable(),
  unitId: z.number().nullable(),
  agencyId: z.number().nullable(),
  displayName: z.string(),
  positionTitle: z.string().nullable(),
  unitName: z.string().nullable(),
  achievementFrom: z.number().nullable(),
  achievementTo: z.number().nullable(),
  rewardAmount: z.number().nullable(),
  status: z.enum(['granted', 'annulled']),
  annulledOn: z.string().nullable(),
  annulledReason: z.string().nullable(),
  version: z.number(),
});
export type Recipient = z.infer<typeof RecipientSchema>;

export const DecisionSchema = z.object({
  ...base,
  recipients: z.array(RecipientSchema),
  proposal: z.object({ id: z.number(), title: z.string(), status: z.string() }).nullable(),
  document: z.object({ id: z.number(), title: z.string(), signerName: z.string().nullable() }).nullable(),
});
export type Decision = z.infer<typeof DecisionSchema>;

export const HistoryRowSchema = z.object({
  recipientId: z.number(),
  decisionId: z.number(),
  subjectKind: z.enum(['person', 'unit', 'agency']),
  displayName: z.string(),
  code: z.string(),
  codeLabel: z.string(),
  category: z.enum(['title', 'form']),
  year: z.number(),
  periodFrom: z.number().nullable(),
  periodTo: z.number().nullable(),
  authority: z.string(),
  authorityLabel: z.string(),
  issuerName: z.string().nullable(),
  source: z.enum(['own', 'received', 'imported']),
  sourceText: z.string(),
  decidedOn: z.string().nullable(),
  status: z.enum(['granted', 'annulled']),
  annulledOn: z.string().nullable(),
  annulledReason: z.string().nullable(),
});
export type HistoryRow = z.infer<typeof HistoryRowSchema>;
const HistorySchema = z.object({
  subject: z.object({
    kind: z.enum(['person', 'unit', 'agency']),
    id: z.number(),
    name: z.string(),
    detail: z.string().nullable(),
  }),
  rows: z.array(HistoryRowSchema),
});
export type HistoryKindPath = 'ca-nhan' | 'don-vi' | 'co-quan';

export interface DecisionFilters {
  year?: number | undefined;
  authority?: string | undefined;
  code?: string | undefined;
  status?: string | undefined;
  q?: string | undefined;
}

export function useDecisions(f: DecisionFilters) {
  return useQuery({
    queryKey: ['decisions', 'list', f],
    queryFn: () => request('/decisions', z.array(DecisionRowSchema), { query: f as Query }),
    placeholderData: keepPreviousData,
  });
}

export const exportDecisions = (f: DecisionFilters) => download('/decisions/export.xlsx', f as Query);

export function useDecision(id: number) {
  return useQuery({
    queryKey: ['decisions', 'one', id],
    queryFn: () => request(`/decisions/${id}`, DecisionSchema),
  });
}

export interface RecipientInput {
  subjectKind: 'person' | 'unit' | 'agency';
  personId?: number | null;
  unitId?: number | null;
  agencyId?: number | null;
  positionTitle?: string | null;
  councilCandidateId?: number | null;
}

export interface ReceivedInput {
  authority: string;
  issuerName?: string | null;
  number: string;
  symbol?: string | null;
  decidedOn: string;
  kind: string;
  code: string;
  otherName?: string | null;
  achievementFrom?: number | null;
  achievementTo?: number | null;
  proposalId?: number | null;
  recipients: RecipientInput[];
}

export interface OwnInput {
  code: string;
  year: number;
  number: string;
  decidedOn: string;
  signerPersonId?: number | null;
  signedByDeputy: boolean;
  proposedBy?: string | null;
  extraBasis: string[];
  distribution: string[];
  sessionId?: number | null;
  recipients: RecipientInput[];
}

function useInvalidate() {
  const qc = useQueryClient();
  return async () => {
    await qc.invalidateQueries({ queryKey: ['decisions'] });
    await qc.invalidateQueries({ queryKey: ['award-history'] });
  };
}

export function useRegisterReceived() {
  const invalidate = useInvalidate();
  return useMutation({
    mutationFn: (body: ReceivedInput) =>
      request('/decisions/received', DecisionSchema, { method: 'POST', body }),
    onSuccess: invalidate,
  });
}

export function useIssueOwn() {
  const invalidate = useInvalidate();
  return useMutation({
    mutationFn: (body: OwnInput) => request('/decisions/own', DecisionSchema, { method: 'POST', body }),
    onSuccess: invalidate,
  });
}

export interface AnnulInput {
  version: number;
  annulledOn: string;
  reason: string;
  annulledByRef?: string | null;
}

export function useAnnul(decisionId: number) {
  const invalidate = useInvalidate();
  return useMutation({
    mutationFn: (x: AnnulInput & { recipientId?: number }) => {
      const { recipientId, ...body } = x;
      return request(
        recipientId
          ? `/decisions/${decisionId}/recipients/${recipientId}/annul`
          : `/decisions/${decisionId}/annul`,
        DecisionSchema,
        { method: 'POST', body },
      );
    },
    onSuccess: invalidate,
  });
}

export function useUploadScan(decisionId: number) {
  const invalidate = useInvalidate();
  return useMutation({
    mutationFn: (file: File) => {
      const form = new FormData();
      form.append('file', file);
      return upload(`/decisions/${decisionId}/scan`, form, DecisionSchema);
    },
    onSuccess: invalidate,
  });
}

export const downloadDecisionDocx = (id: number) => download(`/decisions/${id}/document.docx`);
export const downloadDecisionList = (id: number) => download(`/decisions/${id}/list.docx`);
export const downloadScan = (id: number) => download(`/decisions/${id}/scan`);

const SessionsSchema = z.array(
  z.object({ id: z.number(), year: z.number(), heldOn: z.string().nullable(), label: z.string() }),
);
export function useCouncilSessions(year: number, enabled: boolean) {
  return useQuery({
    queryKey: ['decisions', 'sessions', year],
    queryFn: () => request('/decisions/council-sessions', SessionsSchema, { query: { year } }),
    enabled,
  });
}

const ElectedSchema = z.array(
  z.object({
    councilCandidateId: z.number(),
    subjectKind: z.enum(['person', 'unit', 'agency']),
    personId: z.number().nullable(),
    unitId: z.number().nullable(),
    agencyId: z.number().nullable(),
    displayName: z.string(),
    positionTitle: z.string().nullable(),
    unitName: z.string().nullable(),
  }),
);
export type Elected = z.infer<typeof ElectedSchema>[number];
export function fetchElected(sessionId: number, code: string) {
  return request('/decisions/council-elected', ElectedSchema, { query: { sessionId, code } });
}

export function useHistory(kind: HistoryKindPath, id: number | null) {
  return useQuery({
    queryKey: ['award-history', kind, id],
    queryFn: () => request(`/award-history/${kind}/${id}`, HistorySchema),
    enabled: id !== null,
  });
}
export const exportHistory = (kind: HistoryKindPath, id: number) =>
  download(`/award-history/${kind}/${id}/export.xlsx`);
export const downloadHistoryTemplate = () => download('/award-history/import/template.xlsx');

export function useStartHistoryImport() {
  return useMutation({
    mutationFn: (file: File) => {
      const form = new FormData();
      form.append('file', file);
      return upload('/award-history/import', form, z.object({ jobId: z.number() }));
    },
  });
}

const PeopleSchema = z.object({
  items: z.array(
    z.object({
      id: z.number(),
      fullName: z.string(),
      code: z.string(),
      position: z.string().nullable().optional(),
      unitName: z.string().nullable().optional(),
    }),
  ),
});
export function usePeopleSearch(q: string) {
  return useQuery({
    queryKey: ['people', 'pick', q],
    queryFn: () => request('/people', PeopleSchema, { query: { q, pageSize: 30 } }),
    placeholderData: keepPreviousData,
  });
}
