import { z } from 'zod';
import { isoDate, optionalText } from '../../http/schemas.ts';

export const TASK_STATUSES = ['not-started', 'in-progress', 'done', 'late', 'cancelled'] as const;
export const DEADLINE_KINDS = [
  'before',
  'on',
  'month',
  'months',
  'regularly',
  'per-higher-plan',
  'other',
] as const;
export const PLAN_STATUSES = ['draft', 'issued', 'closed'] as const;

const yearMonth = (label: string) =>
  z
    .string({ error: `${label} không hợp lệ.` })
    .regex(/^\d{4}-(0[1-9]|1[0-2])$/, { message: `${label} phải có dạng tháng/năm.` });

export const PlansQuery = z.object({
  agencyId: z.coerce.number().int().positive().optional(),
  year: z.coerce.number().int().min(1945).max(2200).optional(),
});

const Section = z.object({
  heading: z.string().trim().max(300, { message: 'Tiêu đề mục không được dài quá 300 ký tự.' }),
  body: z.string().max(50_000, { message: 'Nội dung mục quá dài.' }).default(''),
});

const PlanFields = {
  year: z
    .number({ error: 'Hãy nhập năm của kế hoạch.' })
    .int()
    .min(1945, { message: 'Năm không hợp lệ.' })
    .max(2200, { message: 'Năm không hợp lệ.' }),
  title: z
    .string({ error: 'Trích yếu không được để trống.' })
    .trim()
    .min(1, { message: 'Trích yếu không được để trống.' })
    .max(500, { message: 'Trích yếu không được dài quá 500 ký tự.' }),
  number: optionalText('Số văn bản', 20),
  symbol: optionalText('Ký hiệu', 40),
  placeName: optionalText('Địa danh', 100),
  issuedOn: isoDate('Ngày ban hành').nullable().optional(),
  legalBasis: optionalText('Căn cứ', 20_000),
  signerLine: optionalText('Quyền hạn ký', 100),
  signerTitle: optionalText('Chức vụ người ký', 100),
  signerName: optionalText('Người ký', 100),
  recipients: z.array(z.string().trim().min(1).max(300)).max(50).optional(),
  /** Prose sections in order; a section with an empty heading is the closing paragraph ("Trên đây là …"). */
  sections: z.array(Section).max(30).optional(),
};

export const PlanCreate = z
  .object({ agencyId: z.number({ error: 'Hãy chọn cơ quan.' }).int().positive(), ...PlanFields })
  .meta({ id: 'PlanCreate' });
export const PlanUpdate = z
  .object({
    ...PlanFields,
    status: z.enum(PLAN_STATUSES, { error: 'Trạng thái kế hoạch không hợp lệ.' }).optional(),
    version: z.number({ error: 'Thiếu phiên bản (version) của bản ghi.' }).int(),
  })
  .meta({ id: 'PlanUpdate' });

const idList = z.array(z.number().int().positive()).max(50).default([]);
const labelList = z.array(z.string().trim().min(1).max(300)).max(20).default([]);

/** A deadline in one of the seed shapes; the fields a shape does not use are ignored. */
export const DeadlineInput = z
  .object({
    kind: z.enum(DEADLINE_KINDS, { error: 'Loại thời hạn không hợp lệ.' }),
    on: isoDate('Ngày hạn').nullable().optional(),
    month: yearMonth('Tháng hạn').nullable().optional(),
    monthTo: yearMonth('Tháng kết thúc').nullable().optional(),
    text: optionalText('Thời hạn', 300),
  })
  .superRefine((d, ctx) => {
    if ((d.kind === 'before' || d.kind === 'on') && !d.on)
      ctx.addIssue({ code: 'custom', path: ['on'], message: 'Hãy chọn ngày hạn.' });
    if ((d.kind === 'month' || d.kind === 'months') && !d.month)
      ctx.addIssue({ code: 'custom', path: ['month'], message: 'Hãy chọn tháng hạn.' });
    if (d.kind === 'months' && (!d.monthTo || (d.month && d.monthTo < d.month)))
      ctx.addIssue({
        code: 'custom',
        path: ['monthTo'],
        message: 'Tháng kết thúc phải từ tháng bắt đầu trở đi.',
      });
    if (d.kind === 'other' && !d.text)
      ctx.addIssue({ code: 'custom', path: ['text'], message: 'Hãy ghi thời hạn.' });
  })
  .meta({ id: 'DeadlineInput' });

export const TaskInput = z
  .object({
    quarter: z
      .number()
      .int()
      .min(1, { message: 'Quý phải từ 1 đến 4.' })
      .max(4, { message: 'Quý phải từ 1 đến 4.' })
      .nullable(),
    number: optionalText('Số thứ tự', 20),
    content: z
      .string({ error: 'Nội dung nhiệm vụ không được để trống.' })
      .trim()
      .min(1, { message: 'Nội dung nhiệm vụ không được để trống.' })
      .max(5000, { message: 'Nội dung nhiệm vụ quá dài.' }),
    leadUnitIds: idList,
    leadLabels: labelList,
    coordinatingUnitIds: idList,
    coordinatingLabels: labelList,
    deadline: DeadlineInput,
    status: z.enum(TASK_STATUSES, { error: 'Trạng thái không hợp lệ.' }).optional(),
    evidence: optionalText('Kết quả, minh chứng', 10_000),
    note: optionalText('Ghi chú', 2000),
  })
  .meta({ id: 'TaskInput' });
export const TaskUpdate = TaskInput.extend({
  version: z.number({ error: 'Thiếu phiên bản (version) của bản ghi.' }).int(),
}).meta({ id: 'TaskUpdate' });

/** What a lead unit's head reports: status, evidence, note. */
export const TaskProgress = z
  .object({
    status: z.enum(['not-started', 'in-progress', 'done'], { error: 'Trạng thái không hợp lệ.' }),
    evidence: optionalText('Kết quả, minh chứng', 10_000),
    note: optionalText('Ghi chú', 2000),
    doneOn: isoDate('Ngày hoàn thành').nullable().optional(),
    version: z.number({ error: 'Thiếu phiên bản (version) của bản ghi.' }).int(),
  })
  .meta({ id: 'TaskProgress' });

export const TasksQuery = z.object({
  quarter: z.coerce.number().int().min(1).max(4).optional(),
  status: z.enum(TASK_STATUSES).optional(),
  q: z.string().trim().max(100).optional(),
  /** Only overdue or due-soon tasks. */
  flag: z.enum(['overdue', 'due-soon']).optional(),
});

export const MyDeadlinesQuery = z.object({
  year: z.coerce.number().int().min(1945).max(2200).optional(),
  includeDone: z
    .enum(['true', 'false'])
    .transform((v) => v === 'true')
    .optional(),
});

export const TaskFileParams = z.object({
  id: z.coerce.number().int().positive(),
  fileId: z.coerce.number().int().positive(),
});

export const ReminderSettings = z
  .object({
    reminderDays: z
      .number({ error: 'Số ngày nhắc trước hạn không hợp lệ.' })
      .int()
      .min(0, { message: 'Số ngày nhắc trước hạn phải từ 0 đến 60.' })
      .max(60, { message: 'Số ngày nhắc trước hạn phải từ 0 đến 60.' }),
    smtp: z
      .object({
        host: z.string().trim().min(1, { message: 'Hãy nhập máy chủ SMTP.' }).max(200),
        port: z.number().int().min(1).max(65535),
        from: z.email({ message: 'Địa chỉ gửi thư không hợp lệ.' }),
        secure: z.boolean().default(false),
      })
      .nullable(),
  })
  .meta({ id: 'ReminderSettings' });

export const AgencyQuery = z.object({ agencyId: z.coerce.number().int().positive().optional() });
export const SweepRequest = z
  .object({ agencyId: z.number().int().positive().optional() })
  .meta({ id: 'SweepRequest' });
