// Policies of the statistics module, merged into POLICIES (auth/policies.ts).
import type { Role } from '../../../../../packages/db/src/schema.ts';
import { ALL_ROLES } from '../roles.ts';

export const STATISTICS_POLICIES = {
  // Charts, their Excel exports and the drill-down lists (scope: the agency; a unit head their units).
  'statistics:read': ['admin', 'officer', 'council', 'unit-head', 'reviewer'],
  // The overview page: each role gets its own cards (scope: the user's agency, unit, self).
  'dashboard:read': ALL_ROLES,
} as const satisfies Record<string, readonly Role[]>;
