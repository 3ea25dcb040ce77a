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

  const Check = z.object({
    criterion: z.string(),
    outcome: z.string(),
    text: z.string(),
    citation: z.string(),
  });
  const Verdict = z.object({
    target: z.string(),
    label: z.string(),
    short: z.string(),
    status: z.enum(['eligible', 'ineligible', 'needs-review']),
    checks: z.array(Check),
    warnings: z.array(z.object({ code: z.string(), text: z.string() })),
  });
  const Forecast = z.object({
    target: z.string(),
    label: z.string(),
    earliestYear: z.number().nullable(),
    text: z.string(),
    missing: z.array(z.object({ code: z.string(), text: z.string() })),
  });
  const YearQuery = z.object({ year: z.coerce.number().int().min(1945).max(2200) });

  app.get(
    '/units/:id/eligibility',
    {
      config: { policy: 'ratings:read' },
      schema: {
        tags: ['eligibility'],
        summary:
          'Điều kiện khen thưởng trong năm của mọi cán bộ một đơn vị (LĐTT, CSTĐCS, Giấy khen …, lý do và căn cứ, dự báo) và của tập thể (TT LĐTT, TT LĐXS) — một lần nạp dữ liệu cho cả đơn vị',
        params: IdParams,
        querystring: YearQuery,
        response: {
          200: z.object({
            unit: z.object({ id: z.number(), name: z.string() }),
            year: z.number(),
            regime: z.string(),
            collective: z.object({
              rating: z.string().nullable(),
              ratingId: z.number().nullable(),
              ratingNote: z.string().nullable(),
              ratingVersion: z.number().nullable(),
              results: z.array(Verdict),
            }),
            people: z.array(
              z.object({
                personId: z.number(),
                fullName: z.string(),
                results: z.array(Verdict),
                forecasts: z.array(Forecast),
              }),
            ),
          }),
        },
      },
    },
    async (req) => service.unitEligibility(ctx, actorOf(req), req.params.id, req.query.year),
  );

  app.get(
    '/people/:id/eligibility/summary',
    {
      config: { policy: 'eligibility:person' },
      schema: {
        tags: ['eligibility'],
        summary:
          'Điều kiện khen thưởng của cán bộ trong năm (tab trên trang cán bộ): kết quả từng danh hiệu với lý do, căn cứ và dự báo còn thiếu gì',
        params: IdParams,
        querystring: YearQuery,
        response: {
          200: z.object({
            person: z.object({ id: z.number(), fullName: z.string() }),
            year: z.number(),
            regime: z.string(),
            results: z.array(Verdict),
            forecasts: z.array(Forecast),
          }),
        },
      },
    },
    async (req) => service.personEligibilitySummary(ctx, actorOf(req), req.params.id, req.query.year),
  );
}
