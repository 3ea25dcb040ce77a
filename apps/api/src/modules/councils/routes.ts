// Routes of the councils module (registered by app.ts under /api). Every route declares a policy from
// auth/policies/councils.ts.
import type { Ctx } from '../../context.ts';
import type { Api } from '../../http/types.ts';

export async function councilRoutes(_app: Api, _ctx: Ctx): Promise<void> {}
