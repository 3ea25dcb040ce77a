import { useMutation } from '@tanstack/react-query';
import { z } from 'zod';
import { request } from '../../../lib/api.ts';

// POST /api/eligibility/evaluate — tdkt-history/1 in, tdkt-eligibility/1 out (shared/interchange.md).
// The schema checks what the page renders; unknown fields pass through.
const CitationSchema = z.object({
  instrument: z.string(),
  article: z.number(),
  clause: z.number().optional(),
  point: z.string().optional(),
});
const ReasonSchema = z.object({ code: z.string(), params: z.record(z.string(), z.unknown()).optional() });

const CheckSchema = z.object({
  criterion: z.string(),
  rule: z.string().optional(),
  route: z.string().optional(),
  outcome: z.enum(['met', 'not-met', 'unknown']),
  citation: CitationSchema,
  text: z.string(),
  reason: ReasonSchema,
  evidence: z.array(z.record(z.string(), z.unknown())).optional(),
});
export type Check = z.infer<typeof CheckSchema>;

const CouncilItemSchema = CheckSchema.omit({ outcome: true, evidence: true });
export type CouncilItem = z.infer<typeof CouncilItemSchema>;

const StatusSchema = z.enum(['eligible', 'ineligible', 'needs-review']);
export type Status = z.infer<typeof StatusSchema>;

const ResultSchema = z.object({
  subject: z.string(),
  target: z.string(),
  status: StatusSchema,
  routes: z.array(z.object({ route: z.string(), status: StatusSchema })).optional(),
  checks: z.array(CheckSchema),
  councilJudgement: z.array(CouncilItemSchema).optional(),
  warnings: z.array(z.object({ code: z.string(), text: z.string() }).loose()).optional(),
});
export type Result = z.infer<typeof ResultSchema>;

const QuotaSchema = z
  .object({
    target: z.string(),
    scope: z.string(),
    base: z.number(),
    limit: z.number(),
    citation: CitationSchema,
    share: z.number().optional(),
    candidates: z.number().optional(),
    unverified: z.boolean().optional(),
    allocation: z
      .object({ selected: z.array(z.string()), notSelected: z.array(z.string()), tieBreak: z.string() })
      .loose()
      .optional(),
  })
  .loose();
export type Quota = z.infer<typeof QuotaSchema>;

const ForecastSchema = z
  .object({ subject: z.string(), target: z.string(), earliestYear: z.number().nullable(), text: z.string() })
  .loose();
export type Forecast = z.infer<typeof ForecastSchema>;

export const OutputSchema = z.object({
  format: z.literal('tdkt-eligibility/1'),
  year: z.number(),
  regime: z.string(),
  results: z.array(ResultSchema),
  quotas: z.array(QuotaSchema).default([]),
  forecasts: z.array(ForecastSchema).optional(),
});
export type Output = z.infer<typeof OutputSchema>;

export function evaluate(history: unknown): Promise<Output> {
  return request('/eligibility/evaluate', OutputSchema, { method: 'POST', body: history });
}

export function useEvaluate() {
  return useMutation({ mutationFn: evaluate });
}
