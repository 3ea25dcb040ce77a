import { z } from 'zod';
import { sql } from 'kysely';
import type { Ctx } from '../../context.ts';
import type { Api } from '../../http/types.ts';
import { API_VERSION } from '../../version.ts';

export async function healthRoutes(app: Api, ctx: Ctx): Promise<void> {
  app.get(
    '/health',
    {
      config: { policy: 'public:health' },
      schema: {
        tags: ['health'],
        summary: 'Tình trạng máy chủ',
        response: {
          200: z.object({ ok: z.boolean(), engine: z.enum(['pglite', 'postgres']), version: z.string() }),
        },
      },
    },
    async () => {
      await sql`SELECT 1`.execute(ctx.db);
      return { ok: true, engine: ctx.engine, version: API_VERSION };
    },
  );
}
