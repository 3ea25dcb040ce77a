import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { z } from 'zod';
import { request, upload } from '../../../lib/api.ts';

// /api/covenants: list, create, attach the signed scan; /api/units for the signatories.
export const CovenantSchema = z.object({
  id: z.number(),
  groupName: z.string().nullable(),
  year: z.number(),
  title: z.string(),
  content: z.string(),
  status: z.enum(['draft', 'signed', 'superseded']),
  signedOn: z.string().nullable(),
  fileName: z.string().nullable(),
  signatories: z.array(
    z.object({ name: z.string(), signerName: z.string().nullable(), signed: z.boolean() }),
  ),
  version: z.number(),
});
export type Covenant = z.infer<typeof CovenantSchema>;

export function useCovenants(year: number) {
  return useQuery({
    queryKey: ['covenants', year],
    queryFn: () => request(`/covenants?year=${year}`, z.array(CovenantSchema)),
  });
}
export function useUnits() {
  return useQuery({
    queryKey: ['units', 'pick'],
    queryFn: () => request('/units', z.array(z.object({ id: z.number(), name: z.string() }))),
  });
}
export function useCreateCovenant() {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: (body: unknown) => request('/covenants', CovenantSchema, { method: 'POST', body }),
    onSuccess: () => qc.invalidateQueries({ queryKey: ['covenants'] }),
  });
}
export function useAttach() {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: (v: { id: number; file: File }) => {
      const form = new FormData();
      form.append('file', v.file);
      return upload(`/covenants/${v.id}/file`, form, CovenantSchema);
    },
    onSuccess: () => qc.invalidateQueries({ queryKey: ['covenants'] }),
  });
}
