import { useState } from 'react';
import {
  Button,
  DatePicker,
  Descriptions,
  Drawer,
  Form,
  Input,
  InputNumber,
  List,
  Select,
  Space,
  Table,
  Tag,
} from 'antd';
import { PageHeader } from '../../components/PageHeader.tsx';
import { ErrorAlert } from '../../components/ErrorAlert.tsx';
import { download } from '../../lib/api.ts';
import { DATE_FORMAT, formatDate, formatNumber, toWireDate } from '../../lib/format.ts';
import { hasPermission } from '../../lib/permissions.ts';
import { useSession, useWorkingYear } from '../../lib/session.tsx';
import { useAddResult, useMovement, useMovements, type Movement } from './api/movements.ts';
import { LAUNCHERS, MovementFormModal } from './MovementFormModal.tsx';
import { MovementRegistrations } from '../registrations/MovementRegistrations.tsx';

const STATUS: Record<string, string> = { draft: 'Dự thảo', active: 'Đang triển khai', closed: 'Đã tổng kết' };

function Detail({
  id,
  canWrite,
  onClose,
  onEdit,
}: {
  id: number | null;
  canWrite: boolean;
  onClose: () => void;
  onEdit: (m: Movement) => void;
}) {
  const q = useMovement(id);
  const add = useAddResult(id ?? 0);
  const [form] = Form.useForm();
  const m = q.data;
  return (
    <Drawer
      open={id !== null}
      onClose={onClose}
      size="large"
      title={m?.name}
      extra={
        m && (
          <Space>
            {canWrite && (
              <Button onClick={() => onEdit(m)} data-testid="movement-edit">
                Sửa
              </Button>
            )}
            <Button
              onClick={() => download(`/movements/${m.id}/launch.docx`)}
              data-testid="movement-launch-docx"
            >
              Kế hoạch phát động (.docx)
            </Button>
          </Space>
        )
      }
    >
      <ErrorAlert error={q.error ?? add.error} />
      {m && (
        <>
          <Descriptions size="small" column={1} bordered>
            <Descriptions.Item label="Phát động">
              {m.launcherName ?? LAUNCHERS.find((l) => l.value === m.launchedBy)?.label}
            </Descriptions.Item>
            <Descriptions.Item label="Văn bản">{m.decisionRef}</Descriptions.Item>
            <Descriptions.Item label="Chủ đề">{m.theme}</Descriptions.Item>
            <Descriptions.Item label="Khẩu hiệu">{m.slogan}</Descriptions.Item>
            <Descriptions.Item label="Thời gian">
              {formatDate(m.fromDate)} – {formatDate(m.toDate)}
            </Descriptions.Item>
            <Descriptions.Item label="Danh hiệu, hình thức">
              {m.rewards.map((r) => r.label).join(', ')}
            </Descriptions.Item>
            <Descriptions.Item label="Đơn vị tham gia">
              {m.participants.map((p) => p.name).join(', ')}
            </Descriptions.Item>
          </Descriptions>
          <List
            size="small"
            header="Các đợt thi đua"
            dataSource={m.phases}
            renderItem={(p) => (
              <List.Item>{`${p.name}: ${formatDate(p.fromDate)} – ${formatDate(p.toDate)}`}</List.Item>
            )}
          />
          <List
            size="small"
            header="Chỉ tiêu"
            dataSource={m.targets}
            renderItem={(t) => (
              <List.Item>
                {t.content}
                {t.kind === 'quantitative' && t.targetValue !== null && (
                  <Tag color="blue" style={{ marginLeft: 8 }}>
                    {formatNumber(t.targetValue)} {t.unit ?? ''}
                  </Tag>
                )}
              </List.Item>
            )}
          />
          <List
            size="small"
            header="Kết quả"
            dataSource={m.results}
            renderItem={(r) => (
              <List.Item>
                <Space>
                  <Tag color="blue">{r.display}</Tag>
                  {r.content} ({m.phases.find((p) => p.id === r.phaseId)?.name ?? 'cả năm'},{' '}
                  {formatDate(r.reportedOn)})
                </Space>
              </List.Item>
            )}
          />
          {canWrite && (
            <Form
              form={form}
              layout="inline"
              onFinish={(v: {
                phaseId?: number;
                content: string;
                numerator?: number;
                denominator?: number;
                value?: number;
                unit?: string;
                reportedOn: { format(f: string): string };
              }) =>
                add
                  .mutateAsync({ ...v, reportedOn: toWireDate(v.reportedOn as never) })
                  .then(() => form.resetFields())
              }
            >
              <Form.Item name="phaseId">
                <Select
                  placeholder="Đợt"
                  style={{ width: 140 }}
                  options={m.phases.map((p) => ({ value: p.id, label: p.name }))}
                  allowClear
                />
              </Form.Item>
              <Form.Item name="content" rules={[{ required: true, message: 'Nội dung' }]}>
                <Input placeholder="Nội dung kết quả" />
              </Form.Item>
              <Form.Item name="numerator">
                <InputNumber placeholder="Đạt" />
              </Form.Item>
              <Form.Item name="denominator">
                <InputNumber placeholder="Trên tổng" />
              </Form.Item>
              <Form.Item name="value">
                <InputNumber placeholder="Giá trị" />
              </Form.Item>
              <Form.Item name="unit">
                <Input placeholder="Đơn vị" style={{ width: 100 }} />
              </Form.Item>
              <Form.Item name="reportedOn" rules={[{ required: true, message: 'Ngày' }]}>
                <DatePicker format={DATE_FORMAT} />
              </Form.Item>
              <Button htmlType="submit" type="primary" loading={add.isPending}>
                Ghi kết quả
              </Button>
            </Form>
          )}
          <MovementRegistrations movement={m} />
        </>
      )}
    </Drawer>
  );
}

export function MovementsPage() {
  const workingYear = useWorkingYear();
  const { state } = useSession();
  const me = state.status === 'signed-in' ? state.me : null;
  const canWrite = me ? hasPermission(me, 'movements:write') : false;
  const [year, setYear] = useState(workingYear);
  const [open, setOpen] = useState(false);
  const [editing, setEditing] = useState<Movement | null>(null);
  const [selected, setSelected] = useState<number | null>(null);
  const list = useMovements(year);
  return (
    <>
      <PageHeader
        title="Phong trào thi đua"
        extra={
          <>
            <InputNumber value={year} min={2000} max={2100} onChange={(v) => v && setYear(v)} />
            <Button onClick={() => download('/movements/export.xlsx', { year })}>Xuất Excel</Button>
            {canWrite && (
              <Button type="primary" onClick={() => setOpen(true)} data-testid="movement-create">
                Thêm phong trào
              </Button>
            )}
          </>
        }
      />
      <ErrorAlert error={list.error} />
      <Table
        rowKey="id"
        loading={list.isLoading}
        dataSource={list.data ?? []}
        onRow={(r) => ({ onClick: () => setSelected(r.id), style: { cursor: 'pointer' } })}
        columns={[
          { title: 'Tên phong trào', dataIndex: 'name' },
          { title: 'Chủ đề', dataIndex: 'theme' },
          {
            title: 'Phát động',
            render: (_, r) => r.launcherName ?? LAUNCHERS.find((l) => l.value === r.launchedBy)?.label,
          },
          { title: 'Thời gian', render: (_, r) => `${formatDate(r.fromDate)} – ${formatDate(r.toDate)}` },
          { title: 'Trạng thái', render: (_, r) => <Tag>{STATUS[r.status]}</Tag> },
        ]}
      />
      <MovementFormModal
        open={open || editing !== null}
        year={year}
        movement={editing}
        onClose={() => {
          setOpen(false);
          setEditing(null);
        }}
      />
      <Detail id={selected} canWrite={canWrite} onClose={() => setSelected(null)} onEdit={setEditing} />
    </>
  );
}
