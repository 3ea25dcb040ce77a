import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { z } from 'zod';
import { request } from '../../../lib/api.ts';

// /api/initiative-councils: the council, its members, the yearly rubric and its sessions; sending an
// initiative to a session.
export const CouncilSchema = z.object({
  id: z.number(),
  name: z.string(),
  establishedBy: z.string().nullable(),
  members: z.array(
    z.object({
      id: z.number(),
      fullName: z.string().nullable(),
      role: z.string(),
      title: z.string().nullable(),
    }),
  ),
  sessions: z.array(
    z.object({
      id: z.number(),
      year: z.number(),
      heldOn: z.string().nullable(),
      place: z.string().nullable(),
      status: z.string(),
    }),
  ),
  criteria: z.array(
    z.object({ id: z.number(), position: z.number(), name: z.string(), maxPoints: z.number() }),
  ),
  year: z.number().nullable(),
});
export type Council = z.infer<typeof CouncilSchema>;

export function useCouncils() {
  return useQuery({
    queryKey: ['initiative-councils'],
    queryFn: () => request('/initiative-councils', z.array(CouncilSchema)),
  });
}
export function useCouncil(id: number | null, year: number) {
  return useQuery({
    queryKey: ['initiative-councils', id, year],
    queryFn: () => request(`/initiative-councils/${id}?year=${year}`, CouncilSchema),
    enabled: id !== null,
  });
}
export function usePeoplePick(q: string) {
  return useQuery({
    queryKey: ['people', 'pick', q],
    queryFn: () =>
      request(
        `/people?q=${encodeURIComponent(q)}&pageSize=20`,
        z.object({ items: z.array(z.object({ id: z.number(), fullName: z.string(), code: z.string() })) }),
      ),
  });
}
function useInvalidate() {
  const qc = useQueryClient();
  return () => qc.invalidateQueries({ queryKey: ['initiative-councils'] });
}
export function useCreateCouncil() {
  const invalidate = useInvalidate();
  return useMutation({
    mutationFn: (body: unknown) => request('/initiative-councils', CouncilSchema, { method: 'POST', body }),
    onSuccess: invalidate,
  });
}
export function useSetCriteria(id: number) {
  const invalidate = useInvalidate();
  return useMutation({
    mutationFn: (body: { year: number; criteria: { name: string; maxPoints: number }[] }) =>
      request(`/initiative-councils/${id}/criteria`, CouncilSchema, { method: 'PUT', body }),
    onSuccess: invalidate,
  });
}
export function useCreateSession(id: number) {
  const invalidate = useInvalidate();
  return useMutation({
    mutationFn: (body: { year: number; heldOn?: string; place?: string }) =>
      request(`/initiative-councils/${id}/sessions`, z.object({ id: z.number() }), { method: 'POST', body }),
    onSuccess: invalidate,
  });
}
export function useSendToCouncil(initiativeId: number) {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: (sessionId: number) =>
      request(`/initiatives/${initiativeId}/review`, z.unknown(), { method: 'POST', body: { sessionId } }),
    onSuccess: () => qc.invalidateQueries({ queryKey: ['initiatives'] }),
  });
}
