// "Xuất Excel" of every chart: the chart's data as a table (the same service call the chart reads, so the
// workbook and the picture never disagree), and the drill-down lists.
import type { CellOut, ExportColumn } from '../../../../../packages/spreadsheets/src/list-export.ts';
import type { Actor } from '../../auth/actor.ts';
import type { Ctx } from '../../context.ts';
import {
  awardRecords,
  awardStats,
  fairnessStats,
  indicatorStats,
  taskRecords,
  taskStats,
  titleStats,
  type RecordsQuery,
} from './service.ts';
import { AUTHORITY_LABELS, SOURCE_LABELS, TASK_STATE_LABELS, codeLabel, label } from './labels.ts';

export const CHARTS = [
  'awards-by-year',
  'awards-by-level',
  'awards-by-form',
  'awards-by-unit',
  'titles-vs-targets',
  'indicators-by-month',
  'tasks-by-status',
  'fairness-leaders',
  'fairness-gender',
  'rotation',
  'timeliness',
  'timeliness-buckets',
] as const;
export type ChartKey = (typeof CHARTS)[number];

export interface Table {
  title: string;
  filename: string;
  sheetName: string;
  columns: ExportColumn<CellOut[]>[];
  rows: CellOut[][];
}

type Col = { header: string; width?: number; type?: 'text' | 'number' | 'date' };
function table(title: string, filename: string, cols: Col[], rows: CellOut[][]): Table {
  return {
    title,
    filename,
    sheetName: 'Thống kê',
    columns: cols.map((c, i) => ({ ...c, value: (r: CellOut[]) => r[i] })),
    rows,
  };
}

/** A ratio as a percentage with one decimal (85,7), blank when undefined. */
const pct = (x: number | null): number | null => (x === null ? null : Math.round(x * 1000) / 10);

export interface ChartQuery {
  agencyId?: number | undefined;
  year?: number | undefined;
  from?: number | undefined;
  to?: number | undefined;
}

export async function chartTable(ctx: Ctx, actor: Actor, chart: ChartKey, q: ChartQuery): Promise<Table> {
  switch (chart) {
    case 'awards-by-year':
    case 'awards-by-level':
    case 'awards-by-form':
    case 'awards-by-unit': {
      const s = await awardStats(ctx, actor, q);
      const span = `${s.from}–${s.to}`;
      const f = `${chart}-${s.from}-${s.to}.xlsx`;
      if (chart === 'awards-by-year')
        return table(
          `Khen thưởng theo năm ${span} – ${s.scopeName}`,
          f,
          [
            { header: 'Năm', width: 8, type: 'number' },
            { header: 'Danh hiệu thi đua', width: 18, type: 'number' },
            { header: 'Hình thức khen thưởng', width: 22, type: 'number' },
            { header: 'Tổng', width: 10, type: 'number' },
          ],
          s.byYear.map((y) => [y.year, y.titles, y.forms, y.total]),
        );
      if (chart === 'awards-by-level')
        return table(
          `Khen thưởng theo cấp ${span} – ${s.scopeName}`,
          f,
          [
            { header: 'Cấp khen thưởng', width: 34 },
            { header: 'Số lượt', width: 10, type: 'number' },
          ],
          s.byLevel.map((x) => [x.label, x.count]),
        );
      if (chart === 'awards-by-form')
        return table(
          `Khen thưởng theo danh hiệu, hình thức ${span} – ${s.scopeName}`,
          f,
          [
            { header: 'Danh hiệu / hình thức', width: 48 },
            { header: 'Số lượt', width: 10, type: 'number' },
          ],
          s.byForm.map((x) => [x.label, x.count]),
        );
      return table(
        `Khen thưởng theo đơn vị ${span} – ${s.scopeName}`,
        f,
        [
          { header: 'Đơn vị', width: 44 },
          { header: 'Số lượt', width: 10, type: 'number' },
        ],
        s.byUnit.map((x) => [x.unitName, x.count]),
      );
    }
    case 'titles-vs-targets': {
      const s = await titleStats(ctx, actor, q);
      const t = (c: string) => s.targets.find((x) => x.code === c)!;
      const rows: CellOut[][] = s.units.map((u) => [
        u.unitName,
        u.headcount,
        u.ldtt,
        pct(u.ldttShare),
        u.cstdcs,
        pct(u.cstdcsShare),
        u.collectiveLabel,
      ]);
      rows.push([
        'Toàn cơ quan',
        s.totals.headcount,
        s.totals.ldtt,
        pct(s.totals.ldttShare),
        s.totals.cstdcs,
        pct(s.totals.cstdcsShare),
        `TT LĐXS: ${s.totals.ttldxs}/${s.totals.units} đơn vị (${pct(s.totals.ttldxsShare) ?? 0}%)`,
      ]);
      for (const code of ['lao-dong-tien-tien', 'chien-si-thi-dua-co-so', 'tap-the-lao-dong-xuat-sac'])
        rows.push([
          `Chỉ tiêu ${t(code).label}: ${t(code).comparison === 'at-most' ? 'không quá' : 'ít nhất'} ${t(code).percent}% ${t(code).base}`,
          null,
          null,
          null,
          null,
          null,
          t(code).source,
        ]);
      return table(
        `Danh hiệu theo đơn vị so với chỉ tiêu năm ${s.year} – ${s.scopeName}`,
        `titles-vs-targets-${s.year}.xlsx`,
        [
          { header: 'Đơn vị', width: 44 },
          { header: 'Số cán bộ', width: 10, type: 'number' },
          { header: 'LĐTT', width: 8, type: 'number' },
          { header: 'Tỷ lệ LĐTT (%)', width: 14, type: 'number' },
          { header: 'CSTĐCS', width: 9, type: 'number' },
          { header: 'CSTĐCS / LĐTT (%)', width: 16, type: 'number' },
          { header: 'Danh hiệu tập thể', width: 40 },
        ],
        rows,
      );
    }
    case 'indicators-by-month': {
      const s = await indicatorStats(ctx, actor, q);
      const rows: CellOut[][] = [];
      for (const x of s.series)
        for (const p of x.points) rows.push([x.name, x.unit, x.plan, p.month, p.cumulative, p.percentOfPlan]);
      return table(
        `Chỉ tiêu so với kế hoạch theo tháng năm ${s.year}`,
        `indicators-by-month-${s.year}.xlsx`,
        [
          { header: 'Chỉ tiêu', width: 48 },
          { header: 'Đơn vị tính', width: 14 },
          { header: 'Kế hoạch năm', width: 14 },
          { header: 'Tháng', width: 8, type: 'number' },
          { header: 'Lũy kế', width: 14 },
          { header: '% kế hoạch', width: 12, type: 'number' },
        ],
        rows,
      );
    }
    case 'tasks-by-status': {
      const s = await taskStats(ctx, actor, q);
      return table(
        `Nhiệm vụ kế hoạch TĐKT năm ${s.year} theo tình trạng (ngày ${s.today.split('-').reverse().join('/')})`,
        `tasks-by-status-${s.year}.xlsx`,
        [
          { header: 'Tình trạng', width: 26 },
          { header: 'Số nhiệm vụ', width: 12, type: 'number' },
        ],
        s.states.map((x) => [x.label, x.count]),
      );
    }
    case 'fairness-leaders':
    case 'fairness-gender':
    case 'rotation':
    case 'timeliness':
    case 'timeliness-buckets': {
      const s = await fairnessStats(ctx, actor, q);
      if (chart === 'fairness-leaders' || chart === 'fairness-gender') {
        const groups = chart === 'fairness-leaders' ? s.leaders : s.gender;
        return table(
          `${chart === 'fairness-leaders' ? 'Khen thưởng lãnh đạo và cán bộ khác' : 'Khen thưởng theo giới tính'} năm ${s.year} – ${s.scopeName}`,
          `${chart}-${s.year}.xlsx`,
          [
            { header: 'Nhóm', width: 26 },
            { header: 'Số cán bộ', width: 10, type: 'number' },
            { header: 'Tỷ lệ cán bộ (%)', width: 16, type: 'number' },
            { header: 'Số lượt khen', width: 12, type: 'number' },
            { header: 'Tỷ lệ lượt khen (%)', width: 18, type: 'number' },
            { header: 'Số người được khen', width: 18, type: 'number' },
            { header: 'Lượt / 100 cán bộ', width: 16, type: 'number' },
          ],
          groups.map((g) => [
            g.label,
            g.people,
            pct(g.peopleShare),
            g.awards,
            pct(g.awardShare),
            g.recipients,
            g.per100,
          ]),
        );
      }
      if (chart === 'rotation')
        return table(
          `Nhận lại danh hiệu, hình thức của năm liền trước (năm ${s.year}) – ${s.scopeName}`,
          `rotation-${s.year}.xlsx`,
          [
            { header: 'Danh hiệu / hình thức', width: 36 },
            { header: 'Số người được khen', width: 18, type: 'number' },
            { header: `Đã nhận năm ${s.year - 1}`, width: 16, type: 'number' },
            { header: 'Tỷ lệ nhận lại (%)', width: 18, type: 'number' },
          ],
          s.rotation.map((r) => [r.label, r.recipients, r.repeated, pct(r.repeatedShare)]),
        );
      if (chart === 'timeliness')
        return table(
          `Thời gian từ hết kỳ thành tích đến quyết định ${s.from}–${s.to} – ${s.scopeName}`,
          `timeliness-${s.from}-${s.to}.xlsx`,
          [
            { header: 'Cấp quyết định', width: 34 },
            { header: 'Số quyết định', width: 14, type: 'number' },
            { header: 'Số lượt', width: 10, type: 'number' },
            { header: 'Bình quân (ngày)', width: 16, type: 'number' },
            { header: 'Nhanh nhất (ngày)', width: 16, type: 'number' },
            { header: 'Chậm nhất (ngày)', width: 16, type: 'number' },
          ],
          s.timeliness.map((t) => [t.label, t.decisions, t.awards, t.avgDays, t.minDays, t.maxDays]),
        );
      return table(
        `Số lượt khen theo thời gian đến quyết định ${s.from}–${s.to} – ${s.scopeName}`,
        `timeliness-buckets-${s.from}-${s.to}.xlsx`,
        [
          { header: 'Thời gian', width: 26 },
          { header: 'Số lượt', width: 10, type: 'number' },
        ],
        s.timelinessBuckets.map((b) => [b.label, b.awards]),
      );
    }
  }
}

/** The drill-down list of award records as a workbook. */
export async function recordsTable(ctx: Ctx, actor: Actor, q: RecordsQuery): Promise<Table> {
  const r = await awardRecords(ctx, actor, q, null);
  return table(
    `Danh sách khen thưởng: ${r.description}`,
    'danh-sach-khen-thuong.xlsx',
    [
      { header: 'Năm', width: 7, type: 'number' },
      { header: 'Người / tập thể được khen', width: 34 },
      { header: 'Đơn vị', width: 30 },
      { header: 'Danh hiệu / hình thức', width: 36 },
      { header: 'Cấp', width: 28 },
      { header: 'Số quyết định', width: 18 },
      { header: 'Ngày quyết định', width: 14, type: 'date' },
      { header: 'Nguồn', width: 20 },
      { header: 'Số ngày đến quyết định', width: 14, type: 'number' },
      { header: 'Tình trạng', width: 14 },
    ],
    r.rows.map((x) => [
      x.year,
      x.display_name,
      x.unit_name,
      codeLabel(x.code, x.other_name),
      label(AUTHORITY_LABELS, x.authority),
      [x.number, x.symbol].filter(Boolean).join('/') || null,
      x.decided_on,
      label(SOURCE_LABELS, x.source),
      x.days_to_decision,
      x.status === 'annulled' ? 'Đã hủy' : 'Có hiệu lực',
    ]),
  );
}

export async function taskTable(
  ctx: Ctx,
  actor: Actor,
  q: Parameters<typeof taskRecords>[2],
): Promise<Table> {
  const r = await taskRecords(ctx, actor, q);
  return table(
    r.description,
    `nhiem-vu-${q.year}.xlsx`,
    [
      { header: 'Số', width: 6 },
      { header: 'Nội dung', width: 60 },
      { header: 'Chủ trì', width: 30 },
      { header: 'Hạn', width: 12, type: 'date' },
      { header: 'Tình trạng', width: 20 },
      { header: 'Ngày hoàn thành', width: 14, type: 'date' },
      { header: 'Kế hoạch', width: 40 },
    ],
    r.rows.map((t) => [
      t.number,
      t.content,
      t.lead_units,
      t.due_on ?? t.deadline_text,
      label(TASK_STATE_LABELS, t.state),
      t.done_on,
      t.plan_title,
    ]),
  );
}
