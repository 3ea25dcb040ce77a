import { useMemo, type ReactNode } from 'react';
import { Alert, Button, Card, Col, Flex, Row, Select, Space, Table, Tabs, Tag, Typography } from 'antd';
import { FileExcelOutlined } from '@ant-design/icons';
import type { EChartsOption } from 'echarts';
import { Link, useSearchParams } from 'react-router';
import { PageHeader } from '../../components/PageHeader.tsx';
import { ErrorAlert } from '../../components/ErrorAlert.tsx';
import { formatNumber, formatPercent } from '../../lib/format.ts';
import { hasRole, isAdmin } from '../../lib/permissions.ts';
import { useMe, useWorkingYear } from '../../lib/session.tsx';
import { Chart } from './charts/Chart.tsx';
import {
  drillHref,
  exportChart,
  taskDrillHref,
  useAgencyOptions,
  useAwardStats,
  useFairness,
  useIndicatorStats,
  useTaskStats,
  useTitleStats,
  type Drill,
  type Share,
  type StatsParams,
} from './api/statistics.ts';

// /thong-ke?tab=khen-thuong|danh-hieu|chi-tieu|nhiem-vu|cong-bang&nam=2024&tu=2020&den=2024
// Every chart: its figures in a table beside it, each figure a link to the records behind it (clicking a bar
// or slice does the same), and "Xuất Excel" for the chart's data.

const TABS = ['khen-thuong', 'danh-hieu', 'chi-tieu', 'nhiem-vu', 'cong-bang'] as const;
type TabKey = (typeof TABS)[number];

const COLORS = ['#1677ff', '#52c41a', '#faad14', '#eb2f96', '#13c2c2', '#722ed1', '#fa541c', '#2f54eb'];

const tooltip = { trigger: 'axis' as const, axisPointer: { type: 'shadow' as const } };
const vnNumber = (v: unknown): string => formatNumber(typeof v === 'number' ? v : Number(v));

/** A figure that opens the list of records behind it. */
export function FigureLink({ drill, children, task }: { drill: Drill; children: ReactNode; task?: boolean }) {
  return (
    <Link to={task ? taskDrillHref(drill) : drillHref(drill)} data-testid="figure-link">
      {children}
    </Link>
  );
}

function ChartCard({
  chart,
  title,
  params,
  children,
  extra,
}: {
  chart: string;
  title: ReactNode;
  params: StatsParams;
  children: ReactNode;
  extra?: ReactNode;
}) {
  return (
    <Card
      title={title}
      style={{ marginBottom: 16 }}
      data-testid={`card-${chart}`}
      extra={
        <Space>
          {extra}
          <Button
            size="small"
            icon={<FileExcelOutlined />}
            onClick={() => exportChart(chart, params)}
            data-testid={`export-${chart}`}
          >
            Xuất Excel
          </Button>
        </Space>
      }
    >
      {children}
    </Card>
  );
}

function barOption(
  categories: string[],
  series: { name: string; data: { value: number; href: string }[]; stack?: string }[],
  horizontal = false,
): EChartsOption {
  const cat = {
    type: 'category' as const,
    data: categories,
    axisLabel: { interval: 0, width: 140, overflow: 'truncate' as const },
  };
  const val = { type: 'value' as const, minInterval: 1, axisLabel: { formatter: vnNumber } };
  return {
    color: COLORS,
    tooltip: { ...tooltip, valueFormatter: vnNumber },
    legend: series.length > 1 ? { top: 0 } : { show: false },
    grid: {
      left: horizontal ? 150 : 40,
      right: 16,
      top: series.length > 1 ? 32 : 16,
      bottom: 24,
      containLabel: !horizontal,
    },
    xAxis: horizontal ? val : cat,
    yAxis: horizontal ? { ...cat, inverse: true } : val,
    series: series.map((s) => ({
      type: 'bar',
      name: s.name,
      stack: s.stack,
      data: s.data,
      cursor: 'pointer',
      label: {
        show: true,
        position: s.stack ? 'inside' : horizontal ? 'right' : 'top',
        formatter: (p: { value: unknown }) => (Number(p.value) === 0 ? '' : vnNumber(p.value)),
      },
    })),
  };
}

function pieOption(data: { name: string; value: number; href: string }[]): EChartsOption {
  return {
    color: COLORS,
    tooltip: { trigger: 'item', valueFormatter: vnNumber },
    legend: { orient: 'vertical', left: 0, top: 'middle' },
    series: [
      {
        type: 'pie',
        radius: ['35%', '70%'],
        center: ['65%', '50%'],
        data: data.filter((d) => d.value > 0),
        cursor: 'pointer',
        label: { formatter: '{c} ({d}%)' },
      },
    ],
  };
}

// ───────────────────────────── awards ─────────────────────────────

function AwardsTab({ params }: { params: StatsParams }) {
  const q = useAwardStats(params);
  const s = q.data;
  const p = { agencyId: params.agencyId, from: s?.from, to: s?.to };
  const yearOption = useMemo(
    () =>
      s &&
      barOption(
        s.byYear.map((y) => String(y.year)),
        [
          {
            name: 'Danh hiệu thi đua',
            stack: 'y',
            data: s.byYear.map((y) => ({ value: y.titles, href: drillHref(y.drillTitles) })),
          },
          {
            name: 'Hình thức khen thưởng',
            stack: 'y',
            data: s.byYear.map((y) => ({ value: y.forms, href: drillHref(y.drillForms) })),
          },
        ],
      ),
    [s],
  );
  const levelOption = useMemo(
    () => s && pieOption(s.byLevel.map((x) => ({ name: x.label, value: x.count, href: drillHref(x.drill) }))),
    [s],
  );
  const formOption = useMemo(
    () =>
      s &&
      barOption(
        s.byForm.map((x) => x.short),
        [{ name: 'Số lượt', data: s.byForm.map((x) => ({ value: x.count, href: drillHref(x.drill) })) }],
        true,
      ),
    [s],
  );
  const unitOption = useMemo(
    () =>
      s &&
      barOption(
        s.byUnit.map((x) => x.unitName),
        [{ name: 'Số lượt', data: s.byUnit.map((x) => ({ value: x.count, href: drillHref(x.drill) })) }],
        true,
      ),
    [s],
  );
  return (
    <>
      <ErrorAlert error={q.error} />
      {s && (
        <>
          <Typography.Paragraph type="secondary" data-testid="awards-summary">
            {s.scopeName}: {formatNumber(s.total)} lượt khen thưởng các năm {s.from}–{s.to} (không tính quyết
            định đã hủy).
          </Typography.Paragraph>
          <Row gutter={16}>
            <Col xs={24} xl={12}>
              <ChartCard chart="awards-by-year" title="Theo năm" params={p}>
                <Chart option={yearOption!} testId="chart-awards-by-year" empty={s.total === 0} />
                <Table
                  size="small"
                  pagination={false}
                  rowKey="year"
                  dataSource={s.byYear}
                  columns={[
                    { title: 'Năm', dataIndex: 'year' },
                    {
                      title: 'Danh hiệu',
                      render: (_, y) => (
                        <FigureLink drill={y.drillTitles}>{formatNumber(y.titles)}</FigureLink>
                      ),
                    },
                    {
                      title: 'Hình thức',
                      render: (_, y) => <FigureLink drill={y.drillForms}>{formatNumber(y.forms)}</FigureLink>,
                    },
                    {
                      title: 'Tổng',
                      render: (_, y) => <FigureLink drill={y.drill}>{formatNumber(y.total)}</FigureLink>,
                    },
                  ]}
                />
              </ChartCard>
            </Col>
            <Col xs={24} xl={12}>
              <ChartCard chart="awards-by-level" title="Theo cấp khen thưởng" params={p}>
                <Chart option={levelOption!} testId="chart-awards-by-level" empty={s.byLevel.length === 0} />
                <FigureList
                  items={s.byLevel.map((x) => ({
                    key: x.authority,
                    label: x.label,
                    value: x.count,
                    drill: x.drill,
                  }))}
                />
              </ChartCard>
            </Col>
            <Col xs={24} xl={12}>
              <ChartCard chart="awards-by-form" title="Theo danh hiệu, hình thức" params={p}>
                <Chart
                  option={formOption!}
                  testId="chart-awards-by-form"
                  empty={s.byForm.length === 0}
                  height={Math.max(200, s.byForm.length * 34)}
                />
                <FigureList
                  items={s.byForm.map((x) => ({
                    key: x.code,
                    label: x.label,
                    value: x.count,
                    drill: x.drill,
                  }))}
                />
              </ChartCard>
            </Col>
            <Col xs={24} xl={12}>
              <ChartCard chart="awards-by-unit" title="Theo đơn vị" params={p}>
                <Chart
                  option={unitOption!}
                  testId="chart-awards-by-unit"
                  empty={s.byUnit.length === 0}
                  height={Math.max(200, s.byUnit.length * 34)}
                />
                <FigureList
                  items={s.byUnit.map((x) => ({
                    key: String(x.unitId),
                    label: x.unitName,
                    value: x.count,
                    drill: x.drill,
                  }))}
                />
              </ChartCard>
            </Col>
          </Row>
        </>
      )}
    </>
  );
}

function FigureList({ items }: { items: { key: string; label: string; value: number; drill: Drill }[] }) {
  return (
    <Table
      size="small"
      pagination={false}
      rowKey="key"
      dataSource={items}
      columns={[
        { title: 'Nội dung', dataIndex: 'label' },
        {
          title: 'Số lượt',
          align: 'right',
          render: (_, x) => <FigureLink drill={x.drill}>{formatNumber(x.value)}</FigureLink>,
        },
      ]}
    />
  );
}

// ───────────────────────────── titles against targets ─────────────────────────────

function TitlesTab({ params }: { params: StatsParams }) {
  const q = useTitleStats(params);
  const s = q.data;
  const option = useMemo((): EChartsOption | undefined => {
    if (!s) return undefined;
    const ld = s.targets.find((x) => x.code === 'lao-dong-tien-tien');
    const cs = s.targets.find((x) => x.code === 'chien-si-thi-dua-co-so');
    const units = s.units.filter((u) => u.headcount > 0);
    const pct = (x: number | null) => (x === null ? 0 : Math.round(x * 1000) / 10);
    return {
      color: COLORS,
      tooltip: { ...tooltip, valueFormatter: (v) => `${vnNumber(v)}%` },
      legend: { top: 0 },
      grid: { left: 40, right: 90, top: 32, bottom: 24, containLabel: true },
      xAxis: {
        type: 'category',
        data: units.map((u) => u.unitName),
        axisLabel: { interval: 0, width: 110, overflow: 'truncate' },
      },
      yAxis: { type: 'value', max: 100, axisLabel: { formatter: '{value}%' } },
      series: [
        {
          type: 'bar',
          name: 'Tỷ lệ LĐTT / số cán bộ',
          data: units.map((u) => ({ value: pct(u.ldttShare), href: drillHref(u.drillLdtt) })),
          cursor: 'pointer',
          label: {
            show: true,
            position: 'top',
            formatter: (p: { value: unknown }) => `${vnNumber(p.value)}%`,
          },
          markLine: ld
            ? {
                symbol: 'none',
                data: [{ yAxis: ld.percent, name: `Chỉ tiêu LĐTT ${ld.percent}%` }],
                label: { formatter: `LĐTT ${ld.percent}%` },
              }
            : undefined,
        },
        {
          type: 'bar',
          name: 'Tỷ lệ CSTĐCS / số LĐTT',
          data: units.map((u) => ({ value: pct(u.cstdcsShare), href: drillHref(u.drillCstdcs) })),
          cursor: 'pointer',
          label: {
            show: true,
            position: 'top',
            formatter: (p: { value: unknown }) => `${vnNumber(p.value)}%`,
          },
          markLine: cs
            ? {
                symbol: 'none',
                data: [{ yAxis: cs.percent }],
                label: { formatter: `CSTĐCS ${cs.percent}%` },
                lineStyle: { color: '#52c41a' },
              }
            : undefined,
        },
      ],
    };
  }, [s]);
  if (!s) return <ErrorAlert error={q.error} />;
  const t = s.totals;
  const metTag = (ok: boolean) => (ok ? <Tag color="green">Đạt</Tag> : <Tag color="red">Chưa đạt</Tag>);
  return (
    <>
      <ErrorAlert error={q.error} />
      <ChartCard
        chart="titles-vs-targets"
        title={`Danh hiệu theo đơn vị so với chỉ tiêu năm ${s.year}`}
        params={{ agencyId: params.agencyId, year: s.year }}
      >
        <Flex gap={24} wrap style={{ marginBottom: 12 }} data-testid="titles-totals">
          <span>
            LĐTT: <FigureLink drill={s.drill.ldtt!}>{formatNumber(t.ldtt)}</FigureLink>/
            {formatNumber(t.headcount)} cán bộ = <b>{formatPercent(t.ldttShare)}</b> {metTag(s.met.ldtt)}
          </span>
          <span>
            CSTĐCS: <FigureLink drill={s.drill.cstdcs!}>{formatNumber(t.cstdcs)}</FigureLink>/
            {formatNumber(t.ldtt)} LĐTT = <b>{formatPercent(t.cstdcsShare)}</b> {metTag(s.met.cstdcs)}
          </span>
          <span>
            Tập thể LĐXS: <FigureLink drill={s.drill.ttldxs!}>{formatNumber(t.ttldxs)}</FigureLink>/
            {formatNumber(t.units)} đơn vị = <b>{formatPercent(t.ttldxsShare)}</b> {metTag(s.met.ttldxs)}
          </span>
        </Flex>
        <Chart option={option!} testId="chart-titles-vs-targets" empty={s.units.length === 0} height={320} />
        <Table
          size="small"
          pagination={false}
          rowKey="unitId"
          dataSource={s.units}
          columns={[
            { title: 'Đơn vị', dataIndex: 'unitName' },
            { title: 'Số cán bộ', dataIndex: 'headcount', align: 'right' },
            {
              title: 'LĐTT',
              align: 'right',
              render: (_, u) => <FigureLink drill={u.drillLdtt}>{u.ldtt}</FigureLink>,
            },
            {
              title: 'Tỷ lệ LĐTT',
              align: 'right',
              render: (_, u) => (
                <span style={{ color: u.ldttMet ? undefined : '#cf1322' }}>{formatPercent(u.ldttShare)}</span>
              ),
            },
            {
              title: 'CSTĐCS',
              align: 'right',
              render: (_, u) => <FigureLink drill={u.drillCstdcs}>{u.cstdcs}</FigureLink>,
            },
            {
              title: 'CSTĐCS / LĐTT',
              align: 'right',
              render: (_, u) => (
                <span style={{ color: u.cstdcsWithin ? undefined : '#cf1322' }}>
                  {formatPercent(u.cstdcsShare)}
                </span>
              ),
            },
            {
              title: 'Danh hiệu tập thể',
              render: (_, u) =>
                u.collectiveLabel ? (
                  <FigureLink drill={u.drillCollective}>{u.collectiveLabel}</FigureLink>
                ) : u.leadership ? (
                  '—'
                ) : (
                  'Chưa có'
                ),
            },
          ]}
        />
        <Typography.Title level={5} style={{ marginTop: 16 }}>
          Chỉ tiêu và nguồn
        </Typography.Title>
        <ul data-testid="title-targets">
          {s.targets.map((x) => (
            <li key={x.code}>
              <b>
                {x.label}: {x.comparison === 'at-most' ? 'không quá' : 'ít nhất'} {formatNumber(x.percent)}%{' '}
                {x.base}
              </b>{' '}
              — <Typography.Text type="secondary">{x.source}</Typography.Text>
            </li>
          ))}
        </ul>
      </ChartCard>
    </>
  );
}

// ───────────────────────────── indicators ─────────────────────────────

function IndicatorsTab({ params }: { params: StatsParams }) {
  const q = useIndicatorStats(params);
  const s = q.data;
  const option = useMemo((): EChartsOption | undefined => {
    if (!s) return undefined;
    const months = Array.from({ length: s.uptoMonth ?? 0 }, (_, i) => i + 1);
    return {
      color: COLORS,
      tooltip: {
        trigger: 'axis',
        valueFormatter: (v) => (v === null || v === undefined ? '' : `${vnNumber(v)}%`),
      },
      legend: { top: 0, type: 'scroll' },
      grid: { left: 40, right: 100, top: 40, bottom: 24, containLabel: true },
      xAxis: { type: 'category', data: months.map((m) => `Tháng ${m}`) },
      yAxis: { type: 'value', axisLabel: { formatter: '{value}%' } },
      series: s.series.map((x) => ({
        type: 'line',
        name: x.name,
        cursor: 'pointer',
        data: x.points.map((p) => ({
          value: p.percentOfPlan,
          href: `/chi-tieu?nam=${s.year}&thang=${p.month}`,
        })),
        markLine: {
          symbol: 'none',
          silent: true,
          data: [{ yAxis: 100 }],
          label: { formatter: 'Kế hoạch 100%' },
        },
      })),
    };
  }, [s]);
  if (!s) return <ErrorAlert error={q.error} />;
  const last = s.uptoMonth;
  return (
    <ChartCard
      chart="indicators-by-month"
      title={`Chỉ tiêu so với kế hoạch năm ${s.year} theo tháng (lũy kế, % kế hoạch)`}
      params={{ agencyId: params.agencyId, year: s.year }}
    >
      {s.series.length === 0 && (
        <Alert
          type="info"
          showIcon
          style={{ marginBottom: 12 }}
          title="Năm này chưa có chỉ tiêu nào có kế hoạch năm và số liệu tháng."
        />
      )}
      <Chart option={option!} testId="chart-indicators-by-month" empty={s.series.length === 0} height={320} />
      {last !== null && s.series.length > 0 && (
        <Table
          size="small"
          pagination={false}
          rowKey="id"
          dataSource={s.series}
          columns={[
            { title: 'Chỉ tiêu', dataIndex: 'name' },
            { title: 'Kế hoạch năm', render: (_, x) => `${x.plan ?? ''} ${x.unit ?? ''}` },
            {
              title: `Lũy kế đến tháng ${last}`,
              render: (_, x) => {
                const p = x.points.at(-1);
                return (
                  <Link to={`/chi-tieu?nam=${s.year}&thang=${last}`} data-testid="figure-link">
                    {p?.cumulative ?? ''} {x.unit ?? ''}
                  </Link>
                );
              },
            },
            { title: '% kế hoạch', align: 'right', render: (_, x) => x.points.at(-1)?.percentText ?? '' },
          ]}
        />
      )}
    </ChartCard>
  );
}

// ───────────────────────────── plan tasks ─────────────────────────────

function TasksTab({ params }: { params: StatsParams }) {
  const q = useTaskStats(params);
  const s = q.data;
  const option = useMemo(
    () =>
      s && pieOption(s.states.map((x) => ({ name: x.label, value: x.count, href: taskDrillHref(x.drill) }))),
    [s],
  );
  if (!s) return <ErrorAlert error={q.error} />;
  return (
    <ChartCard
      chart="tasks-by-status"
      title={`Nhiệm vụ kế hoạch TĐKT năm ${s.year} theo tình trạng`}
      params={{ agencyId: params.agencyId, year: s.year }}
    >
      <Row gutter={16}>
        <Col xs={24} lg={14}>
          <Chart option={option!} testId="chart-tasks-by-status" empty={s.total === 0} />
        </Col>
        <Col xs={24} lg={10}>
          <Table
            size="small"
            pagination={false}
            rowKey="state"
            dataSource={s.states}
            columns={[
              { title: 'Tình trạng', dataIndex: 'label' },
              {
                title: 'Số nhiệm vụ',
                align: 'right',
                render: (_, x) => (
                  <FigureLink task drill={x.drill}>
                    {x.count}
                  </FigureLink>
                ),
              },
            ]}
          />
        </Col>
      </Row>
    </ChartCard>
  );
}

// ───────────────────────────── fairness ─────────────────────────────

function ShareTable({ rows }: { rows: Share[] }) {
  return (
    <Table
      size="small"
      pagination={false}
      rowKey="key"
      dataSource={rows}
      columns={[
        { title: 'Nhóm', dataIndex: 'label' },
        {
          title: 'Số cán bộ',
          align: 'right',
          render: (_, r) => `${r.people} (${formatPercent(r.peopleShare)})`,
        },
        {
          title: 'Số lượt khen',
          align: 'right',
          render: (_, r) => <FigureLink drill={r.drill}>{r.awards}</FigureLink>,
        },
        { title: 'Tỷ lệ lượt khen', align: 'right', render: (_, r) => formatPercent(r.awardShare) },
        { title: 'Lượt / 100 người', align: 'right', render: (_, r) => formatNumber(r.per100) },
      ]}
    />
  );
}

function shareOption(rows: Share[]): EChartsOption {
  const pct = (x: number | null) => (x === null ? 0 : Math.round(x * 1000) / 10);
  return {
    color: ['#bfbfbf', '#1677ff'],
    tooltip: { ...tooltip, valueFormatter: (v) => `${vnNumber(v)}%` },
    legend: { top: 0 },
    grid: { left: 40, right: 16, top: 32, bottom: 24, containLabel: true },
    xAxis: { type: 'category', data: rows.map((r) => r.label) },
    yAxis: { type: 'value', max: 100, axisLabel: { formatter: '{value}%' } },
    series: [
      {
        type: 'bar',
        name: 'Tỷ lệ trong số cán bộ',
        data: rows.map((r) => pct(r.peopleShare)),
        label: { show: true, position: 'top', formatter: '{c}%' },
      },
      {
        type: 'bar',
        name: 'Tỷ lệ trong số lượt khen',
        cursor: 'pointer',
        data: rows.map((r) => ({ value: pct(r.awardShare), href: drillHref(r.drill) })),
        label: { show: true, position: 'top', formatter: '{c}%' },
      },
    ],
  };
}

function FairnessTab({ params }: { params: StatsParams }) {
  const q = useFairness(params);
  const s = q.data;
  const leaders = useMemo(() => s && shareOption(s.leaders), [s]);
  const gender = useMemo(() => s && shareOption(s.gender), [s]);
  const rotation = useMemo(
    () =>
      s &&
      barOption(
        s.rotation.map((r) => r.label),
        [
          {
            name: 'Lần đầu',
            stack: 'r',
            data: s.rotation.map((r) => ({
              value: r.recipients - r.repeated,
              href: drillHref({ ...r.drill, repeated: false }),
            })),
          },
          {
            name: `Đã nhận năm ${s.year - 1}`,
            stack: 'r',
            data: s.rotation.map((r) => ({ value: r.repeated, href: drillHref(r.drill) })),
          },
        ],
      ),
    [s],
  );
  const buckets = useMemo(
    () =>
      s &&
      barOption(
        s.timelinessBuckets.map((b) => b.label),
        [
          {
            name: 'Số lượt',
            data: s.timelinessBuckets.map((b) => ({ value: b.awards, href: drillHref(b.drill) })),
          },
        ],
        true,
      ),
    [s],
  );
  if (!s) return <ErrorAlert error={q.error} />;
  const p = { agencyId: params.agencyId, year: s.year, from: s.from, to: s.to };
  return (
    <Row gutter={16}>
      <Col xs={24} xl={12}>
        <ChartCard chart="fairness-leaders" title={`Lãnh đạo và cán bộ khác, năm ${s.year}`} params={p}>
          <Chart
            option={leaders!}
            testId="chart-fairness-leaders"
            empty={s.leaders.every((x) => x.people === 0 && x.awards === 0)}
            height={240}
          />
          <ShareTable rows={s.leaders} />
        </ChartCard>
      </Col>
      <Col xs={24} xl={12}>
        <ChartCard chart="fairness-gender" title={`Nữ và nam, năm ${s.year}`} params={p}>
          <Chart
            option={gender!}
            testId="chart-fairness-gender"
            empty={s.gender.every((x) => x.people === 0 && x.awards === 0)}
            height={240}
          />
          <ShareTable rows={s.gender} />
        </ChartCard>
      </Col>
      <Col xs={24} xl={12}>
        <ChartCard chart="rotation" title={`Nhận lại năm liền trước (luân phiên), năm ${s.year}`} params={p}>
          <Chart option={rotation!} testId="chart-rotation" empty={s.rotation.length === 0} height={240} />
          <Table
            size="small"
            pagination={false}
            rowKey="code"
            dataSource={s.rotation}
            columns={[
              { title: 'Danh hiệu / hình thức', dataIndex: 'label' },
              { title: 'Số người', align: 'right', dataIndex: 'recipients' },
              {
                title: `Đã nhận năm ${s.year - 1}`,
                align: 'right',
                render: (_, r) => <FigureLink drill={r.drill}>{r.repeated}</FigureLink>,
              },
              { title: 'Tỷ lệ', align: 'right', render: (_, r) => formatPercent(r.repeatedShare) },
            ]}
          />
        </ChartCard>
      </Col>
      <Col xs={24} xl={12}>
        <ChartCard
          chart="timeliness-buckets"
          title={`Thời gian đến quyết định, ${s.from}–${s.to}`}
          params={p}
          extra={
            <Button
              size="small"
              icon={<FileExcelOutlined />}
              onClick={() => exportChart('timeliness', p)}
              data-testid="export-timeliness"
            >
              Theo cấp
            </Button>
          }
        >
          <Chart option={buckets!} testId="chart-timeliness" empty={s.timeliness.length === 0} height={240} />
          <Table
            size="small"
            pagination={false}
            rowKey="authority"
            dataSource={s.timeliness}
            columns={[
              { title: 'Cấp quyết định', dataIndex: 'label' },
              {
                title: 'Số lượt',
                align: 'right',
                render: (_, t) => <FigureLink drill={t.drill}>{t.awards}</FigureLink>,
              },
              { title: 'Bình quân (ngày)', align: 'right', render: (_, t) => formatNumber(t.avgDays) },
              {
                title: 'Nhanh nhất – chậm nhất',
                align: 'right',
                render: (_, t) => `${t.minDays} – ${t.maxDays}`,
              },
            ]}
          />
        </ChartCard>
      </Col>
    </Row>
  );
}

// ───────────────────────────── page ─────────────────────────────

export function StatisticsPage() {
  const [params, setParams] = useSearchParams();
  const thisYear = Math.max(useWorkingYear(), new Date().getFullYear());
  const tab: TabKey = (TABS as readonly string[]).includes(params.get('tab') ?? '')
    ? (params.get('tab') as TabKey)
    : 'khen-thuong';
  const num = (k: string) => (Number(params.get(k)) >= 1945 ? Number(params.get(k)) : undefined);
  const year = num('nam');
  // An admin (no agency of their own) or a reviewer (the agencies below theirs) picks the agency.
  const me = useMe();
  const picksAgency = isAdmin(me) || hasRole(me, 'reviewer');
  const agencies = useAgencyOptions(picksAgency);
  const agencyParam = Number(params.get('coQuan')) || undefined;
  const agencyId = picksAgency ? (agencyParam ?? me.agencyId ?? agencies.data?.[0]?.id) : undefined;
  const from = num('tu');
  const to = num('den');
  const set = (k: string, v: string | null) => {
    const next = new URLSearchParams(params);
    if (v === null) next.delete(k);
    else next.set(k, v);
    setParams(next, { replace: true });
  };
  const years = Array.from({ length: 12 }, (_, i) => thisYear - i);
  const yearSelect = (k: string, value: number | undefined, prefix: string, testId: string) => (
    <Select
      allowClear
      prefix={prefix}
      placeholder="mặc định"
      style={{ width: 160 }}
      value={value}
      onChange={(v: number | undefined) => set(k, v === undefined ? null : String(v))}
      options={(value === undefined || years.includes(value) ? years : [value, ...years]).map((y) => ({
        value: y,
        label: String(y),
      }))}
      data-testid={testId}
    />
  );
  return (
    <>
      <PageHeader
        title="Thống kê"
        subtitle="Số liệu khen thưởng, danh hiệu so với chỉ tiêu, chỉ tiêu kinh tế, nhiệm vụ kế hoạch và tính công bằng. Bấm vào một con số (hoặc cột, lát biểu đồ) để xem danh sách hồ sơ đứng sau nó."
        extra={
          <Space wrap>
            {picksAgency && (
              <Select
                showSearch
                optionFilterProp="label"
                prefix="Cơ quan"
                style={{ width: 320 }}
                value={agencyId}
                onChange={(v: number) => set('coQuan', String(v))}
                options={(agencies.data ?? []).map((a) => ({ value: a.id, label: a.name }))}
                data-testid="stats-agency"
              />
            )}
            {tab === 'khen-thuong' || tab === 'cong-bang' ? (
              <>
                {yearSelect('tu', from, 'Từ năm', 'stats-from')}
                {yearSelect('den', to, 'Đến năm', 'stats-to')}
              </>
            ) : null}
            {tab !== 'khen-thuong' ? yearSelect('nam', year, 'Năm', 'stats-year') : null}
          </Space>
        }
      />
      <Tabs
        activeKey={tab}
        onChange={(k) => set('tab', k)}
        destroyOnHidden
        items={[
          {
            key: 'khen-thuong',
            label: 'Khen thưởng',
            children: <AwardsTab params={{ agencyId, from, to }} />,
          },
          {
            key: 'danh-hieu',
            label: 'Danh hiệu so với chỉ tiêu',
            children: <TitlesTab params={{ agencyId, year }} />,
          },
          {
            key: 'chi-tieu',
            label: 'Chỉ tiêu theo tháng',
            children: <IndicatorsTab params={{ agencyId, year }} />,
          },
          { key: 'nhiem-vu', label: 'Nhiệm vụ kế hoạch', children: <TasksTab params={{ agencyId, year }} /> },
          {
            key: 'cong-bang',
            label: 'Công bằng, kịp thời',
            children: <FairnessTab params={{ agencyId, year, from, to }} />,
          },
        ].map((t) => ({ ...t, label: <span data-testid={`stats-tab-${t.key}`}>{t.label}</span> }))}
      />
    </>
  );
}
