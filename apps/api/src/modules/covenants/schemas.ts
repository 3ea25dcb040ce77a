import { z } from 'zod';
import { isoDate, optionalText } from '../../http/schemas.ts';

export const COVENANT_STATUSES = ['draft', 'signed', 'superseded'] as const;
const year = z.coerce
  .number()
  .int()
  .min(1945, { message: 'Năm không hợp lệ.' })
  .max(2200, { message: 'Năm không hợp lệ.' });

const CovenantBase = z.object({
  agencyId: z.number().int().positive().optional(),
  /** The cluster/block the covenant is signed in; absent for a covenant inside the agency. */
  groupId: z.number().int().positive().nullable().optional(),
  year,
  title: z.string().trim().min(1, { message: 'Tên giao ước không được để trống.' }).max(1000),
  content: z.string().trim().max(100000).default(''),
  status: z.enum(COVENANT_STATUSES).default('draft'),
  signedOn: isoDate('Ngày ký').nullable().optional(),
  placeName: optionalText('Nơi ký', 200),
  signatories: z
    .array(
      z.object({
        unitId: z.number().int().positive().nullable().optional(),
        agencyId: z.number().int().positive().nullable().optional(),
        signerName: optionalText('Người ký', 200),
        signerTitle: optionalText('Chức vụ', 200),
        signed: z.boolean().default(false),
      }),
    )
    .default([]),
});
type Base = z.infer<typeof CovenantBase>;
function check(v: Base, ctx: z.RefinementCtx): void {
  if (v.status === 'signed' && !v.signedOn)
    ctx.addIssue({ code: 'custom', path: ['signedOn'], message: 'Giao ước đã ký cần ngày ký.' });
  v.signatories.forEach((s, i) => {
    if (!s.unitId === !s.agencyId)
      ctx.addIssue({
        code: 'custom',
        path: ['signatories', i, 'unitId'],
        message: 'Mỗi bên ký là một đơn vị hoặc một cơ quan.',
      });
  });
}
export const CovenantInput = CovenantBase.superRefine(check);
export type CovenantInputT = z.infer<typeof CovenantInput>;
export const CovenantUpdate = CovenantBase.extend({ version: z.number().int() }).superRefine(check);
export const CovenantListQuery = z.object({ year: year.optional() });
