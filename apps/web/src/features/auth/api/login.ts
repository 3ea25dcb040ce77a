import { useMutation } from '@tanstack/react-query';
import { request } from '../../../lib/api.ts';
import { SessionSchema, type Session } from '../../../lib/session.tsx';

// POST /api/auth/login { username, password } → { user, csrfToken } + session cookie.
export interface LoginInput {
  username: string;
  password: string;
}

export function login(input: LoginInput): Promise<Session> {
  return request('/auth/login', SessionSchema, { method: 'POST', body: input, allow401: true });
}

export function useLogin() {
  return useMutation({ mutationFn: login });
}
