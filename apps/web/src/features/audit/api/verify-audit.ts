import { useMutation } from '@tanstack/react-query';
import { z } from 'zod';
import { request } from '../../../lib/api.ts';

// GET /api/audit/verify (admin) → { ok, checked, firstBrokenId, message }. A mutation because it is an
// explicit, possibly slow action the user starts, not data the page keeps fresh.
const VerifySchema = z.object({
  ok: z.boolean(),
  checked: z.number(),
  firstBrokenId: z.number().nullable(),
  message: z.string(),
});
export type AuditVerification = z.infer<typeof VerifySchema>;

export function verifyAudit(): Promise<AuditVerification> {
  return request('/audit/verify', VerifySchema);
}

export function useVerifyAudit() {
  return useMutation({ mutationFn: verifyAudit });
}
