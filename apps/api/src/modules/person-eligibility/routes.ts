import { z } from 'zod';
import type { Ctx } from '../../context.ts';
import { IdParams, isoDate } from '../../http/schemas.ts';
import { actorOf, type Api } from '../../http/types.ts';
import * as service from './service.ts';

export async function personEligibilityRoutes(app: Api, ctx: Ctx): Promise<void> {
  app.get(
    '/people/:id/eligibility',
    {
      config: { policy: 'eligibility:person' },
      schema: {
        tags: ['eligibility'],
        summary:
          'Điều kiện khen thưởng của một cán bộ trong năm, từ dữ liệu đã có (đánh giá, đăng ký thi đua, sáng kiến, lịch sử khen thưởng)',
        params: IdParams,
        querystring: z.object({
          year: z.coerce.number().int().min(1945).max(2200),
          evaluatedOn: isoDate('Ngày xét').optional(),
        }),
        response: {
          200: z.object({
            person: z.object({ id: z.number().int(), fullName: z.string() }),
            input: z.record(z.string(), z.unknown()).describe('tdkt-history/1'),
            output: z.record(z.string(), z.unknown()).describe('tdkt-eligibility/1 kèm forecasts'),
          }),
        },
      },
    },
    async (req) => {
      const r = await service.personEligibility(
        ctx,
        actorOf(req),
        req.params.id,
        req.query.year,
        req.query.evaluatedOn,
      );
      return {
        person: r.person,
        input: r.input as unknown as Record<string, unknown>,
        output: r.output as unknown as Record<string, unknown>,
      };
    },
  );
}
