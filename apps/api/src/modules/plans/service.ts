// Plans and their tasks: scope checks, validation against the organisation, one transaction and one audit
// entry per write. `today` ('YYYY-MM-DD') is always an argument: routes pass the server's date, tests fix it.
import crypto from 'node:crypto';
import { writeAudit } from '../../../../../packages/db/src/audit.ts';
import * as plans from '../../../../../packages/db/src/repositories/plans.ts';
import type {
  PlanDocumentValues,
  TaskFilter,
  TaskRecord,
  TaskStatus,
  TaskUnitValues,
  TaskValues,
} from '../../../../../packages/db/src/repositories/plans.ts';
import { getSetting, putSetting } from '../../../../../packages/db/src/repositories/notifications.ts';
import { EMPTY_SCOPE } from '../../../../../packages/db/src/repositories/scope.ts';
import { foldDiacritics } from '../../../../../packages/domain/src/text/vietnamese.ts';
import {
  agencyReadScope,
  agencyWriteScope,
  inScope,
  isAdmin,
  hasRole,
  type Actor,
} from '../../auth/actor.ts';
import { auditBy, type Ctx } from '../../context.ts';
import { errors } from '../../errors.ts';
import { deadlineNextYear, replaceYear, taskFlags, dueOn, type DeadlineFields } from './deadlines.ts';
import type { TaskView } from './presenter.ts';

export const DEFAULT_REMINDER_DAYS = 7;
export const SETTING_REMINDER_DAYS = 'plans.reminder-days';
export const SETTING_SMTP = 'plans.smtp';

export interface SmtpSettings {
  host: string;
  port: number;
  from: string;
  secure: boolean;
}

export interface PlanInput {
  year: number;
  title: string;
  number?: string | null | undefined;
  symbol?: string | null | undefined;
  placeName?: string | null | undefined;
  issuedOn?: string | null | undefined;
  legalBasis?: string | null | undefined;
  signerLine?: string | null | undefined;
  signerTitle?: string | null | undefined;
  signerName?: string | null | undefined;
  recipients?: string[] | undefined;
  sections?: { heading: string; body: string }[] | undefined;
}

export interface DeadlineInput {
  kind: DeadlineFields['deadline_kind'];
  on?: string | null | undefined;
  month?: string | null | undefined;
  monthTo?: string | null | undefined;
  text?: string | null | undefined;
}

export interface TaskInput {
  quarter: number | null;
  number?: string | null | undefined;
  content: string;
  leadUnitIds: number[];
  leadLabels: string[];
  coordinatingUnitIds: number[];
  coordinatingLabels: string[];
  deadline: DeadlineInput;
  status?: TaskStatus | undefined;
  evidence?: string | null | undefined;
  note?: string | null | undefined;
}

// ── settings ──

export async function reminderDays(ctx: Ctx, agencyId: number): Promise<number> {
  const v = await getSetting(ctx.db, agencyId, SETTING_REMINDER_DAYS);
  return typeof v === 'number' && Number.isInteger(v) && v >= 0 ? v : DEFAULT_REMINDER_DAYS;
}

export async function smtpSettings(ctx: Ctx, agencyId: number): Promise<SmtpSettings | null> {
  const v = (await getSetting(ctx.db, agencyId, SETTING_SMTP)) as Partial<SmtpSettings> | null | undefined;
  if (v && typeof v.host === 'string' && typeof v.port === 'number' && typeof v.from === 'string')
    return { host: v.host, port: v.port, from: v.from, secure: v.secure === true };
  return ctx.config.smtp;
}

function settingsAgency(actor: Actor, agencyId: number | undefined): number {
  const id = agencyId ?? actor.agencyId;
  if (id === null || id === undefined) throw errors.field('agencyId', 'Hãy chọn cơ quan.');
  return id;
}

export async function getReminderSettings(ctx: Ctx, actor: Actor, agencyId?: number) {
  const id = settingsAgency(actor, agencyId);
  if (!inScope(agencyWriteScope(actor), id)) throw errors.forbidden('xem cấu hình nhắc hạn của cơ quan này');
  const smtp = (await getSetting(ctx.db, id, SETTING_SMTP)) as SmtpSettings | null | undefined;
  return { agencyId: id, reminderDays: await reminderDays(ctx, id), smtp: smtp ?? null };
}

export async function putReminderSettings(
  ctx: Ctx,
  actor: Actor,
  agencyId: number | undefined,
  input: { reminderDays: number; smtp: SmtpSettings | null },
) {
  const id = settingsAgency(actor, agencyId);
  if (!inScope(agencyWriteScope(actor), id)) throw errors.forbidden('sửa cấu hình nhắc hạn của cơ quan này');
  const before = await getReminderSettings(ctx, actor, id);
  await ctx.db.transaction().execute(async (trx) => {
    await putSetting(trx, id, SETTING_REMINDER_DAYS, input.reminderDays);
    await putSetting(trx, id, SETTING_SMTP, input.smtp);
    await writeAudit(
      trx,
      auditBy(actor, {
        action: 'update',
        entity: 'agency_settings',
        entityId: `${id}:plans`,
        agencyId: id,
        summary: 'Sửa cấu hình nhắc hạn nhiệm vụ',
        before,
        after: { agencyId: id, ...input },
      }),
    );
  });
  return getReminderSettings(ctx, actor, id);
}

// ── plans ──

function canWrite(actor: Actor, agencyId: number): boolean {
  return inScope(agencyWriteScope(actor), agencyId);
}

async function readablePlan(ctx: Ctx, actor: Actor, id: number) {
  const p = await plans.findPlan(ctx.db, id);
  if (!p || !inScope(agencyReadScope(actor), p.agency_id)) throw errors.notFound('kế hoạch');
  return p;
}

async function writablePlan(ctx: Ctx, actor: Actor, id: number) {
  const p = await readablePlan(ctx, actor, id);
  if (!canWrite(actor, p.agency_id)) throw errors.forbidden('sửa kế hoạch này');
  return p;
}

export async function listPlans(
  ctx: Ctx,
  actor: Actor,
  f: { agencyId?: number | undefined; year?: number | undefined },
) {
  return plans.listPlans(ctx.db, agencyReadScope(actor), f);
}

export async function getPlan(ctx: Ctx, actor: Actor, id: number) {
  const plan = await readablePlan(ctx, actor, id);
  return { plan, sections: await plans.listSections(ctx.db, id) };
}

function docValues(input: PlanInput): PlanDocumentValues {
  return {
    number: input.number ?? null,
    symbol: input.symbol ?? null,
    place_name: input.placeName ?? null,
    issued_on: input.issuedOn ?? null,
    title: input.title,
    legal_basis: input.legalBasis ?? null,
    signer_line: input.signerLine ?? null,
    signer_title: input.signerTitle ?? null,
    signer_name: input.signerName ?? null,
    recipients: input.recipients ?? [],
  };
}

async function checkNumber(
  ctx: Ctx,
  agencyId: number,
  input: PlanInput,
  documentId: number | null,
): Promise<void> {
  if (
    await plans.numberTaken(
      ctx.db,
      agencyId,
      input.year,
      input.symbol ?? null,
      input.number ?? null,
      documentId,
    )
  )
    throw errors.duplicate(
      'number',
      `Số ${input.number}/${input.symbol} năm ${input.year} đã được dùng cho văn bản khác.`,
    );
}

export async function createPlan(ctx: Ctx, actor: Actor, input: PlanInput & { agencyId: number }) {
  if (!canWrite(actor, input.agencyId)) throw errors.forbidden('lập kế hoạch cho cơ quan này');
  await checkNumber(ctx, input.agencyId, input, null);
  const id = await ctx.db.transaction().execute(async (trx) => {
    const doc = docValues(input);
    const newId = await plans.insertPlan(trx, {
      agency_id: input.agencyId,
      year: input.year,
      title: input.title,
      copied_from_id: null,
      created_by: actor.userId,
      doc,
    });
    await plans.replaceSections(trx, newId, input.sections ?? []);
    await writeAudit(
      trx,
      auditBy(actor, {
        action: 'create',
        entity: 'plans',
        entityId: String(newId),
        agencyId: input.agencyId,
        summary: `Lập kế hoạch: ${input.title}`,
        before: null,
        after: { year: input.year, ...doc, sections: input.sections ?? [] },
      }),
    );
    return newId;
  });
  return getPlan(ctx, actor, id);
}

export async function updatePlan(
  ctx: Ctx,
  actor: Actor,
  id: number,
  input: PlanInput & { status?: 'draft' | 'issued' | 'closed' | undefined; version: number },
) {
  const current = await writablePlan(ctx, actor, id);
  await checkNumber(ctx, current.agency_id, input, current.document_id);
  const before = await getPlan(ctx, actor, id);
  await ctx.db.transaction().execute(async (trx) => {
    if (
      !(await plans.updatePlan(trx, id, input.version, {
        year: input.year,
        title: input.title,
        status: input.status ?? current.status,
      }))
    )
      throw errors.conflict();
    const doc = docValues(input);
    if (current.document_id !== null)
      await plans.updatePlanDocument(trx, current.document_id, input.year, doc);
    if (input.sections !== undefined) await plans.replaceSections(trx, id, input.sections);
    await writeAudit(
      trx,
      auditBy(actor, {
        action: 'update',
        entity: 'plans',
        entityId: String(id),
        agencyId: current.agency_id,
        summary: `Sửa kế hoạch: ${input.title}`,
        before: {
          ...before.plan,
          sections: before.sections.map((s) => ({ heading: s.heading, body: s.body })),
        },
        after: { year: input.year, status: input.status ?? current.status, ...doc, sections: input.sections },
      }),
    );
  });
  return getPlan(ctx, actor, id);
}

export async function deletePlan(ctx: Ctx, actor: Actor, id: number): Promise<void> {
  const current = await writablePlan(ctx, actor, id);
  await ctx.db.transaction().execute(async (trx) => {
    await plans.deletePlan(trx, id);
    await writeAudit(
      trx,
      auditBy(actor, {
        action: 'delete',
        entity: 'plans',
        entityId: String(id),
        agencyId: current.agency_id,
        summary: `Xoá kế hoạch: ${current.title}`,
        before: current,
        after: null,
      }),
    );
  });
}

/**
 * Next year's plan from this one, in one transaction: header, sections and tasks copied with every date
 * moved a year (29/02 → 28/02) and the year in the texts replaced; number, date and signature left for
 * the clerk; statuses, evidence and notes reset.
 */
export async function copyToNextYear(ctx: Ctx, actor: Actor, id: number) {
  const src = await writablePlan(ctx, actor, id);
  const { sections } = await getPlan(ctx, actor, id);
  const tasks = await plans.listTasks(ctx.db, { ...EMPTY_SCOPE, all: true }, { planId: id });
  const from = src.year;
  const year = from + 1;
  const ry = (s: string | null): string | null => (s === null ? null : replaceYear(s, from));
  const newId = await ctx.db.transaction().execute(async (trx) => {
    const doc: PlanDocumentValues = {
      number: null,
      symbol: src.symbol,
      place_name: src.place_name,
      issued_on: null,
      title: replaceYear(src.title, from),
      legal_basis: ry(src.legal_basis),
      signer_line: src.signer_line,
      signer_title: src.signer_title,
      signer_name: src.signer_name,
      recipients: Array.isArray(src.recipients) ? (src.recipients as string[]) : [],
    };
    const planId = await plans.insertPlan(trx, {
      agency_id: src.agency_id,
      year,
      title: doc.title,
      copied_from_id: src.id,
      created_by: actor.userId,
      doc,
    });
    await plans.replaceSections(
      trx,
      planId,
      sections.map((s) => ({ heading: s.heading, body: replaceYear(s.body, from) })),
    );
    for (const t of tasks) {
      const taskId = await plans.insertTask(
        trx,
        planId,
        t.position,
        {
          quarter: t.quarter,
          number: t.number,
          content: replaceYear(t.content, from),
          ...deadlineNextYear(t, from),
          status: 'not-started',
          done_on: null,
          evidence: null,
          note: null,
        },
        t.id,
      );
      await plans.replaceTaskUnits(
        trx,
        taskId,
        t.units.map((u) => ({ role: u.role, unit_id: u.unit_id, label: u.label })),
      );
    }
    await writeAudit(
      trx,
      auditBy(actor, {
        action: 'create',
        entity: 'plans',
        entityId: String(planId),
        agencyId: src.agency_id,
        summary: `Lập kế hoạch năm ${year} từ kế hoạch năm ${from}`,
        before: null,
        after: { copiedFrom: src.id, year, title: doc.title, tasks: tasks.length },
      }),
    );
    return planId;
  });
  return getPlan(ctx, actor, newId);
}

// ── tasks ──

/** Officers of the plan's agency, and heads of one of the task's lead units. */
export function canUpdateTask(actor: Actor, t: TaskRecord): boolean {
  if (canWrite(actor, t.agency_id)) return true;
  const heads = actor.roles.filter((r) => r.role === 'unit-head').map((r) => r.unitId);
  return t.units.some((u) => u.role === 'lead' && u.unit_id !== null && heads.includes(u.unit_id));
}

export async function taskView(
  ctx: Ctx,
  actor: Actor,
  agencyId: number | null,
  today: string,
): Promise<TaskView> {
  return {
    today,
    soonDays: agencyId === null ? DEFAULT_REMINDER_DAYS : await reminderDays(ctx, agencyId),
    canUpdate: (t) => canUpdateTask(actor, t),
  };
}

export interface TaskListFilter {
  quarter?: number | undefined;
  status?: TaskStatus | undefined;
  q?: string | undefined;
  flag?: 'overdue' | 'due-soon' | undefined;
}

function repoFilter(f: TaskListFilter): TaskFilter {
  return { quarter: f.quarter, status: f.status, q: f.q ? foldDiacritics(f.q) : undefined };
}

export async function listTasks(ctx: Ctx, actor: Actor, planId: number, f: TaskListFilter, today: string) {
  const plan = await readablePlan(ctx, actor, planId);
  const view = await taskView(ctx, actor, plan.agency_id, today);
  let tasks = await plans.listTasks(ctx.db, agencyReadScope(actor), { planId, ...repoFilter(f) });
  if (f.flag)
    tasks = tasks.filter(
      (t) => taskFlags(t, today, view.soonDays)[f.flag === 'overdue' ? 'overdue' : 'dueSoon'],
    );
  return { plan, tasks, view };
}

/** By quarter; by month of the concrete deadline (calendar); a bar per dated task from its start to its deadline (timeline). */
export async function taskViews(ctx: Ctx, actor: Actor, planId: number, today: string) {
  const { plan, tasks } = await listTasks(ctx, actor, planId, {}, today);
  const quarters = ([1, 2, 3, 4, null] as const)
    .map((q) => ({ quarter: q, taskIds: tasks.filter((t) => t.quarter === q).map((t) => t.id) }))
    .filter((g) => g.taskIds.length > 0);
  const byMonth = new Map<string, number[]>();
  const timeline: { taskId: number; start: string; end: string }[] = [];
  const undated: number[] = [];
  for (const t of [...tasks].sort(
    (a, b) => (a.due_on ?? '9999').localeCompare(b.due_on ?? '9999') || a.id - b.id,
  )) {
    if (!t.due_on) {
      undated.push(t.id);
      continue;
    }
    const m = t.due_on.slice(0, 7);
    byMonth.set(m, [...(byMonth.get(m) ?? []), t.id]);
    // Start: the month a month-shaped deadline opens, else the first day of the task's quarter (of the year).
    const qStart = `${plan.year}-${String(((t.quarter ?? 1) - 1) * 3 + 1).padStart(2, '0')}-01`;
    const start = t.deadline_month ?? (qStart <= t.due_on ? qStart : t.due_on);
    timeline.push({ taskId: t.id, start, end: t.due_on });
  }
  return {
    quarters,
    months: [...byMonth.entries()].map(([month, taskIds]) => ({ month, taskIds })),
    timeline,
    undated,
  };
}

async function oneTask(ctx: Ctx, id: number): Promise<TaskRecord> {
  const [t] = await plans.listTasks(ctx.db, { ...EMPTY_SCOPE, all: true }, { ids: [id] });
  if (!t) throw errors.notFound('nhiệm vụ');
  return t;
}

async function readableTask(ctx: Ctx, actor: Actor, id: number): Promise<TaskRecord> {
  const t = await oneTask(ctx, id);
  if (!inScope(agencyReadScope(actor), t.agency_id)) throw errors.notFound('nhiệm vụ');
  return t;
}

export async function getTask(ctx: Ctx, actor: Actor, id: number, today: string) {
  const t = await readableTask(ctx, actor, id);
  return { task: t, view: await taskView(ctx, actor, t.agency_id, today) };
}

function deadlineValues(d: DeadlineInput): DeadlineFields {
  const first = (ym: string | null | undefined): string | null => (ym ? `${ym}-01` : null);
  switch (d.kind) {
    case 'before':
    case 'on':
      return {
        deadline_kind: d.kind,
        deadline_on: d.on ?? null,
        deadline_month: null,
        deadline_month_to: null,
        deadline_text: null,
      };
    case 'month':
      return {
        deadline_kind: d.kind,
        deadline_on: null,
        deadline_month: first(d.month),
        deadline_month_to: null,
        deadline_text: null,
      };
    case 'months':
      return {
        deadline_kind: d.kind,
        deadline_on: null,
        deadline_month: first(d.month),
        deadline_month_to: first(d.monthTo),
        deadline_text: null,
      };
    case 'regularly':
      return {
        deadline_kind: d.kind,
        deadline_on: null,
        deadline_month: null,
        deadline_month_to: null,
        deadline_text: null,
      };
    case 'per-higher-plan':
    case 'other':
      return {
        deadline_kind: d.kind,
        deadline_on: null,
        deadline_month: null,
        deadline_month_to: null,
        deadline_text: d.text ?? null,
      };
    default: {
      const never: never = d.kind;
      return never;
    }
  }
}

async function taskUnits(ctx: Ctx, agencyId: number, input: TaskInput): Promise<TaskUnitValues[]> {
  const ids = [...new Set([...input.leadUnitIds, ...input.coordinatingUnitIds])];
  const ok = await plans.unitsOfAgencyAmong(ctx.db, agencyId, ids);
  const bad = ids.filter((id) => !ok.includes(id));
  if (bad.length) throw errors.field('leadUnitIds', 'Có đơn vị không thuộc cơ quan của kế hoạch.');
  if (input.leadUnitIds.length + input.leadLabels.length === 0)
    throw errors.field('leadUnitIds', 'Hãy chọn đơn vị chủ trì.');
  return [
    ...input.leadUnitIds.map((id) => ({ role: 'lead' as const, unit_id: id, label: null })),
    ...input.leadLabels.map((l) => ({ role: 'lead' as const, unit_id: null, label: l })),
    ...input.coordinatingUnitIds.map((id) => ({ role: 'coordinate' as const, unit_id: id, label: null })),
    ...input.coordinatingLabels.map((l) => ({ role: 'coordinate' as const, unit_id: null, label: l })),
  ];
}

function taskValues(input: TaskInput, today: string, current?: TaskRecord): TaskValues {
  const status = input.status ?? current?.status ?? 'not-started';
  return {
    quarter: input.quarter,
    number: input.number ?? null,
    content: input.content,
    ...deadlineValues(input.deadline),
    status,
    done_on: status === 'done' ? (current?.done_on ?? today) : null,
    evidence: input.evidence ?? null,
    note: input.note ?? null,
  };
}

function checkYear(planYear: number, d: DeadlineFields): void {
  const due = dueOn(d);
  // A plan's deadlines may run into the next year's first months, not further.
  if (due && (Number(due.slice(0, 4)) < planYear - 1 || Number(due.slice(0, 4)) > planYear + 1))
    throw errors.field('deadline', `Thời hạn phải nằm trong năm ${planYear} của kế hoạch (hoặc sát năm đó).`);
}

export async function createTask(ctx: Ctx, actor: Actor, planId: number, input: TaskInput, today: string) {
  const plan = await writablePlan(ctx, actor, planId);
  const units = await taskUnits(ctx, plan.agency_id, input);
  const v = taskValues(input, today);
  checkYear(plan.year, v);
  const id = await ctx.db.transaction().execute(async (trx) => {
    const newId = await plans.insertTask(trx, planId, await plans.nextTaskPosition(trx, planId), v);
    await plans.replaceTaskUnits(trx, newId, units);
    await writeAudit(
      trx,
      auditBy(actor, {
        action: 'create',
        entity: 'plan_tasks',
        entityId: String(newId),
        agencyId: plan.agency_id,
        summary: `Thêm nhiệm vụ vào kế hoạch năm ${plan.year}`,
        before: null,
        after: { ...v, units },
      }),
    );
    return newId;
  });
  return getTask(ctx, actor, id, today);
}

export async function updateTask(
  ctx: Ctx,
  actor: Actor,
  id: number,
  input: TaskInput & { version: number },
  today: string,
) {
  const current = await readableTask(ctx, actor, id);
  const plan = await writablePlan(ctx, actor, current.plan_id);
  const units = await taskUnits(ctx, plan.agency_id, input);
  const v = taskValues(input, today, current);
  checkYear(plan.year, v);
  await ctx.db.transaction().execute(async (trx) => {
    if (!(await plans.updateTask(trx, id, input.version, v))) throw errors.conflict();
    await plans.replaceTaskUnits(trx, id, units);
    await writeAudit(
      trx,
      auditBy(actor, {
        action: 'update',
        entity: 'plan_tasks',
        entityId: String(id),
        agencyId: plan.agency_id,
        summary: `Sửa nhiệm vụ kế hoạch năm ${plan.year}`,
        before: current,
        after: { ...v, units },
      }),
    );
  });
  return getTask(ctx, actor, id, today);
}

export async function deleteTask(ctx: Ctx, actor: Actor, id: number): Promise<void> {
  const current = await readableTask(ctx, actor, id);
  const plan = await writablePlan(ctx, actor, current.plan_id);
  await ctx.db.transaction().execute(async (trx) => {
    await plans.deleteTask(trx, id);
    await writeAudit(
      trx,
      auditBy(actor, {
        action: 'delete',
        entity: 'plan_tasks',
        entityId: String(id),
        agencyId: plan.agency_id,
        summary: `Xoá nhiệm vụ kế hoạch năm ${plan.year}`,
        before: current,
        after: null,
      }),
    );
  });
}

/** A lead unit's head (or an officer) reports progress: status, evidence, note. */
export async function reportProgress(
  ctx: Ctx,
  actor: Actor,
  id: number,
  input: {
    status: 'not-started' | 'in-progress' | 'done';
    evidence?: string | null | undefined;
    note?: string | null | undefined;
    doneOn?: string | null | undefined;
    version: number;
  },
  today: string,
) {
  const current = await readableTask(ctx, actor, id);
  if (!canUpdateTask(actor, current)) throw errors.forbidden('cập nhật nhiệm vụ của đơn vị khác');
  if (input.status === 'done' && !input.evidence && current.files.length === 0)
    throw errors.field('evidence', 'Hãy ghi kết quả hoặc đính kèm minh chứng khi báo hoàn thành.');
  const v = {
    status: input.status,
    done_on: input.status === 'done' ? (input.doneOn ?? today) : null,
    evidence: input.evidence === undefined ? current.evidence : input.evidence,
    note: input.note === undefined ? current.note : input.note,
  };
  await ctx.db.transaction().execute(async (trx) => {
    if (!(await plans.updateTask(trx, id, input.version, v))) throw errors.conflict();
    await writeAudit(
      trx,
      auditBy(actor, {
        action: 'update',
        entity: 'plan_tasks',
        entityId: String(id),
        agencyId: current.agency_id,
        summary: `Cập nhật tiến độ nhiệm vụ: ${v.status}`,
        before: {
          status: current.status,
          done_on: current.done_on,
          evidence: current.evidence,
          note: current.note,
        },
        after: v,
      }),
    );
  });
  return getTask(ctx, actor, id, today);
}

export async function addEvidenceFile(
  ctx: Ctx,
  actor: Actor,
  id: number,
  file: { name: string; mime: string; content: Buffer; note?: string | null },
  today: string,
) {
  const current = await readableTask(ctx, actor, id);
  if (!canUpdateTask(actor, current))
    throw errors.forbidden('đính kèm minh chứng cho nhiệm vụ của đơn vị khác');
  if (file.content.length === 0) throw errors.field('file', 'Tệp minh chứng rỗng.');
  await ctx.db.transaction().execute(async (trx) => {
    const sha256 = crypto.createHash('sha256').update(file.content).digest('hex');
    const fileId = await plans.insertFile(trx, {
      agency_id: current.agency_id,
      name: file.name,
      mime: file.mime,
      size: file.content.length,
      sha256,
      content: file.content,
      uploaded_by: actor.userId,
    });
    await plans.linkTaskFile(trx, id, fileId, file.note ?? null);
    await writeAudit(
      trx,
      auditBy(actor, {
        action: 'create',
        entity: 'plan_task_files',
        entityId: `${id}:${fileId}`,
        agencyId: current.agency_id,
        summary: `Đính kèm minh chứng ${file.name}`,
        before: null,
        after: { taskId: id, fileId, name: file.name, size: file.content.length, sha256 },
      }),
    );
  });
  return getTask(ctx, actor, id, today);
}

export async function getTaskFile(ctx: Ctx, actor: Actor, id: number, fileId: number) {
  await readableTask(ctx, actor, id);
  const f = await plans.findTaskFile(ctx.db, id, fileId);
  if (!f) throw errors.notFound('tệp minh chứng');
  return f;
}

/**
 * "Hạn của tôi": open tasks (or all with includeDone) where the user's unit leads or coordinates — the units
 * the user heads and the unit of their own person; an officer or admin sees every task of their agencies.
 * Sorted by deadline, undated last.
 */
export async function myDeadlines(
  ctx: Ctx,
  actor: Actor,
  q: { year?: number | undefined; includeDone?: boolean | undefined },
  today: string,
) {
  const officer = isAdmin(actor) || hasRole(actor, 'officer');
  let unitIds: number[] | undefined;
  if (!officer) {
    unitIds = actor.roles
      .filter((r) => r.role === 'unit-head' && r.unitId !== null)
      .map((r) => r.unitId as number);
    if (actor.personId !== null) {
      const own = await plans.unitOfPerson(ctx.db, actor.personId);
      if (own !== null) unitIds.push(own);
    }
  }
  const scope = officer ? agencyWriteScope(actor) : agencyReadScope(actor);
  const tasks = await plans.listTasks(
    ctx.db,
    scope,
    { unitIds, year: q.year, openOnly: !q.includeDone },
    'due',
  );
  return { tasks, view: await taskView(ctx, actor, actor.agencyId, today) };
}
