import { useMutation, useQueryClient } from '@tanstack/react-query';
import { request } from '../../../lib/api.ts';
import { UserSchema, type User } from './users.ts';

// POST /api/users (create) and PUT /api/users/:id (roles, active, reset password, unlock — with `version`).
export interface RoleInput {
  role: string;
  agencyId?: number | null;
  unitId?: number | null;
  groupId?: number | null;
}

export interface UserCreateInput {
  username: string;
  displayName: string;
  password: string;
  personId?: number | null;
  agencyId?: number | null;
  active?: boolean;
  mustChangePassword?: boolean;
  roles: RoleInput[];
}

export interface UserUpdateInput {
  displayName?: string;
  personId?: number | null;
  agencyId?: number | null;
  active?: boolean;
  mustChangePassword?: boolean;
  roles?: RoleInput[];
  resetPassword?: string;
  unlock?: boolean;
  version: number;
}

export function createUser(input: UserCreateInput): Promise<User> {
  return request('/users', UserSchema, { method: 'POST', body: input });
}

export function updateUser(id: number, input: UserUpdateInput): Promise<User> {
  return request(`/users/${id}`, UserSchema, { method: 'PUT', body: input });
}

export function useCreateUser() {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: createUser,
    onSuccess: () => qc.invalidateQueries({ queryKey: ['users'] }),
  });
}

export function useUpdateUser() {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: ({ id, input }: { id: number; input: UserUpdateInput }) => updateUser(id, input),
    onSuccess: () => qc.invalidateQueries({ queryKey: ['users'] }),
  });
}
