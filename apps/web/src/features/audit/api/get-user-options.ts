import { useQuery } from '@tanstack/react-query';
import { z } from 'zod';
import { request } from '../../../lib/api.ts';

// GET /api/users — only to offer "who" in the audit filter (users:read); the list or a page object.
const UserOptionSchema = z
  .object({ id: z.number(), username: z.string(), displayName: z.string().nullable().optional() })
  .loose();
const ResponseSchema = z.union([
  z.array(UserOptionSchema),
  z.object({ items: z.array(UserOptionSchema) }).loose(),
]);

export async function fetchUserOptions(): Promise<z.infer<typeof UserOptionSchema>[]> {
  const res = await request('/users', ResponseSchema);
  return Array.isArray(res) ? res : res.items;
}

export function useUserOptions(enabled: boolean) {
  return useQuery({
    queryKey: ['users', 'options'],
    queryFn: fetchUserOptions,
    enabled,
    staleTime: 5 * 60_000,
  });
}
