import { z } from 'zod';

// Shapes of /api/plans* as the server presents them (apps/api/src/modules/plans/presenter.ts).

export const TASK_STATUS_LABELS: Record<string, string> = {
  'not-started': 'Chưa thực hiện',
  'in-progress': 'Đang thực hiện',
  done: 'Hoàn thành',
  late: 'Trễ hạn',
  cancelled: 'Huỷ',
};
export const TASK_STATUS_COLORS: Record<string, string> = {
  'not-started': 'default',
  'in-progress': 'processing',
  done: 'success',
  late: 'error',
  cancelled: 'default',
};
export const PLAN_STATUS_LABELS: Record<string, string> = {
  draft: 'Dự thảo',
  issued: 'Đã ban hành',
  closed: 'Đã kết thúc',
};

export const DEADLINE_KIND_LABELS: Record<string, string> = {
  before: 'Trước ngày',
  on: 'Vào ngày',
  month: 'Trong tháng',
  months: 'Trong các tháng',
  regularly: 'Thường xuyên',
  'per-higher-plan': 'Theo kế hoạch của Khối/cấp trên',
  other: 'Khác (ghi rõ)',
};

export const QUARTER_LABELS: Record<string, string> = {
  '1': 'Quý I',
  '2': 'Quý II',
  '3': 'Quý III',
  '4': 'Quý IV',
  null: 'Cả năm',
};

export const PlanSchema = z.object({
  id: z.number(),
  agencyId: z.number(),
  agencyName: z.string(),
  year: z.number(),
  title: z.string(),
  status: z.string(),
  copiedFromId: z.number().nullable(),
  number: z.string().nullable(),
  symbol: z.string().nullable(),
  placeName: z.string().nullable(),
  issuedOn: z.string().nullable(),
  legalBasis: z.string().nullable(),
  signerLine: z.string().nullable(),
  signerTitle: z.string().nullable(),
  signerName: z.string().nullable(),
  recipients: z.array(z.string()),
  taskCount: z.number(),
  doneCount: z.number(),
  version: z.number(),
});
export type Plan = z.infer<typeof PlanSchema>;

export const PlanDetailSchema = PlanSchema.extend({
  sections: z.array(z.object({ heading: z.string(), body: z.string() })),
});
export type PlanDetail = z.infer<typeof PlanDetailSchema>;

const UnitRef = z.object({ unitId: z.number().nullable(), name: z.string() });

export const TaskSchema = z.object({
  id: z.number(),
  planId: z.number(),
  planYear: z.number(),
  planTitle: z.string(),
  quarter: z.number().nullable(),
  number: z.string().nullable(),
  position: z.number(),
  content: z.string(),
  deadline: z.object({
    kind: z.string(),
    on: z.string().nullable(),
    month: z.string().nullable(),
    monthTo: z.string().nullable(),
    text: z.string().nullable(),
  }),
  deadlineText: z.string(),
  dueOn: z.string().nullable(),
  status: z.string(),
  effectiveStatus: z.string(),
  overdue: z.boolean(),
  dueSoon: z.boolean(),
  daysLeft: z.number().nullable(),
  doneOn: z.string().nullable(),
  evidence: z.string().nullable(),
  note: z.string().nullable(),
  leadUnits: z.array(UnitRef),
  coordinatingUnits: z.array(UnitRef),
  files: z.array(z.object({ id: z.number(), name: z.string(), mime: z.string(), size: z.number() })),
  canUpdate: z.boolean(),
  version: z.number(),
});
export type Task = z.infer<typeof TaskSchema>;

export interface PlanInput {
  year: number;
  title: string;
  number?: string | null;
  symbol?: string | null;
  placeName?: string | null;
  issuedOn?: string | null;
  legalBasis?: string | null;
  signerLine?: string | null;
  signerTitle?: string | null;
  signerName?: string | null;
  recipients?: string[];
  sections?: { heading: string; body: string }[];
}

export interface TaskInput {
  quarter: number | null;
  number?: string | null;
  content: string;
  leadUnitIds: number[];
  leadLabels: string[];
  coordinatingUnitIds: number[];
  coordinatingLabels: string[];
  deadline: {
    kind: string;
    on?: string | null;
    month?: string | null;
    monthTo?: string | null;
    text?: string | null;
  };
  status?: string;
  evidence?: string | null;
  note?: string | null;
}
