import { useQuery } from '@tanstack/react-query';
import { z } from 'zod';
import { request } from '../api.ts';

// GET /api/units?agencyId= — shared: the units page, the staff filters and the person form all read it.
export const UnitSchema = z.object({
  id: z.number(),
  agencyId: z.number(),
  code: z.string(),
  name: z.string(),
  shortName: z.string().nullable().optional(),
  kind: z.string(),
  sortOrder: z.number().nullable().optional(),
  active: z.boolean(),
  headcount: z.number().nullable().optional(),
  version: z.number(),
});
export type Unit = z.infer<typeof UnitSchema>;

export function fetchUnits(agencyId: number | null | undefined): Promise<Unit[]> {
  return request('/units', z.array(UnitSchema), { query: { agencyId } });
}

export const unitsKey = (agencyId: number | null | undefined) => ['units', agencyId ?? null] as const;

export function useUnits(agencyId: number | null | undefined) {
  return useQuery({ queryKey: unitsKey(agencyId), queryFn: () => fetchUnits(agencyId), staleTime: 60_000 });
}
