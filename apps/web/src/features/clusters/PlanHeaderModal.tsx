// The cluster plan's document fields (Decree 30 header, legal basis, sections, Nơi nhận, signer) and its
// status, edited by the leader; saved with the version read (a stale version answers 409).
import { App, DatePicker, Form, Input, Modal, Select, Space } from 'antd';
import type dayjs from 'dayjs';
import { ErrorAlert } from '../../components/ErrorAlert.tsx';
import { DATE_FORMAT, fromWireDate, toWireDate } from '../../lib/format.ts';
import { useUpdatePlan, type Plan } from './api/clusters.ts';

interface HeaderForm {
  title: string;
  status: Plan['status'];
  number?: string;
  symbol?: string;
  placeName?: string;
  issuedOn?: dayjs.Dayjs;
  legalBasis?: string;
  signerName?: string;
  signerTitle?: string;
  recipients?: string;
  sections: { heading: string; body: string }[];
}

export function PlanHeaderModal({
  groupId,
  plan,
  onClose,
}: {
  groupId: number;
  plan: Plan;
  onClose: () => void;
}) {
  const [form] = Form.useForm<HeaderForm>();
  const update = useUpdatePlan(groupId, plan.id);
  const { message } = App.useApp();
  return (
    <Modal
      open
      width={820}
      title="Thông tin văn bản kế hoạch của cụm"
      okText="Lưu"
      cancelText="Huỷ"
      okButtonProps={{ 'data-testid': 'plan-header-save' } as never}
      confirmLoading={update.isPending}
      onCancel={onClose}
      onOk={async () => {
        const v = await form.validateFields();
        try {
          await update.mutateAsync({
            title: v.title,
            status: v.status,
            version: plan.version,
            number: v.number ?? null,
            symbol: v.symbol ?? null,
            placeName: v.placeName ?? null,
            issuedOn: toWireDate(v.issuedOn) ?? null,
            legalBasis: v.legalBasis ?? null,
            signerName: v.signerName ?? null,
            signerTitle: v.signerTitle ?? null,
            recipients: (v.recipients ?? '')
              .split(/\r?\n/)
              .map((x) => x.trim())
              .filter(Boolean),
            sections: v.sections.map((x) => ({ heading: x.heading ?? '', body: x.body ?? '' })),
          });
          message.success('Đã lưu thông tin kế hoạch.');
          onClose();
        } catch {
          // shown in the dialog
        }
      }}
      destroyOnHidden
    >
      <ErrorAlert error={update.error} />
      <Form
        form={form}
        layout="vertical"
        initialValues={{
          title: plan.title,
          status: plan.status,
          number: plan.number ?? undefined,
          symbol: plan.symbol ?? undefined,
          placeName: plan.placeName ?? undefined,
          issuedOn: fromWireDate(plan.issuedOn),
          legalBasis: plan.legalBasis ?? undefined,
          signerName: plan.signerName ?? undefined,
          signerTitle: plan.signerTitle ?? undefined,
          recipients: plan.recipients.join('\n'),
          sections: plan.sections,
        }}
      >
        <Form.Item
          name="title"
          label="Trích yếu"
          rules={[{ required: true, message: 'Hãy nhập trích yếu.' }]}
        >
          <Input />
        </Form.Item>
        <Space wrap align="start">
          <Form.Item name="number" label="Số">
            <Input style={{ width: 90 }} />
          </Form.Item>
          <Form.Item name="symbol" label="Ký hiệu">
            <Input style={{ width: 140 }} placeholder="KH-CTĐV" />
          </Form.Item>
          <Form.Item name="placeName" label="Địa danh">
            <Input style={{ width: 160 }} />
          </Form.Item>
          <Form.Item name="issuedOn" label="Ngày ban hành">
            <DatePicker format={DATE_FORMAT} />
          </Form.Item>
          <Form.Item name="status" label="Trạng thái">
            <Select
              style={{ width: 150 }}
              options={[
                { value: 'draft', label: 'Dự thảo' },
                { value: 'issued', label: 'Đã ban hành' },
                { value: 'closed', label: 'Đã kết thúc' },
              ]}
            />
          </Form.Item>
        </Space>
        <Form.Item name="legalBasis" label="Căn cứ (Thực hiện …)">
          <Input.TextArea rows={3} />
        </Form.Item>
        <Form.List name="sections">
          {(fields, { add, remove }) => (
            <>
              {fields.map((f) => (
                <Space key={f.key} align="start" style={{ display: 'flex' }}>
                  <Form.Item name={[f.name, 'heading']} label="Tiêu đề mục" style={{ width: 260 }}>
                    <Input placeholder="Để trống: đoạn kết" />
                  </Form.Item>
                  <Form.Item
                    name={[f.name, 'body']}
                    label="Nội dung (dòng “[NHIỆM VỤ]”: bảng nhiệm vụ)"
                    style={{ width: 430 }}
                  >
                    <Input.TextArea rows={3} />
                  </Form.Item>
                  <a onClick={() => remove(f.name)} style={{ marginTop: 34, display: 'inline-block' }}>
                    Bỏ
                  </a>
                </Space>
              ))}
              <a onClick={() => add({ heading: '', body: '' })}>Thêm mục</a>
            </>
          )}
        </Form.List>
        <Space wrap align="start" style={{ marginTop: 16 }}>
          <Form.Item name="signerName" label="Người ký (Cụm trưởng)">
            <Input style={{ width: 220 }} />
          </Form.Item>
          <Form.Item name="signerTitle" label="Chức vụ người ký (mỗi dòng một dòng in)">
            <Input.TextArea rows={2} style={{ width: 340 }} />
          </Form.Item>
        </Space>
        <Form.Item name="recipients" label="Nơi nhận (mỗi dòng một nơi; dòng cuối “Lưu: VT, …”)">
          <Input.TextArea rows={3} />
        </Form.Item>
      </Form>
    </Modal>
  );
}
