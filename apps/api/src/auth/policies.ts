// Declared policies: every /api route names one in `config.policy`, and this table says which roles hold
// it. The single auth hook (auth/plugin.ts) checks it; routes never test roles themselves. What a role
// may see INSIDE a policy (its agency, its unit, itself) is the organisational scope, applied in the
// repository queries (auth/scope.ts).
import type { Role } from '../../../../packages/db/src/schema.ts';
import { ALL_ROLES } from './roles.ts';
import { COUNCIL_POLICIES } from './policies/councils.ts';
import { PROPOSAL_POLICIES } from './policies/proposals.ts';
import { DECISION_POLICIES } from './policies/decisions.ts';
import { CLUSTER_POLICIES } from './policies/clusters.ts';
import { CLUSTER_SCORING_POLICIES } from './policies/cluster-scoring.ts';
import { REPORT_POLICIES } from './policies/reports.ts';
import { STATISTICS_POLICIES } from './policies/statistics.ts';

export { ALL_ROLES };

/** Routes anyone may call, signed in or not. */
export const PUBLIC_POLICIES = ['public:health', 'public:login'] as const;

export const POLICIES = {
  'auth:self': ALL_ROLES, // me, logout, password change
  'agencies:read': ALL_ROLES,
  'agencies:settings': ['admin', 'officer'], // the agency's working year (scope: own agency)
  'units:read': ALL_ROLES,
  'units:write': ['admin', 'officer'],
  'units:export': ['admin', 'officer', 'council', 'unit-head', 'reviewer'],
  'groups:read': ALL_ROLES,
  'people:read': ['admin', 'officer', 'council', 'unit-head', 'staff', 'reviewer'],
  'people:write': ['admin', 'officer', 'unit-head'],
  'people:delete': ['admin', 'officer'],
  'people:import': ['admin', 'officer'],
  'people:export': ['admin', 'officer', 'council', 'unit-head', 'reviewer'],
  'people:audit': ['admin', 'officer', 'unit-head', 'reviewer'],
  'audit:read': ['admin', 'officer', 'reviewer'],
  'audit:export': ['admin', 'officer', 'reviewer'],
  'audit:verify': ['admin'],
  'users:read': ['admin', 'officer'],
  'users:write': ['admin', 'officer'],
  'jobs:read': ALL_ROLES,
  'eligibility:evaluate': ['admin', 'officer', 'council', 'unit-head', 'reviewer'],
  'indicators:read': ['admin', 'officer', 'council', 'unit-head', 'reviewer', 'cluster-leader'], // indicators, grid, summary, admin procedures (scope: agency)
  'indicators:write': ['admin', 'officer'],
  'plans:read': ALL_ROLES, // plans, tasks, documents, exports, my deadlines (scope: own agency)
  'plans:write': ['admin', 'officer'],
  'plans:task-update': ['admin', 'officer', 'unit-head'], // a unit head only on tasks their unit leads (service)
  'plans:remind': ['admin', 'officer'],
  'notifications:self': ALL_ROLES,
  'eligibility:person': ['admin', 'officer', 'council', 'unit-head', 'staff', 'reviewer'],
  'movements:read': ALL_ROLES,
  'movements:write': ['admin', 'officer'],
  'registrations:self': ['admin', 'officer', 'unit-head', 'staff'],
  'registrations:read': ['admin', 'officer', 'council', 'unit-head', 'staff', 'reviewer'],
  'registrations:review': ['admin', 'officer'],
  'covenants:read': ALL_ROLES,
  'covenants:write': ['admin', 'officer', 'cluster-leader'],
  'initiatives:read': ['admin', 'officer', 'council', 'unit-head', 'staff', 'reviewer'],
  'initiatives:register': ['admin', 'officer', 'council', 'unit-head', 'staff'],
  'initiatives:score': ['admin', 'officer', 'council', 'unit-head', 'staff', 'reviewer'],
  'initiatives:decide': ['admin', 'officer'],
  'ratings:read': ['admin', 'officer', 'council', 'unit-head', 'reviewer'], // a unit head only their unit (service)
  'ratings:write': ['admin', 'officer', 'unit-head'], // unit head: proposals for their unit; officer: final ratings
  'ratings:self': ['admin', 'officer', 'council', 'unit-head', 'staff', 'reviewer'], // own self-assessment
  'disciplines:write': ['admin', 'officer'],
  // Each later module declares its policies in auth/policies/<module>.ts.
  ...COUNCIL_POLICIES,
  ...PROPOSAL_POLICIES,
  ...DECISION_POLICIES,
  ...CLUSTER_POLICIES,
  ...CLUSTER_SCORING_POLICIES,
  ...REPORT_POLICIES,
  ...STATISTICS_POLICIES,
} as const satisfies Record<string, readonly Role[]>;

export type PolicyName = keyof typeof POLICIES | (typeof PUBLIC_POLICIES)[number];

export function isPublicPolicy(p: string): boolean {
  return (PUBLIC_POLICIES as readonly string[]).includes(p);
}

export function isDeclaredPolicy(p: unknown): p is PolicyName {
  return typeof p === 'string' && (isPublicPolicy(p) || Object.hasOwn(POLICIES, p));
}

export function rolesAllowed(policy: PolicyName, roles: readonly Role[]): boolean {
  if (isPublicPolicy(policy)) return true;
  const allowed = POLICIES[policy as keyof typeof POLICIES] as readonly Role[];
  return roles.some((r) => allowed.includes(r));
}

/** The policy names a set of roles holds (the web menu shows what these allow; the server enforces). */
export function permissionsOf(roles: readonly Role[]): string[] {
  return (Object.keys(POLICIES) as (keyof typeof POLICIES)[]).filter((p) => rolesAllowed(p, roles)).sort();
}

declare module 'fastify' {
  interface FastifyContextConfig {
    policy?: PolicyName;
  }
}
