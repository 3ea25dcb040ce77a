import { z } from 'zod';
import type { JobRecord } from '../../../../../packages/db/src/repositories/jobs.ts';
import type { Ctx } from '../../context.ts';
import { IdParams } from '../../http/schemas.ts';
import { actorOf, type Api } from '../../http/types.ts';
import * as service from './service.ts';

export const JobSchema = z
  .object({
    id: z.number().int(),
    kind: z.string(),
    status: z.enum(['queued', 'running', 'succeeded', 'failed']),
    progress: z.number().int(),
    total: z.number().int().nullable(),
    message: z.string().nullable(),
    result: z.unknown(),
    createdAt: z.string(),
    updatedAt: z.string(),
  })
  .meta({ id: 'Job' });

export function presentJob(j: JobRecord): z.infer<typeof JobSchema> {
  return {
    id: j.id,
    kind: j.kind,
    status: j.status,
    progress: j.progress,
    total: j.total,
    message: j.message,
    result: j.result ?? null,
    createdAt: new Date(j.created_at).toISOString(),
    updatedAt: new Date(j.updated_at).toISOString(),
  };
}

export async function jobRoutes(app: Api, ctx: Ctx): Promise<void> {
  app.get(
    '/jobs',
    {
      config: { policy: 'jobs:read' },
      schema: { tags: ['jobs'], summary: 'Công việc gần đây của tôi', response: { 200: z.array(JobSchema) } },
    },
    async (req) => {
      return (await service.recentJobs(ctx, actorOf(req))).map(presentJob);
    },
  );
  app.get(
    '/jobs/:id',
    {
      config: { policy: 'jobs:read' },
      schema: {
        tags: ['jobs'],
        summary: 'Trạng thái một công việc',
        params: IdParams,
        response: { 200: JobSchema },
      },
    },
    async (req) => {
      return presentJob(await service.getJob(ctx, actorOf(req), req.params.id));
    },
  );
}
