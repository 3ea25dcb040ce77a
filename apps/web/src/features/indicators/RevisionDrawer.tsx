import { Drawer, Table, Tag } from 'antd';
import { ErrorAlert } from '../../components/ErrorAlert.tsx';
import { formatDateTime } from '../../lib/format.ts';
import { useRevisions } from './api/grid.ts';
import type { GridRow, Revision } from './api/schemas.ts';

// The history of an indicator's cells: who changed which month, when, from what to what.
export function RevisionDrawer({ row, onClose }: { row: GridRow | null; onClose(): void }) {
  const q = useRevisions(row?.indicator.id ?? null);
  return (
    <Drawer
      open={row !== null}
      onClose={onClose}
      size="large"
      title={row ? `Lịch sử sửa đổi: ${row.indicator.name}` : ''}
      data-testid="revisions-drawer"
    >
      <ErrorAlert error={q.error} />
      <Table<Revision>
        data-testid="revisions-table"
        rowKey="id"
        size="small"
        loading={q.isLoading}
        dataSource={q.data ?? []}
        pagination={{ pageSize: 20, hideOnSinglePage: true }}
        locale={{ emptyText: 'Chưa có sửa đổi nào.' }}
        columns={[
          { title: 'Thời điểm', key: 'at', render: (_, r) => formatDateTime(r.changedAt) },
          { title: 'Tháng', dataIndex: 'month', width: 64 },
          {
            title: 'Loại',
            key: 'kind',
            render: (_, r) => (r.kind === 'estimate' ? <Tag>Ước</Tag> : <Tag color="green">Thực hiện</Tag>),
          },
          { title: 'Cũ', dataIndex: 'beforeText' },
          { title: 'Mới', dataIndex: 'afterText' },
          { title: 'Người sửa', key: 'by', render: (_, r) => r.changedBy ?? '' },
          {
            title: 'Nguồn',
            key: 'source',
            render: (_, r) => (r.source === 'import' ? 'Nhập Excel' : 'Bảng nhập'),
          },
        ]}
      />
    </Drawer>
  );
}
