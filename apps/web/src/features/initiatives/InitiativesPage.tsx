import { useState } from 'react';
import { App, Button, Form, Input, InputNumber, Modal, Select, Table, Tag } from 'antd';
import { Link } from 'react-router';
import { PageHeader } from '../../components/PageHeader.tsx';
import { ErrorAlert } from '../../components/ErrorAlert.tsx';
import { download } from '../../lib/api.ts';
import { formatDate, formatNumber } from '../../lib/format.ts';
import { hasPermission } from '../../lib/permissions.ts';
import { useSession, useWorkingYear } from '../../lib/session.tsx';
import { useInitiatives, useRegisterInitiative } from './api/initiatives.ts';

export const INITIATIVE_STATUS: Record<string, { label: string; color: string }> = {
  draft: { label: 'Nháp', color: 'default' },
  registered: { label: 'Đã đăng ký', color: 'blue' },
  'under-review': { label: 'Đang xét', color: 'gold' },
  recognized: { label: 'Được công nhận', color: 'green' },
  rejected: { label: 'Không công nhận', color: 'red' },
  withdrawn: { label: 'Đã rút', color: 'default' },
};
export const FIELDS = [
  { value: 'ky-thuat', label: 'Giải pháp kỹ thuật' },
  { value: 'quan-ly', label: 'Giải pháp quản lý' },
  { value: 'tac-nghiep', label: 'Giải pháp tác nghiệp' },
  { value: 'ung-dung-tien-bo', label: 'Ứng dụng tiến bộ kỹ thuật' },
  { value: 'khac', label: 'Khác' },
];
export const SCOPE_LABELS: Record<string, string> = {
  'co-so': 'Cấp cơ sở',
  'cap-tinh': 'Cấp tỉnh',
  'toan-quoc': 'Toàn quốc',
};

function RegisterModal({
  open,
  year,
  personId,
  onClose,
}: {
  open: boolean;
  year: number;
  personId: number;
  onClose: () => void;
}) {
  const { message } = App.useApp();
  const [form] = Form.useForm<{
    title: string;
    field: string;
    summary?: string;
    application?: string;
    benefits?: string;
  }>();
  const reg = useRegisterInitiative();
  return (
    <Modal
      open={open}
      title={`Đăng ký sáng kiến năm ${year}`}
      okText="Đăng ký"
      cancelText="Huỷ"
      confirmLoading={reg.isPending}
      okButtonProps={{ ...({ 'data-testid': 'initiative-register-submit' } as Record<string, string>) }}
      onCancel={onClose}
      onOk={async () => {
        const v = await form.validateFields();
        try {
          await reg.mutateAsync({ ...v, year, authors: [{ personId, share: 100 }], submit: true });
          message.success('Đã đăng ký sáng kiến.');
          form.resetFields();
          onClose();
        } catch {
          // shown below
        }
      }}
      destroyOnHidden
    >
      <ErrorAlert error={reg.error} />
      <Form form={form} layout="vertical" initialValues={{ field: 'quan-ly' }}>
        <Form.Item
          name="title"
          label="Tên sáng kiến"
          rules={[{ required: true, message: 'Hãy nhập tên sáng kiến.' }]}
        >
          <Input data-testid="initiative-title" />
        </Form.Item>
        <Form.Item name="field" label="Lĩnh vực">
          <Select options={FIELDS} />
        </Form.Item>
        <Form.Item name="summary" label="Tóm tắt nội dung">
          <Input.TextArea rows={3} />
        </Form.Item>
        <Form.Item name="application" label="Phạm vi, thời gian áp dụng">
          <Input.TextArea rows={2} />
        </Form.Item>
        <Form.Item name="benefits" label="Hiệu quả, lợi ích">
          <Input.TextArea rows={2} />
        </Form.Item>
      </Form>
    </Modal>
  );
}

export function InitiativesPage() {
  const workingYear = useWorkingYear();
  const { state } = useSession();
  const me = state.status === 'signed-in' ? state.me : null;
  const [year, setYear] = useState(workingYear);
  const [open, setOpen] = useState(false);
  const list = useInitiatives(year);
  return (
    <>
      <PageHeader
        title="Sáng kiến"
        extra={
          <>
            <InputNumber
              value={year}
              min={2000}
              max={2100}
              onChange={(v) => v && setYear(v)}
              data-testid="initiative-year"
            />
            <Button onClick={() => download('/initiatives/export.xlsx', { year })}>Xuất Excel</Button>
            {me && hasPermission(me, 'initiatives:decide') && (
              <Link to="/sang-kien/hoi-dong">
                <Button>Hội đồng sáng kiến</Button>
              </Link>
            )}
            {me?.personId && hasPermission(me, 'initiatives:register') && (
              <Button type="primary" onClick={() => setOpen(true)} data-testid="initiative-register">
                Đăng ký sáng kiến
              </Button>
            )}
          </>
        }
      />
      <ErrorAlert error={list.error} />
      <Table
        data-testid="initiative-list"
        rowKey="id"
        loading={list.isLoading}
        dataSource={list.data ?? []}
        columns={[
          { title: 'Tên sáng kiến', render: (_, r) => <Link to={`/sang-kien/${r.id}`}>{r.title}</Link> },
          {
            title: 'Tác giả',
            render: (_, r) => r.authors.map((a) => `${a.fullName} (${formatNumber(a.share)}%)`).join(', '),
          },
          { title: 'Đơn vị', dataIndex: 'unitName' },
          { title: 'Ngày đăng ký', render: (_, r) => formatDate(r.registeredOn) },
          {
            title: 'Điểm TB',
            render: (_, r) => (r.averageScore === null ? '—' : formatNumber(r.averageScore)),
          },
          {
            title: 'Trạng thái',
            render: (_, r) => (
              <Tag color={INITIATIVE_STATUS[r.status]?.color}>{INITIATIVE_STATUS[r.status]?.label}</Tag>
            ),
          },
          { title: 'Phạm vi', render: (_, r) => (r.scope ? SCOPE_LABELS[r.scope] : '') },
        ]}
      />
      {me?.personId ? (
        <RegisterModal open={open} year={year} personId={me.personId} onClose={() => setOpen(false)} />
      ) : null}
    </>
  );
}
