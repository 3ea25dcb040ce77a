// Policies of the statistics module, merged into POLICIES (auth/policies.ts).
import type { Role } from '../../../../../packages/db/src/schema.ts';

export const STATISTICS_POLICIES = {} as const satisfies Record<string, readonly Role[]>;
