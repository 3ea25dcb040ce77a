import { useState } from 'react';
import { Button, Table, Tag, Typography } from 'antd';
import type { TablePaginationConfig } from 'antd';
import { diffEntry, type AuditEntry } from '../lib/audit.ts';
import { formatDateTime } from '../lib/format.ts';
import {
  AUDIT_ACTION_LABELS,
  AUDIT_ENTITY_LABELS,
  CATEGORY_LABELS,
  FIELD_LABELS,
  GENDER_LABELS,
  UNIT_KIND_LABELS,
  label,
} from '../lib/labels.ts';

// Slug values shown with their Vietnamese labels in the diff.
const VALUE_LABELS: Record<string, Record<string, string>> = {
  gender: GENDER_LABELS,
  category: CATEGORY_LABELS,
  kind: UNIT_KIND_LABELS,
};

const ACTION_COLORS: Record<string, string> = {
  create: 'green',
  update: 'blue',
  delete: 'red',
  end: 'orange',
  import: 'purple',
  lock: 'red',
  seed: 'cyan',
};

function show(v: unknown, field?: string): string {
  if (v === undefined) return '';
  if (typeof v === 'string' && field && VALUE_LABELS[field]?.[v]) return VALUE_LABELS[field][v];
  if (v === null) return '—';
  if (typeof v === 'boolean') return v ? 'Có' : 'Không';
  if (typeof v === 'string') return /^\d{4}-\d{2}-\d{2}$/.test(v) ? v.split('-').reverse().join('/') : v;
  if (typeof v === 'number') return String(v);
  return JSON.stringify(v);
}

/** The before/after values of one entry, changed fields highlighted. */
export function AuditDiff({ entry }: { entry: AuditEntry }) {
  const [all, setAll] = useState(false);
  const rows = diffEntry(entry);
  if (rows.length === 0)
    return <Typography.Text type="secondary">Không có dữ liệu trước/sau.</Typography.Text>;
  const changed = rows.filter((r) => r.changed);
  // An edit shows what changed; the unchanged fields are one click away. A creation or deletion shows all.
  const shown = all || changed.length === 0 || changed.length === rows.length ? rows : changed;
  return (
    <>
      <Table
        size="small"
        rowKey="field"
        pagination={false}
        className="audit-diff"
        dataSource={shown}
        rowClassName={(r) => (r.changed ? 'audit-diff-changed' : '')}
        columns={[
          {
            title: 'Trường',
            dataIndex: 'field',
            width: 200,
            render: (f: string) => <span title={f}>{FIELD_LABELS[f] ?? f}</span>,
          },
          {
            title: 'Trước',
            dataIndex: 'before',
            render: (v: unknown, r) => (
              <span className={r.changed ? 'diff-old' : ''}>{show(v, r.field)}</span>
            ),
          },
          {
            title: 'Sau',
            dataIndex: 'after',
            render: (v: unknown, r) => (
              <span className={r.changed ? 'diff-new' : ''}>{show(v, r.field)}</span>
            ),
          },
        ]}
      />
      {shown.length < rows.length && (
        <Button type="link" size="small" onClick={() => setAll(true)}>
          Xem cả {rows.length - shown.length} trường không đổi
        </Button>
      )}
    </>
  );
}

interface Props {
  entries: AuditEntry[];
  loading?: boolean;
  pagination?: TablePaginationConfig | false;
  testId?: string;
  showEntity?: boolean;
}

export function AuditEntriesTable({
  entries,
  loading,
  pagination = false,
  testId,
  showEntity = true,
}: Props) {
  return (
    <Table<AuditEntry>
      data-testid={testId}
      size="small"
      rowKey="id"
      loading={loading}
      dataSource={entries}
      pagination={pagination}
      expandable={{
        expandedRowRender: (e) => <AuditDiff entry={e} />,
        rowExpandable: (e) => e.before != null || e.after != null,
      }}
      columns={[
        { title: 'Thời điểm', dataIndex: 'at', width: 140, render: (v: string) => formatDateTime(v) },
        {
          title: 'Người thực hiện',
          dataIndex: 'username',
          width: 140,
          render: (v: string | null | undefined) => v ?? 'Hệ thống',
        },
        {
          title: 'Thao tác',
          dataIndex: 'action',
          width: 120,
          render: (a: string) => (
            <Tag color={ACTION_COLORS[a] ?? 'default'}>{label(AUDIT_ACTION_LABELS, a)}</Tag>
          ),
        },
        ...(showEntity
          ? [
              {
                title: 'Đối tượng',
                key: 'entity',
                width: 150,
                render: (_: unknown, e: AuditEntry) =>
                  `${label(AUDIT_ENTITY_LABELS, e.entity)}${e.entityId != null ? ` #${e.entityId}` : ''}`,
              },
            ]
          : []),
        { title: 'Nội dung', dataIndex: 'summary', render: (v: string | null | undefined) => v ?? '' },
      ]}
    />
  );
}
