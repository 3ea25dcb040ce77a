import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { z } from 'zod';
import { request, upload } from '../../lib/api.ts';

// /api/cluster-scoring/… (criteria, covenant, sheets, ranking) and /api/clusters (the picker).

export const ClusterSchema = z.object({
  id: z.number(),
  name: z.string(),
  level: z.enum(['tinh', 'bo']),
  year: z.number(),
  myRole: z.string().nullable(),
});
export type Cluster = z.infer<typeof ClusterSchema>;

const Criterion = z.object({
  id: z.number(),
  criteriaGroupId: z.number(),
  position: z.number(),
  code: z.string().nullable(),
  name: z.string(),
  kind: z.enum(['standard', 'bonus', 'penalty']),
  minPoints: z.number(),
  maxPoints: z.number(),
  evidenceRequired: z.string().nullable(),
  indicatorCode: z.string().nullable(),
  version: z.number(),
});
export type CriterionT = z.infer<typeof Criterion>;
const CriteriaGroup = z.object({
  id: z.number(),
  position: z.number(),
  code: z.string().nullable(),
  name: z.string(),
  maxPoints: z.number().nullable(),
  signed: z.boolean(),
  version: z.number(),
  criteria: z.array(Criterion),
});
export type CriteriaGroupT = z.infer<typeof CriteriaGroup>;

export const SheetStatus = z.enum(['draft', 'submitted', 'returned', 'scored', 'confirmed', 'published']);
const SheetSummary = z.object({
  id: z.number(),
  scoredAgencyId: z.number(),
  scoredName: z.string(),
  scorerKind: z.enum(['self', 'leader', 'cross']),
  scorerAgencyId: z.number(),
  scorerName: z.string(),
  status: SheetStatus,
  statusText: z.string(),
  total: z.number().nullable(),
  submittedAt: z.string().nullable(),
  returnedReason: z.string().nullable(),
  version: z.number(),
});
export type SheetSummaryT = z.infer<typeof SheetSummary>;

const Settings = z.object({
  tieBreak: z.array(z.string()),
  tieBreakText: z.string(),
  tieBreakOptions: z.array(z.object({ key: z.string(), label: z.string() })),
  flagCount: z.number(),
  certificateCount: z.number(),
  flagCode: z.string(),
  certificateCode: z.string(),
  flagLabel: z.string(),
  certificateLabel: z.string(),
  crossScoring: z.boolean(),
  crossPerMember: z.number(),
  scoreBasis: z.enum(['leader', 'leader-and-cross']),
  guidance: z.string().nullable(),
  version: z.number(),
});
export type SettingsT = z.infer<typeof Settings>;

export const OverviewSchema = z.object({
  groupId: z.number(),
  groupName: z.string(),
  level: z.enum(['tinh', 'bo']),
  year: z.number(),
  role: z.enum(['leader', 'deputy', 'member', 'reviewer']),
  roleText: z.string(),
  myAgencyIds: z.array(z.number()),
  published: z.boolean(),
  publishedAt: z.string().nullable(),
  settings: Settings,
  criteria: z.array(CriteriaGroup),
  comments: z.array(
    z.object({
      id: z.number(),
      criteriaGroupId: z.number(),
      criterionId: z.number().nullable(),
      agencyName: z.string(),
      userName: z.string().nullable(),
      content: z.string(),
      createdAt: z.string(),
    }),
  ),
  covenant: z
    .object({
      id: z.number(),
      title: z.string(),
      content: z.string(),
      status: z.enum(['draft', 'signed', 'superseded']),
      signedOn: z.string().nullable(),
      placeName: z.string().nullable(),
      version: z.number(),
      signatories: z.array(
        z.object({
          agencyId: z.number(),
          agencyName: z.string(),
          signerName: z.string().nullable(),
          signerTitle: z.string().nullable(),
          signed: z.boolean(),
        }),
      ),
    })
    .nullable(),
  criteriaVersions: z.array(
    z.object({
      versionNo: z.number(),
      reason: z.string(),
      createdByName: z.string().nullable(),
      createdAt: z.string(),
    }),
  ),
  members: z.array(
    z.object({ agencyId: z.number(), name: z.string(), role: z.enum(['leader', 'deputy', 'member']) }),
  ),
  sheets: z.array(SheetSummary),
  conflicts: z.array(
    z.object({ id: z.number(), scorerName: z.string(), scoredName: z.string(), reason: z.string() }),
  ),
});
export type Overview = z.infer<typeof OverviewSchema>;

export const SheetSchema = z.object({
  sheet: SheetSummary,
  editable: z.boolean(),
  criteria: z.array(CriteriaGroup),
  scores: z.array(
    z.object({
      criterionId: z.number(),
      points: z.number(),
      evidence: z.string().nullable(),
      evidenceUrl: z.string().nullable(),
      evidenceFileName: z.string().nullable(),
      evidenceIndicatorId: z.number().nullable(),
      note: z.string().nullable(),
    }),
  ),
  indicators: z.array(
    z.object({
      id: z.number(),
      code: z.string(),
      name: z.string(),
      unit: z.string().nullable(),
      planValue: z.number().nullable(),
      value: z.number().nullable(),
      lastMonth: z.number().nullable(),
      precision: z.number(),
    }),
  ),
  events: z.array(
    z.object({
      action: z.string(),
      fromStatus: z.string(),
      toStatus: z.string(),
      reason: z.string().nullable(),
      userName: z.string().nullable(),
      at: z.string(),
    }),
  ),
  clamped: z.array(z.object({ criterionId: z.number(), given: z.number(), stored: z.number() })).optional(),
});
export type SheetT = z.infer<typeof SheetSchema>;

export const RankingSchema = z.object({
  role: z.string(),
  status: z.enum(['draft', 'confirmed', 'published']),
  tieBreakText: z.string(),
  complete: z.boolean(),
  rows: z.array(
    z.object({
      agencyId: z.number(),
      name: z.string(),
      role: z.string(),
      rank: z.number(),
      total: z.number(),
      groupPoints: z.record(z.string(), z.number()),
      bonus: z.number(),
      penalty: z.number(),
      votes: z.number().nullable(),
      selfTotal: z.number().nullable(),
      leaderTotal: z.number().nullable(),
      crossAverage: z.number().nullable(),
      tieBreak: z.string().nullable(),
      unresolved: z.boolean(),
      proposedCode: z.string().nullable(),
      proposedLabel: z.string().nullable(),
    }),
  ),
  undecided: z.array(z.number()),
  votes: z.array(
    z.object({
      meetingId: z.number(),
      heldOn: z.string().nullable(),
      agencyId: z.number().nullable(),
      agencyName: z.string().nullable(),
      votesFor: z.number(),
      votesAgainst: z.number(),
      votesTotal: z.number(),
      passed: z.boolean(),
    }),
  ),
  rankingPassed: z.boolean(),
  proposals: z.array(
    z.object({ id: z.number(), code: z.string(), label: z.string(), title: z.string(), status: z.string() }),
  ),
});
export type RankingT = z.infer<typeof RankingSchema>;

export const base = (groupId: number, year: number) => `/cluster-scoring/${groupId}/${year}`;

export function useClusters(year: number) {
  return useQuery({
    queryKey: ['cluster-scoring', 'clusters', year],
    queryFn: () => request('/clusters', z.array(ClusterSchema), { query: { year } }),
  });
}
export function useOverview(groupId: number | null, year: number) {
  return useQuery({
    queryKey: ['cluster-scoring', 'overview', groupId, year],
    queryFn: () => request(base(groupId!, year), OverviewSchema),
    enabled: groupId !== null,
  });
}
export function useSheet(id: number | null) {
  return useQuery({
    queryKey: ['cluster-scoring', 'sheet', id],
    queryFn: () => request(`/cluster-scoring/sheets/${id}`, SheetSchema),
    enabled: id !== null,
  });
}
export function useRanking(groupId: number | null, year: number) {
  return useQuery({
    queryKey: ['cluster-scoring', 'ranking', groupId, year],
    queryFn: () => request(`${base(groupId!, year)}/ranking`, RankingSchema),
    enabled: groupId !== null,
  });
}

/** Any write of this module: the overview, sheets and ranking are read again afterwards. */
export function useWrite<V, R>(fn: (v: V) => Promise<R>) {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: fn,
    onSuccess: () => qc.invalidateQueries({ queryKey: ['cluster-scoring'] }),
  });
}

export const post = (path: string, body?: unknown) =>
  request(path, null, { method: 'POST', body: body ?? {} });
export const put = (path: string, body: unknown) => request(path, null, { method: 'PUT', body });
export const del = (path: string) => request(path, null, { method: 'DELETE' });
export const postSheet = (path: string, body: unknown) =>
  request(path, SheetSchema, { method: 'POST', body });
export const putScores = (id: number, body: unknown) =>
  request(`/cluster-scoring/sheets/${id}/scores`, SheetSchema, { method: 'PUT', body });
export const uploadEvidence = (id: number, criterionId: number, file: File) => {
  const form = new FormData();
  form.append('file', file);
  return upload(`/cluster-scoring/sheets/${id}/scores/${criterionId}/file`, form, SheetSchema);
};
