import { useState } from 'react';
import { App, Button, Col, DatePicker, Form, Input, InputNumber, Modal, Popconfirm, Row, Table } from 'antd';
import { DeleteOutlined, EditOutlined, PlusOutlined } from '@ant-design/icons';
import type { Dayjs } from 'dayjs';
import { ErrorAlert } from '../../components/ErrorAlert.tsx';
import { errorMessage, isApiError } from '../../lib/api.ts';
import { formatDate, fromWireDate, toWireDate } from '../../lib/format.ts';
import {
  useAdminProcedures,
  useDeleteAdminProcedure,
  useSaveAdminProcedure,
} from './api/admin-procedures.ts';
import type { AdminProcedure } from './api/schemas.ts';

// Administrative procedures per period (seed 001: 15/12/2022–31/5/2023, 10.042 received, 9.946 resolved,
// none late, 9.816 online — "chiếm hơn 98%").

interface FormValues {
  periodFrom: Dayjs;
  periodTo: Dayjs;
  received: number;
  resolved: number;
  onTime?: number | null;
  late?: number | null;
  online?: number | null;
  note?: string;
}

const vi = (n: number | null | undefined) =>
  n === null || n === undefined ? undefined : new Intl.NumberFormat('vi-VN').format(n);
const count = {
  min: 0,
  precision: 0,
  style: { width: '100%' },
  formatter: (v: number | string | undefined) => (v === undefined || v === '' ? '' : (vi(Number(v)) ?? '')),
  parser: (t: string | undefined) => Number((t ?? '').replace(/\./g, '')),
};

function ProcedureModal({
  target,
  agencyId,
  onClose,
}: {
  target: AdminProcedure | 'new';
  agencyId: number | null;
  onClose(): void;
}) {
  const [form] = Form.useForm<FormValues>();
  const save = useSaveAdminProcedure();
  const { message } = App.useApp();
  const editing = target !== 'new';
  const submit = async () => {
    const v = await form.validateFields();
    save.mutate(
      {
        id: editing ? target.id : null,
        agencyId,
        ...(editing ? { version: target.version } : {}),
        input: {
          periodFrom: toWireDate(v.periodFrom)!,
          periodTo: toWireDate(v.periodTo)!,
          received: v.received,
          resolved: v.resolved,
          onTime: v.onTime ?? null,
          late: v.late ?? null,
          online: v.online ?? null,
          note: v.note?.trim() || null,
        },
      },
      {
        onSuccess: () => {
          void message.success('Đã lưu số liệu thủ tục hành chính.');
          onClose();
        },
        onError: (e) => {
          if (isApiError(e) && e.details.length)
            form.setFields(
              e.details.map((d) => ({ name: (d.path ?? 'note') as keyof FormValues, errors: [d.message] })),
            );
          else void message.error(errorMessage(e));
        },
      },
    );
  };
  return (
    <Modal
      open
      title={editing ? 'Sửa số liệu thủ tục hành chính' : 'Thêm số liệu thủ tục hành chính'}
      onCancel={onClose}
      onOk={() => void submit()}
      okText="Lưu"
      cancelText="Huỷ"
      confirmLoading={save.isPending}
      okButtonProps={{ 'data-testid': 'procedure-save' } as Record<string, string>}
    >
      <Form
        form={form}
        layout="vertical"
        initialValues={
          editing
            ? {
                periodFrom: fromWireDate(target.periodFrom),
                periodTo: fromWireDate(target.periodTo),
                received: target.received,
                resolved: target.resolved,
                onTime: target.onTime,
                late: target.late,
                online: target.online,
                note: target.note ?? undefined,
              }
            : {}
        }
      >
        <Row gutter={12}>
          <Col span={12}>
            <Form.Item
              name="periodFrom"
              label="Từ ngày"
              rules={[{ required: true, message: 'Chọn ngày đầu kỳ.' }]}
            >
              <DatePicker format="DD/MM/YYYY" style={{ width: '100%' }} data-testid="procedure-from" />
            </Form.Item>
          </Col>
          <Col span={12}>
            <Form.Item
              name="periodTo"
              label="Đến ngày"
              rules={[{ required: true, message: 'Chọn ngày cuối kỳ.' }]}
            >
              <DatePicker format="DD/MM/YYYY" style={{ width: '100%' }} data-testid="procedure-to" />
            </Form.Item>
          </Col>
          <Col span={12}>
            <Form.Item
              name="received"
              label="Hồ sơ tiếp nhận"
              rules={[{ required: true, message: 'Nhập số hồ sơ tiếp nhận.' }]}
            >
              <InputNumber {...count} data-testid="procedure-received" />
            </Form.Item>
          </Col>
          <Col span={12}>
            <Form.Item
              name="resolved"
              label="Đã giải quyết"
              rules={[{ required: true, message: 'Nhập số hồ sơ đã giải quyết.' }]}
            >
              <InputNumber {...count} data-testid="procedure-resolved" />
            </Form.Item>
          </Col>
          <Col span={8}>
            <Form.Item name="onTime" label="Đúng hạn">
              <InputNumber {...count} data-testid="procedure-on-time" />
            </Form.Item>
          </Col>
          <Col span={8}>
            <Form.Item name="late" label="Trễ hạn">
              <InputNumber {...count} data-testid="procedure-late" />
            </Form.Item>
          </Col>
          <Col span={8}>
            <Form.Item name="online" label="Trực tuyến">
              <InputNumber {...count} data-testid="procedure-online" />
            </Form.Item>
          </Col>
          <Col span={24}>
            <Form.Item name="note" label="Ghi chú">
              <Input />
            </Form.Item>
          </Col>
        </Row>
      </Form>
    </Modal>
  );
}

export function AdminProceduresTab({
  agencyId,
  year,
  canWrite,
}: {
  agencyId: number | null;
  year: number;
  canWrite: boolean;
}) {
  const q = useAdminProcedures(agencyId, year);
  const del = useDeleteAdminProcedure();
  const { message } = App.useApp();
  const [editing, setEditing] = useState<AdminProcedure | 'new' | null>(null);
  return (
    <>
      <ErrorAlert error={q.error} />
      {canWrite && (
        <Button
          type="primary"
          icon={<PlusOutlined />}
          onClick={() => setEditing('new')}
          style={{ marginBottom: 12 }}
          data-testid="procedure-create"
        >
          Thêm kỳ số liệu
        </Button>
      )}
      <Table<AdminProcedure>
        data-testid="procedure-table"
        rowKey="id"
        size="small"
        loading={q.isLoading}
        dataSource={q.data ?? []}
        pagination={false}
        locale={{ emptyText: `Chưa có số liệu thủ tục hành chính năm ${year}.` }}
        columns={[
          {
            title: 'Kỳ',
            key: 'period',
            render: (_, r) => `${formatDate(r.periodFrom)} – ${formatDate(r.periodTo)}`,
          },
          { title: 'Tiếp nhận', key: 'received', align: 'right', render: (_, r) => r.text.received },
          { title: 'Đã giải quyết', key: 'resolved', align: 'right', render: (_, r) => r.text.resolved },
          { title: 'Đúng hạn', key: 'onTime', align: 'right', render: (_, r) => r.text.onTime ?? '' },
          { title: 'Trễ hạn', key: 'late', align: 'right', render: (_, r) => r.text.late ?? '' },
          { title: 'Trực tuyến', key: 'online', align: 'right', render: (_, r) => r.text.online ?? '' },
          {
            title: 'Tỷ lệ trực tuyến',
            key: 'onlinePct',
            align: 'right',
            render: (_, r) => <span data-testid="procedure-online-share">{r.text.onlinePercent ?? ''}</span>,
          },
          ...(canWrite
            ? [
                {
                  title: '',
                  key: 'actions',
                  width: 90,
                  render: (_: unknown, r: AdminProcedure) => (
                    <>
                      <Button
                        size="small"
                        type="text"
                        icon={<EditOutlined />}
                        aria-label="Sửa"
                        onClick={() => setEditing(r)}
                      />
                      <Popconfirm
                        title="Xoá số liệu của kỳ này?"
                        okText="Xoá"
                        cancelText="Không"
                        onConfirm={() =>
                          del.mutate(
                            { id: r.id, version: r.version },
                            { onError: (e) => void message.error(errorMessage(e)) },
                          )
                        }
                      >
                        <Button size="small" type="text" danger icon={<DeleteOutlined />} aria-label="Xoá" />
                      </Popconfirm>
                    </>
                  ),
                },
              ]
            : []),
        ]}
      />
      {editing && <ProcedureModal target={editing} agencyId={agencyId} onClose={() => setEditing(null)} />}
    </>
  );
}
