import { z } from 'zod';
import { isoDate, optionalText } from '../../http/schemas.ts';

export const INITIATIVE_FIELDS = ['ky-thuat', 'quan-ly', 'tac-nghiep', 'ung-dung-tien-bo', 'khac'] as const;
export const INITIATIVE_STATUSES = [
  'draft',
  'registered',
  'under-review',
  'recognized',
  'rejected',
  'withdrawn',
] as const;
export const SCOPES = ['co-so', 'cap-tinh', 'toan-quoc'] as const;
export const MEMBER_ROLES = ['chair', 'vice-chair', 'standing', 'secretary', 'member'] as const;

const year = z.coerce
  .number()
  .int()
  .min(1945, { message: 'Năm không hợp lệ.' })
  .max(2200, { message: 'Năm không hợp lệ.' });

export const InitiativeInput = z.object({
  year,
  title: z.string().trim().min(1, { message: 'Tên sáng kiến không được để trống.' }).max(1000),
  unitId: z.number().int().positive().nullable().optional(),
  field: z.enum(INITIATIVE_FIELDS),
  summary: optionalText('Tóm tắt', 20000),
  application: optionalText('Phạm vi áp dụng', 20000),
  results: optionalText('Kết quả', 20000),
  benefits: optionalText('Lợi ích', 20000),
  authors: z
    .array(
      z.object({
        personId: z.number().int().positive(),
        share: z.number().gt(0, { message: 'Tỷ lệ đóng góp phải lớn hơn 0.' }).max(100),
      }),
    )
    .min(1, { message: 'Sáng kiến phải có ít nhất một tác giả.' }),
  /** Register now (registered on today) rather than keep a draft. */
  submit: z.boolean().optional(),
});
export type InitiativeInputT = z.infer<typeof InitiativeInput>;
export const InitiativeUpdate = InitiativeInput.extend({ version: z.number().int() });

export const InitiativeListQuery = z.object({
  agencyId: z.coerce.number().int().positive().optional(),
  year: year.optional(),
  status: z.enum(INITIATIVE_STATUSES).optional(),
  sessionId: z.coerce.number().int().positive().optional(),
});

export const CouncilInput = z.object({
  agencyId: z.number().int().positive().optional(),
  name: z.string().trim().min(1, { message: 'Tên hội đồng không được để trống.' }).max(500),
  establishedBy: optionalText('Quyết định thành lập', 500),
  fromDate: isoDate('Ngày thành lập').nullable().optional(),
  members: z
    .array(
      z.object({
        personId: z.number().int().positive(),
        userId: z.number().int().positive().nullable().optional(),
        role: z.enum(MEMBER_ROLES),
        title: optionalText('Chức danh', 300),
      }),
    )
    .min(1, { message: 'Hội đồng phải có ít nhất một thành viên.' }),
});

export const CriteriaInput = z.object({
  year,
  criteria: z
    .array(
      z.object({
        name: z.string().trim().min(1, { message: 'Tên tiêu chí không được để trống.' }).max(500),
        maxPoints: z.number().gt(0, { message: 'Điểm tối đa phải lớn hơn 0.' }).max(1000),
      }),
    )
    .min(1, { message: 'Phải có ít nhất một tiêu chí.' }),
});

export const SessionInput = z.object({
  year,
  heldOn: isoDate('Ngày họp').nullable().optional(),
  place: optionalText('Địa điểm', 500),
});

export const ReviewInput = z.object({ sessionId: z.number().int().positive() });

export const RecusalInput = z.object({
  reason: z
    .string()
    .trim()
    .min(1, { message: 'Hãy ghi lý do xin không chấm (mối quan hệ với tác giả).' })
    .max(2000),
  /** The officer may record it for a member; a member recuses themselves without it. */
  memberId: z.number().int().positive().optional(),
});

export const ScoresInput = z.object({
  scores: z
    .array(
      z.object({
        criterionId: z.number().int().positive(),
        points: z.number(),
        comment: optionalText('Nhận xét', 2000),
      }),
    )
    .min(1),
});

export const ResultInput = z
  .object({
    recognized: z.boolean(),
    scope: z.enum(SCOPES).optional(),
    proposedScope: z.enum(['cap-tinh', 'toan-quoc']).nullable().optional(),
    recognizedOn: isoDate('Ngày công nhận').optional(),
    recognizedBy: optionalText('Cấp công nhận', 300),
    decisionRef: optionalText('Số quyết định', 300),
  })
  .refine((v) => !v.recognized || (v.scope && v.recognizedOn), {
    message: 'Sáng kiến được công nhận cần phạm vi và ngày công nhận.',
    path: ['scope'],
  });

export const MinutesInput = z.object({ minutes: optionalText('Biên bản', 50000) });
