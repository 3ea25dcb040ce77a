import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { z } from 'zod';
import { request } from '../../../lib/api.ts';
import { AdminProcedureSchema } from './schemas.ts';

// GET/POST/PUT/DELETE /api/admin-procedures — administrative-procedure figures per period.
export function useAdminProcedures(agencyId: number | null, year: number) {
  return useQuery({
    queryKey: ['indicators', 'admin-procedures', agencyId, year],
    queryFn: ({ signal }) =>
      request('/admin-procedures', z.array(AdminProcedureSchema), { query: { agencyId, year }, signal }),
  });
}

export interface AdminProcedureInput {
  periodFrom: string;
  periodTo: string;
  received: number;
  resolved: number;
  onTime: number | null;
  late: number | null;
  online: number | null;
  note: string | null;
}

export function useSaveAdminProcedure() {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: (v: {
      id: number | null;
      agencyId: number | null;
      input: AdminProcedureInput;
      version?: number;
    }) =>
      v.id === null
        ? request('/admin-procedures', AdminProcedureSchema, {
            method: 'POST',
            body: { ...v.input, ...(v.agencyId ? { agencyId: v.agencyId } : {}) },
          })
        : request(`/admin-procedures/${v.id}`, AdminProcedureSchema, {
            method: 'PUT',
            body: { ...v.input, version: v.version },
          }),
    onSuccess: async () => {
      await qc.invalidateQueries({ queryKey: ['indicators', 'admin-procedures'] });
    },
  });
}

export function useDeleteAdminProcedure() {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: (v: { id: number; version: number }) =>
      request(`/admin-procedures/${v.id}`, null, { method: 'DELETE', body: { version: v.version } }),
    onSuccess: async () => {
      await qc.invalidateQueries({ queryKey: ['indicators', 'admin-procedures'] });
    },
  });
}
