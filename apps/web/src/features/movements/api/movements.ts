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
  status: z.string(),
  version: z.number(),
});
export const MovementSchema = MovementRowSchema.extend({
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
    }),
  ),
  rewards: z.array(z.object({ label: z.string() })),
  participants: z.array(z.object({ name: z.string() })),
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
export function useAddResult(id: number) {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: (body: unknown) =>
      request(`/movements/${id}/results`, MovementSchema, { method: 'POST', body }),
    onSuccess: (m) => qc.setQueryData(['movements', 'detail', id], m),
  });
}
