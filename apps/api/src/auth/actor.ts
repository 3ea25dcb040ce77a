// The signed-in user as services see it: identity, roles with their scopes, and the organisational scopes
// derived from them (what this user may read and write). Repositories turn a scope into SQL.
import type { Role } from '../../../../packages/db/src/schema.ts';
import { EMPTY_SCOPE, FULL_SCOPE, type OrgScope } from '../../../../packages/db/src/repositories/scope.ts';

export interface RoleGrant {
  role: Role;
  agencyId: number | null;
  unitId: number | null;
  groupId: number | null;
  scopeName: string | null;
}

export interface Actor {
  userId: number;
  username: string;
  displayName: string;
  personId: number | null;
  agencyId: number | null;
  mustChangePassword: boolean;
  roles: RoleGrant[];
  /** Agencies below a reviewer's agencies (resolved once per request, see auth/session.ts). */
  reviewerAgencyIds: number[];
  sessionId: string;
  csrfToken: string;
}

const uniq = (xs: (number | null | undefined)[]): number[] =>
  [...new Set(xs.filter((x): x is number => typeof x === 'number'))].sort((a, b) => a - b);

export function hasRole(a: Actor, role: Role): boolean {
  return a.roles.some((r) => r.role === role);
}

export function isAdmin(a: Actor): boolean {
  return hasRole(a, 'admin');
}

function agencyOf(a: Actor, g: RoleGrant): number | null {
  return g.agencyId ?? a.agencyId;
}

/** People the user may read: admin all; officer, council: their agency; reviewer: agency and sub-agencies;
 *  unit head: their unit; staff: themselves. */
export function peopleReadScope(a: Actor): OrgScope {
  if (isAdmin(a)) return FULL_SCOPE;
  const agencyIds: (number | null)[] = [];
  const unitIds: (number | null)[] = [];
  const personIds: (number | null)[] = [];
  for (const g of a.roles) {
    if (g.role === 'officer' || g.role === 'council') agencyIds.push(agencyOf(a, g));
    else if (g.role === 'unit-head') unitIds.push(g.unitId);
    else if (g.role === 'staff') personIds.push(a.personId);
  }
  if (hasRole(a, 'reviewer')) agencyIds.push(...a.reviewerAgencyIds);
  return { ...EMPTY_SCOPE, agencyIds: uniq(agencyIds), unitIds: uniq(unitIds), personIds: uniq(personIds) };
}

/**
 * Records about people (registrations, initiatives …) the user may read: the agency's for officers, council
 * members and reviewers (reviewers also their sub-agencies), a unit's for its head, and one's own for everyone.
 */
export function recordReadScope(a: Actor): OrgScope {
  if (isAdmin(a)) return FULL_SCOPE;
  const agencyIds: (number | null)[] = [];
  const unitIds: (number | null)[] = [];
  for (const g of a.roles) {
    if (g.role === 'officer' || g.role === 'council' || g.role === 'reviewer') agencyIds.push(agencyOf(a, g));
    else if (g.role === 'unit-head') unitIds.push(g.unitId);
  }
  if (hasRole(a, 'reviewer')) agencyIds.push(...a.reviewerAgencyIds);
  return {
    ...EMPTY_SCOPE,
    agencyIds: uniq(agencyIds),
    unitIds: uniq(unitIds),
    personIds: uniq([a.personId]),
  };
}

/** People the user may change: admin all; officer their agency; unit head their unit. */
export function peopleWriteScope(a: Actor): OrgScope {
  if (isAdmin(a)) return FULL_SCOPE;
  const agencyIds: (number | null)[] = [];
  const unitIds: (number | null)[] = [];
  for (const g of a.roles) {
    if (g.role === 'officer') agencyIds.push(agencyOf(a, g));
    else if (g.role === 'unit-head') unitIds.push(g.unitId);
  }
  return { ...EMPTY_SCOPE, agencyIds: uniq(agencyIds), unitIds: uniq(unitIds) };
}

/** Agencies (and their units) the user may see: every role sees its home agency; a reviewer the
 *  sub-agencies too; a cluster leader the member agencies of their clusters. */
export function agencyReadScope(a: Actor): OrgScope {
  if (isAdmin(a)) return FULL_SCOPE;
  const agencyIds: (number | null)[] = [a.agencyId];
  const groupIds: (number | null)[] = [];
  for (const g of a.roles) {
    agencyIds.push(g.agencyId);
    if (g.role === 'cluster-leader') groupIds.push(g.groupId);
  }
  if (hasRole(a, 'reviewer')) agencyIds.push(...a.reviewerAgencyIds);
  return { ...EMPTY_SCOPE, agencyIds: uniq(agencyIds), groupIds: uniq(groupIds) };
}

/** Agencies whose units and accounts the user may administer: admin all; officer their agency. */
export function agencyWriteScope(a: Actor): OrgScope {
  if (isAdmin(a)) return FULL_SCOPE;
  return {
    ...EMPTY_SCOPE,
    agencyIds: uniq(a.roles.filter((g) => g.role === 'officer').map((g) => agencyOf(a, g))),
  };
}

/** Audit entries the user may read: admin all; officer their agency; reviewer agency and sub-agencies. */
export function auditReadScope(a: Actor): OrgScope {
  if (isAdmin(a)) return FULL_SCOPE;
  const agencyIds: (number | null)[] = a.roles.filter((g) => g.role === 'officer').map((g) => agencyOf(a, g));
  if (hasRole(a, 'reviewer')) agencyIds.push(...a.reviewerAgencyIds);
  return { ...EMPTY_SCOPE, agencyIds: uniq(agencyIds) };
}

export function inScope(s: OrgScope, agencyId: number, unitId?: number, personId?: number): boolean {
  return (
    s.all ||
    s.agencyIds.includes(agencyId) ||
    (unitId !== undefined && s.unitIds.includes(unitId)) ||
    (personId !== undefined && s.personIds.includes(personId))
  );
}
