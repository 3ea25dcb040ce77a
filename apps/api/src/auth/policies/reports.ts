// Policies of the reports module, merged into POLICIES (auth/policies.ts).
import type { Role } from '../../../../../packages/db/src/schema.ts';

export const REPORT_POLICIES = {
  // list, preview and .docx of the agency's mid-year and year-end reports (scope: agency read)
  'reports:read': ['admin', 'officer', 'council', 'reviewer', 'cluster-leader'],
  // create, regenerate the figures, edit the prose, delete (scope: the officer's agency)
  'reports:write': ['admin', 'officer'],
} as const satisfies Record<string, readonly Role[]>;
