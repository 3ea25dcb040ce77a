import type { Me } from './session.ts';

// The server enforces every policy; the web only uses `permissions` (policy names from /api/auth/me) to
// decide what to show. A policy name grants a resource when it is the resource itself or starts with
// "<resource>." / "<resource>:" ("people:read", "people:write", "audit:verify" …).

function grants(permission: string, resource: string): boolean {
  return (
    permission === resource || permission.startsWith(`${resource}.`) || permission.startsWith(`${resource}:`)
  );
}

export function isAdmin(me: Me): boolean {
  return me.roles.some((r) => r.role === 'admin');
}

export function hasRole(me: Me, ...roles: string[]): boolean {
  return me.roles.some((r) => roles.includes(r.role));
}

/** May the user see anything of `resource` (one of several spellings)? */
export function canSee(me: Me, ...resources: string[]): boolean {
  return me.permissions.some((p) => resources.some((r) => grants(p, r)));
}

/** Exactly this policy, as apps/api/src/auth/policies.ts names it ("people:write", "audit:verify" …). */
export function hasPermission(me: Me, name: string): boolean {
  return me.permissions.includes(name);
}
