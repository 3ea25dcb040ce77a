import { useState } from 'react';
import { App, Button, Card, Flex, Popconfirm, Select, Space, Table, Typography } from 'antd';
import { FileExcelOutlined, FileWordOutlined, PlusOutlined } from '@ant-design/icons';
import { Link, useNavigate } from 'react-router';
import { PageHeader } from '../../components/PageHeader.tsx';
import { ErrorAlert } from '../../components/ErrorAlert.tsx';
import { errorMessage } from '../../lib/api.ts';
import { formatDate, formatDateTime } from '../../lib/format.ts';
import { hasPermission, isAdmin } from '../../lib/permissions.ts';
import { useMe, useWorkingYear } from '../../lib/session.tsx';
import {
  downloadReportDocx,
  exportReports,
  REPORT_KIND_LABEL,
  useCreateReport,
  useDeleteReport,
  useReports,
  type ReportSummary,
} from './api/reports.ts';

// /bao-cao — the agency's mid-year and year-end reports; an officer creates one for a year and kind.

export function ReportsPage() {
  const me = useMe();
  const { message } = App.useApp();
  const navigate = useNavigate();
  const thisYear = useWorkingYear();
  const [year, setYear] = useState<number | null>(null);
  const [newYear, setNewYear] = useState(thisYear);
  const [kind, setKind] = useState('so-ket-6-thang');
  const list = useReports(year);
  const create = useCreateReport();
  const remove = useDeleteReport();
  const canWrite = hasPermission(me, 'reports:write') || isAdmin(me);
  const years = Array.from({ length: 8 }, (_, i) => thisYear + 1 - i);

  const onCreate = () => {
    create.mutate(
      { year: newYear, kind },
      {
        onSuccess: (d) => {
          void message.success('Đã tạo báo cáo từ số liệu hiện có.');
          void navigate(`/bao-cao/${d.report.id}`);
        },
        onError: (e) => void message.error(errorMessage(e)),
      },
    );
  };

  return (
    <>
      <PageHeader
        title="Báo cáo"
        subtitle="Báo cáo sơ kết 6 tháng và tổng kết năm công tác thi đua, khen thưởng: số liệu lấy từ dữ liệu, phần nhận định do cán bộ soạn."
        extra={
          <Button
            icon={<FileExcelOutlined />}
            onClick={() => exportReports(year)}
            data-testid="report-export"
          >
            Xuất Excel
          </Button>
        }
      />
      {canWrite && (
        <Card size="small" title="Tạo báo cáo" style={{ marginBottom: 16 }}>
          <Flex gap={12} wrap align="center">
            <Space>
              <Typography.Text>Năm</Typography.Text>
              <Select
                value={newYear}
                onChange={setNewYear}
                options={years.map((y) => ({ value: y, label: String(y) }))}
                style={{ width: 100 }}
                data-testid="report-new-year"
              />
            </Space>
            <Space>
              <Typography.Text>Loại</Typography.Text>
              <Select
                value={kind}
                onChange={setKind}
                options={Object.entries(REPORT_KIND_LABEL).map(([value, label]) => ({ value, label }))}
                style={{ width: 180 }}
                data-testid="report-new-kind"
              />
            </Space>
            <Button
              type="primary"
              icon={<PlusOutlined />}
              loading={create.isPending}
              onClick={onCreate}
              data-testid="report-create"
            >
              Tạo báo cáo
            </Button>
            <Typography.Text type="secondary">
              Các đoạn văn của báo cáo cùng loại gần nhất được dùng lại; số liệu lấy đến hết kỳ báo cáo.
            </Typography.Text>
          </Flex>
        </Card>
      )}
      <Flex gap={8} align="center" style={{ marginBottom: 8 }}>
        <Typography.Text>Lọc theo năm</Typography.Text>
        <Select
          allowClear
          placeholder="Tất cả"
          value={year}
          onChange={(v) => setYear(v ?? null)}
          options={years.map((y) => ({ value: y, label: String(y) }))}
          style={{ width: 120 }}
        />
      </Flex>
      <ErrorAlert error={list.error} />
      <Table<ReportSummary>
        rowKey="id"
        size="middle"
        loading={list.isLoading}
        dataSource={list.data ?? []}
        pagination={false}
        locale={{ emptyText: 'Chưa có báo cáo nào.' }}
        data-testid="report-list"
        columns={[
          { title: 'Năm', dataIndex: 'year', width: 80 },
          { title: 'Loại', dataIndex: 'kind', width: 150, render: (k: string) => REPORT_KIND_LABEL[k] ?? k },
          {
            title: 'Trích yếu',
            dataIndex: 'title',
            width: 420,
            render: (t: string, r) => <Link to={`/bao-cao/${r.id}`}>{t}</Link>,
          },
          {
            title: 'Kỳ báo cáo',
            width: 190,
            render: (_, r) => `${formatDate(r.periodFrom)} – ${formatDate(r.periodTo)}`,
          },
          { title: 'Cơ quan', dataIndex: 'agencyName', width: 200 },
          {
            title: 'Số liệu tạo lúc',
            dataIndex: 'generatedAt',
            width: 150,
            render: (v: string | null) => (v ? formatDateTime(v) : 'Chưa tạo'),
          },
          {
            title: '',
            width: 170,
            render: (_, r) => (
              <Space>
                <Button size="small" icon={<FileWordOutlined />} onClick={() => downloadReportDocx(r.id)}>
                  .docx
                </Button>
                {canWrite && (
                  <Popconfirm
                    title="Xoá báo cáo này cùng các đoạn văn đã soạn?"
                    okText="Xoá"
                    cancelText="Không"
                    onConfirm={() =>
                      remove.mutate(
                        { id: r.id, version: r.version },
                        { onError: (e) => void message.error(errorMessage(e)) },
                      )
                    }
                  >
                    <Button size="small" danger>
                      Xoá
                    </Button>
                  </Popconfirm>
                )}
              </Space>
            ),
          },
        ]}
      />
    </>
  );
}
