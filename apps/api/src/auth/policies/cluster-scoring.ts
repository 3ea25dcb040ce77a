// Policies of the cluster-scoring module, merged into POLICIES (auth/policies.ts). The policy admits the roles
// that can have a cluster role at all; what each may do inside one cluster's year (member, leader or deputy,
// the Ministry's or province's reviewer) is decided with modules/clusters/access.ts in the service, and a
// member's reads are narrowed in the SQL (never another member's draft sheet).
import type { Role } from '../../../../../packages/db/src/schema.ts';

export const CLUSTER_SCORING_POLICIES = {
  // Criteria, comments, covenant, sheets the actor may see, ranking, votes, results.
  'cluster-scoring:read': ['admin', 'officer', 'cluster-leader', 'reviewer'],
  // Drafting criteria and the covenant (leader), comments and self/cross scores (members), leader scores,
  // returns, the meeting's votes and publication (leader).
  'cluster-scoring:write': ['admin', 'officer', 'cluster-leader'],
  // Confirmation of the scores and ranking by the council's standing body (the organiser's reviewer).
  'cluster-scoring:confirm': ['admin', 'reviewer'],
} as const satisfies Record<string, readonly Role[]>;
