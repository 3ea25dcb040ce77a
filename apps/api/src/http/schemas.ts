// Schemas shared by the resource modules (zod; they also produce the OpenAPI document).
import { z } from 'zod';
import { parseDateVi } from '../../../../packages/domain/src/text/vietnamese.ts';

export const ErrorBody = z
  .object({
    code: z.string(),
    message: z.string(),
    path: z.string().nullable(),
    details: z.array(z.object({ path: z.string(), message: z.string() })).optional(),
  })
  .meta({ id: 'Error' });

export const IdParams = z.object({ id: z.coerce.number().int().positive() });

export const PageQuery = z.object({
  page: z.coerce.number().int().min(1).default(1),
  pageSize: z.coerce.number().int().min(1).max(500).default(50),
});

export function paged<T extends z.ZodType>(item: T) {
  return z.object({
    items: z.array(item),
    total: z.number().int(),
    page: z.number().int(),
    pageSize: z.number().int(),
  });
}

/** 'true' | 'false' in a query string. */
export const QueryBool = z.enum(['true', 'false']).transform((v) => v === 'true');

function isRealIsoDate(s: string): boolean {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(s);
  return m !== null && parseDateVi(`${m[3]}/${m[2]}/${m[1]}`) === s;
}

/** A 'YYYY-MM-DD' calendar date that exists; the message names the field. */
export function isoDate(label: string) {
  return z
    .string({ error: `${label} không hợp lệ.` })
    .refine(isRealIsoDate, { message: `${label} không hợp lệ.` });
}

/** Optional text: trimmed; empty becomes null. */
export function optionalText(label: string, max: number) {
  return z
    .string()
    .trim()
    .max(max, { message: `${label} không được dài quá ${max} ký tự.` })
    .transform((s) => (s === '' ? null : s))
    .nullable()
    .optional();
}

export const NoContent = z.undefined().describe('Không có nội dung');

export function pageOffset(q: { page: number; pageSize: number }): { offset: number; limit: number } {
  return { offset: (q.page - 1) * q.pageSize, limit: q.pageSize };
}
