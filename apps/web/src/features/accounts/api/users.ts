import { useQuery } from '@tanstack/react-query';
import { z } from 'zod';
import { request } from '../../../lib/api.ts';
import { RoleSchema } from '../../../lib/session.tsx';

// GET /api/users?q= → the accounts the user may manage (admin: all; officer: the agency's).
export const UserSchema = z.object({
  id: z.number(),
  username: z.string(),
  displayName: z.string(),
  personId: z.number().nullable().optional(),
  agencyId: z.number().nullable().optional(),
  active: z.boolean(),
  mustChangePassword: z.boolean(),
  lockedUntil: z.string().nullable().optional(),
  lastLoginAt: z.string().nullable().optional(),
  roles: z.array(RoleSchema),
  version: z.number(),
});
export type User = z.infer<typeof UserSchema>;

export function fetchUsers(q?: string): Promise<User[]> {
  return request('/users', z.array(UserSchema), { query: { q } });
}

export function useUsers(q?: string) {
  return useQuery({ queryKey: ['users', 'list', q ?? ''], queryFn: () => fetchUsers(q) });
}
