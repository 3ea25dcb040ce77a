import * as agencies from '../../../../../packages/db/src/repositories/agencies.ts';
import { listUnits } from '../../../../../packages/db/src/repositories/units.ts';
import type { Ctx } from '../../context.ts';
import { agencyReadScope, type Actor } from '../../auth/actor.ts';
import { errors } from '../../errors.ts';

export async function agencyTree(ctx: Ctx, actor: Actor) {
  const scope = agencyReadScope(actor);
  const [rows, units] = await Promise.all([
    agencies.listAgencies(ctx.db, scope),
    listUnits(ctx.db, scope, {}),
  ]);
  return { agencies: rows, units };
}

export async function agencyDetail(ctx: Ctx, actor: Actor, id: number) {
  const a = await agencies.findAgency(ctx.db, id, agencyReadScope(actor));
  if (!a) {
    if (await agencies.agencyExists(ctx.db, id)) throw errors.forbidden('xem cơ quan này');
    throw errors.notFound('cơ quan');
  }
  const [stats, sides, groups] = await Promise.all([
    agencies.agencyStats(ctx.db, id),
    agencies.sideOrganisations(ctx.db, id),
    agencies.agencyGroups(ctx.db, id),
  ]);
  return { agency: a, stats, sides, groups };
}
