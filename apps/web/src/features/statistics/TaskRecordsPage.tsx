import { Button, Table, Tag } from 'antd';
import { FileExcelOutlined } from '@ant-design/icons';
import { Link, useSearchParams } from 'react-router';
import { PageHeader } from '../../components/PageHeader.tsx';
import { ErrorAlert } from '../../components/ErrorAlert.tsx';
import { formatDate, formatNumber } from '../../lib/format.ts';
import { exportTaskRecords, useTaskRecords } from './api/statistics.ts';
import { useWorkingYear } from '../../lib/session.tsx';

// /thong-ke/nhiem-vu?year=2024&state=late — the plan tasks behind a figure of the tasks chart.

const STATE_COLORS: Record<string, string> = {
  done: 'green',
  'in-progress': 'blue',
  'not-started': 'default',
  late: 'red',
  cancelled: 'default',
};

export function TaskRecordsPage() {
  const workingYear = useWorkingYear();
  const [params] = useSearchParams();
  const year = Number(params.get('year')) || workingYear;
  const query = {
    year,
    state: params.get('state') ?? undefined,
    agencyId: params.get('agencyId') ?? undefined,
  };
  const q = useTaskRecords(query);
  const d = q.data;
  return (
    <>
      <PageHeader
        title="Danh sách nhiệm vụ"
        crumbs={[{ title: 'Thống kê', to: '/thong-ke?tab=nhiem-vu' }, { title: 'Nhiệm vụ đứng sau số liệu' }]}
        subtitle={
          d ? (
            <span data-testid="records-description">
              {d.description}: <b data-testid="records-total">{formatNumber(d.total)}</b> nhiệm vụ
            </span>
          ) : undefined
        }
        extra={
          <Button
            icon={<FileExcelOutlined />}
            onClick={() => exportTaskRecords(query)}
            data-testid="records-export"
          >
            Xuất Excel
          </Button>
        }
      />
      <ErrorAlert error={q.error} />
      <Table
        data-testid="task-records-table"
        size="small"
        rowKey="id"
        loading={q.isFetching}
        dataSource={d?.items ?? []}
        pagination={{ pageSize: 50 }}
        columns={[
          { title: 'Số', dataIndex: 'number', width: 60 },
          {
            title: 'Nội dung',
            render: (_, t) => <Link to={`/ke-hoach/${t.planId}`}>{t.content}</Link>,
          },
          { title: 'Chủ trì', dataIndex: 'leadUnits' },
          { title: 'Hạn', render: (_, t) => formatDate(t.dueOn) },
          {
            title: 'Tình trạng',
            render: (_, t) => <Tag color={STATE_COLORS[t.state] ?? 'default'}>{t.stateLabel}</Tag>,
          },
          { title: 'Hoàn thành', render: (_, t) => formatDate(t.doneOn) },
        ]}
      />
    </>
  );
}
