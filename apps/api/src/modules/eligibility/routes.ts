// POST /api/eligibility/evaluate — body tdkt-history/1, response tdkt-eligibility/1 (../shared/interchange.md).
// Validation is the engine's own (Vietnamese messages naming the JSON path); the body schema is therefore
// loose and the response is described (loosely: every field passes through) for the OpenAPI document.
// Invalid input → 400 { code: 'invalid-input', message, path, details }. `?forecast=true` adds forecasts.
import type { FastifyInstance } from 'fastify';
import { z } from 'zod';
import {
  evaluate,
  forecast,
  formatIssue,
  validateHistory,
  type IndividualSubject,
} from '../../../../../packages/domain/src/eligibility/index.ts';

const citation = z.looseObject({
  instrument: z.string(),
  article: z.number(),
  clause: z.number().optional(),
  point: z.string().optional(),
});
const reason = z.looseObject({ code: z.string(), params: z.record(z.string(), z.unknown()) });
const check = z.looseObject({
  criterion: z.string(),
  outcome: z.enum(['met', 'not-met', 'unknown']),
  citation,
  text: z.string(),
  reason,
  route: z.string().optional(),
});
const result = z.looseObject({
  subject: z.string(),
  target: z.string(),
  status: z.enum(['eligible', 'ineligible', 'needs-review']),
  checks: z.array(check),
  councilJudgement: z
    .array(z.looseObject({ criterion: z.string(), citation, text: z.string(), reason }))
    .optional(),
  warnings: z.array(z.looseObject({ code: z.string(), text: z.string() })).optional(),
});
export const eligibilityResponse = z.looseObject({
  format: z.literal('tdkt-eligibility/1'),
  year: z.number(),
  regime: z.enum(['A', 'B', 'B2']),
  results: z.array(result),
  quotas: z.array(
    z.looseObject({ target: z.string(), scope: z.string(), base: z.number(), limit: z.number(), citation }),
  ),
  forecasts: z
    .array(
      z.looseObject({
        subject: z.string(),
        target: z.string(),
        earliestYear: z.number().nullable(),
        text: z.string(),
      }),
    )
    .optional(),
});
export const invalidInputResponse = z.object({
  code: z.literal('invalid-input'),
  message: z.string(),
  path: z.string(),
  details: z.array(z.object({ path: z.string(), message: z.string() })),
});

/** Registers the route; works whether or not the caller already mounted it under the /api prefix. */
export async function eligibilityRoutes(app: FastifyInstance): Promise<void> {
  const url = app.prefix.endsWith('/api') ? '/eligibility/evaluate' : '/api/eligibility/evaluate';
  app.post(
    url,
    {
      config: { policy: 'eligibility:evaluate' },
      bodyLimit: 64 * 1024 * 1024,
      schema: {
        tags: ['eligibility'],
        summary:
          'Xét điều kiện danh hiệu thi đua, hình thức khen thưởng (tdkt-history/1 → tdkt-eligibility/1)',
        body: z.unknown(),
        querystring: z.object({ forecast: z.enum(['true', 'false']).optional() }),
        response: { 200: eligibilityResponse, 400: invalidInputResponse },
      },
    },
    async (req, reply) => {
      const v = validateHistory(req.body);
      if (!v.ok) {
        const first = v.issues[0] ?? { path: '$', message: 'dữ liệu không hợp lệ' };
        return reply
          .code(400)
          .send({ code: 'invalid-input', message: formatIssue(first), path: first.path, details: v.issues });
      }
      const out = evaluate(v.value);
      const q = req.query as { forecast?: string } | undefined;
      if (q?.forecast === 'true') {
        const { subjects, ...header } = v.value;
        out.forecasts = forecast(
          header,
          subjects.filter((s): s is IndividualSubject => s.kind === 'individual'),
          out.results,
        );
      }
      return reply.code(200).send(out);
    },
  );
}
