import { useQuery } from '@tanstack/react-query';
import { z } from 'zod';
import { request } from '../../../lib/api.ts';

// Look-ups for the account form: agencies (GET /api/agencies/tree, flattened) and people to link an
// account to (GET /api/people?q=).
interface TreeNode {
  id: number;
  name: string;
  children: TreeNode[];
}
const TreeNodeSchema: z.ZodType<TreeNode> = z.lazy(() =>
  z.object({ id: z.number(), name: z.string(), children: z.array(TreeNodeSchema).default([]) }),
);

export async function fetchAgencyOptions(): Promise<{ id: number; name: string }[]> {
  const tree = await request('/agencies/tree', z.array(TreeNodeSchema));
  const out: { id: number; name: string }[] = [];
  const walk = (ns: TreeNode[]) =>
    ns.forEach((n) => (out.push({ id: n.id, name: n.name }), walk(n.children)));
  walk(tree);
  return out;
}

export function useAgencyOptions() {
  return useQuery({ queryKey: ['agencies', 'options'], queryFn: fetchAgencyOptions, staleTime: 5 * 60_000 });
}

const PersonOptionSchema = z
  .object({
    id: z.number(),
    fullName: z.string(),
    code: z.string(),
    unitName: z.string().nullable().optional(),
  })
  .loose();

export function usePersonOptions(q: string) {
  return useQuery({
    queryKey: ['people', 'options', q],
    queryFn: () =>
      request('/people', z.object({ items: z.array(PersonOptionSchema) }).loose(), {
        query: { q, pageSize: 20 },
      }).then((r) => r.items),
    enabled: q.trim().length >= 2,
  });
}
