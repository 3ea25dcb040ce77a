import { useQuery } from '@tanstack/react-query';
import { z } from 'zod';
import { request } from '../../../lib/api.ts';
import { AuditEntrySchema, type AuditEntry } from '../../../lib/audit.ts';

// GET /api/people/:id/audit → the audit entries of that person (newest first). Accepts a bare array or
// a page object, whichever the server sends.
const ResponseSchema = z.union([
  z.array(AuditEntrySchema),
  z.object({ items: z.array(AuditEntrySchema) }).loose(),
]);

export async function fetchPersonAudit(id: number): Promise<AuditEntry[]> {
  const res = await request(`/people/${id}/audit`, ResponseSchema);
  return Array.isArray(res) ? res : res.items;
}

export function usePersonAudit(id: number | null) {
  return useQuery({
    queryKey: ['people', 'audit', id ?? 0],
    queryFn: () => fetchPersonAudit(id as number),
    enabled: id !== null,
  });
}
