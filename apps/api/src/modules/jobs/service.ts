// Jobs as their starter sees them: a user sees the jobs they started; the administrator sees all.
import * as jobsRepo from '../../../../../packages/db/src/repositories/jobs.ts';
import type { Ctx } from '../../context.ts';
import { isAdmin, type Actor } from '../../auth/actor.ts';
import { errors } from '../../errors.ts';

export function recentJobs(ctx: Ctx, actor: Actor) {
  return jobsRepo.listJobs(ctx.db, isAdmin(actor) ? undefined : actor.userId, 50);
}

export async function getJob(ctx: Ctx, actor: Actor, id: number) {
  const job = await jobsRepo.findJob(ctx.db, id, isAdmin(actor) ? undefined : actor.userId);
  if (!job) throw errors.notFound('công việc');
  return job;
}
