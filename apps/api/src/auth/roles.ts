// Every role an account may hold (the policy files build on this list).
import type { Role } from '../../../../packages/db/src/schema.ts';

export const ALL_ROLES: readonly Role[] = [
  'admin',
  'officer',
  'council',
  'unit-head',
  'staff',
  'cluster-leader',
  'reviewer',
];
