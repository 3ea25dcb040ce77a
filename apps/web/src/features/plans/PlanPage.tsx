import { useMemo, useState } from 'react';
import {
  App,
  Badge,
  Button,
  Calendar,
  Dropdown,
  Empty,
  Flex,
  Input,
  Popconfirm,
  Select,
  Space,
  Table,
  Tabs,
  Tooltip,
  Typography,
} from 'antd';
import {
  DeleteOutlined,
  EditOutlined,
  FileExcelOutlined,
  FileWordOutlined,
  CopyOutlined,
  DownOutlined,
  PlusOutlined,
} from '@ant-design/icons';
import dayjs from 'dayjs';
import { useNavigate, useParams, useSearchParams } from 'react-router';
import { ErrorAlert } from '../../components/ErrorAlert.tsx';
import { PageHeader } from '../../components/PageHeader.tsx';
import { formatDate } from '../../lib/format.ts';
import { hasPermission } from '../../lib/permissions.ts';
import { useMe } from '../../lib/session.tsx';
import { QUARTER_LABELS, TASK_STATUS_LABELS, type Task } from './api/plan-schema.ts';
import { downloadPlanDocx, downloadTasksXlsx, useNextYearPlan, usePlan } from './api/plans.ts';
import { useDeleteTask, useTaskViews, useTasks, type TaskFilters } from './api/tasks.ts';
import { PlanDocumentForm } from './PlanDocumentForm.tsx';
import { ProgressModal } from './ProgressModal.tsx';
import { TaskFormModal } from './TaskFormModal.tsx';
import { DeadlineCell, TaskStatusTag, taskRowStyle, unitsText } from './TaskBits.tsx';

function TaskTables({
  tasks,
  canWrite,
  onProgress,
  onEdit,
}: {
  tasks: Task[];
  canWrite: boolean;
  onProgress: (t: Task) => void;
  onEdit: (t: Task) => void;
}) {
  const remove = useDeleteTask();
  const groups = ([1, 2, 3, 4, null] as const)
    .map((q) => ({ q, tasks: tasks.filter((t) => t.quarter === q) }))
    .filter((g) => g.tasks.length > 0);
  if (groups.length === 0) return <Empty description="Chưa có nhiệm vụ nào." />;
  return (
    <>
      <ErrorAlert error={remove.error} />
      {groups.map((g) => (
        <div key={String(g.q)} style={{ marginBottom: 24 }} data-testid={`quarter-${g.q ?? 'year'}`}>
          <Typography.Title level={5}>{QUARTER_LABELS[String(g.q)]}</Typography.Title>
          <Table<Task>
            rowKey="id"
            size="small"
            pagination={false}
            dataSource={g.tasks}
            onRow={(t) =>
              ({
                style: taskRowStyle(t) ?? {},
                'data-testid': `task-row-${t.id}`,
              }) as React.HTMLAttributes<HTMLElement>
            }
            columns={[
              { title: 'STT', key: 'stt', width: 56, render: (_, t, i) => t.number ?? i + 1 },
              { title: 'Nội dung công việc', dataIndex: 'content' },
              { title: 'Đơn vị chủ trì', key: 'lead', width: 180, render: (_, t) => unitsText(t.leadUnits) },
              {
                title: 'Đơn vị phối hợp',
                key: 'coord',
                width: 180,
                render: (_, t) => unitsText(t.coordinatingUnits),
              },
              { title: 'Thời hạn', key: 'deadline', width: 170, render: (_, t) => <DeadlineCell task={t} /> },
              {
                title: 'Trạng thái',
                key: 'status',
                width: 130,
                render: (_, t) => <TaskStatusTag task={t} />,
              },
              {
                title: '',
                key: 'actions',
                width: 150,
                render: (_, t) => (
                  <Space size={4}>
                    {t.canUpdate && (
                      <Button
                        size="small"
                        onClick={() => onProgress(t)}
                        data-testid={`task-progress-${t.id}`}
                      >
                        Tiến độ
                      </Button>
                    )}
                    {canWrite && (
                      <Button
                        size="small"
                        icon={<EditOutlined />}
                        aria-label="Sửa nhiệm vụ"
                        onClick={() => onEdit(t)}
                        data-testid={`task-edit-${t.id}`}
                      />
                    )}
                    {canWrite && (
                      <Popconfirm
                        title="Xoá nhiệm vụ này?"
                        okText="Xoá"
                        cancelText="Không"
                        onConfirm={() => remove.mutate(t.id)}
                      >
                        <Button size="small" danger icon={<DeleteOutlined />} aria-label="Xoá nhiệm vụ" />
                      </Popconfirm>
                    )}
                  </Space>
                ),
              },
            ]}
          />
        </div>
      ))}
    </>
  );
}

function CalendarView({ year, tasks }: { year: number; tasks: Task[] }) {
  const byDay = useMemo(() => {
    const m = new Map<string, Task[]>();
    for (const t of tasks) if (t.dueOn) m.set(t.dueOn, [...(m.get(t.dueOn) ?? []), t]);
    return m;
  }, [tasks]);
  const first = tasks.find((t) => t.dueOn)?.dueOn;
  return (
    <div data-testid="plan-calendar">
      <Calendar
        defaultValue={dayjs(first ?? `${year}-01-01`)}
        cellRender={(d, info) => {
          if (info.type === 'month') {
            const n = tasks.filter((t) => t.dueOn?.startsWith(d.format('YYYY-MM'))).length;
            return n ? <Badge count={n} color="blue" /> : null;
          }
          if (info.type !== 'date') return info.originNode;
          const list = byDay.get(d.format('YYYY-MM-DD')) ?? [];
          return (
            <ul style={{ listStyle: 'none', margin: 0, padding: 0 }}>
              {list.map((t) => (
                <li key={t.id}>
                  <Tooltip title={`${t.content} — ${t.deadlineText}`}>
                    <Badge
                      status={
                        t.overdue
                          ? 'error'
                          : t.dueSoon
                            ? 'warning'
                            : t.status === 'done'
                              ? 'success'
                              : 'processing'
                      }
                      text={t.content}
                    />
                  </Tooltip>
                </li>
              ))}
            </ul>
          );
        }}
      />
    </div>
  );
}

function TimelineView({ year, planId, tasks }: { year: number; planId: number; tasks: Task[] }) {
  const views = useTaskViews(planId);
  const start = dayjs(`${year}-01-01`);
  const days = dayjs(`${year}-12-31`).diff(start, 'day') + 1;
  const pct = (d: string) => Math.min(100, Math.max(0, (dayjs(d).diff(start, 'day') / days) * 100));
  const byId = new Map(tasks.map((t) => [t.id, t]));
  return (
    <div data-testid="plan-timeline">
      <ErrorAlert error={views.error} />
      <Flex style={{ marginLeft: 320, borderBottom: '1px solid #f0f0f0' }}>
        {Array.from({ length: 12 }, (_, i) => (
          <div key={i} style={{ flex: 1, fontSize: 12, color: '#888' }}>
            Th{i + 1}
          </div>
        ))}
      </Flex>
      {(views.data?.timeline ?? []).map((bar) => {
        const t = byId.get(bar.taskId);
        if (!t) return null;
        const left = pct(bar.start);
        const width = Math.max(1, pct(bar.end) - left);
        const color = t.overdue
          ? '#cf1322'
          : t.dueSoon
            ? '#d46b08'
            : t.status === 'done'
              ? '#389e0d'
              : '#1d4e89';
        return (
          <Flex key={bar.taskId} align="center" style={{ padding: '4px 0' }}>
            <Typography.Text ellipsis style={{ width: 310, marginRight: 10 }} title={t.content}>
              {t.content}
            </Typography.Text>
            <div style={{ flex: 1, position: 'relative', height: 14, background: '#fafafa' }}>
              <Tooltip
                title={`${formatDate(bar.start)} – ${formatDate(bar.end)} · ${TASK_STATUS_LABELS[t.effectiveStatus] ?? ''}`}
              >
                <div
                  style={{
                    position: 'absolute',
                    left: `${left}%`,
                    width: `${width}%`,
                    height: 14,
                    background: color,
                    borderRadius: 3,
                  }}
                />
              </Tooltip>
            </div>
          </Flex>
        );
      })}
      {(views.data?.undated.length ?? 0) > 0 && (
        <Typography.Paragraph type="secondary" style={{ marginTop: 12 }}>
          Không có ngày cụ thể:{' '}
          {views
            .data!.undated.map((id) => `${byId.get(id)?.content ?? ''} (${byId.get(id)?.deadlineText ?? ''})`)
            .join('; ')}
        </Typography.Paragraph>
      )}
    </div>
  );
}

export function PlanPage() {
  const id = Number(useParams().id);
  const me = useMe();
  const navigate = useNavigate();
  const { message } = App.useApp();
  const [params, setParams] = useSearchParams();
  const plan = usePlan(id);
  const [filters, setFilters] = useState<TaskFilters>({});
  const tasks = useTasks(id, filters);
  const allTasks = useTasks(id, {});
  const nextYear = useNextYearPlan();
  const [progress, setProgress] = useState<Task | null>(null);
  const [editing, setEditing] = useState<Task | 'new' | null>(null);
  const canWrite = hasPermission(me, 'plans:write');
  const tab = params.get('xem') ?? 'nhiem-vu';

  if (plan.error) return <ErrorAlert error={plan.error} />;
  if (!plan.data) return null;
  const p = plan.data;

  const copy = async () => {
    const n = await nextYear.mutateAsync(p.id);
    message.success(`Đã tạo kế hoạch năm ${n.year}.`);
    void navigate(`/ke-hoach/${n.id}`);
  };

  return (
    <>
      <PageHeader
        title={`Kế hoạch năm ${p.year}`}
        subtitle={p.title}
        crumbs={[{ title: 'Kế hoạch TĐKT', to: '/ke-hoach' }, { title: `Năm ${p.year}` }]}
        extra={
          <>
            <Space.Compact>
              <Button
                icon={<FileWordOutlined />}
                onClick={() => downloadPlanDocx(p.id)}
                data-testid="plan-export-docx"
              >
                Xuất Word
              </Button>
              <Dropdown
                menu={{
                  items: [
                    { key: 'table', label: 'Nhiệm vụ dạng bảng' },
                    { key: 'list', label: 'Nhiệm vụ dạng danh mục (1.1., 1.2. …)' },
                  ],
                  onClick: ({ key }) => downloadPlanDocx(p.id, key === 'list' ? 'list' : 'table'),
                }}
              >
                <Button
                  icon={<DownOutlined />}
                  aria-label="Chọn cách in nhiệm vụ"
                  data-testid="plan-export-docx-layout"
                />
              </Dropdown>
            </Space.Compact>
            <Button
              icon={<FileExcelOutlined />}
              onClick={() => downloadTasksXlsx(p.id, { ...filters })}
              data-testid="plan-export-xlsx"
            >
              Xuất Excel
            </Button>
            {canWrite && (
              <Popconfirm
                title={`Tạo kế hoạch năm ${p.year + 1}?`}
                description="Sao chép các mục và nhiệm vụ, lùi mọi thời hạn một năm; trạng thái, kết quả đặt lại từ đầu."
                okText="Tạo"
                cancelText="Không"
                onConfirm={() => void copy().catch(() => undefined)}
                okButtonProps={{ 'data-testid': 'plan-next-year-confirm' } as Record<string, string>}
              >
                <Button icon={<CopyOutlined />} loading={nextYear.isPending} data-testid="plan-next-year">
                  Tạo kế hoạch năm sau từ kế hoạch này
                </Button>
              </Popconfirm>
            )}
          </>
        }
      />
      <ErrorAlert error={nextYear.error} />
      <Tabs
        activeKey={tab}
        onChange={(k) => setParams({ xem: k }, { replace: true })}
        items={[
          {
            key: 'nhiem-vu',
            label: 'Nhiệm vụ theo quý',
            children: (
              <>
                <Flex gap={8} wrap style={{ marginBottom: 16 }}>
                  <Select
                    allowClear
                    placeholder="Quý"
                    style={{ width: 120 }}
                    value={filters.quarter}
                    onChange={(v: number | undefined) => setFilters({ ...filters, quarter: v })}
                    options={[1, 2, 3, 4].map((q) => ({ value: q, label: QUARTER_LABELS[String(q)] }))}
                  />
                  <Select
                    allowClear
                    placeholder="Trạng thái"
                    style={{ width: 160 }}
                    value={filters.status}
                    onChange={(v: string | undefined) => setFilters({ ...filters, status: v })}
                    options={Object.entries(TASK_STATUS_LABELS).map(([value, label]) => ({ value, label }))}
                  />
                  <Select
                    allowClear
                    placeholder="Hạn"
                    style={{ width: 160 }}
                    value={filters.flag}
                    onChange={(v: 'overdue' | 'due-soon' | undefined) => setFilters({ ...filters, flag: v })}
                    options={[
                      { value: 'overdue', label: 'Quá hạn' },
                      { value: 'due-soon', label: 'Sắp đến hạn' },
                    ]}
                    data-testid="tasks-flag"
                  />
                  <Input.Search
                    allowClear
                    placeholder="Tìm nội dung"
                    style={{ width: 240 }}
                    onSearch={(q) => setFilters({ ...filters, q: q || undefined })}
                  />
                  {canWrite && (
                    <Button
                      type="primary"
                      icon={<PlusOutlined />}
                      onClick={() => setEditing('new')}
                      data-testid="task-add"
                    >
                      Thêm nhiệm vụ
                    </Button>
                  )}
                </Flex>
                <ErrorAlert error={tasks.error} />
                <div data-testid="plan-tasks">
                  <TaskTables
                    tasks={tasks.data ?? []}
                    canWrite={canWrite}
                    onProgress={setProgress}
                    onEdit={setEditing}
                  />
                </div>
              </>
            ),
          },
          {
            key: 'lich',
            label: 'Lịch',
            children: <CalendarView year={p.year} tasks={allTasks.data ?? []} />,
          },
          {
            key: 'dong-thoi-gian',
            label: 'Dòng thời gian',
            children: <TimelineView year={p.year} planId={p.id} tasks={allTasks.data ?? []} />,
          },
          {
            key: 'van-ban',
            label: 'Thông tin văn bản',
            children: <PlanDocumentForm plan={p} readOnly={!canWrite} />,
          },
        ]}
      />
      {progress && <ProgressModal task={progress} onClose={() => setProgress(null)} />}
      {editing && (
        <TaskFormModal
          planId={p.id}
          year={p.year}
          agencyId={p.agencyId}
          task={editing === 'new' ? null : editing}
          onClose={() => setEditing(null)}
        />
      )}
    </>
  );
}
