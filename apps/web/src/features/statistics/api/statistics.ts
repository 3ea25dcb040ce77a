import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { z } from 'zod';
import { download, request, type Query } from '../../../lib/api.ts';

// GET /api/statistics/{awards,titles,indicators,tasks,fairness}, /api/statistics/records (drill-down),
// /api/statistics/tasks/records, the Excel twins (export.xlsx?chart=…, records.xlsx, tasks/records.xlsx).

/** The query of the drill-down list behind a figure (the server puts it on every figure). */
export const DrillSchema = z.record(z.string(), z.union([z.string(), z.number(), z.boolean()]));
export type Drill = z.infer<typeof DrillSchema>;
const Ratio = z.number().nullable();

export const AwardStatsSchema = z.object({
  agencyId: z.number(),
  scopeName: z.string(),
  from: z.number(),
  to: z.number(),
  years: z.array(z.number()),
  total: z.number(),
  byYear: z.array(
    z.object({
      year: z.number(),
      titles: z.number(),
      forms: z.number(),
      total: z.number(),
      drill: DrillSchema,
      drillTitles: DrillSchema,
      drillForms: DrillSchema,
    }),
  ),
  byLevel: z.array(
    z.object({ authority: z.string(), label: z.string(), count: z.number(), drill: DrillSchema }),
  ),
  byForm: z.array(
    z.object({
      code: z.string(),
      label: z.string(),
      short: z.string(),
      count: z.number(),
      drill: DrillSchema,
    }),
  ),
  byUnit: z.array(
    z.object({ unitId: z.number().nullable(), unitName: z.string(), count: z.number(), drill: DrillSchema }),
  ),
});
export type AwardStats = z.infer<typeof AwardStatsSchema>;

export const TitleStatsSchema = z.object({
  agencyId: z.number(),
  scopeName: z.string(),
  year: z.number(),
  targets: z.array(
    z.object({
      code: z.string(),
      label: z.string(),
      percent: z.number(),
      comparison: z.enum(['at-least', 'at-most']),
      base: z.string(),
      source: z.string(),
    }),
  ),
  units: z.array(
    z.object({
      unitId: z.number(),
      unitName: z.string(),
      leadership: z.boolean(),
      headcount: z.number(),
      ldtt: z.number(),
      cstdcs: z.number(),
      ldttShare: Ratio,
      cstdcsShare: Ratio,
      ldttMet: z.boolean(),
      cstdcsWithin: z.boolean(),
      collective: z.string().nullable(),
      collectiveLabel: z.string().nullable(),
      drillLdtt: DrillSchema,
      drillCstdcs: DrillSchema,
      drillCollective: DrillSchema,
    }),
  ),
  totals: z.object({
    headcount: z.number(),
    ldtt: z.number(),
    cstdcs: z.number(),
    ldttShare: Ratio,
    cstdcsShare: Ratio,
    units: z.number(),
    ttldxs: z.number(),
    ttldtt: z.number(),
    ttldxsShare: Ratio,
  }),
  drill: z.record(z.string(), DrillSchema),
  met: z.object({ ldtt: z.boolean(), cstdcs: z.boolean(), ttldxs: z.boolean() }),
});
export type TitleStats = z.infer<typeof TitleStatsSchema>;

export const IndicatorStatsSchema = z.object({
  agencyId: z.number(),
  year: z.number(),
  uptoMonth: z.number().nullable(),
  series: z.array(
    z.object({
      id: z.number(),
      code: z.string(),
      name: z.string(),
      unit: z.string().nullable(),
      depth: z.number(),
      plan: z.string().nullable(),
      points: z.array(
        z.object({
          month: z.number(),
          percentOfPlan: z.number().nullable(),
          percentText: z.string().nullable(),
          cumulative: z.string().nullable(),
          estimated: z.boolean(),
        }),
      ),
    }),
  ),
});
export type IndicatorStats = z.infer<typeof IndicatorStatsSchema>;

export const TaskStatsSchema = z.object({
  agencyId: z.number(),
  year: z.number(),
  today: z.string(),
  total: z.number(),
  states: z.array(z.object({ state: z.string(), label: z.string(), count: z.number(), drill: DrillSchema })),
});
export type TaskStats = z.infer<typeof TaskStatsSchema>;

const ShareSchema = z.object({
  key: z.string(),
  label: z.string(),
  people: z.number(),
  awards: z.number(),
  recipients: z.number(),
  peopleShare: Ratio,
  awardShare: Ratio,
  per100: z.number().nullable(),
  drill: DrillSchema,
});
export type Share = z.infer<typeof ShareSchema>;

export const FairnessSchema = z.object({
  agencyId: z.number(),
  scopeName: z.string(),
  year: z.number(),
  from: z.number(),
  to: z.number(),
  leaders: z.array(ShareSchema),
  gender: z.array(ShareSchema),
  rotation: z.array(
    z.object({
      code: z.string(),
      label: z.string(),
      recipients: z.number(),
      repeated: z.number(),
      repeatedShare: Ratio,
      drill: DrillSchema,
    }),
  ),
  timeliness: z.array(
    z.object({
      authority: z.string(),
      label: z.string(),
      decisions: z.number(),
      awards: z.number(),
      avgDays: z.number(),
      minDays: z.number(),
      maxDays: z.number(),
      drill: DrillSchema,
    }),
  ),
  timelinessBuckets: z.array(z.object({ label: z.string(), awards: z.number(), drill: DrillSchema })),
});
export type Fairness = z.infer<typeof FairnessSchema>;

export const AwardRecordSchema = z.object({
  recipientId: z.number(),
  decisionId: z.number(),
  subjectKind: z.string(),
  personId: z.number().nullable(),
  unitId: z.number().nullable(),
  name: z.string(),
  unitName: z.string().nullable(),
  code: z.string(),
  label: z.string(),
  category: z.string(),
  kind: z.string(),
  authority: z.string(),
  authorityLabel: z.string(),
  issuerName: z.string().nullable(),
  source: z.string(),
  sourceLabel: z.string(),
  number: z.string().nullable(),
  symbol: z.string().nullable(),
  decidedOn: z.string().nullable(),
  periodFrom: z.number().nullable(),
  periodTo: z.number().nullable(),
  year: z.number(),
  status: z.string(),
  annulledReason: z.string().nullable(),
  gender: z.string().nullable(),
  isLeader: z.boolean().nullable(),
  daysToDecision: z.number().nullable(),
});
export type AwardRecord = z.infer<typeof AwardRecordSchema>;

export const RecordsSchema = z.object({
  description: z.string(),
  items: z.array(AwardRecordSchema),
  total: z.number(),
  page: z.number(),
  pageSize: z.number(),
});

export const TaskRecordsSchema = z.object({
  description: z.string(),
  today: z.string(),
  total: z.number(),
  items: z.array(
    z.object({
      id: z.number(),
      planId: z.number(),
      planTitle: z.string(),
      quarter: z.number().nullable(),
      number: z.string().nullable(),
      content: z.string(),
      dueOn: z.string().nullable(),
      status: z.string(),
      state: z.string(),
      stateLabel: z.string(),
      leadUnits: z.string().nullable(),
      doneOn: z.string().nullable(),
    }),
  ),
});

export interface StatsParams {
  /** Another agency than the user's (admin, reviewer); undefined = the user's own. */
  agencyId?: number | undefined;
  year?: number | undefined;
  from?: number | undefined;
  to?: number | undefined;
}

export function useAwardStats(p: StatsParams) {
  return useQuery({
    queryKey: ['statistics', 'awards', p.agencyId, p.from, p.to],
    queryFn: ({ signal }) =>
      request('/statistics/awards', AwardStatsSchema, {
        query: { agencyId: p.agencyId, from: p.from, to: p.to },
        signal,
      }),
    placeholderData: keepPreviousData,
  });
}

export function useTitleStats(p: StatsParams) {
  return useQuery({
    queryKey: ['statistics', 'title', p.agencyId, p.year],
    queryFn: ({ signal }) =>
      request('/statistics/titles', TitleStatsSchema, {
        query: { agencyId: p.agencyId, year: p.year },
        signal,
      }),
    placeholderData: keepPreviousData,
  });
}

export function useIndicatorStats(p: StatsParams) {
  return useQuery({
    queryKey: ['statistics', 'indicator', p.agencyId, p.year],
    queryFn: ({ signal }) =>
      request('/statistics/indicators', IndicatorStatsSchema, {
        query: { agencyId: p.agencyId, year: p.year },
        signal,
      }),
    placeholderData: keepPreviousData,
  });
}

export function useTaskStats(p: StatsParams) {
  return useQuery({
    queryKey: ['statistics', 'task', p.agencyId, p.year],
    queryFn: ({ signal }) =>
      request('/statistics/tasks', TaskStatsSchema, {
        query: { agencyId: p.agencyId, year: p.year },
        signal,
      }),
    placeholderData: keepPreviousData,
  });
}

export function useFairness(p: StatsParams) {
  return useQuery({
    queryKey: ['statistics', 'fairness', p.agencyId, p.year, p.from, p.to],
    queryFn: ({ signal }) =>
      request('/statistics/fairness', FairnessSchema, {
        query: { agencyId: p.agencyId, year: p.year, from: p.from, to: p.to },
        signal,
      }),
    placeholderData: keepPreviousData,
  });
}

export function useAwardRecords(query: Query, page: number, pageSize: number) {
  return useQuery({
    queryKey: ['statistics', 'records', query, page, pageSize],
    queryFn: ({ signal }) =>
      request('/statistics/records', RecordsSchema, { query: { ...query, page, pageSize }, signal }),
    placeholderData: keepPreviousData,
  });
}

export function useTaskRecords(query: Query) {
  return useQuery({
    queryKey: ['statistics', 'task-records', query],
    queryFn: ({ signal }) => request('/statistics/tasks/records', TaskRecordsSchema, { query, signal }),
  });
}

export function exportChart(chart: string, p: StatsParams): void {
  download('/statistics/export.xlsx', { chart, agencyId: p.agencyId, year: p.year, from: p.from, to: p.to });
}

export function exportRecords(query: Query): void {
  download('/statistics/records.xlsx', query);
}

export function exportTaskRecords(query: Query): void {
  download('/statistics/tasks/records.xlsx', query);
}

/** The page that lists the records behind a figure. */
export function drillHref(drill: Drill): string {
  const q = new URLSearchParams(Object.entries(drill).map(([k, v]): [string, string] => [k, String(v)]));
  return `/thong-ke/ho-so?${q.toString()}`;
}

export function taskDrillHref(drill: Drill): string {
  const q = new URLSearchParams(Object.entries(drill).map(([k, v]): [string, string] => [k, String(v)]));
  return `/thong-ke/nhiem-vu?${q.toString()}`;
}

interface AgencyNode {
  id: number;
  name: string;
  children: AgencyNode[];
}
const AgencyNodeSchema: z.ZodType<AgencyNode> = z.lazy(() =>
  z.object({ id: z.number(), name: z.string(), children: z.array(AgencyNodeSchema).default([]) }),
);

/** The agencies the user may see (GET /api/agencies/tree, flattened), for an admin's or reviewer's picker. */
export function useAgencyOptions(enabled: boolean) {
  return useQuery({
    queryKey: ['statistics', 'agencies'],
    enabled,
    staleTime: 5 * 60_000,
    queryFn: async () => {
      const tree = await request('/agencies/tree', z.array(AgencyNodeSchema));
      const out: { id: number; name: string }[] = [];
      const walk = (ns: AgencyNode[]) =>
        ns.forEach((n) => {
          out.push({ id: n.id, name: n.name });
          walk(n.children);
        });
      walk(tree);
      return out;
    },
  });
}
