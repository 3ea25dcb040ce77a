// Routes of the statistics module (registered by app.ts under /api). Every route declares a policy from
// auth/policies/statistics.ts; the agency/unit scope is resolved in the service and applied in the SQL.
import type { Ctx } from '../../context.ts';
import { iterateWith, sendXlsx } from '../../http/export.ts';
import { pageOffset } from '../../http/schemas.ts';
import { actorOf, type Api } from '../../http/types.ts';
import { errors } from '../../errors.ts';
import type { AwardRecord } from '../../../../../packages/db/src/repositories/statistics.ts';
import { dashboard } from './dashboard.ts';
import { chartTable, recordsTable, taskTable, type Table } from './excel.ts';
import { AUTHORITY_LABELS, SOURCE_LABELS, TASK_STATE_LABELS, codeLabel, label } from './labels.ts';
import {
  AwardStatsSchema,
  DashboardQuery,
  DashboardSchema,
  ExportQuery,
  FairnessQuery,
  FairnessSchema,
  IndicatorStatsSchema,
  RangeQuery,
  RecordsFilter,
  RecordsQuery,
  RecordsSchema,
  TaskRecordsQuery,
  TaskRecordsSchema,
  TaskStatsSchema,
  TitleStatsSchema,
  YearQuery,
} from './schemas.ts';
import * as service from './service.ts';

const TAGS = ['statistics'];

function presentRecord(r: AwardRecord) {
  return {
    recipientId: r.recipient_id,
    decisionId: r.decision_id,
    subjectKind: r.subject_kind,
    personId: r.person_id,
    unitId: r.eff_unit_id,
    name: r.display_name,
    unitName: r.unit_name,
    code: r.code,
    label: codeLabel(r.code, r.other_name),
    category: r.category,
    kind: r.kind,
    authority: r.authority,
    authorityLabel: label(AUTHORITY_LABELS, r.authority),
    issuerName: r.issuer_name,
    source: r.source,
    sourceLabel: label(SOURCE_LABELS, r.source),
    number: r.number,
    symbol: r.symbol,
    decidedOn: r.decided_on,
    periodFrom: r.period_from,
    periodTo: r.period_to,
    year: r.year,
    status: r.status,
    annulledReason: r.annulled_reason,
    gender: r.gender,
    isLeader: r.is_leader,
    daysToDecision: r.days_to_decision,
  };
}

function checkDays(q: { daysFrom?: number | undefined; daysTo?: number | undefined }): void {
  if (q.daysFrom !== undefined && q.daysTo !== undefined && q.daysFrom > q.daysTo)
    throw errors.field('daysFrom', 'Số ngày "từ" phải không lớn hơn số ngày "đến".');
}

export async function statisticsRoutes(app: Api, ctx: Ctx): Promise<void> {
  const xlsx = (reply: Parameters<typeof sendXlsx>[0], t: Table) =>
    sendXlsx(reply, {
      filename: t.filename,
      sheetName: t.sheetName,
      title: t.title,
      columns: t.columns,
      rows: iterateWith(async () => t.rows),
      timeZone: ctx.config.timeZone,
    });

  app.get(
    '/statistics/awards',
    {
      config: { policy: 'statistics:read' },
      schema: {
        tags: TAGS,
        summary:
          'Khen thưởng theo năm, theo cấp, theo danh hiệu/hình thức và theo đơn vị trong khoảng năm (mặc định 5 năm gần nhất có dữ liệu)',
        querystring: RangeQuery,
        response: { 200: AwardStatsSchema },
      },
    },
    async (req) => service.awardStats(ctx, actorOf(req), req.query),
  );

  app.get(
    '/statistics/titles',
    {
      config: { policy: 'statistics:read' },
      schema: {
        tags: TAGS,
        summary:
          'Danh hiệu theo đơn vị so với chỉ tiêu (LĐTT / số cán bộ, CSTĐCS / số LĐTT, Tập thể LĐXS / số đơn vị) và nguồn của chỉ tiêu',
        querystring: YearQuery,
        response: { 200: TitleStatsSchema },
      },
    },
    async (req) => service.titleStats(ctx, actorOf(req), req.query),
  );

  app.get(
    '/statistics/indicators',
    {
      config: { policy: 'statistics:read' },
      schema: {
        tags: TAGS,
        summary: 'Chỉ tiêu so với kế hoạch năm theo tháng (% kế hoạch lũy kế đến từng tháng)',
        querystring: YearQuery,
        response: { 200: IndicatorStatsSchema },
      },
    },
    async (req) => service.indicatorStats(ctx, actorOf(req), req.query),
  );

  app.get(
    '/statistics/tasks',
    {
      config: { policy: 'statistics:read' },
      schema: {
        tags: TAGS,
        summary: 'Nhiệm vụ kế hoạch TĐKT theo tình trạng (quá hạn: chưa xong và đã qua hạn)',
        querystring: YearQuery,
        response: { 200: TaskStatsSchema },
      },
    },
    async (req) => service.taskStats(ctx, actorOf(req), req.query),
  );

  app.get(
    '/statistics/tasks/records',
    {
      config: { policy: 'statistics:read' },
      schema: {
        tags: TAGS,
        summary: 'Danh sách nhiệm vụ đứng sau một con số của biểu đồ tình trạng nhiệm vụ',
        querystring: TaskRecordsQuery,
        response: { 200: TaskRecordsSchema },
      },
    },
    async (req) => {
      const r = await service.taskRecords(ctx, actorOf(req), req.query);
      return {
        description: r.description,
        today: r.today,
        total: r.total,
        items: r.rows.map((t) => ({
          id: t.id,
          planId: t.plan_id,
          planTitle: t.plan_title,
          quarter: t.quarter,
          number: t.number,
          content: t.content,
          dueOn: t.due_on,
          status: t.status,
          state: t.state,
          stateLabel: label(TASK_STATE_LABELS, t.state),
          leadUnits: t.lead_units,
          doneOn: t.done_on,
        })),
      };
    },
  );

  app.get(
    '/statistics/tasks/records.xlsx',
    {
      config: { policy: 'statistics:read' },
      schema: { tags: TAGS, summary: 'Xuất Excel danh sách nhiệm vụ', querystring: TaskRecordsQuery },
    },
    async (req, reply) => xlsx(reply, await taskTable(ctx, actorOf(req), req.query)),
  );

  app.get(
    '/statistics/fairness',
    {
      config: { policy: 'statistics:read' },
      schema: {
        tags: TAGS,
        summary:
          'Công bằng: tỷ lệ khen lãnh đạo và cán bộ khác, nữ và nam (số lượng và %), nhận lại danh hiệu năm liền trước, thời gian từ hết kỳ thành tích đến quyết định',
        querystring: FairnessQuery,
        response: { 200: FairnessSchema },
      },
    },
    async (req) => service.fairnessStats(ctx, actorOf(req), req.query),
  );

  app.get(
    '/statistics/records',
    {
      config: { policy: 'statistics:read' },
      schema: {
        tags: TAGS,
        summary:
          'Danh sách khen thưởng đứng sau một con số (lọc theo năm, danh hiệu, cấp, đơn vị, giới tính, lãnh đạo, nhận lại, số ngày), kèm quyết định',
        querystring: RecordsQuery,
        response: { 200: RecordsSchema },
      },
    },
    async (req) => {
      checkDays(req.query);
      const r = await service.awardRecords(ctx, actorOf(req), req.query, pageOffset(req.query));
      return {
        description: r.description,
        items: r.rows.map(presentRecord),
        total: r.total,
        page: req.query.page,
        pageSize: req.query.pageSize,
      };
    },
  );

  app.get(
    '/statistics/records.xlsx',
    {
      config: { policy: 'statistics:read' },
      schema: {
        tags: TAGS,
        summary: 'Xuất Excel danh sách khen thưởng đứng sau một con số',
        querystring: RecordsFilter,
      },
    },
    async (req, reply) => {
      checkDays(req.query);
      return xlsx(reply, await recordsTable(ctx, actorOf(req), req.query));
    },
  );

  app.get(
    '/statistics/export.xlsx',
    {
      config: { policy: 'statistics:read' },
      schema: {
        tags: TAGS,
        summary: 'Xuất Excel số liệu của một biểu đồ (chart = tên biểu đồ)',
        querystring: ExportQuery,
      },
    },
    async (req, reply) => {
      const { chart, ...q } = req.query;
      return xlsx(reply, await chartTable(ctx, actorOf(req), chart, q));
    },
  );

  app.get(
    '/dashboard',
    {
      config: { policy: 'dashboard:read' },
      schema: {
        tags: TAGS,
        summary:
          'Trang tổng quan theo vai trò: thường trực (hạn, hồ sơ chờ, chỉ tiêu đã dùng, chỉ tiêu so với kế hoạch), trưởng đơn vị, cá nhân (lịch sử, dự báo, hạn), lãnh đạo (tổng hợp năm)',
        querystring: DashboardQuery,
        response: { 200: DashboardSchema },
      },
    },
    async (req) => dashboard(ctx, actorOf(req), req.query),
  );
}
