import { useQuery } from '@tanstack/react-query';
import { z } from 'zod';
import { request } from '../../../lib/api.ts';

// GET /api/emulation-groups?year= — to scope a cluster leader's role to a Khối/Cụm.
const GroupSchema = z
  .object({
    id: z.number(),
    kind: z.string(),
    level: z.string(),
    code: z.string().nullable().optional(),
    name: z.string(),
  })
  .loose();

export function fetchGroups(year: number) {
  return request('/emulation-groups', z.array(GroupSchema), { query: { year } });
}

export function useGroups(year: number, enabled: boolean) {
  return useQuery({
    queryKey: ['emulation-groups', year],
    queryFn: () => fetchGroups(year),
    enabled,
    staleTime: 5 * 60_000,
  });
}
