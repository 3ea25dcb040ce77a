import * as agencies from '../../../../../packages/db/src/repositories/agencies.ts';
import { listUnits } from '../../../../../packages/db/src/repositories/units.ts';
import {
  readWorkingYear,
  writeWorkingYear,
} from '../../../../../packages/db/src/repositories/working-year.ts';
import { auditBy, todayIn, type Ctx } from '../../context.ts';
import { writeAudit } from '../../../../../packages/db/src/audit.ts';
import { agencyReadScope, agencyWriteScope, inScope, type Actor } from '../../auth/actor.ts';
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

/** The year the user's pages open on: their agency's working year (admin: the latest of any agency). */
export async function workingYearOf(ctx: Ctx, actor: Actor): Promise<number> {
  const calendarYear = Number(todayIn(ctx.config.timeZone).slice(0, 4));
  return readWorkingYear(ctx.db, actor.agencyId, calendarYear);
}

/** The officer moves the agency to another working year (audited). */
export async function setWorkingYear(
  ctx: Ctx,
  actor: Actor,
  agencyId: number,
  year: number,
): Promise<number> {
  if (!(await agencies.agencyExists(ctx.db, agencyId))) throw errors.notFound('cơ quan');
  if (!inScope(agencyWriteScope(actor), agencyId)) throw errors.forbidden('đổi năm công tác của cơ quan này');
  const calendarYear = Number(todayIn(ctx.config.timeZone).slice(0, 4));
  if (year > calendarYear + 1)
    throw errors.field('year', `Năm công tác không được sau năm ${calendarYear + 1}.`);
  await ctx.db.transaction().execute(async (trx) => {
    const before = await writeWorkingYear(trx, agencyId, year);
    await writeAudit(
      trx,
      auditBy(actor, {
        action: 'update',
        entity: 'agency_setting',
        entityId: `${agencyId}:working_year`,
        agencyId,
        summary: `Chuyển năm công tác thi đua sang năm ${year}.`,
        before: before === null ? null : { workingYear: before },
        after: { workingYear: year },
      }),
    );
  });
  return year;
}
