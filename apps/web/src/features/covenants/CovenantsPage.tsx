import { useState } from 'react';
import {
  App,
  Button,
  DatePicker,
  Flex,
  Form,
  Input,
  InputNumber,
  Modal,
  Select,
  Table,
  Tag,
  Typography,
  Upload,
} from 'antd';
import { PageHeader } from '../../components/PageHeader.tsx';
import { ErrorAlert } from '../../components/ErrorAlert.tsx';
import { apiUrl, download } from '../../lib/api.ts';
import { DATE_FORMAT, formatDate, toWireDate } from '../../lib/format.ts';
import { hasPermission } from '../../lib/permissions.ts';
import { useSession, useWorkingYear } from '../../lib/session.tsx';
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
      width={860}
      title={`Giao ước thi đua năm ${year} (trong cơ quan)`}
      okText="Lưu"
      cancelText="Huỷ"
      confirmLoading={create.isPending}
      onCancel={onClose}
      okButtonProps={{ 'data-testid': 'covenant-save' } as never}
      onOk={async () => {
        const v = (await form.validateFields()) as {
          title: string;
          content?: string;
          signedOn?: unknown;
          placeName?: string;
          signatories?: { unitId: number; signerName?: string; signerTitle?: string }[];
        };
        const signedOn = toWireDate(v.signedOn as never);
        try {
          await create.mutateAsync({
            year,
            title: v.title,
            content: v.content ?? '',
            status: signedOn ? 'signed' : 'draft',
            signedOn,
            placeName: v.placeName ?? null,
            signatories: (v.signatories ?? []).map((s) => ({
              unitId: s.unitId,
              signerName: s.signerName ?? null,
              signerTitle: s.signerTitle ?? null,
              signed: Boolean(signedOn),
            })),
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
      <Form form={form} layout="vertical" initialValues={{ title: `Giao ước thi đua năm ${year}` }}>
        <Form.Item
          name="title"
          label="Tên giao ước"
          rules={[{ required: true, message: 'Hãy nhập tên giao ước.' }]}
        >
          <Input data-testid="covenant-title" />
        </Form.Item>
        <Form.Item name="content" label="Nội dung giao ước (chỉ tiêu, cam kết; mỗi đoạn một dòng trống)">
          <Input.TextArea autoSize={{ minRows: 5, maxRows: 14 }} data-testid="covenant-content" />
        </Form.Item>
        <Typography.Text strong>Các đơn vị ký kết</Typography.Text>
        <Form.List name="signatories">
          {(fields, { add, remove }) => (
            <>
              {fields.map((f) => (
                <Flex key={f.key} gap={8} align="baseline" data-testid={`covenant-signatory-${f.name}`}>
                  <Form.Item
                    name={[f.name, 'unitId']}
                    rules={[{ required: true, message: 'Chọn đơn vị' }]}
                    style={{ flex: 2 }}
                  >
                    <Select
                      showSearch
                      optionFilterProp="label"
                      placeholder="Đơn vị"
                      options={(units.data ?? []).map((u) => ({ value: u.id, label: u.name }))}
                    />
                  </Form.Item>
                  <Form.Item name={[f.name, 'signerName']} style={{ flex: 1 }}>
                    <Input placeholder="Người ký" />
                  </Form.Item>
                  <Form.Item name={[f.name, 'signerTitle']} style={{ flex: 1 }}>
                    <Input placeholder="Chức vụ (Trưởng phòng …)" />
                  </Form.Item>
                  <Button onClick={() => remove(f.name)}>Xoá</Button>
                </Flex>
              ))}
              <Button
                onClick={() => add()}
                style={{ margin: '8px 0 16px' }}
                data-testid="covenant-add-signatory"
              >
                Thêm đơn vị ký
              </Button>
            </>
          )}
        </Form.List>
        <Flex gap={12}>
          <Form.Item name="signedOn" label="Ngày ký" style={{ flex: 1 }}>
            <DatePicker format={DATE_FORMAT} data-testid="covenant-signed-on" />
          </Form.Item>
          <Form.Item name="placeName" label="Nơi ký" style={{ flex: 2 }}>
            <Input placeholder="Hội trường Sở" />
          </Form.Item>
        </Flex>
      </Form>
    </Modal>
  );
}

export function CovenantsPage() {
  const workingYear = useWorkingYear();
  const { state } = useSession();
  const me = state.status === 'signed-in' ? state.me : null;
  const canWrite = me ? hasPermission(me, 'covenants:write') : false;
  const [year, setYear] = useState(workingYear);
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
              <Button type="primary" onClick={() => setOpen(true)} data-testid="covenant-create">
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
          {
            title: 'Các bên ký',
            render: (_, c) =>
              c.signatories.map((s) => (s.signerName ? `${s.name} (${s.signerName})` : s.name)).join(', '),
          },
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
                {c.groupName === null && (
                  <Button
                    size="small"
                    style={{ marginRight: 8 }}
                    onClick={() => download(`/covenants/${c.id}/document.docx`)}
                    data-testid={`covenant-docx-${c.id}`}
                  >
                    Bản giao ước (.docx)
                  </Button>
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
