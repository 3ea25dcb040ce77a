// Routes of the decisions module (registered by app.ts under /api). Every route declares a policy from
// auth/policies/decisions.ts.
import type { Ctx } from '../../context.ts';
import type { Api } from '../../http/types.ts';

export async function decisionRoutes(_app: Api, _ctx: Ctx): Promise<void> {}
