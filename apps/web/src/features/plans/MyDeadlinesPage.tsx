import { useState } from 'react';
import { App, Button, Switch, Table, Typography } from 'antd';
import { Link } from 'react-router';
import { ErrorAlert } from '../../components/ErrorAlert.tsx';
import { PageHeader } from '../../components/PageHeader.tsx';
import { formatDate } from '../../lib/format.ts';
import { hasPermission } from '../../lib/permissions.ts';
import { useMe } from '../../lib/session.tsx';
import type { Task } from './api/plan-schema.ts';
import { useMyDeadlines, useRunReminders } from './api/tasks.ts';
import { ProgressModal } from './ProgressModal.tsx';
import { ReminderSettingsModal } from './ReminderSettingsModal.tsx';
import { DeadlineCell, TaskStatusTag, taskRowStyle, unitsText } from './TaskBits.tsx';

/** "Hạn của tôi": the tasks my unit leads or coordinates (all of the agency for an officer), by deadline. */
export function MyDeadlinesPage() {
  const me = useMe();
  const { message } = App.useApp();
  const [includeDone, setIncludeDone] = useState(false);
  const list = useMyDeadlines(includeDone);
  const run = useRunReminders();
  const [progress, setProgress] = useState<Task | null>(null);
  const [settings, setSettings] = useState(false);

  const runNow = async () => {
    const r = await run.mutateAsync();
    message.success(
      `Đã gửi ${r.reminders} nhắc hạn, ${r.escalations} báo trễ hạn${r.emails ? `, ${r.emails} thư điện tử` : ''}.`,
    );
    await list.refetch();
  };

  return (
    <>
      <PageHeader
        title="Hạn của tôi"
        subtitle="Nhiệm vụ đơn vị mình chủ trì hoặc phối hợp, theo thời hạn"
        extra={
          <>
            <span>
              <Switch checked={includeDone} onChange={setIncludeDone} data-testid="deadlines-include-done" />{' '}
              Cả nhiệm vụ đã xong
            </span>
            {hasPermission(me, 'plans:remind') && (
              <Button onClick={() => setSettings(true)} data-testid="reminder-settings">
                Cấu hình nhắc hạn
              </Button>
            )}
            {hasPermission(me, 'plans:remind') && (
              <Button
                onClick={() => void runNow().catch(() => undefined)}
                loading={run.isPending}
                data-testid="run-reminders"
              >
                Gửi nhắc hạn ngay
              </Button>
            )}
          </>
        }
      />
      <ErrorAlert error={list.error ?? run.error} />
      <Table<Task>
        rowKey="id"
        size="small"
        loading={list.isFetching}
        dataSource={list.data ?? []}
        pagination={false}
        data-testid="my-deadlines"
        locale={{ emptyText: 'Không có nhiệm vụ nào đang chờ.' }}
        onRow={(t) =>
          ({
            style: taskRowStyle(t) ?? {},
            'data-testid': `deadline-row-${t.id}`,
          }) as React.HTMLAttributes<HTMLElement>
        }
        columns={[
          {
            title: 'Hạn cuối',
            dataIndex: 'dueOn',
            width: 110,
            render: (v: string | null) =>
              v ? formatDate(v) : <Typography.Text type="secondary">—</Typography.Text>,
          },
          {
            title: 'Nội dung công việc',
            key: 'content',
            render: (_, t) => <Link to={`/ke-hoach/${t.planId}`}>{t.content}</Link>,
          },
          { title: 'Kế hoạch', dataIndex: 'planYear', width: 90, render: (y: number) => `Năm ${y}` },
          { title: 'Chủ trì', key: 'lead', width: 170, render: (_, t) => unitsText(t.leadUnits) },
          { title: 'Phối hợp', key: 'coord', width: 170, render: (_, t) => unitsText(t.coordinatingUnits) },
          { title: 'Thời hạn', key: 'deadline', width: 170, render: (_, t) => <DeadlineCell task={t} /> },
          { title: 'Trạng thái', key: 'status', width: 130, render: (_, t) => <TaskStatusTag task={t} /> },
          {
            title: '',
            key: 'a',
            width: 100,
            render: (_, t) =>
              t.canUpdate && (
                <Button size="small" onClick={() => setProgress(t)} data-testid={`task-progress-${t.id}`}>
                  Tiến độ
                </Button>
              ),
          },
        ]}
      />
      {progress && <ProgressModal task={progress} onClose={() => setProgress(null)} />}
      {settings && <ReminderSettingsModal onClose={() => setSettings(false)} />}
    </>
  );
}
