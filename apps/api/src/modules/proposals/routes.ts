// Routes of the proposals module (registered by app.ts under /api). Every route declares a policy from
// auth/policies/proposals.ts.
import type { Ctx } from '../../context.ts';
import type { Api } from '../../http/types.ts';

export async function proposalRoutes(_app: Api, _ctx: Ctx): Promise<void> {}
