// Plans and tasks as JSON (the only path from rows to the API), and the columns of the task list export.
import { z } from 'zod';
import type {
  PlanRecord,
  SectionRecord,
  TaskRecord,
} from '../../../../../packages/db/src/repositories/plans.ts';
import type { ExportColumn } from '../../../../../packages/spreadsheets/src/list-export.ts';
import { deadlineText } from '../../../../../packages/documents/src/format.ts';
import { DEADLINE_KINDS, PLAN_STATUSES, TASK_STATUSES } from './schemas.ts';
import { planDeadline, taskFlags } from './deadlines.ts';

export const TASK_STATUS_LABELS: Record<(typeof TASK_STATUSES)[number], string> = {
  'not-started': 'Chưa thực hiện',
  'in-progress': 'Đang thực hiện',
  done: 'Hoàn thành',
  late: 'Trễ hạn',
  cancelled: 'Huỷ',
};

export const PlanSchema = z
  .object({
    id: z.number().int(),
    agencyId: z.number().int(),
    agencyName: z.string(),
    year: z.number().int(),
    title: z.string(),
    status: z.enum(PLAN_STATUSES),
    copiedFromId: z.number().int().nullable(),
    number: z.string().nullable(),
    symbol: z.string().nullable(),
    placeName: z.string().nullable(),
    issuedOn: z.string().nullable(),
    legalBasis: z.string().nullable(),
    signerLine: z.string().nullable(),
    signerTitle: z.string().nullable(),
    signerName: z.string().nullable(),
    recipients: z.array(z.string()),
    taskCount: z.number().int(),
    doneCount: z.number().int(),
    version: z.number().int(),
  })
  .meta({ id: 'Plan' });

export const PlanDetailSchema = PlanSchema.extend({
  sections: z.array(z.object({ heading: z.string(), body: z.string() })),
}).meta({ id: 'PlanDetail' });

const recipientsOf = (v: unknown): string[] =>
  Array.isArray(v) ? v.filter((x): x is string => typeof x === 'string') : [];

export function presentPlan(p: PlanRecord): z.infer<typeof PlanSchema> {
  return {
    id: p.id,
    agencyId: p.agency_id,
    agencyName: p.agency_name,
    year: p.year,
    title: p.title,
    status: p.status,
    copiedFromId: p.copied_from_id,
    number: p.number,
    symbol: p.symbol,
    placeName: p.place_name,
    issuedOn: p.issued_on,
    legalBasis: p.legal_basis,
    signerLine: p.signer_line,
    signerTitle: p.signer_title,
    signerName: p.signer_name,
    recipients: recipientsOf(p.recipients),
    taskCount: p.task_count,
    doneCount: p.done_count,
    version: p.version,
  };
}

export function presentPlanDetail(
  p: PlanRecord,
  sections: SectionRecord[],
): z.infer<typeof PlanDetailSchema> {
  return { ...presentPlan(p), sections: sections.map((s) => ({ heading: s.heading, body: s.body })) };
}

const UnitRef = z.object({ unitId: z.number().int().nullable(), name: z.string() });

export const TaskSchema = z
  .object({
    id: z.number().int(),
    planId: z.number().int(),
    planYear: z.number().int(),
    planTitle: z.string(),
    quarter: z.number().int().nullable(),
    number: z.string().nullable(),
    position: z.number().int(),
    content: z.string(),
    deadline: z.object({
      kind: z.enum(DEADLINE_KINDS),
      on: z.string().nullable(),
      month: z.string().nullable(),
      monthTo: z.string().nullable(),
      text: z.string().nullable(),
    }),
    /** As printed: "Trước ngày 28/02/2024", "Tháng 12/2024", "Thường xuyên", "Theo Kế hoạch của Khối". */
    deadlineText: z.string(),
    dueOn: z.string().nullable(),
    status: z.enum(TASK_STATUSES),
    effectiveStatus: z.enum(TASK_STATUSES),
    overdue: z.boolean(),
    dueSoon: z.boolean(),
    daysLeft: z.number().int().nullable(),
    doneOn: z.string().nullable(),
    evidence: z.string().nullable(),
    note: z.string().nullable(),
    leadUnits: z.array(UnitRef),
    coordinatingUnits: z.array(UnitRef),
    files: z.array(
      z.object({ id: z.number().int(), name: z.string(), mime: z.string(), size: z.number().int() }),
    ),
    /** Whether the signed-in user may report progress on it (officer of the agency or head of a lead unit). */
    canUpdate: z.boolean(),
    version: z.number().int(),
  })
  .meta({ id: 'PlanTask' });
export type TaskJson = z.infer<typeof TaskSchema>;

export interface TaskView {
  today: string;
  soonDays: number;
  canUpdate: (t: TaskRecord) => boolean;
}

const ym = (d: string | null): string | null => (d ? d.slice(0, 7) : null);

export function unitNames(t: TaskRecord, role: 'lead' | 'coordinate'): string[] {
  return t.units.filter((u) => u.role === role).map((u) => u.unit_name ?? u.label ?? '');
}

export function presentTask(t: TaskRecord, view: TaskView): TaskJson {
  const flags = taskFlags(t, view.today, view.soonDays);
  const refs = (role: 'lead' | 'coordinate') =>
    t.units
      .filter((u) => u.role === role)
      .map((u) => ({ unitId: u.unit_id, name: u.unit_name ?? u.label ?? '' }));
  return {
    id: t.id,
    planId: t.plan_id,
    planYear: t.plan_year,
    planTitle: t.plan_title,
    quarter: t.quarter,
    number: t.number,
    position: t.position,
    content: t.content,
    deadline: {
      kind: t.deadline_kind,
      on: t.deadline_on,
      month: ym(t.deadline_month),
      monthTo: ym(t.deadline_month_to),
      text: t.deadline_text,
    },
    deadlineText: deadlineText(planDeadline(t)),
    dueOn: t.due_on,
    status: t.status,
    effectiveStatus: flags.effectiveStatus,
    overdue: flags.overdue,
    dueSoon: flags.dueSoon,
    daysLeft: flags.daysLeft,
    doneOn: t.done_on,
    evidence: t.evidence,
    note: t.note,
    leadUnits: refs('lead'),
    coordinatingUnits: refs('coordinate'),
    files: t.files.map((f) => ({ id: f.file_id, name: f.name, mime: f.mime, size: f.size })),
    canUpdate: view.canUpdate(t),
    version: t.version,
  };
}

export const TaskViewsSchema = z
  .object({
    quarters: z.array(z.object({ quarter: z.number().int().nullable(), taskIds: z.array(z.number().int()) })),
    months: z.array(z.object({ month: z.string(), taskIds: z.array(z.number().int()) })),
    timeline: z.array(z.object({ taskId: z.number().int(), start: z.string(), end: z.string() })),
    undated: z.array(z.number().int()),
  })
  .meta({ id: 'PlanTaskViews' });

export const PLAN_STATUS_LABELS: Record<(typeof PLAN_STATUSES)[number], string> = {
  draft: 'Dự thảo',
  issued: 'Đã ban hành',
  closed: 'Đã kết thúc',
};

export const PLAN_EXPORT_COLUMNS: ExportColumn<PlanRecord>[] = [
  { header: 'Năm', width: 8, type: 'number', value: (p) => p.year },
  { header: 'Trích yếu', width: 50, value: (p) => p.title },
  { header: 'Số, ký hiệu', width: 16, value: (p) => (p.symbol ? `${p.number ?? '…'}/${p.symbol}` : null) },
  { header: 'Ngày ban hành', width: 14, type: 'date', value: (p) => p.issued_on },
  { header: 'Người ký', width: 24, value: (p) => p.signer_name },
  { header: 'Số nhiệm vụ', width: 12, type: 'number', value: (p) => p.task_count },
  { header: 'Đã hoàn thành', width: 14, type: 'number', value: (p) => p.done_count },
  { header: 'Trạng thái', width: 14, value: (p) => PLAN_STATUS_LABELS[p.status] },
];

export function exportColumns(view: { today: string; soonDays: number }): ExportColumn<TaskRecord>[] {
  return [
    { header: 'Quý', width: 6, value: (t) => (t.quarter === null ? 'Cả năm' : t.quarter) },
    { header: 'STT', width: 6, value: (t) => t.number },
    { header: 'Nội dung', width: 60, value: (t) => t.content },
    { header: 'Đơn vị chủ trì', width: 28, value: (t) => unitNames(t, 'lead').join('; ') },
    { header: 'Đơn vị phối hợp', width: 28, value: (t) => unitNames(t, 'coordinate').join('; ') },
    { header: 'Thời hạn', width: 22, value: (t) => deadlineText(planDeadline(t)) },
    { header: 'Hạn cuối', width: 12, type: 'date', value: (t) => t.due_on },
    {
      header: 'Trạng thái',
      width: 16,
      value: (t) => TASK_STATUS_LABELS[taskFlags(t, view.today, view.soonDays).effectiveStatus],
    },
    { header: 'Ngày hoàn thành', width: 14, type: 'date', value: (t) => t.done_on },
    { header: 'Kết quả, minh chứng', width: 40, value: (t) => t.evidence },
    { header: 'Ghi chú', width: 24, value: (t) => t.note },
  ];
}
