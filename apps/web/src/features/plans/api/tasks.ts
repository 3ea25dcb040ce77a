import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { z } from 'zod';
import { request, upload } from '../../../lib/api.ts';
import { TaskSchema, type TaskInput } from './plan-schema.ts';

export interface TaskFilters {
  quarter?: number | undefined;
  status?: string | undefined;
  q?: string | undefined;
  flag?: 'overdue' | 'due-soon' | undefined;
}

// GET /api/plans/:id/tasks?… → the plan's tasks by quarter with overdue / due-soon flags.
export function useTasks(planId: number, filters: TaskFilters) {
  return useQuery({
    queryKey: ['plans', 'tasks', planId, filters],
    queryFn: () => request(`/plans/${planId}/tasks`, z.array(TaskSchema), { query: { ...filters } }),
    placeholderData: keepPreviousData,
  });
}

const ViewsSchema = z.object({
  quarters: z.array(z.object({ quarter: z.number().nullable(), taskIds: z.array(z.number()) })),
  months: z.array(z.object({ month: z.string(), taskIds: z.array(z.number()) })),
  timeline: z.array(z.object({ taskId: z.number(), start: z.string(), end: z.string() })),
  undated: z.array(z.number()),
});
export type TaskViews = z.infer<typeof ViewsSchema>;

// GET /api/plans/:id/views → by quarter, by month (calendar), timeline bars.
export function useTaskViews(planId: number) {
  return useQuery({
    queryKey: ['plans', 'views', planId],
    queryFn: () => request(`/plans/${planId}/views`, ViewsSchema),
  });
}

function useInvalidate() {
  const qc = useQueryClient();
  return () => qc.invalidateQueries({ queryKey: ['plans'] });
}

// POST /api/plans/:id/tasks, PUT /api/plan-tasks/:id, DELETE /api/plan-tasks/:id.
export function useSaveTask(planId: number) {
  const invalidate = useInvalidate();
  return useMutation({
    mutationFn: (v: { id?: number; version?: number; input: TaskInput }) =>
      v.id === undefined
        ? request(`/plans/${planId}/tasks`, TaskSchema, { method: 'POST', body: v.input })
        : request(`/plan-tasks/${v.id}`, TaskSchema, {
            method: 'PUT',
            body: { ...v.input, version: v.version },
          }),
    onSuccess: invalidate,
  });
}

export function useDeleteTask() {
  const invalidate = useInvalidate();
  return useMutation({
    mutationFn: (id: number) => request(`/plan-tasks/${id}`, null, { method: 'DELETE' }),
    onSuccess: invalidate,
  });
}

// POST /api/plan-tasks/:id/progress — status, evidence, note (lead unit's head or officer).
export function useReportProgress() {
  const invalidate = useInvalidate();
  return useMutation({
    mutationFn: (v: {
      id: number;
      status: string;
      evidence: string | null;
      note: string | null;
      version: number;
    }) =>
      request(`/plan-tasks/${v.id}/progress`, TaskSchema, {
        method: 'POST',
        body: { status: v.status, evidence: v.evidence, note: v.note, version: v.version },
      }),
    onSuccess: invalidate,
  });
}

// POST /api/plan-tasks/:id/files (multipart "file") → the task with its files.
export function uploadEvidence(id: number, file: File) {
  const form = new FormData();
  form.append('file', file, file.name);
  return upload(`/plan-tasks/${id}/files`, form, TaskSchema);
}

// GET /api/plans/my-deadlines?includeDone → tasks of my unit(s), by deadline.
export function useMyDeadlines(includeDone: boolean) {
  return useQuery({
    queryKey: ['plans', 'mine', includeDone],
    queryFn: () =>
      request('/plans/my-deadlines', z.array(TaskSchema), {
        query: { includeDone: includeDone ? 'true' : undefined },
      }),
  });
}

// POST /api/plans/reminders/run — run the reminder and escalation sweep now (officers).
export function useRunReminders() {
  return useMutation({
    mutationFn: () =>
      request(
        '/plans/reminders/run',
        z.object({
          reminders: z.number(),
          escalations: z.number(),
          emails: z.number(),
          emailErrors: z.number(),
          markedLate: z.number(),
        }),
        { method: 'POST', body: {} },
      ),
  });
}
