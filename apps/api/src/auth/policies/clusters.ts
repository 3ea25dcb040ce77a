// Policies of the clusters module, merged into POLICIES (auth/policies.ts). The policy admits the roles that
// can have a cluster role at all; what each may do inside one cluster and year (member, leader, reviewer) is
// decided by modules/clusters/access.ts and applied in the SQL.
import type { Role } from '../../../../../packages/db/src/schema.ts';

export const CLUSTER_POLICIES = {
  // Clusters list, a cluster's members per year, rotation history, plan, conferences, reports (.docx).
  'clusters:read': ['admin', 'officer', 'cluster-leader', 'reviewer'],
  // The cluster's plan and tasks, the conference and its election: the leader (or deputy) of the year.
  'clusters:write': ['admin', 'officer', 'cluster-leader'],
} as const satisfies Record<string, readonly Role[]>;
