import { useState } from 'react';
import { App, Button, DatePicker, Form, Input, InputNumber, Modal, Select, Table, Tag, Upload } from 'antd';
import { PageHeader } from '../../components/PageHeader.tsx';
import { ErrorAlert } from '../../components/ErrorAlert.tsx';
import { apiUrl, download } from '../../lib/api.ts';
import { DATE_FORMAT, formatDate, toWireDate } from '../../lib/format.ts';
import { hasPermission } from '../../lib/permissions.ts';
import { useSession } from '../../lib/session.tsx';
import { useAttach, useCovenants, useCreateCovenant, useUnits } from './api/covenants.ts';

const STATUS: Record<string, { label: string; color: string }> = {
  draft: { label: 'Dự thảo', color: 'default' },
  signed: { label: 'Đã ký', color: 'green' },
  superseded: { label: 'Đã thay thế', color: 'default' },
};

function CreateModal({ open, year, onClose }: { open: boolean; year: number; onClose: () => void }) {
  const [form] = Form.useForm();
  const units = useUnits();
  const create = useCreateCovenant();
  const { message } = App.useApp();
  return (
    <Modal
      open={open}
      title={`Giao ước thi đua năm ${year} (trong cơ quan)`}
      okText="Lưu"
      cancelText="Huỷ"
      confirmLoading={create.isPending}
      onCancel={onClose}
      onOk={async () => {
        const v = (await form.validateFields()) as {
          title: string;
          content?: string;
          signedOn?: unknown;
          unitIds?: number[];
        };
        const signedOn = toWireDate(v.signedOn as never);
        try {
          await create.mutateAsync({
            year,
            title: v.title,
            content: v.content ?? '',
            status: signedOn ? 'signed' : 'draft',
            signedOn,
            signatories: (v.unitIds ?? []).map((unitId) => ({ unitId, signed: Boolean(signedOn) })),
          });
          message.success('Đã lưu giao ước.');
          form.resetFields();
          onClose();
        } catch {
          // shown below
        }
      }}
      destroyOnHidden
    >
      <ErrorAlert error={create.error} />
      <Form form={form} layout="vertical">
        <Form.Item
          name="title"
          label="Tên giao ước"
          rules={[{ required: true, message: 'Hãy nhập tên giao ước.' }]}
        >
          <Input />
        </Form.Item>
        <Form.Item name="content" label="Nội dung">
          <Input.TextArea rows={4} />
        </Form.Item>
        <Form.Item name="unitIds" label="Các đơn vị ký">
          <Select mode="multiple" options={(units.data ?? []).map((u) => ({ value: u.id, label: u.name }))} />
        </Form.Item>
        <Form.Item name="signedOn" label="Ngày ký">
          <DatePicker format={DATE_FORMAT} />
        </Form.Item>
      </Form>
    </Modal>
  );
}

export function CovenantsPage() {
  const { state } = useSession();
  const me = state.status === 'signed-in' ? state.me : null;
  const canWrite = me ? hasPermission(me, 'covenants:write') : false;
  const [year, setYear] = useState(new Date().getFullYear());
  const [open, setOpen] = useState(false);
  const list = useCovenants(year);
  const attach = useAttach();
  return (
    <>
      <PageHeader
        title="Giao ước thi đua"
        extra={
          <>
            <InputNumber value={year} min={2000} max={2100} onChange={(v) => v && setYear(v)} />
            <Button onClick={() => download('/covenants/export.xlsx', { year })}>Xuất Excel</Button>
            {canWrite && (
              <Button type="primary" onClick={() => setOpen(true)}>
                Thêm giao ước
              </Button>
            )}
          </>
        }
      />
      <ErrorAlert error={list.error ?? attach.error} />
      <Table
        rowKey="id"
        loading={list.isLoading}
        dataSource={list.data ?? []}
        columns={[
          { title: 'Tên giao ước', dataIndex: 'title' },
          { title: 'Phạm vi', render: (_, c) => c.groupName ?? 'Trong cơ quan' },
          { title: 'Các bên ký', render: (_, c) => c.signatories.map((s) => s.name).join(', ') },
          { title: 'Ngày ký', render: (_, c) => formatDate(c.signedOn) },
          {
            title: 'Trạng thái',
            render: (_, c) => <Tag color={STATUS[c.status]?.color}>{STATUS[c.status]?.label}</Tag>,
          },
          {
            title: 'Bản ký',
            render: (_, c) => (
              <>
                {c.fileName && (
                  <a href={apiUrl(`/covenants/${c.id}/file`)} style={{ marginRight: 8 }}>
                    {c.fileName}
                  </a>
                )}
                {canWrite && (
                  <Upload
                    showUploadList={false}
                    beforeUpload={(file) => (attach.mutate({ id: c.id, file }), false)}
                  >
                    <Button size="small">Đính kèm</Button>
                  </Upload>
                )}
              </>
            ),
          },
        ]}
      />
      <CreateModal open={open} year={year} onClose={() => setOpen(false)} />
    </>
  );
}
