import { useQuery } from '@tanstack/react-query';
import { z } from 'zod';
import { request } from '../api.ts';

// GET /api/agencies/:id — shared: the overview, the organisation page and the person form (party cells).
export const AgencyDetailSchema = z.object({
  id: z.number(),
  kind: z.string(),
  code: z.string().nullable().optional(),
  name: z.string(),
  shortName: z.string().nullable().optional(),
  parentName: z.string().nullable().optional(),
  placeName: z.string().nullable().optional(),
  symbol: z.string().nullable().optional(),
  address: z.string().nullable().optional(),
  parentId: z.number().nullable().optional(),
  stats: z.object({
    people: z.number(),
    congChuc: z.number(),
    vienChuc: z.number(),
    hopDong: z.number(),
    partyMembers: z.number(),
    partyCells: z.number(),
    leaders: z.number(),
  }),
  sideOrganisations: z.array(
    z.object({
      id: z.number(),
      kind: z.string(),
      name: z.string(),
      memberCount: z.number().nullable().optional(),
    }),
  ),
  groups: z.array(
    z.object({
      groupId: z.number(),
      name: z.string(),
      kind: z.string(),
      level: z.string(),
      year: z.number(),
      role: z.string(),
    }),
  ),
});
export type AgencyDetail = z.infer<typeof AgencyDetailSchema>;

export function fetchAgency(id: number): Promise<AgencyDetail> {
  return request(`/agencies/${id}`, AgencyDetailSchema);
}

export function useAgency(id: number | null | undefined) {
  return useQuery({
    queryKey: ['agency', id ?? null],
    queryFn: () => fetchAgency(id as number),
    enabled: typeof id === 'number',
    staleTime: 60_000,
  });
}
