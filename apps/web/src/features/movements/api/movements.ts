import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { z } from 'zod';
import { request } from '../../../lib/api.ts';

// /api/movements: list, detail, create, results.
export const MovementRowSchema = z.object({
  id: z.number(),
  launchedBy: z.string(),
  launcherName: z.string().nullable(),
  name: z.string(),
  theme: z.string().nullable(),
  slogan: z.string().nullable(),
  year: z.number(),
  fromDate: z.string().nullable(),
  toDate: z.string().nullable(),
  decisionRef: z.string().nullable(),
  decisionOn: z.string().nullable().optional(),
  kind: z.string().optional(),
  status: z.string(),
  version: z.number(),
});
const text = z.string().nullable().optional();
export const LaunchSchema = z.object({
  number: text,
  issuedOn: text,
  preamble: text,
  purpose: text,
  contents: text,
  implementation: text,
  closing: text,
  signerAuthority: z.array(z.string()).optional(),
  signerName: text,
  recipients: z.array(z.string()).optional(),
});
export const MovementSchema = MovementRowSchema.extend({
  description: z.string().nullable().optional(),
  launch: LaunchSchema.nullable().optional(),
  phases: z.array(
    z.object({
      id: z.number(),
      name: z.string(),
      fromDate: z.string(),
      toDate: z.string(),
      description: z.string().nullable(),
    }),
  ),
  targets: z.array(
    z.object({
      id: z.number(),
      kind: z.string(),
      content: z.string(),
      targetValue: z.number().nullable(),
      unit: z.string().nullable(),
      titleCode: z.string().nullable().optional(),
    }),
  ),
  rewards: z.array(z.object({ code: z.string(), otherName: z.string().nullable(), label: z.string() })),
  participants: z.array(z.object({ unitId: z.number().nullable(), name: z.string() })),
  results: z.array(
    z.object({
      id: z.number(),
      phaseId: z.number().nullable(),
      reportedOn: z.string(),
      content: z.string(),
      display: z.string(),
    }),
  ),
});
export type Movement = z.infer<typeof MovementSchema>;

export function useMovements(year: number) {
  return useQuery({
    queryKey: ['movements', 'list', year],
    queryFn: () => request(`/movements?year=${year}`, z.array(MovementRowSchema)),
  });
}
export function useMovement(id: number | null) {
  return useQuery({
    queryKey: ['movements', 'detail', id],
    queryFn: () => request(`/movements/${id}`, MovementSchema),
    enabled: id !== null,
  });
}
export function useCreateMovement() {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: (body: unknown) => request('/movements', MovementSchema, { method: 'POST', body }),
    onSuccess: () => qc.invalidateQueries({ queryKey: ['movements'] }),
  });
}
export function useUpdateMovement(id: number) {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: (body: unknown) => request(`/movements/${id}`, MovementSchema, { method: 'PUT', body }),
    onSuccess: () => qc.invalidateQueries({ queryKey: ['movements'] }),
  });
}
export function useAddResult(id: number) {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: (body: unknown) =>
      request(`/movements/${id}/results`, MovementSchema, { method: 'POST', body }),
    onSuccess: (m) => qc.setQueryData(['movements', 'detail', id], m),
  });
}
