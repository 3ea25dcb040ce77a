import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { z } from 'zod';
import { download, request } from '../../../lib/api.ts';
import { PlanDetailSchema, PlanSchema, type PlanInput } from './plan-schema.ts';

// GET /api/plans?year= → plans of the user's agency (newest year first).
export function usePlans(year: number | undefined) {
  return useQuery({
    queryKey: ['plans', 'list', year ?? null],
    queryFn: () => request('/plans', z.array(PlanSchema), { query: { year } }),
    placeholderData: keepPreviousData,
  });
}

// GET /api/plans/:id → header fields and sections.
export function usePlan(id: number) {
  return useQuery({
    queryKey: ['plans', 'detail', id],
    queryFn: () => request(`/plans/${id}`, PlanDetailSchema),
  });
}

// POST /api/plans → 201 PlanDetail.
export function useCreatePlan() {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: (input: PlanInput & { agencyId: number }) =>
      request('/plans', PlanDetailSchema, { method: 'POST', body: input }),
    onSuccess: () => qc.invalidateQueries({ queryKey: ['plans'] }),
  });
}

// PUT /api/plans/:id (optimistic version) → PlanDetail.
export function useUpdatePlan(id: number) {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: (input: PlanInput & { status?: string; version: number }) =>
      request(`/plans/${id}`, PlanDetailSchema, { method: 'PUT', body: input }),
    onSuccess: () => qc.invalidateQueries({ queryKey: ['plans'] }),
  });
}

// POST /api/plans/:id/next-year → 201 the new year's plan (dates moved a year).
export function useNextYearPlan() {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: (id: number) =>
      request(`/plans/${id}/next-year`, PlanDetailSchema, { method: 'POST', body: {} }),
    onSuccess: () => qc.invalidateQueries({ queryKey: ['plans'] }),
  });
}

// GET /api/plans/:id/document.docx — the plan as a Word document (Decree 30/2020 layout).
// layout 'list': tasks as "1. Nhiệm vụ quý I / 1.1. …" (the 2023 plan's shape) instead of the table.
export function downloadPlanDocx(id: number, layout: 'table' | 'list' = 'table'): void {
  download(`/plans/${id}/document.docx`, { layout: layout === 'list' ? 'list' : undefined });
}

// GET /api/plans/:id/tasks/export.xlsx?quarter&status&q&flag — the filtered task list as Excel.
export function downloadTasksXlsx(id: number, filters: Record<string, string | number | undefined>): void {
  download(`/plans/${id}/tasks/export.xlsx`, filters);
}

// GET /api/plans/export.xlsx?year= — the list of plans as Excel.
export function downloadPlansXlsx(year: number | undefined): void {
  download('/plans/export.xlsx', { year });
}

const ReminderSettingsSchema = z.object({
  agencyId: z.number(),
  reminderDays: z.number(),
  smtp: z.object({ host: z.string(), port: z.number(), from: z.string(), secure: z.boolean() }).nullable(),
});
export type ReminderSettings = z.infer<typeof ReminderSettingsSchema>;

// GET/PUT /api/plans/reminder-settings — days before a deadline to remind, SMTP for emails (officers).
export function useReminderSettings(enabled: boolean) {
  return useQuery({
    queryKey: ['plans', 'reminder-settings'],
    queryFn: () => request('/plans/reminder-settings', ReminderSettingsSchema),
    enabled,
  });
}

export function useSaveReminderSettings() {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: (v: Omit<ReminderSettings, 'agencyId'>) =>
      request('/plans/reminder-settings', ReminderSettingsSchema, { method: 'PUT', body: v }),
    onSuccess: () => qc.invalidateQueries({ queryKey: ['plans'] }),
  });
}
