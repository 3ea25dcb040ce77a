import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { z } from 'zod';
import { request, upload } from '../../../lib/api.ts';

// /api/proposals: list, detail, the wizard's preview, workflow steps, dossier uploads, comments, pending board.
export const ProposalRowSchema = z.object({
  id: z.number(),
  agencyId: z.number(),
  agencyName: z.string(),
  year: z.number(),
  kind: z.string(),
  kindLabel: z.string(),
  code: z.string(),
  otherName: z.string().nullable(),
  formLabel: z.string(),
  authority: z.string(),
  authorityLabel: z.string(),
  procedure: z.enum(['normal', 'simplified']),
  regime: z.string().nullable(),
  title: z.string(),
  achievementFrom: z.number().nullable(),
  achievementTo: z.number().nullable(),
  status: z.string(),
  statusLabel: z.string(),
  statusSince: z.string(),
  returnedReason: z.string().nullable(),
  sentOn: z.string().nullable(),
  sentTo: z.string().nullable(),
  groupId: z.number().nullable(),
  groupName: z.string().nullable(),
  movementId: z.number().nullable(),
  sessionId: z.number().nullable(),
  publicationUrl: z.string().nullable(),
  publicationFrom: z.string().nullable(),
  publicationTo: z.string().nullable(),
  candidateCount: z.number(),
  candidateNames: z.string().nullable(),
  missingCount: z.number(),
  version: z.number(),
});
export type ProposalRow = z.infer<typeof ProposalRowSchema>;

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
      id: z.number(),
      position: z.number(),
      subjectKind: z.enum(['person', 'unit', 'agency']),
      personId: z.number().nullable(),
      unitId: z.number().nullable(),
      agencyId: z.number().nullable(),
      displayName: z.string(),
      positionTitle: z.string().nullable(),
      unitName: z.string().nullable(),
      achievementSummary: z.string().nullable(),
      eligibility: Verdict,
      vote: z.unknown().nullable(),
      councilCandidateId: z.number().nullable(),
      note: z.string().nullable(),
    }),
  ),
  dossier: z.object({
    rule: z.string(),
    sets: z.number(),
    complete: z.boolean(),
    warnings: z.array(z.string()),
    missing: z.array(z.object({ code: z.string(), label: z.string(), text: z.string() })),
    items: z.array(
      z.object({
        id: z.number(),
        code: z.string().nullable(),
        kind: z.string(),
        label: z.string(),
        copies: z.number(),
        status: z.enum(['missing', 'uploaded', 'generated', 'waived']),
        fileName: z.string().nullable(),
        fileSize: z.number().nullable(),
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
      requiredDays: z.number().nullable(),
      days: z.number().nullable(),
    })
    .nullable(),
  steps: z.array(
    z.object({
      id: z.number(),
      fromStatus: z.string().nullable(),
      toStatus: z.string(),
      label: z.string(),
      at: z.string(),
      onDate: z.string(),
      userName: z.string().nullable(),
      reason: z.string().nullable(),
    }),
  ),
  comments: z.array(
    z.object({
      id: z.number(),
      candidateId: z.number().nullable(),
      candidateName: z.string().nullable(),
      receivedOn: z.string(),
      author: z.string().nullable(),
      content: z.string(),
      response: z.string().nullable(),
    }),
  ),
  actions: z.array(z.string()),
  canEdit: z.boolean(),
});
export type Proposal = z.infer<typeof ProposalSchema>;

export const PreviewSchema = z.object({
  regime: z.string(),
  authority: z.string(),
  authorityLabel: z.string(),
  rule: z.string(),
  sets: z.number(),
  publicity: z.enum(['law', 'practice']).nullable(),
  items: z.array(
    z.object({
      code: z.string(),
      label: z.string(),
      sets: z.number(),
      citation: z.string(),
      confidence: z.string(),
      note: z.string().nullable(),
    }),
  ),
  warnings: z.array(z.string()),
});

const PendingSchema = z.array(
  z.object({
    authority: z.string(),
    label: z.string(),
    items: z.array(
      ProposalRowSchema.extend({
        waitingText: z.string(),
        daysWaiting: z.number(),
        workingDaysWaiting: z.number(),
        appraisalDue: z.string(),
        appraisalText: z.string(),
        overdue: z.boolean(),
      }),
    ),
  }),
);

export interface ProposalFilter {
  year?: number | undefined;
  status?: string | undefined;
  authority?: string | undefined;
}

export function useProposals(f: ProposalFilter) {
  return useQuery({
    queryKey: ['proposals', 'list', f],
    queryFn: () =>
      request('/proposals', z.array(ProposalRowSchema), {
        query: { year: f.year, status: f.status, authority: f.authority },
      }),
  });
}
export function useProposal(id: number) {
  return useQuery({
    queryKey: ['proposals', 'detail', id],
    queryFn: () => request(`/proposals/${id}`, ProposalSchema),
  });
}
export function usePending() {
  return useQuery({
    queryKey: ['proposals', 'pending'],
    queryFn: () => request('/proposals/pending', PendingSchema),
  });
}
export function usePreview(q: {
  year: number;
  kind: string;
  code: string;
  procedure: string;
  authority?: string;
}) {
  return useQuery({
    queryKey: ['proposals', 'preview', q],
    queryFn: () => request('/proposals/preview', PreviewSchema, { query: q }),
    enabled: Boolean(q.code && q.kind),
  });
}
export function useCouncilSessions(year: number) {
  return useQuery({
    queryKey: ['proposals', 'council-sessions', year],
    queryFn: () =>
      request(
        '/proposals/council-sessions',
        z.array(
          z.object({
            sessionId: z.number(),
            year: z.number(),
            heldOn: z.string().nullable(),
            councilName: z.string(),
            code: z.string(),
            passed: z.number(),
          }),
        ),
        { query: { year } },
      ),
  });
}
export function usePeoplePick(q: string) {
  return useQuery({
    queryKey: ['people', 'pick', q],
    queryFn: () =>
      request(
        '/people',
        z.object({
          items: z.array(
            z.object({
              id: z.number(),
              fullName: z.string(),
              code: z.string(),
              unitName: z.string().nullable().optional(),
            }),
          ),
        }),
        { query: { q, pageSize: 20 } },
      ),
  });
}

function useDone() {
  const qc = useQueryClient();
  return (p: Proposal) => {
    qc.setQueryData(['proposals', 'detail', p.id], p);
    void qc.invalidateQueries({ queryKey: ['proposals', 'list'] });
    void qc.invalidateQueries({ queryKey: ['proposals', 'pending'] });
  };
}
export function useCreateProposal() {
  const done = useDone();
  return useMutation({
    mutationFn: (body: unknown) => request('/proposals', ProposalSchema, { method: 'POST', body }),
    onSuccess: done,
  });
}
export function useUpdateProposal(id: number) {
  const done = useDone();
  return useMutation({
    mutationFn: (body: unknown) => request(`/proposals/${id}`, ProposalSchema, { method: 'PUT', body }),
    onSuccess: done,
  });
}
export function useTransition(id: number) {
  const done = useDone();
  return useMutation({
    mutationFn: (body: {
      action: string;
      version: number;
      onDate?: string;
      reason?: string;
      sentTo?: string;
    }) => request(`/proposals/${id}/transition`, ProposalSchema, { method: 'POST', body }),
    onSuccess: done,
  });
}
export function useUploadItem(id: number) {
  const done = useDone();
  return useMutation({
    mutationFn: ({ itemId, file }: { itemId: number; file: File }) => {
      const form = new FormData();
      form.append('file', file);
      return upload(`/proposals/${id}/dossier/${itemId}/file`, form, ProposalSchema);
    },
    onSuccess: done,
  });
}
export function useGenerateItem(id: number) {
  const done = useDone();
  return useMutation({
    mutationFn: (itemId: number) =>
      request(`/proposals/${id}/dossier/${itemId}/generate`, ProposalSchema, { method: 'POST' }),
    onSuccess: done,
  });
}
export function useWaiveItem(id: number) {
  const done = useDone();
  return useMutation({
    mutationFn: ({ itemId, note }: { itemId: number; note: string }) =>
      request(`/proposals/${id}/dossier/${itemId}/waive`, ProposalSchema, { method: 'POST', body: { note } }),
    onSuccess: done,
  });
}
export function useAddComment(id: number) {
  const done = useDone();
  return useMutation({
    mutationFn: (body: { receivedOn: string; author?: string; content: string; response?: string }) =>
      request(`/proposals/${id}/comments`, ProposalSchema, { method: 'POST', body }),
    onSuccess: done,
  });
}
