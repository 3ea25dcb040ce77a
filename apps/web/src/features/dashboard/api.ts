import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { z } from 'zod';
import { request } from '../../lib/api.ts';

// GET /api/dashboard — the overview's cards for the signed-in user's roles (null when the role is not held).

const Drill = z.record(z.string(), z.union([z.string(), z.number(), z.boolean()]));
const Ratio = z.number().nullable();

const Task = z.object({
  id: z.number(),
  planId: z.number(),
  planTitle: z.string(),
  number: z.string().nullable(),
  content: z.string(),
  dueOn: z.string().nullable(),
  status: z.string(),
  state: z.string(),
  stateLabel: z.string(),
  leadUnits: z.string().nullable(),
});
export type DashboardTask = z.infer<typeof Task>;

export const DashboardSchema = z.object({
  year: z.number(),
  today: z.string(),
  officer: z
    .object({
      deadlines: z.object({
        dueSoonDays: z.number(),
        open: z.number(),
        overdue: z.number(),
        items: z.array(Task),
      }),
      proposals: z.object({
        pending: z.number(),
        awaitingDecision: z.number(),
        oldestSentOn: z.string().nullable(),
        byStatus: z.array(z.object({ status: z.string(), label: z.string(), count: z.number() })),
      }),
      quotas: z.array(
        z.object({
          code: z.string(),
          label: z.string(),
          used: z.number(),
          limit: z.number(),
          text: z.string(),
          over: z.array(z.string()),
          source: z.string(),
          drill: Drill,
        }),
      ),
      indicators: z.object({
        uptoMonth: z.number().nullable(),
        items: z.array(
          z.object({
            id: z.number(),
            name: z.string(),
            percentOfPlan: z.number().nullable(),
            text: z.string().nullable(),
          }),
        ),
      }),
    })
    .nullable(),
  unitHead: z
    .object({
      unitIds: z.array(z.number()),
      unitName: z.string(),
      ratings: z.object({
        people: z.number(),
        selfRated: z.number(),
        proposed: z.number(),
        finalised: z.number(),
        htxsnv: z.number(),
        progress: Ratio,
      }),
      tasks: z.object({ total: z.number(), done: z.number(), open: z.number(), overdue: z.number() }),
      registrations: z.object({
        people: z.number(),
        registered: z.number(),
        accepted: z.number(),
        unitRegistered: z.boolean(),
        late: z.number(),
      }),
      titles: z.object({ ldtt: z.number(), cstdcs: z.number(), collective: z.string().nullable() }),
    })
    .nullable(),
  staff: z
    .object({
      personId: z.number(),
      fullName: z.string(),
      history: z.array(
        z.object({
          recipientId: z.number(),
          decisionId: z.number(),
          year: z.number(),
          code: z.string(),
          label: z.string(),
          authority: z.string(),
          number: z.string().nullable(),
          symbol: z.string().nullable(),
          decidedOn: z.string().nullable(),
          status: z.string(),
        }),
      ),
      forecastYear: z.number(),
      forecast: z.array(
        z.object({
          target: z.string(),
          label: z.string(),
          status: z.string(),
          earliestYear: z.number().nullable(),
          text: z.string().nullable(),
        }),
      ),
      forecastError: z.string().nullable(),
      deadlines: z.array(Task),
    })
    .nullable(),
  director: z
    .object({
      people: z.number(),
      awards: z.object({
        titles: z.number(),
        forms: z.number(),
        byForm: z.array(z.object({ code: z.string(), label: z.string(), count: z.number() })),
      }),
      ratings: z.object({ finalised: z.number(), htxsnv: z.number(), progress: Ratio }),
      proposals: z.object({ pending: z.number(), decided: z.number() }),
      tasks: z.object({ total: z.number(), done: z.number(), overdue: z.number(), progress: Ratio }),
      registrations: z.object({ people: z.number(), units: z.number() }),
      ldttShare: Ratio,
    })
    .nullable(),
});
export type Dashboard = z.infer<typeof DashboardSchema>;

export function useDashboard(year: number | undefined) {
  return useQuery({
    queryKey: ['dashboard', year],
    queryFn: ({ signal }) => request('/dashboard', DashboardSchema, { query: { year }, signal }),
    placeholderData: keepPreviousData,
  });
}

/** The statistics drill-down page for a figure's filter. */
export function recordsHref(drill: z.infer<typeof Drill>): string {
  const q = new URLSearchParams(Object.entries(drill).map(([k, v]): [string, string] => [k, String(v)]));
  return `/thong-ke/ho-so?${q.toString()}`;
}
