import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { z } from 'zod';
import { request, upload } from '../../../lib/api.ts';

// /api/initiatives and the initiative council.
const Author = z.object({
  personId: z.number(),
  fullName: z.string(),
  share: z.number(),
  isLead: z.boolean(),
});
export const InitiativeRowSchema = z.object({
  id: z.number(),
  year: z.number(),
  title: z.string(),
  field: z.string(),
  unitName: z.string().nullable(),
  status: z.enum(['draft', 'registered', 'under-review', 'recognized', 'rejected', 'withdrawn']),
  registeredOn: z.string().nullable(),
  scope: z.string().nullable(),
  proposedScope: z.string().nullable(),
  averageScore: z.number().nullable(),
  sessionId: z.number().nullable(),
  authors: z.array(Author),
  version: z.number(),
});
export type InitiativeRow = z.infer<typeof InitiativeRowSchema>;
export const InitiativeSchema = InitiativeRowSchema.extend({
  summary: z.string().nullable(),
  application: z.string().nullable(),
  results: z.string().nullable(),
  benefits: z.string().nullable(),
  recognizedOn: z.string().nullable(),
  files: z.array(z.object({ id: z.number(), name: z.string(), size: z.number() })),
  criteria: z.array(
    z.object({ id: z.number(), position: z.number(), name: z.string(), maxPoints: z.number() }),
  ),
  members: z.array(
    z.object({
      id: z.number(),
      fullName: z.string().nullable(),
      role: z.string(),
      title: z.string().nullable(),
      excluded: z.enum(['author', 'unit-head', 'declared']).nullable(),
      excludedReason: z.string().nullable(),
      total: z.number().nullable(),
      scores: z.array(z.object({ criterionId: z.number(), points: z.number() })),
    }),
  ),
  myMemberId: z.number().nullable(),
});
export type Initiative = z.infer<typeof InitiativeSchema>;

export function useInitiatives(year: number) {
  return useQuery({
    queryKey: ['initiatives', 'list', year],
    queryFn: () => request(`/initiatives?year=${year}`, z.array(InitiativeRowSchema)),
  });
}
export function useInitiative(id: number) {
  return useQuery({
    queryKey: ['initiatives', 'detail', id],
    queryFn: () => request(`/initiatives/${id}`, InitiativeSchema),
  });
}

function useSetDetail() {
  const qc = useQueryClient();
  return async (i: Initiative) => {
    qc.setQueryData(['initiatives', 'detail', i.id], i);
    await qc.invalidateQueries({ queryKey: ['initiatives', 'list'] });
  };
}

export function useRegisterInitiative() {
  const done = useSetDetail();
  return useMutation({
    mutationFn: (body: {
      year: number;
      title: string;
      field: string;
      summary?: string;
      application?: string;
      results?: string;
      benefits?: string;
      authors: { personId: number; share: number }[];
      submit: boolean;
    }) => request('/initiatives', InitiativeSchema, { method: 'POST', body }),
    onSuccess: done,
  });
}
export function useScore(id: number) {
  const done = useSetDetail();
  return useMutation({
    mutationFn: (scores: { criterionId: number; points: number }[]) =>
      request(`/initiatives/${id}/scores`, InitiativeSchema, { method: 'PUT', body: { scores } }),
    onSuccess: done,
  });
}
export function useRecuse(id: number) {
  const done = useSetDetail();
  return useMutation({
    mutationFn: (reason: string) =>
      request(`/initiatives/${id}/recusals`, InitiativeSchema, { method: 'POST', body: { reason } }),
    onSuccess: done,
  });
}
export function useDecide(id: number) {
  const done = useSetDetail();
  return useMutation({
    mutationFn: (body: {
      recognized: boolean;
      scope?: string;
      proposedScope?: string | null;
      recognizedOn?: string;
    }) => request(`/initiatives/${id}/result`, InitiativeSchema, { method: 'POST', body }),
    onSuccess: done,
  });
}

export function useAttachFile(id: number) {
  const done = useSetDetail();
  return useMutation({
    mutationFn: (file: File) => {
      const form = new FormData();
      form.append('file', file);
      return upload(`/initiatives/${id}/files`, form, InitiativeSchema);
    },
    onSuccess: done,
  });
}
