import { z } from 'zod';
import type { Ctx } from '../../context.ts';
import { todayIn } from '../../context.ts';
import { errors } from '../../errors.ts';
import { IdParams, NoContent } from '../../http/schemas.ts';
import { contentDisposition, iterateWith, sendXlsx } from '../../http/export.ts';
import { actorOf, type Api } from '../../http/types.ts';
import {
  PLAN_EXPORT_COLUMNS,
  PlanDetailSchema,
  PlanSchema,
  TaskSchema,
  TaskViewsSchema,
  exportColumns,
  presentPlan,
  presentPlanDetail,
  presentTask,
} from './presenter.ts';
import {
  AgencyQuery,
  MyDeadlinesQuery,
  PlanCreate,
  PlanUpdate,
  PlansQuery,
  ReminderSettings,
  SweepRequest,
  TaskFileParams,
  TaskInput,
  TaskProgress,
  TaskUpdate,
  TasksQuery,
} from './schemas.ts';
import { planDocx } from './document.ts';
import { runReminderSweep, scheduleReminderSweep } from './reminders.ts';
import * as service from './service.ts';

const DocxQuery = z.object({ layout: z.enum(['table', 'list']).default('table') });
const DOCX_MIME = 'application/vnd.openxmlformats-officedocument.wordprocessingml.document';
const tags = ['plans'];

const SweepResultSchema = z
  .object({
    today: z.string(),
    reminders: z.number().int(),
    escalations: z.number().int(),
    emails: z.number().int(),
    emailErrors: z.number().int(),
    markedLate: z.number().int(),
  })
  .meta({ id: 'ReminderSweepResult' });
const ReminderSettingsOut = z.object({
  agencyId: z.number().int(),
  reminderDays: z.number().int(),
  smtp: z
    .object({ host: z.string(), port: z.number().int(), from: z.string(), secure: z.boolean() })
    .nullable(),
});

export async function planRoutes(app: Api, ctx: Ctx): Promise<void> {
  const today = (): string => todayIn(ctx.config.timeZone);
  const stop = scheduleReminderSweep(ctx, app.log, ctx.config.reminderIntervalMinutes);
  app.addHook('onClose', async () => stop());

  app.get(
    '/plans',
    {
      config: { policy: 'plans:read' },
      schema: {
        tags,
        summary: 'Danh sách kế hoạch công tác TĐKT (theo cơ quan, năm)',
        querystring: PlansQuery,
        response: { 200: z.array(PlanSchema) },
      },
    },
    async (req) => (await service.listPlans(ctx, actorOf(req), req.query)).map(presentPlan),
  );
  app.get(
    '/plans/export.xlsx',
    {
      config: { policy: 'plans:read' },
      schema: {
        tags,
        summary: 'Xuất danh sách kế hoạch ra Excel (lọc theo cơ quan, năm)',
        querystring: PlansQuery,
      },
    },
    async (req, reply) =>
      sendXlsx(reply, {
        filename: `ke-hoach-tdkt${req.query.year ? `-${req.query.year}` : ''}.xlsx`,
        sheetName: 'Kế hoạch',
        title: 'Danh sách kế hoạch công tác thi đua, khen thưởng',
        columns: PLAN_EXPORT_COLUMNS,
        rows: iterateWith(() => service.listPlans(ctx, actorOf(req), req.query)),
        timeZone: ctx.config.timeZone,
      }),
  );
  app.post(
    '/plans',
    {
      config: { policy: 'plans:write' },
      schema: { tags, summary: 'Lập kế hoạch', body: PlanCreate, response: { 201: PlanDetailSchema } },
    },
    async (req, reply) => {
      const r = await service.createPlan(ctx, actorOf(req), req.body);
      return reply.code(201).send(presentPlanDetail(r.plan, r.sections));
    },
  );
  app.get(
    '/plans/reminder-settings',
    {
      config: { policy: 'plans:remind' },
      schema: {
        tags,
        summary: 'Cấu hình nhắc hạn (số ngày nhắc trước hạn, SMTP)',
        querystring: AgencyQuery,
        response: { 200: ReminderSettingsOut },
      },
    },
    async (req) => service.getReminderSettings(ctx, actorOf(req), req.query.agencyId),
  );
  app.put(
    '/plans/reminder-settings',
    {
      config: { policy: 'plans:remind' },
      schema: {
        tags,
        summary: 'Sửa cấu hình nhắc hạn',
        querystring: AgencyQuery,
        body: ReminderSettings,
        response: { 200: ReminderSettingsOut },
      },
    },
    async (req) => service.putReminderSettings(ctx, actorOf(req), req.query.agencyId, req.body),
  );
  app.post(
    '/plans/reminders/run',
    {
      config: { policy: 'plans:remind' },
      schema: {
        tags,
        summary: 'Chạy ngay việc nhắc hạn và báo trễ hạn (hôm nay theo giờ máy chủ)',
        body: SweepRequest,
        response: { 200: SweepResultSchema },
      },
    },
    async (req) => runReminderSweep(ctx, today(), req.log),
  );
  app.get(
    '/plans/my-deadlines',
    {
      config: { policy: 'plans:read' },
      schema: {
        tags,
        summary: 'Hạn của tôi: nhiệm vụ đơn vị mình chủ trì hoặc phối hợp, theo hạn',
        querystring: MyDeadlinesQuery,
        response: { 200: z.array(TaskSchema) },
      },
    },
    async (req) => {
      const r = await service.myDeadlines(ctx, actorOf(req), req.query, today());
      return r.tasks.map((t) => presentTask(t, r.view));
    },
  );
  app.get(
    '/plans/:id',
    {
      config: { policy: 'plans:read' },
      schema: { tags, summary: 'Chi tiết kế hoạch', params: IdParams, response: { 200: PlanDetailSchema } },
    },
    async (req) => {
      const r = await service.getPlan(ctx, actorOf(req), req.params.id);
      return presentPlanDetail(r.plan, r.sections);
    },
  );
  app.put(
    '/plans/:id',
    {
      config: { policy: 'plans:write' },
      schema: {
        tags,
        summary: 'Sửa kế hoạch (thông tin văn bản, các mục)',
        params: IdParams,
        body: PlanUpdate,
        response: { 200: PlanDetailSchema },
      },
    },
    async (req) => {
      const r = await service.updatePlan(ctx, actorOf(req), req.params.id, req.body);
      return presentPlanDetail(r.plan, r.sections);
    },
  );
  app.delete(
    '/plans/:id',
    {
      config: { policy: 'plans:write' },
      schema: { tags, summary: 'Xoá kế hoạch', params: IdParams, response: { 204: NoContent } },
    },
    async (req, reply) => {
      await service.deletePlan(ctx, actorOf(req), req.params.id);
      return reply.code(204).send();
    },
  );
  app.post(
    '/plans/:id/next-year',
    {
      config: { policy: 'plans:write' },
      schema: {
        tags,
        summary: 'Tạo kế hoạch năm sau từ kế hoạch này (lùi mọi thời hạn một năm)',
        params: IdParams,
        response: { 201: PlanDetailSchema },
      },
    },
    async (req, reply) => {
      const r = await service.copyToNextYear(ctx, actorOf(req), req.params.id);
      return reply.code(201).send(presentPlanDetail(r.plan, r.sections));
    },
  );
  app.get(
    '/plans/:id/document.docx',
    {
      config: { policy: 'plans:read' },
      schema: {
        tags,
        summary:
          'Kế hoạch dạng Word (thể thức Nghị định 30/2020); layout=list in nhiệm vụ dạng danh mục như kế hoạch năm 2023',
        params: IdParams,
        querystring: DocxQuery,
      },
    },
    async (req, reply) => {
      const doc = await planDocx(ctx, actorOf(req), req.params.id, req.query.layout);
      return reply
        .header('content-type', DOCX_MIME)
        .header('content-disposition', contentDisposition(doc.filename))
        .send(doc.content);
    },
  );
  app.get(
    '/plans/:id/tasks',
    {
      config: { policy: 'plans:read' },
      schema: {
        tags,
        summary: 'Nhiệm vụ của kế hoạch (theo quý), lọc theo quý, trạng thái, từ khoá, quá hạn / sắp đến hạn',
        params: IdParams,
        querystring: TasksQuery,
        response: { 200: z.array(TaskSchema) },
      },
    },
    async (req) => {
      const r = await service.listTasks(ctx, actorOf(req), req.params.id, req.query, today());
      return r.tasks.map((t) => presentTask(t, r.view));
    },
  );
  app.get(
    '/plans/:id/tasks/export.xlsx',
    {
      config: { policy: 'plans:read' },
      schema: {
        tags,
        summary: 'Xuất danh sách nhiệm vụ đã lọc ra Excel',
        params: IdParams,
        querystring: TasksQuery,
      },
    },
    async (req, reply) => {
      const r = await service.listTasks(ctx, actorOf(req), req.params.id, req.query, today());
      return sendXlsx(reply, {
        filename: `nhiem-vu-ke-hoach-${r.plan.year}.xlsx`,
        sheetName: 'Nhiệm vụ',
        title: `Nhiệm vụ kế hoạch công tác thi đua, khen thưởng năm ${r.plan.year}`,
        columns: exportColumns(r.view),
        rows: iterateWith(async () => r.tasks),
        timeZone: ctx.config.timeZone,
      });
    },
  );
  app.get(
    '/plans/:id/views',
    {
      config: { policy: 'plans:read' },
      schema: {
        tags,
        summary: 'Nhiệm vụ theo quý, theo tháng (lịch) và dòng thời gian',
        params: IdParams,
        response: { 200: TaskViewsSchema },
      },
    },
    async (req) => service.taskViews(ctx, actorOf(req), req.params.id, today()),
  );
  app.post(
    '/plans/:id/tasks',
    {
      config: { policy: 'plans:write' },
      schema: {
        tags,
        summary: 'Thêm nhiệm vụ',
        params: IdParams,
        body: TaskInput,
        response: { 201: TaskSchema },
      },
    },
    async (req, reply) => {
      const r = await service.createTask(ctx, actorOf(req), req.params.id, req.body, today());
      return reply.code(201).send(presentTask(r.task, r.view));
    },
  );
  app.get(
    '/plan-tasks/:id',
    {
      config: { policy: 'plans:read' },
      schema: { tags, summary: 'Chi tiết nhiệm vụ', params: IdParams, response: { 200: TaskSchema } },
    },
    async (req) => {
      const r = await service.getTask(ctx, actorOf(req), req.params.id, today());
      return presentTask(r.task, r.view);
    },
  );
  app.put(
    '/plan-tasks/:id',
    {
      config: { policy: 'plans:write' },
      schema: {
        tags,
        summary: 'Sửa nhiệm vụ',
        params: IdParams,
        body: TaskUpdate,
        response: { 200: TaskSchema },
      },
    },
    async (req) => {
      const r = await service.updateTask(ctx, actorOf(req), req.params.id, req.body, today());
      return presentTask(r.task, r.view);
    },
  );
  app.delete(
    '/plan-tasks/:id',
    {
      config: { policy: 'plans:write' },
      schema: { tags, summary: 'Xoá nhiệm vụ', params: IdParams, response: { 204: NoContent } },
    },
    async (req, reply) => {
      await service.deleteTask(ctx, actorOf(req), req.params.id);
      return reply.code(204).send();
    },
  );
  app.post(
    '/plan-tasks/:id/progress',
    {
      config: { policy: 'plans:task-update' },
      schema: {
        tags,
        summary: 'Cập nhật tiến độ, kết quả (trưởng đơn vị chủ trì hoặc cán bộ TĐKT)',
        params: IdParams,
        body: TaskProgress,
        response: { 200: TaskSchema },
      },
    },
    async (req) => {
      const r = await service.reportProgress(ctx, actorOf(req), req.params.id, req.body, today());
      return presentTask(r.task, r.view);
    },
  );
  app.post(
    '/plan-tasks/:id/files',
    {
      config: { policy: 'plans:task-update' },
      schema: {
        tags,
        summary: 'Đính kèm tệp minh chứng (multipart, trường "file")',
        consumes: ['multipart/form-data'],
        params: IdParams,
        response: { 201: TaskSchema },
      },
    },
    async (req, reply) => {
      if (!req.isMultipart()) throw errors.field('file', 'Hãy gửi tệp minh chứng trong trường "file".');
      const part = await req.file();
      if (!part || part.fieldname !== 'file')
        throw errors.field('file', 'Hãy gửi tệp minh chứng trong trường "file".');
      const content = await part.toBuffer();
      if (part.file.truncated) throw errors.field('file', 'Tệp quá lớn.');
      const r = await service.addEvidenceFile(
        ctx,
        actorOf(req),
        req.params.id,
        {
          name: (part.filename || 'minh-chung').normalize('NFC'),
          mime: part.mimetype || 'application/octet-stream',
          content,
        },
        today(),
      );
      return reply.code(201).send(presentTask(r.task, r.view));
    },
  );
  app.get(
    '/plan-tasks/:id/files/:fileId',
    {
      config: { policy: 'plans:read' },
      schema: { tags, summary: 'Tải tệp minh chứng', params: TaskFileParams },
    },
    async (req, reply) => {
      const f = await service.getTaskFile(ctx, actorOf(req), req.params.id, req.params.fileId);
      return reply
        .header('content-type', f.mime)
        .header('content-disposition', contentDisposition(f.name))
        .send(Buffer.from(f.content));
    },
  );
}
