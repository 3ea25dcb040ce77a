import { useQuery } from '@tanstack/react-query';
import { z } from 'zod';
import { request } from '../../../lib/api.ts';

// GET /api/agencies/tree → agencies (only what the user's scope allows), each with its child agencies and
// its units with headcounts.
export interface AgencyNode {
  id: number;
  kind: string;
  code?: string | null | undefined;
  name: string;
  shortName?: string | null | undefined;
  children: AgencyNode[];
  units: {
    id: number;
    code?: string | null | undefined;
    name: string;
    kind: string;
    headcount?: number | null | undefined;
  }[];
}

const UnitLeafSchema = z.object({
  id: z.number(),
  code: z.string().nullable().optional(),
  name: z.string(),
  kind: z.string(),
  headcount: z.number().nullable().optional(),
});

export const AgencyNodeSchema: z.ZodType<AgencyNode> = z.lazy(() =>
  z.object({
    id: z.number(),
    kind: z.string(),
    code: z.string().nullable().optional(),
    name: z.string(),
    shortName: z.string().nullable().optional(),
    children: z.array(AgencyNodeSchema).default([]),
    units: z.array(UnitLeafSchema).default([]),
  }),
);

export function fetchAgencyTree(): Promise<AgencyNode[]> {
  return request('/agencies/tree', z.array(AgencyNodeSchema));
}

export function useAgencyTree() {
  return useQuery({ queryKey: ['agencies', 'tree'], queryFn: fetchAgencyTree, staleTime: 60_000 });
}
