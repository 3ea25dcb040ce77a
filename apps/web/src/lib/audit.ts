import { z } from 'zod';

// The shape of an audit entry (GET /api/audit items and GET /api/people/:id/audit), shared by the audit
// view and the person page.
export const AuditEntrySchema = z.object({
  id: z.number(),
  at: z.string(),
  userId: z.number().nullable().optional(),
  username: z.string().nullable().optional(),
  action: z.string(),
  entity: z.string(),
  entityId: z.union([z.number(), z.string()]).nullable().optional(),
  summary: z.string().nullable().optional(),
  before: z.unknown().optional(),
  after: z.unknown().optional(),
});
export type AuditEntry = z.infer<typeof AuditEntrySchema>;

export interface FieldChange {
  field: string;
  before: unknown;
  after: unknown;
  changed: boolean;
}

function asRecord(v: unknown): Record<string, unknown> | null {
  return v && typeof v === 'object' && !Array.isArray(v) ? (v as Record<string, unknown>) : null;
}

/** Field-by-field comparison of `before` and `after`; changed fields first, then the rest in key order. */
export function diffEntry(entry: Pick<AuditEntry, 'before' | 'after'>): FieldChange[] {
  const b = asRecord(entry.before) ?? {};
  const a = asRecord(entry.after) ?? {};
  const keys = [...new Set([...Object.keys(b), ...Object.keys(a)])];
  const rows = keys.map((field) => {
    const before = b[field];
    const after = a[field];
    return { field, before, after, changed: JSON.stringify(before) !== JSON.stringify(after) };
  });
  return [...rows.filter((r) => r.changed), ...rows.filter((r) => !r.changed)];
}
