import type { ButtonProps } from 'antd';
import { useState } from 'react';
import {
  Button,
  DatePicker,
  Form,
  Input,
  InputNumber,
  Modal,
  Select,
  Space,
  Table,
  Tag,
  Typography,
} from 'antd';
import { Link, useNavigate } from 'react-router';
import { PageHeader } from '../../components/PageHeader.tsx';
import { ErrorAlert } from '../../components/ErrorAlert.tsx';
import { DATE_FORMAT, formatDate, toWireDate } from '../../lib/format.ts';
import { hasPermission } from '../../lib/permissions.ts';
import { useMe, useWorkingYear } from '../../lib/session.tsx';
import { STATUS_LABELS, useCreateSession, useEmulationCouncils, useSessions } from './api.ts';

function CreateSession({ open, onClose }: { open: boolean; onClose: () => void }) {
  const workingYear = useWorkingYear();
  const [form] = Form.useForm();
  const councils = useEmulationCouncils(open);
  const create = useCreateSession();
  const navigate = useNavigate();
  return (
    <Modal
      open={open}
      title="Lập phiên họp bình xét"
      okText="Lập phiên họp"
      cancelText="Huỷ"
      confirmLoading={create.isPending}
      onCancel={onClose}
      destroyOnHidden
      okButtonProps={{ 'data-testid': 'council-session-create-ok' } as ButtonProps}
      onOk={async () => {
        const v = (await form.validateFields()) as {
          councilId: number;
          year: number;
          heldOn?: import('dayjs').Dayjs;
          place?: string;
        };
        try {
          const s = await create.mutateAsync({
            councilId: v.councilId,
            year: v.year,
            ...(v.heldOn ? { heldOn: toWireDate(v.heldOn)! } : {}),
            ...(v.place ? { place: v.place } : {}),
          });
          onClose();
          void navigate(`/binh-xet/phien/${s.session.id}`);
        } catch {
          // shown below
        }
      }}
    >
      <ErrorAlert error={create.error ?? councils.error} />
      <Form form={form} layout="vertical" initialValues={{ year: workingYear }}>
        <Form.Item
          name="councilId"
          label="Hội đồng"
          rules={[{ required: true, message: 'Hãy chọn Hội đồng.' }]}
        >
          <Select
            options={(councils.data ?? []).map((c) => ({ value: c.council.id, label: c.council.name }))}
            placeholder="Hội đồng Thi đua – Khen thưởng"
          />
        </Form.Item>
        <Form.Item name="year" label="Năm xét" rules={[{ required: true, message: 'Hãy nhập năm.' }]}>
          <InputNumber min={2000} max={2100} />
        </Form.Item>
        <Form.Item name="heldOn" label="Ngày họp">
          <DatePicker format={DATE_FORMAT} />
        </Form.Item>
        <Form.Item name="place" label="Địa điểm">
          <Input placeholder="Phòng họp số 1, Sở Công Thương" />
        </Form.Item>
      </Form>
    </Modal>
  );
}

export function SessionsPage() {
  const me = useMe();
  const canRead = hasPermission(me, 'councils:read');
  const manage = hasPermission(me, 'councils:manage');
  const sessions = useSessions(canRead);
  const [creating, setCreating] = useState(false);
  return (
    <>
      <PageHeader
        title="Bình xét & Hội đồng Thi đua – Khen thưởng"
        subtitle="Họp bình xét ở đơn vị, phiên họp Hội đồng bỏ phiếu kín trong chỉ tiêu, biên bản"
        extra={
          <Space wrap>
            <Link to="/binh-xet/bo-phieu">
              <Button type="primary" data-testid="council-my-ballots">
                Phiếu bầu của tôi
              </Button>
            </Link>
            <Link to="/binh-xet/kiem-tra-phieu">
              <Button data-testid="council-verify-link">Kiểm tra phiếu</Button>
            </Link>
            {hasPermission(me, 'councils:unit-meeting') && (
              <Link to="/binh-xet/don-vi">
                <Button data-testid="council-unit-meetings-link">Họp bình xét ở đơn vị</Button>
              </Link>
            )}
            {manage && (
              <Button onClick={() => setCreating(true)} data-testid="council-session-create">
                Lập phiên họp
              </Button>
            )}
          </Space>
        }
      />
      <ErrorAlert error={sessions.error} />
      {canRead ? (
        <Table
          rowKey="id"
          loading={sessions.isLoading}
          dataSource={sessions.data ?? []}
          pagination={false}
          data-testid="council-sessions"
          columns={[
            { title: 'Năm xét', dataIndex: 'year', width: 90 },
            {
              title: 'Phiên họp',
              render: (_, s) => (
                <Link to={`/binh-xet/phien/${s.id}`} data-testid={`council-session-${s.year}`}>
                  {s.council_name} – bình xét năm {s.year}
                </Link>
              ),
            },
            { title: 'Ngày họp', render: (_, s) => formatDate(s.held_on), width: 120 },
            { title: 'Địa điểm', dataIndex: 'place' },
            { title: 'Người được đề nghị', dataIndex: 'candidate_count', width: 150, align: 'right' },
            {
              title: 'Trạng thái',
              width: 150,
              render: (_, s) => (
                <Tag color={s.status === 'closed' ? 'default' : s.status === 'open' ? 'green' : 'blue'}>
                  {STATUS_LABELS[s.status] ?? s.status}
                </Tag>
              ),
            },
          ]}
        />
      ) : (
        <Typography.Paragraph type="secondary">
          Thành viên Hội đồng bỏ phiếu ở mục Phiếu bầu của tôi và kiểm tra phiếu bằng mã biên nhận.
        </Typography.Paragraph>
      )}
      <CreateSession open={creating} onClose={() => setCreating(false)} />
    </>
  );
}
