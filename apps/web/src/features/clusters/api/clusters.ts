import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { z } from 'zod';
import { request } from '../../../lib/api.ts';

// /api/clusters: the list by year and level, a cluster (members, rotation, conferences), its plan and tasks,
// the election of next year's leader and deputy. The .docx and .xlsx downloads go through `download`.

export const ROLE = z.enum(['leader', 'deputy', 'member']);
export const MY_ROLE = z.enum(['leader', 'deputy', 'member', 'reviewer']).nullable();
export type MyRole = z.infer<typeof MY_ROLE>;

const AgencyRef = z.object({ id: z.number(), name: z.string() });
export const ClusterSummarySchema = z.object({
  id: z.number(),
  kind: z.enum(['khoi', 'cum']),
  level: z.enum(['tinh', 'bo']),
  code: z.string(),
  name: z.string(),
  organiserName: z.string().nullable(),
  year: z.number(),
  memberCount: z.number(),
  leader: AgencyRef.nullable(),
  deputy: AgencyRef.nullable(),
  myRole: MY_ROLE,
});
export type ClusterSummary = z.infer<typeof ClusterSummarySchema>;

const MemberSchema = z.object({
  agencyId: z.number(),
  agencyName: z.string(),
  role: ROLE,
  roleSince: z.string().nullable(),
});
export type Member = z.infer<typeof MemberSchema>;
const VoteSchema = z.object({
  subject: z.enum(['ranking', 'flag', 'leader', 'deputy']),
  agencyId: z.number().nullable(),
  agencyName: z.string().nullable(),
  forYear: z.number().nullable(),
  votesFor: z.number(),
  votesAgainst: z.number(),
  votesTotal: z.number(),
  passed: z.boolean(),
});
export const MeetingSchema = z.object({
  id: z.number(),
  year: z.number(),
  kind: z.enum(['so-ket', 'tong-ket', 'khac']),
  heldOn: z.string().nullable(),
  hostName: z.string().nullable(),
  form: z.enum(['truc-tiep', 'truc-tuyen', 'van-ban']).nullable(),
  presentCount: z.number().nullable(),
  minutes: z.string().nullable(),
  votes: z.array(VoteSchema),
});
export type Meeting = z.infer<typeof MeetingSchema>;

export const ClusterDetailSchema = z.object({
  id: z.number(),
  kind: z.enum(['khoi', 'cum']),
  level: z.enum(['tinh', 'bo']),
  code: z.string(),
  name: z.string(),
  organiserName: z.string().nullable(),
  description: z.string().nullable(),
  year: z.number(),
  myRole: MY_ROLE,
  myAgencyIds: z.array(z.number()),
  years: z.array(z.number()),
  members: z.array(MemberSchema),
  rotation: z.array(
    z.object({ year: z.number(), leader: MemberSchema.nullable(), deputy: MemberSchema.nullable() }),
  ),
  meetings: z.array(MeetingSchema),
  plan: z
    .object({ id: z.number(), title: z.string(), taskCount: z.number(), doneCount: z.number() })
    .nullable(),
});
export type ClusterDetail = z.infer<typeof ClusterDetailSchema>;

export const TASK_STATUSES = ['not-started', 'in-progress', 'done', 'late', 'cancelled'] as const;
export type TaskStatus = (typeof TASK_STATUSES)[number];
export const DEADLINE_KINDS = [
  'month',
  'months',
  'before',
  'on',
  'regularly',
  'per-higher-plan',
  'other',
] as const;
export type DeadlineKind = (typeof DEADLINE_KINDS)[number];

const Body = z.object({ agencyId: z.number().nullable(), name: z.string() });
export const TaskSchema = z.object({
  id: z.number(),
  position: z.number(),
  number: z.string().nullable(),
  content: z.string(),
  lead: z.array(Body),
  coordinating: z.array(Body),
  deadlineKind: z.enum(DEADLINE_KINDS),
  deadlineOn: z.string().nullable(),
  deadlineMonth: z.string().nullable(),
  deadlineMonthTo: z.string().nullable(),
  deadlineText: z.string().nullable(),
  deadlineLabel: z.string(),
  dueOn: z.string().nullable(),
  status: z.enum(TASK_STATUSES),
  doneOn: z.string().nullable(),
  note: z.string().nullable(),
  version: z.number(),
});
export type Task = z.infer<typeof TaskSchema>;

export const PlanSchema = z.object({
  id: z.number(),
  groupId: z.number(),
  year: z.number(),
  agencyId: z.number(),
  agencyName: z.string(),
  title: z.string(),
  status: z.enum(['draft', 'issued', 'closed']),
  version: z.number(),
  number: z.string().nullable(),
  symbol: z.string().nullable(),
  placeName: z.string().nullable(),
  issuedOn: z.string().nullable(),
  legalBasis: z.string().nullable(),
  signerName: z.string().nullable(),
  signerTitle: z.string().nullable(),
  recipients: z.array(z.string()),
  sections: z.array(z.object({ heading: z.string(), body: z.string() })),
  tasks: z.array(TaskSchema),
  canEdit: z.boolean(),
});
export type Plan = z.infer<typeof PlanSchema>;

export interface TaskBody {
  content: string;
  leadAgencyIds: number[];
  leadLabels: string[];
  coordinatingAgencyIds: number[];
  coordinatingLabels: string[];
  deadlineKind: DeadlineKind;
  deadlineOn?: string | null;
  deadlineMonth?: string | null;
  deadlineMonthTo?: string | null;
  deadlineText?: string | null;
  status: TaskStatus;
  doneOn?: string | null;
  note?: string | null;
}

export function useClusters(year: number, level: 'tinh' | 'bo' | undefined) {
  return useQuery({
    queryKey: ['clusters', year, level ?? 'all'],
    queryFn: () => request('/clusters', z.array(ClusterSummarySchema), { query: { year, level } }),
  });
}

export function useCluster(id: number, year: number) {
  return useQuery({
    queryKey: ['clusters', 'detail', id, year],
    queryFn: () => request(`/clusters/${id}`, ClusterDetailSchema, { query: { year } }),
    retry: false,
  });
}

export function useClusterPlan(id: number, year: number) {
  return useQuery({
    queryKey: ['clusters', 'plan', id, year],
    queryFn: () => request(`/clusters/${id}/plan`, PlanSchema.nullable(), { query: { year } }),
    retry: false,
  });
}

function useInvalidate() {
  const qc = useQueryClient();
  return () => qc.invalidateQueries({ queryKey: ['clusters'] });
}

export function useCreatePlan(id: number) {
  const done = useInvalidate();
  return useMutation({
    mutationFn: (body: { year: number; title: string; signerName?: string; signerTitle?: string }) =>
      request(`/clusters/${id}/plan`, PlanSchema, { method: 'POST', body }),
    onSuccess: done,
  });
}

export interface PlanUpdateBody {
  title: string;
  status: 'draft' | 'issued' | 'closed';
  version: number;
  number?: string | null;
  symbol?: string | null;
  placeName?: string | null;
  issuedOn?: string | null;
  legalBasis?: string | null;
  signerName?: string | null;
  signerTitle?: string | null;
  recipients?: string[];
  sections?: { heading: string; body: string }[];
}

export function useUpdatePlan(id: number, planId: number) {
  const done = useInvalidate();
  return useMutation({
    mutationFn: (body: PlanUpdateBody) =>
      request(`/clusters/${id}/plan/${planId}`, PlanSchema, { method: 'PUT', body }),
    onSuccess: done,
  });
}

export function useSaveTask(id: number, planId: number) {
  const done = useInvalidate();
  return useMutation({
    mutationFn: (v: { taskId?: number; version?: number; body: TaskBody }) =>
      v.taskId === undefined
        ? request(`/clusters/${id}/plan/${planId}/tasks`, TaskSchema, { method: 'POST', body: v.body })
        : request(`/clusters/${id}/plan/${planId}/tasks/${v.taskId}`, TaskSchema, {
            method: 'PUT',
            body: { ...v.body, version: v.version },
          }),
    onSuccess: done,
  });
}

export function useDeleteTask(id: number, planId: number) {
  const done = useInvalidate();
  return useMutation({
    mutationFn: (taskId: number) =>
      request(`/clusters/${id}/plan/${planId}/tasks/${taskId}`, null, { method: 'DELETE' }),
    onSuccess: done,
  });
}

export interface ElectionBody {
  year: number;
  heldOn: string;
  form: 'truc-tiep' | 'truc-tuyen' | 'van-ban';
  presentCount: number;
  votesTotal: number;
  minutes?: string | null;
  candidates: { subject: 'leader' | 'deputy'; agencyId: number; votesFor: number; votesAgainst: number }[];
}

export function useElect(id: number) {
  const done = useInvalidate();
  return useMutation({
    mutationFn: (body: ElectionBody) =>
      request(`/clusters/${id}/elections`, MeetingSchema, { method: 'POST', body }),
    onSuccess: done,
  });
}
