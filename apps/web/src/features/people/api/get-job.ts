import { useQuery } from '@tanstack/react-query';
import { z } from 'zod';
import { request } from '../../../lib/api.ts';

// GET /api/jobs/:id → { id, kind, status, progress, total, message, result }, polled while it runs.
export const ImportErrorSchema = z.object({
  row: z.number().nullable().optional(),
  column: z.string().nullable().optional(),
  columnName: z.string().nullable().optional(),
  message: z.string(),
});
export type ImportError = z.infer<typeof ImportErrorSchema>;

export const JobSchema = z.object({
  id: z.union([z.number(), z.string()]),
  kind: z.string(),
  status: z.enum(['queued', 'running', 'succeeded', 'failed']),
  progress: z.number().nullable().optional(),
  total: z.number().nullable().optional(),
  message: z.string().nullable().optional(),
  result: z.unknown().optional(),
});
export type Job = z.infer<typeof JobSchema>;

const FailedResultSchema = z.object({ errors: z.array(ImportErrorSchema) });
const SucceededResultSchema = z.object({ created: z.number(), updated: z.number() });

export function importErrors(job: Job): ImportError[] {
  const r = FailedResultSchema.safeParse(job.result);
  return r.success ? r.data.errors : [];
}

export function importCounts(job: Job): { created: number; updated: number } | null {
  const r = SucceededResultSchema.safeParse(job.result);
  return r.success ? r.data : null;
}

export function fetchJob(id: number | string): Promise<Job> {
  return request(`/jobs/${id}`, JobSchema);
}

export function useJob(id: number | string | null) {
  return useQuery({
    queryKey: ['jobs', id],
    queryFn: () => fetchJob(id as number | string),
    enabled: id !== null,
    refetchInterval: (q) => {
      const s = q.state.data?.status;
      return s === 'succeeded' || s === 'failed' ? false : 500;
    },
  });
}
