// Routes of the clusters module (registered by app.ts under /api). Every route declares a policy from
// auth/policies/clusters.ts; what the user may do inside a cluster's year is decided by ./access.ts.
import { z } from 'zod';
import type { Ctx } from '../../context.ts';
import { contentDisposition, iterateWith, sendXlsx, ymd } from '../../http/export.ts';
import { actorOf, type Api } from '../../http/types.ts';
import type { ExportColumn } from '../../../../../packages/spreadsheets/src/list-export.ts';
import { CLUSTER_ROLE_LABELS } from './access.ts';
import { planDocx, reportDocx } from './document.ts';
import {
  ClusterDetail,
  ClusterListQuery,
  ClusterParams,
  ClusterPlan,
  ClusterSummary,
  ClusterTask,
  ClusterYearQuery,
  ElectionInput,
  Meeting,
  PlanCreate,
  PlanParams,
  PlanUpdate,
  ReportParams,
  TaskInput,
  TaskParams,
  TaskUpdate,
  type ClusterSummaryT,
} from './schemas.ts';
import * as service from './service.ts';

const TAGS = ['clusters'];
const DOCX = 'application/vnd.openxmlformats-officedocument.wordprocessingml.document';

const LEVEL = { tinh: 'Cấp tỉnh', bo: 'Cấp Bộ' } as const;
const KIND = { khoi: 'Khối thi đua', cum: 'Cụm thi đua' } as const;

const EXPORT_COLUMNS: ExportColumn<ClusterSummaryT>[] = [
  { header: 'Năm', width: 8, type: 'number', value: (r) => r.year },
  { header: 'Tên cụm, khối', width: 40, value: (r) => r.name },
  { header: 'Loại', width: 14, value: (r) => KIND[r.kind] },
  { header: 'Cấp tổ chức', width: 12, value: (r) => LEVEL[r.level] },
  { header: 'Cơ quan tổ chức', width: 28, value: (r) => r.organiserName },
  { header: 'Số thành viên', width: 12, type: 'number', value: (r) => r.memberCount },
  { header: 'Cụm trưởng', width: 36, value: (r) => r.leader?.name ?? null },
  { header: 'Cụm phó', width: 36, value: (r) => r.deputy?.name ?? null },
  { header: 'Vai trò của tôi', width: 18, value: (r) => (r.myRole ? CLUSTER_ROLE_LABELS[r.myRole] : null) },
];

type TaskOut = NonNullable<Awaited<ReturnType<typeof service.getPlan>>>['tasks'][number];
const STATUS_TEXT: Record<TaskOut['status'], string> = {
  'not-started': 'Chưa thực hiện',
  'in-progress': 'Đang thực hiện',
  done: 'Đã hoàn thành',
  late: 'Chậm tiến độ',
  cancelled: 'Không thực hiện',
};
const TASK_COLUMNS: ExportColumn<TaskOut>[] = [
  { header: 'Stt', width: 6, type: 'number', value: (t) => t.position },
  { header: 'Nội dung, nhiệm vụ', width: 60, value: (t) => t.content },
  { header: 'Cơ quan chủ trì', width: 32, value: (t) => t.lead.map((b) => b.name).join('; ') },
  { header: 'Cơ quan phối hợp', width: 32, value: (t) => t.coordinating.map((b) => b.name).join('; ') },
  { header: 'Thời gian thực hiện', width: 20, value: (t) => t.deadlineLabel },
  { header: 'Hạn cuối', width: 12, type: 'date', value: (t) => t.dueOn },
  { header: 'Trạng thái', width: 16, value: (t) => STATUS_TEXT[t.status] },
  { header: 'Ngày hoàn thành', width: 14, type: 'date', value: (t) => t.doneOn },
  { header: 'Ghi chú', width: 30, value: (t) => t.note },
];

export async function clusterRoutes(app: Api, ctx: Ctx): Promise<void> {
  app.get(
    '/clusters',
    {
      config: { policy: 'clusters:read' },
      schema: {
        tags: TAGS,
        summary: 'Khối, cụm thi đua của năm (theo cấp tổ chức) mà người dùng tham gia hoặc theo dõi',
        querystring: ClusterListQuery,
        response: { 200: z.array(ClusterSummary) },
      },
    },
    async (req) => service.list(ctx, actorOf(req), req.query),
  );
  app.get(
    '/clusters/export.xlsx',
    {
      config: { policy: 'clusters:read' },
      schema: {
        tags: TAGS,
        summary: 'Xuất danh sách khối, cụm thi đua ra Excel',
        querystring: ClusterListQuery,
      },
    },
    async (req, reply) =>
      sendXlsx(reply, {
        filename: `khoi-cum-thi-dua-${ymd()}.xlsx`,
        sheetName: 'Khối, cụm thi đua',
        columns: EXPORT_COLUMNS,
        rows: iterateWith(() => service.list(ctx, actorOf(req), req.query)),
        timeZone: ctx.config.timeZone,
      }),
  );
  app.get(
    '/clusters/:id',
    {
      config: { policy: 'clusters:read' },
      schema: {
        tags: TAGS,
        summary: 'Một cụm, khối: thành viên và vai trò của năm, lịch sử luân phiên Cụm trưởng, hội nghị',
        params: ClusterParams,
        querystring: ClusterYearQuery,
        response: { 200: ClusterDetail },
      },
    },
    async (req) => service.detail(ctx, actorOf(req), req.params.id, req.query.year),
  );
  app.get(
    '/clusters/:id/plan',
    {
      config: { policy: 'clusters:read' },
      schema: {
        tags: TAGS,
        summary: 'Kế hoạch hoạt động của cụm trong năm (null khi chưa lập)',
        params: ClusterParams,
        querystring: ClusterYearQuery,
        response: { 200: ClusterPlan.nullable() },
      },
    },
    async (req) =>
      service.getPlan(ctx, actorOf(req), req.params.id, req.query.year ?? service.defaultYear(ctx)),
  );
  app.post(
    '/clusters/:id/plan',
    {
      config: { policy: 'clusters:write' },
      schema: {
        tags: TAGS,
        summary: 'Cụm trưởng lập kế hoạch hoạt động của cụm cho một năm',
        params: ClusterParams,
        body: PlanCreate,
        response: { 201: ClusterPlan },
      },
    },
    async (req, reply) =>
      reply.code(201).send(await service.createPlan(ctx, actorOf(req), req.params.id, req.body)),
  );
  app.put(
    '/clusters/:id/plan/:planId',
    {
      config: { policy: 'clusters:write' },
      schema: {
        tags: TAGS,
        summary: 'Sửa kế hoạch của cụm (số, ngày, căn cứ, người ký, các mục; gửi kèm version)',
        params: PlanParams,
        body: PlanUpdate,
        response: { 200: ClusterPlan },
      },
    },
    async (req) => service.updatePlan(ctx, actorOf(req), req.params.id, req.params.planId, req.body),
  );
  app.get(
    '/clusters/:id/plan/:planId/document.docx',
    {
      config: { policy: 'clusters:read' },
      schema: {
        tags: TAGS,
        summary: 'Kế hoạch của cụm (.docx, thể thức Nghị định 30/2020, ký "TM. CỤM THI ĐUA / CỤM TRƯỞNG")',
        params: PlanParams,
      },
    },
    async (req, reply) => {
      const d = await planDocx(ctx, actorOf(req), req.params.id, req.params.planId);
      return reply
        .header('content-type', DOCX)
        .header('content-disposition', contentDisposition(d.filename))
        .send(d.content);
    },
  );
  app.get(
    '/clusters/:id/plan/tasks.xlsx',
    {
      config: { policy: 'clusters:read' },
      schema: {
        tags: TAGS,
        summary: 'Xuất các nhiệm vụ của kế hoạch cụm trong năm ra Excel',
        params: ClusterParams,
        querystring: ClusterYearQuery,
      },
    },
    async (req, reply) => {
      const year = req.query.year ?? service.defaultYear(ctx);
      const plan = await service.getPlan(ctx, actorOf(req), req.params.id, year);
      return sendXlsx(reply, {
        filename: `nhiem-vu-ke-hoach-cum-${year}.xlsx`,
        sheetName: `Kế hoạch năm ${year}`,
        ...(plan ? { title: `Kế hoạch ${plan.title}` } : {}),
        columns: TASK_COLUMNS,
        rows: iterateWith(async () => plan?.tasks ?? []),
        timeZone: ctx.config.timeZone,
      });
    },
  );
  app.post(
    '/clusters/:id/plan/:planId/tasks',
    {
      config: { policy: 'clusters:write' },
      schema: {
        tags: TAGS,
        summary: 'Thêm nhiệm vụ (nội dung, cơ quan chủ trì, phối hợp, thời gian) vào kế hoạch của cụm',
        params: PlanParams,
        body: TaskInput,
        response: { 201: ClusterTask },
      },
    },
    async (req, reply) =>
      reply
        .code(201)
        .send(await service.addTask(ctx, actorOf(req), req.params.id, req.params.planId, req.body)),
  );
  app.put(
    '/clusters/:id/plan/:planId/tasks/:taskId',
    {
      config: { policy: 'clusters:write' },
      schema: {
        tags: TAGS,
        summary: 'Sửa nhiệm vụ của kế hoạch cụm (gửi kèm version)',
        params: TaskParams,
        body: TaskUpdate,
        response: { 200: ClusterTask },
      },
    },
    async (req) =>
      service.updateTask(ctx, actorOf(req), req.params.id, req.params.planId, req.params.taskId, req.body),
  );
  app.delete(
    '/clusters/:id/plan/:planId/tasks/:taskId',
    {
      config: { policy: 'clusters:write' },
      schema: { tags: TAGS, summary: 'Xoá nhiệm vụ khỏi kế hoạch cụm', params: TaskParams },
    },
    async (req, reply) => {
      await service.deleteTask(ctx, actorOf(req), req.params.id, req.params.planId, req.params.taskId);
      return reply.code(204).send();
    },
  );
  app.post(
    '/clusters/:id/elections',
    {
      config: { policy: 'clusters:write' },
      schema: {
        tags: TAGS,
        summary:
          'Hội nghị tổng kết bầu (suy tôn) Cụm trưởng, Cụm phó năm sau: ghi số phiếu, ghi vai trò năm sau',
        params: ClusterParams,
        body: ElectionInput,
        response: { 201: Meeting },
      },
    },
    async (req, reply) =>
      reply.code(201).send(await service.elect(ctx, actorOf(req), req.params.id, req.body)),
  );
  app.get(
    '/clusters/:id/reports/:kind',
    {
      config: { policy: 'clusters:read' },
      schema: {
        tags: TAGS,
        summary: 'Báo cáo sơ kết 6 tháng (so-ket-6-thang) hoặc tổng kết năm (tong-ket-nam) của cụm (.docx)',
        params: ReportParams,
        querystring: ClusterYearQuery,
      },
    },
    async (req, reply) => {
      const d = await reportDocx(
        ctx,
        actorOf(req),
        req.params.id,
        req.params.kind,
        req.query.year ?? service.defaultYear(ctx),
      );
      return reply
        .header('content-type', DOCX)
        .header('content-disposition', contentDisposition(d.filename))
        .send(d.content);
    },
  );
}
