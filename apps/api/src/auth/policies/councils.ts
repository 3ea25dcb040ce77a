// Policies of the councils module (bình xét, Hội đồng Thi đua – Khen thưởng, unit meetings, quotas), merged
// into POLICIES (auth/policies.ts). Inside a policy the service applies the scope: officers their agency,
// council members their council's sessions, unit heads their unit's meeting.
import type { Role } from '../../../../../packages/db/src/schema.ts';
import { ALL_ROLES } from '../roles.ts';

export const COUNCIL_POLICIES = {
  // Sessions, tallies, quota counters, minutes (officer, council, reviewer: their agency; a member: their council).
  'councils:read': ['admin', 'officer', 'council', 'unit-head', 'reviewer'],
  // Council, sessions, attendance, candidates, opening and counting rounds, paper ballots (officer).
  'councils:manage': ['admin', 'officer'],
  // Electing beyond a quota, with a reason (audited, quota_overrides).
  'councils:quota-override': ['admin', 'officer'],
  // Casting one's own secret ballot and checking it with the receipt: any account that sits on a council.
  'councils:vote': ALL_ROLES,
  // The unit's own bình xét meeting (unit head: their unit; officer: the agency).
  'councils:unit-meeting': ['admin', 'officer', 'unit-head'],
} as const satisfies Record<string, readonly Role[]>;
