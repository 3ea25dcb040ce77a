import { z } from 'zod';
import { isoDate, optionalText } from '../../http/schemas.ts';
import { AWARD_CODES } from '../registrations/schemas.ts';

export const LAUNCHERS = ['thu-tuong', 'bo', 'tinh', 'khoi-cum', 'co-quan', 'khac'] as const;
export const MOVEMENT_STATUSES = ['draft', 'active', 'closed'] as const;

const year = z.coerce
  .number()
  .int()
  .min(1945, { message: 'Năm không hợp lệ.' })
  .max(2200, { message: 'Năm không hợp lệ.' });

/** The launch document's own text (seed 002): stored as JSON on the movement (migration 0004). */
export const LaunchInput = z.object({
  number: optionalText('Số văn bản', 50),
  issuedOn: isoDate('Ngày ban hành').nullable().optional(),
  preamble: optionalText('Căn cứ', 20000),
  purpose: optionalText('Mục đích, yêu cầu', 50000),
  contents: optionalText('Nội dung các phong trào thi đua', 100000),
  implementation: optionalText('Tổ chức thực hiện', 50000),
  closing: optionalText('Câu kết', 2000),
  signerAuthority: z.array(z.string().trim().min(1).max(200)).max(3).optional(),
  signerName: optionalText('Người ký', 200),
  recipients: z.array(z.string().trim().min(1).max(300)).max(40).optional(),
});
export type LaunchInputT = z.infer<typeof LaunchInput>;

const MovementBase = z.object({
  agencyId: z.number().int().positive().optional(),
  launchedBy: z.enum(LAUNCHERS),
  launcherName: optionalText('Cấp phát động', 500),
  kind: z.enum(['thuong-xuyen', 'chuyen-de']).default('thuong-xuyen'),
  name: z.string().trim().min(1, { message: 'Tên phong trào không được để trống.' }).max(1000),
  theme: optionalText('Chủ đề', 1000),
  slogan: optionalText('Khẩu hiệu', 1000),
  year,
  fromDate: isoDate('Từ ngày').nullable().optional(),
  toDate: isoDate('Đến ngày').nullable().optional(),
  decisionRef: optionalText('Văn bản phát động', 1000),
  decisionOn: isoDate('Ngày văn bản').nullable().optional(),
  status: z.enum(MOVEMENT_STATUSES).default('active'),
  description: optionalText('Mô tả', 20000),
  phases: z
    .array(
      z.object({
        name: z.string().trim().min(1, { message: 'Tên đợt không được để trống.' }).max(300),
        fromDate: isoDate('Từ ngày'),
        toDate: isoDate('Đến ngày'),
        description: optionalText('Nội dung đợt', 5000),
      }),
    )
    .default([]),
  targets: z
    .array(
      z.object({
        kind: z.enum(['quantitative', 'qualitative']),
        content: z.string().trim().min(1, { message: 'Nội dung chỉ tiêu không được để trống.' }).max(5000),
        targetValue: z.number().nullable().optional(),
        unit: optionalText('Đơn vị tính', 100),
        comparison: z.enum(['at-least', 'at-most', 'exactly']).nullable().optional(),
        titleCode: z.enum(AWARD_CODES).nullable().optional(),
      }),
    )
    .default([]),
  rewards: z
    .array(
      z.object({
        code: z.enum(AWARD_CODES),
        otherName: optionalText('Tên hình thức', 300),
        note: optionalText('Ghi chú', 1000),
      }),
    )
    .default([]),
  participantUnitIds: z.array(z.number().int().positive()).default([]),
  participantAgencyIds: z.array(z.number().int().positive()).default([]),
  launch: LaunchInput.nullable().optional(),
});

type MovementBaseT = z.infer<typeof MovementBase>;
function checkMovement(v: MovementBaseT, ctx: z.RefinementCtx): void {
  if (v.fromDate && v.toDate && v.toDate < v.fromDate)
    ctx.addIssue({ code: 'custom', path: ['toDate'], message: 'Đến ngày không được trước từ ngày.' });
  v.phases.forEach((p, i) => {
    if (p.toDate < p.fromDate)
      ctx.addIssue({
        code: 'custom',
        path: ['phases', i, 'toDate'],
        message: 'Ngày kết thúc đợt không được trước ngày bắt đầu.',
      });
  });
  v.targets.forEach((t, i) => {
    if (t.kind === 'quantitative' && (t.targetValue === null || t.targetValue === undefined))
      ctx.addIssue({
        code: 'custom',
        path: ['targets', i, 'targetValue'],
        message: 'Chỉ tiêu định lượng cần giá trị.',
      });
  });
  v.rewards.forEach((r, i) => {
    if (r.code === 'khac' && !r.otherName)
      ctx.addIssue({
        code: 'custom',
        path: ['rewards', i, 'otherName'],
        message: 'Hãy ghi tên hình thức khác.',
      });
  });
}
export const MovementInput = MovementBase.superRefine(checkMovement);
export type MovementInputT = z.infer<typeof MovementInput>;
export const MovementUpdate = MovementBase.extend({ version: z.number().int() }).superRefine(checkMovement);

export const MovementListQuery = z.object({
  year: year.optional(),
  status: z.enum(MOVEMENT_STATUSES).optional(),
});

/** "220/220 xã" → numerator 220, denominator 220, unit 'xã'; "0 trường hợp vi phạm" → value 0. */
export const ResultInput = z
  .object({
    phaseId: z.number().int().positive().nullable().optional(),
    targetId: z.number().int().positive().nullable().optional(),
    unitId: z.number().int().positive().nullable().optional(),
    reportedOn: isoDate('Ngày báo cáo'),
    content: z.string().trim().min(1, { message: 'Nội dung kết quả không được để trống.' }).max(5000),
    value: z.number().nullable().optional(),
    numerator: z.number().nullable().optional(),
    denominator: z.number().positive({ message: 'Mẫu số phải lớn hơn 0.' }).nullable().optional(),
    unit: optionalText('Đơn vị tính', 100),
    text: optionalText('Diễn giải', 5000),
  })
  .refine(
    (v) =>
      (v.numerator === null || v.numerator === undefined) ===
      (v.denominator === null || v.denominator === undefined),
    {
      message: 'Ghi cả tử số và mẫu số (ví dụ 220/220).',
      path: ['denominator'],
    },
  );
