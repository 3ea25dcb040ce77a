// Routes of the cluster-scoring module (registered by app.ts under /api). Every route declares a policy from
// auth/policies/cluster-scoring.ts.
import type { Ctx } from '../../context.ts';
import type { Api } from '../../http/types.ts';

export async function clusterScoringRoutes(_app: Api, _ctx: Ctx): Promise<void> {}
