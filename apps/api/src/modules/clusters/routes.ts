// Routes of the clusters module (registered by app.ts under /api). Every route declares a policy from
// auth/policies/clusters.ts.
import type { Ctx } from '../../context.ts';
import type { Api } from '../../http/types.ts';

export async function clusterRoutes(_app: Api, _ctx: Ctx): Promise<void> {}
