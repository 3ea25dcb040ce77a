import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { z } from 'zod';
import { request } from '../../../lib/api.ts';

// The engine's verdicts in context: a unit's people and its collective titles
// (GET /api/units/:id/eligibility), one person's tab (GET /api/people/:id/eligibility/summary), the
// leave/transfer facts behind months worked and the unit's collective rating.
export const VerdictSchema = z.object({
  target: z.string(),
  label: z.string(),
  short: z.string(),
  status: z.enum(['eligible', 'ineligible', 'needs-review']),
  checks: z.array(
    z.object({ criterion: z.string(), outcome: z.string(), text: z.string(), citation: z.string() }),
  ),
  warnings: z.array(z.object({ code: z.string(), text: z.string() })),
});
export const ForecastSchema = z.object({
  target: z.string(),
  label: z.string(),
  earliestYear: z.number().nullable(),
  text: z.string(),
  missing: z.array(z.object({ code: z.string(), text: z.string() })),
});
export type Verdict = z.infer<typeof VerdictSchema>;
export type Forecast = z.infer<typeof ForecastSchema>;

const UnitEligibilitySchema = z.object({
  unit: z.object({ id: z.number(), name: z.string() }),
  year: z.number(),
  regime: z.string(),
  collective: z.object({
    rating: z.string().nullable(),
    ratingId: z.number().nullable(),
    ratingNote: z.string().nullable(),
    ratingVersion: z.number().nullable(),
    results: z.array(VerdictSchema),
  }),
  people: z.array(
    z.object({
      personId: z.number(),
      fullName: z.string(),
      results: z.array(VerdictSchema),
      forecasts: z.array(ForecastSchema),
    }),
  ),
});
export type UnitEligibility = z.infer<typeof UnitEligibilitySchema>;
export type PersonVerdicts = UnitEligibility['people'][number];

const SummarySchema = z.object({
  person: z.object({ id: z.number(), fullName: z.string() }),
  year: z.number(),
  regime: z.string(),
  results: z.array(VerdictSchema),
  forecasts: z.array(ForecastSchema),
});

export function useUnitEligibility(unitId: number | null, year: number) {
  return useQuery({
    queryKey: ['eligibility', 'unit', unitId, year],
    queryFn: () => request(`/units/${unitId}/eligibility?year=${year}`, UnitEligibilitySchema),
    enabled: unitId !== null,
  });
}

export function usePersonEligibilitySummary(personId: number | null, year: number, enabled = true) {
  return useQuery({
    queryKey: ['eligibility', 'person', personId, year],
    queryFn: () => request(`/people/${personId}/eligibility/summary?year=${year}`, SummarySchema),
    enabled: personId !== null && enabled,
  });
}

const LeaveSchema = z.object({
  id: z.number(),
  kind: z.string(),
  kindText: z.string(),
  fromDate: z.string(),
  toDate: z.string().nullable(),
  days: z.number().nullable(),
  note: z.string().nullable(),
  version: z.number(),
});
const TransferSchema = z.object({
  id: z.number(),
  direction: z.enum(['in', 'out']),
  onDate: z.string(),
  otherPlace: z.string(),
  decisionRef: z.string().nullable(),
  commentsReceived: z.boolean(),
  note: z.string().nullable(),
  version: z.number(),
});
const PersonLeavesSchema = z.object({
  personId: z.number(),
  fullName: z.string(),
  leaves: z.array(LeaveSchema),
  transfers: z.array(TransferSchema),
  year: z
    .object({
      year: z.number(),
      monthsWorked: z.number().nullable(),
      absenceDays: z.number().nullable(),
      maternityLeaveMonths: z.number().nullable(),
      transferredFrom: z.string().nullable(),
      monthsAtPreviousUnit: z.number().nullable(),
    })
    .nullable(),
});

export function usePersonLeaves(personId: number | null, year: number) {
  return useQuery({
    queryKey: ['leaves', personId, year],
    queryFn: () => request(`/people/${personId}/leaves?year=${year}`, PersonLeavesSchema),
    enabled: personId !== null,
  });
}

function useFactsMutation<T>(fn: (body: T) => Promise<unknown>) {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: fn,
    onSuccess: async () => {
      await qc.invalidateQueries({ queryKey: ['leaves'] });
      await qc.invalidateQueries({ queryKey: ['eligibility'] });
      await qc.invalidateQueries({ queryKey: ['ratings', 'grid'] });
    },
  });
}
export const useAddLeave = () =>
  useFactsMutation((b: { personId: number; body: unknown }) =>
    request(`/people/${b.personId}/leaves`, LeaveSchema, { method: 'POST', body: b.body }),
  );
export const useDeleteLeave = () =>
  useFactsMutation((b: { id: number; version: number }) =>
    request(`/person-leaves/${b.id}?version=${b.version}`, null, { method: 'DELETE' }),
  );
export const useAddTransfer = () =>
  useFactsMutation((b: { personId: number; body: unknown }) =>
    request(`/people/${b.personId}/transfers`, TransferSchema, { method: 'POST', body: b.body }),
  );
export const useDeleteTransfer = () =>
  useFactsMutation((b: { id: number; version: number }) =>
    request(`/person-transfers/${b.id}?version=${b.version}`, null, { method: 'DELETE' }),
  );
export const useSaveCollectiveRating = () =>
  useFactsMutation(
    (b: {
      unitId: number;
      year: number;
      rating: string | null;
      note: string | null;
      version: number | null;
    }) =>
      request(
        `/units/${b.unitId}/collective-rating`,
        z.object({ rating: z.string().nullable(), version: z.number().nullable() }).passthrough(),
        { method: 'PUT', body: { year: b.year, rating: b.rating, note: b.note, version: b.version } },
      ),
  );
