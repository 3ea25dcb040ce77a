import { Table, Tag, Typography } from 'antd';
import type { TablePaginationConfig } from 'antd';
import { diffEntry, type AuditEntry } from '../lib/audit.ts';
import { formatDateTime } from '../lib/format.ts';
import { AUDIT_ACTION_LABELS, AUDIT_ENTITY_LABELS, FIELD_LABELS, label } from '../lib/labels.ts';

const ACTION_COLORS: Record<string, string> = { create: 'green', insert: 'green', update: 'blue', delete: 'red', import: 'purple' };

function show(v: unknown): string {
  if (v === undefined) return '';
  if (v === null) return '—';
  if (typeof v === 'boolean') return v ? 'Có' : 'Không';
  if (typeof v === 'string') return /^\d{4}-\d{2}-\d{2}$/.test(v) ? v.split('-').reverse().join('/') : v;
  if (typeof v === 'number') return String(v);
  return JSON.stringify(v);
}

/** The before/after values of one entry, changed fields highlighted. */
export function AuditDiff({ entry }: { entry: AuditEntry }) {
  const rows = diffEntry(entry);
  if (rows.length === 0) return <Typography.Text type="secondary">Không có dữ liệu trước/sau.</Typography.Text>;
  return (
    <Table
      size="small"
      rowKey="field"
      pagination={false}
      className="audit-diff"
      dataSource={rows}
      rowClassName={(r) => (r.changed ? 'audit-diff-changed' : '')}
      columns={[
        { title: 'Trường', dataIndex: 'field', width: 200, render: (f: string) => <span title={f}>{FIELD_LABELS[f] ?? f}</span> },
        { title: 'Trước', dataIndex: 'before', render: (v: unknown, r) => <span className={r.changed ? 'diff-old' : ''}>{show(v)}</span> },
        { title: 'Sau', dataIndex: 'after', render: (v: unknown, r) => <span className={r.changed ? 'diff-new' : ''}>{show(v)}</span> },
      ]}
    />
  );
}

interface Props {
  entries: AuditEntry[];
  loading?: boolean;
  pagination?: TablePaginationConfig | false;
  testId?: string;
  showEntity?: boolean;
}

export function AuditEntriesTable({ entries, loading, pagination = false, testId, showEntity = true }: Props) {
  return (
    <Table<AuditEntry>
      data-testid={testId}
      size="small"
      rowKey="id"
      loading={loading}
      dataSource={entries}
      pagination={pagination}
      expandable={{ expandedRowRender: (e) => <AuditDiff entry={e} />, rowExpandable: (e) => e.before != null || e.after != null }}
      columns={[
        { title: 'Thời điểm', dataIndex: 'at', width: 140, render: (v: string) => formatDateTime(v) },
        { title: 'Người thực hiện', dataIndex: 'username', width: 140, render: (v: string | null | undefined) => v ?? 'Hệ thống' },
        {
          title: 'Thao tác',
          dataIndex: 'action',
          width: 120,
          render: (a: string) => <Tag color={ACTION_COLORS[a] ?? 'default'}>{label(AUDIT_ACTION_LABELS, a)}</Tag>,
        },
        ...(showEntity
          ? [
              {
                title: 'Đối tượng',
                key: 'entity',
                width: 150,
                render: (_: unknown, e: AuditEntry) => `${label(AUDIT_ENTITY_LABELS, e.entity)}${e.entityId != null ? ` #${e.entityId}` : ''}`,
              },
            ]
          : []),
        { title: 'Nội dung', dataIndex: 'summary', render: (v: string | null | undefined) => v ?? '' },
      ]}
    />
  );
}
