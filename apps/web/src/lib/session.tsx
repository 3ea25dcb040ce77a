import { createContext, use, useCallback, useEffect, useMemo, useState, type ReactNode } from 'react';
import { z } from 'zod';
import { isApiError, request, setCsrfToken, setUnauthenticatedHandler } from './api.ts';

// The signed-in user ("Me") and the CSRF token, loaded once from GET /api/auth/me.

export const RoleSchema = z.object({
  role: z.string(),
  agencyId: z.number().nullable().optional(),
  unitId: z.number().nullable().optional(),
  groupId: z.number().nullable().optional(),
  scopeName: z.string().nullable().optional(),
});
export type Role = z.infer<typeof RoleSchema>;

export const MeSchema = z.object({
  id: z.number(),
  username: z.string(),
  displayName: z.string(),
  personId: z.number().nullable().optional(),
  agencyId: z.number().nullable().optional(),
  mustChangePassword: z.boolean(),
  roles: z.array(RoleSchema),
  permissions: z.array(z.string()),
  /** The year the agency works on: pages open on it (agency setting, else the calendar year). */
  workingYear: z.number(),
});
export type Me = z.infer<typeof MeSchema>;

export const SessionSchema = z.object({ user: MeSchema, csrfToken: z.string() });
export type Session = z.infer<typeof SessionSchema>;

export function fetchMe(): Promise<Session> {
  return request('/auth/me', SessionSchema, { allow401: true });
}

type State =
  { status: 'loading' } | { status: 'anonymous'; expired: boolean } | { status: 'signed-in'; me: Me };

interface SessionContextValue {
  state: State;
  /** After login or password change: store the new session. */
  signIn(session: Session): void;
  /** After logout, or when the server says the session is gone. */
  signOut(expired?: boolean): void;
  reload(): Promise<void>;
}

const SessionContext = createContext<SessionContextValue | null>(null);

export function SessionProvider({ children }: { children: ReactNode }) {
  const [state, setState] = useState<State>({ status: 'loading' });

  const signIn = useCallback((session: Session) => {
    setCsrfToken(session.csrfToken);
    setState({ status: 'signed-in', me: session.user });
  }, []);

  const signOut = useCallback((expired = false) => {
    setCsrfToken(null);
    setState({ status: 'anonymous', expired });
  }, []);

  const reload = useCallback(async () => {
    try {
      signIn(await fetchMe());
    } catch (e) {
      if (isApiError(e) && e.status === 401) signOut(false);
      else setState({ status: 'anonymous', expired: false });
    }
  }, [signIn, signOut]);

  useEffect(() => {
    setUnauthenticatedHandler(() => signOut(true));
    void reload();
  }, [reload, signOut]);

  const value = useMemo(() => ({ state, signIn, signOut, reload }), [state, signIn, signOut, reload]);
  return <SessionContext value={value}>{children}</SessionContext>;
}

export function useSession(): SessionContextValue {
  const ctx = use(SessionContext);
  if (!ctx) throw new Error('useSession outside SessionProvider');
  return ctx;
}

/** The signed-in user; only valid under the authenticated part of the app. */
export function useMe(): Me {
  const { state } = useSession();
  if (state.status !== 'signed-in') throw new Error('useMe without a signed-in user');
  return state.me;
}

/** The year pages open on when the address names none: the agency's working year. */
export function useWorkingYear(): number {
  return useMe().workingYear;
}
