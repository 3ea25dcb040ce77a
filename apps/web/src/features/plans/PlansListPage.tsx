import { useState } from 'react';
import { App, Button, Form, Input, InputNumber, Modal, Select, Table, Tag } from 'antd';
import { FileExcelOutlined, PlusOutlined } from '@ant-design/icons';
import { Link, useNavigate } from 'react-router';
import { ErrorAlert } from '../../components/ErrorAlert.tsx';
import { PageHeader } from '../../components/PageHeader.tsx';
import { formatDate } from '../../lib/format.ts';
import { hasPermission } from '../../lib/permissions.ts';
import { useMe, useWorkingYear } from '../../lib/session.tsx';
import { PLAN_STATUS_LABELS, type Plan } from './api/plan-schema.ts';
import { downloadPlansXlsx, useCreatePlan, usePlans } from './api/plans.ts';

function CreatePlanModal({ agencyId, onClose }: { agencyId: number; onClose: () => void }) {
  const thisYear = useWorkingYear();
  const { message } = App.useApp();
  const navigate = useNavigate();
  const create = useCreatePlan();
  const submit = async (v: { year: number; title: string }) => {
    const p = await create.mutateAsync({
      agencyId,
      year: v.year,
      title: v.title,
      sections: [
        { heading: 'MỤC ĐÍCH, YÊU CẦU', body: '1. Mục đích\n\n2. Yêu cầu\n' },
        { heading: 'NỘI DUNG', body: '[NHIỆM VỤ]' },
        { heading: 'TỔ CHỨC THỰC HIỆN', body: '' },
      ],
    });
    message.success('Đã lập kế hoạch.');
    onClose();
    void navigate(`/ke-hoach/${p.id}`);
  };
  return (
    <Modal open title="Lập kế hoạch công tác thi đua, khen thưởng" onCancel={onClose} footer={null}>
      <ErrorAlert error={create.error} />
      <Form
        layout="vertical"
        initialValues={{ year: thisYear, title: `Công tác thi đua, khen thưởng năm ${thisYear}` }}
        onFinish={(v: { year: number; title: string }) => void submit(v).catch(() => undefined)}
      >
        <Form.Item name="year" label="Năm" rules={[{ required: true, message: 'Hãy nhập năm.' }]}>
          <InputNumber min={2000} max={2100} data-testid="plan-year-input" />
        </Form.Item>
        <Form.Item
          name="title"
          label="Trích yếu"
          rules={[{ required: true, message: 'Trích yếu không được để trống.' }]}
        >
          <Input data-testid="plan-title-input" />
        </Form.Item>
        <Button type="primary" htmlType="submit" loading={create.isPending} data-testid="plan-create-save">
          Lập kế hoạch
        </Button>
      </Form>
    </Modal>
  );
}

export function PlansListPage() {
  const thisYear = useWorkingYear();
  const me = useMe();
  const [year, setYear] = useState<number | undefined>(undefined);
  const [creating, setCreating] = useState(false);
  const plans = usePlans(year);
  const canWrite = hasPermission(me, 'plans:write') && me.agencyId !== null && me.agencyId !== undefined;
  const years = Array.from({ length: 6 }, (_, i) => thisYear + 1 - i);

  return (
    <>
      <PageHeader
        title="Kế hoạch công tác thi đua, khen thưởng"
        crumbs={[{ title: 'Kế hoạch & phong trào' }, { title: 'Kế hoạch TĐKT' }]}
        extra={
          <>
            <Select
              allowClear
              placeholder="Tất cả các năm"
              style={{ width: 160 }}
              value={year}
              onChange={(v: number | undefined) => setYear(v)}
              options={years.map((y) => ({ value: y, label: `Năm ${y}` }))}
              data-testid="plans-year"
            />
            <Button
              icon={<FileExcelOutlined />}
              onClick={() => downloadPlansXlsx(year)}
              data-testid="plans-export"
            >
              Xuất Excel
            </Button>
            {canWrite && (
              <Button
                type="primary"
                icon={<PlusOutlined />}
                onClick={() => setCreating(true)}
                data-testid="plan-create"
              >
                Lập kế hoạch
              </Button>
            )}
          </>
        }
      />
      <ErrorAlert error={plans.error} />
      <Table<Plan>
        rowKey="id"
        loading={plans.isFetching}
        dataSource={plans.data ?? []}
        data-testid="plans-table"
        pagination={false}
        locale={{ emptyText: 'Chưa có kế hoạch nào.' }}
        columns={[
          { title: 'Năm', dataIndex: 'year', width: 80 },
          {
            title: 'Kế hoạch',
            key: 'title',
            render: (_, p) => (
              <Link to={`/ke-hoach/${p.id}`} data-testid={`plan-link-${p.year}`}>
                {p.title}
              </Link>
            ),
          },
          {
            title: 'Số, ký hiệu',
            key: 'number',
            width: 140,
            render: (_, p) => (p.symbol ? `${p.number ?? '…'}/${p.symbol}` : ''),
          },
          {
            title: 'Ngày ban hành',
            dataIndex: 'issuedOn',
            width: 130,
            render: (v: string | null) => formatDate(v),
          },
          {
            title: 'Nhiệm vụ',
            key: 'tasks',
            width: 130,
            render: (_, p) => `${p.doneCount}/${p.taskCount} hoàn thành`,
          },
          {
            title: 'Trạng thái',
            dataIndex: 'status',
            width: 130,
            render: (s: string) => <Tag>{PLAN_STATUS_LABELS[s] ?? s}</Tag>,
          },
        ]}
      />
      {creating && me.agencyId && (
        <CreatePlanModal agencyId={me.agencyId} onClose={() => setCreating(false)} />
      )}
    </>
  );
}
