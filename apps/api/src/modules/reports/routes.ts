// Routes of the reports module (registered by app.ts under /api). Every route declares a policy from
// auth/policies/reports.ts.
import type { Ctx } from '../../context.ts';
import type { Api } from '../../http/types.ts';

export async function reportRoutes(_app: Api, _ctx: Ctx): Promise<void> {}
