// Routes of the statistics module (registered by app.ts under /api). Every route declares a policy from
// auth/policies/statistics.ts.
import type { Ctx } from '../../context.ts';
import type { Api } from '../../http/types.ts';

export async function statisticsRoutes(_app: Api, _ctx: Ctx): Promise<void> {}
