import { Space, Tag, Typography } from 'antd';
import type { CSSProperties } from 'react';
import { formatDate } from '../../lib/format.ts';
import { TASK_STATUS_COLORS, TASK_STATUS_LABELS, type Task } from './api/plan-schema.ts';

// Overdue tasks are red, tasks due within the agency's reminder days orange (the same colours everywhere).
export const OVERDUE_BG = '#fff1f0';
export const DUE_SOON_BG = '#fff7e6';

export function taskRowStyle(t: Task): CSSProperties | undefined {
  if (t.overdue) return { background: OVERDUE_BG };
  if (t.dueSoon) return { background: DUE_SOON_BG };
  return undefined;
}

export function TaskStatusTag({ task }: { task: Task }) {
  return (
    <Tag color={TASK_STATUS_COLORS[task.effectiveStatus] ?? 'default'} data-testid={`task-status-${task.id}`}>
      {TASK_STATUS_LABELS[task.effectiveStatus] ?? task.effectiveStatus}
    </Tag>
  );
}

export function DeadlineCell({ task }: { task: Task }) {
  return (
    <Space direction="vertical" size={0}>
      <span>{task.deadlineText}</span>
      {task.overdue && (
        <Typography.Text type="danger" data-testid={`task-overdue-${task.id}`}>
          Quá hạn {Math.abs(task.daysLeft ?? 0)} ngày
        </Typography.Text>
      )}
      {task.dueSoon && (
        <Typography.Text type="warning" data-testid={`task-due-soon-${task.id}`}>
          {task.daysLeft === 0 ? 'Hết hạn hôm nay' : `Còn ${task.daysLeft} ngày`}
        </Typography.Text>
      )}
      {task.status === 'done' && task.doneOn && (
        <Typography.Text type="secondary">Xong ngày {formatDate(task.doneOn)}</Typography.Text>
      )}
    </Space>
  );
}

export function unitsText(units: Task['leadUnits']): string {
  return units.map((u) => u.name).join('; ');
}
