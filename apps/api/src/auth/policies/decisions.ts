// Policies of the decisions module, merged into POLICIES (auth/policies.ts). Inside a policy the scope is the
// service's: decisions of the user's agency (officer, council, reviewer), or naming the user's unit (unit
// head) or the user (staff).
import type { Role } from '../../../../../packages/db/src/schema.ts';

export const DECISION_POLICIES = {
  'decisions:read': ['admin', 'officer', 'council', 'unit-head', 'staff', 'reviewer'],
  'decisions:write': ['admin', 'officer'], // register received, issue own, annul, attach scans
  'award-history:read': ['admin', 'officer', 'council', 'unit-head', 'staff', 'reviewer'],
  'award-history:import': ['admin', 'officer'],
} as const satisfies Record<string, readonly Role[]>;
