import { Alert, DatePicker, Form, Input, Modal, type ButtonProps } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import { errorMessage } from '../../lib/api.ts';
import { DATE_FORMAT, toWireDate } from '../../lib/format.ts';
import { useAnnul } from './api.ts';

// Hủy, thu hồi a decision (or one recipient's award): date, reason and the annulling decision. The record
// stays in the history, struck through, and the engine no longer counts it.

interface Values {
  annulledOn: Dayjs;
  reason: string;
  annulledByRef?: string;
}

export function AnnulModal({
  decisionId,
  target,
  onClose,
}: {
  decisionId: number;
  /** What is annulled: the whole decision or one recipient; null = closed. */
  target: { version: number; recipientId?: number; name: string } | null;
  onClose(): void;
}) {
  const [form] = Form.useForm<Values>();
  const annul = useAnnul(decisionId);
  const close = () => {
    form.resetFields();
    annul.reset();
    onClose();
  };
  const submit = async () => {
    if (!target) return;
    const v = await form.validateFields();
    annul.mutate(
      {
        version: target.version,
        ...(target.recipientId ? { recipientId: target.recipientId } : {}),
        annulledOn: toWireDate(v.annulledOn) ?? '',
        reason: v.reason.trim(),
        annulledByRef: v.annulledByRef?.trim() || null,
      },
      { onSuccess: close },
    );
  };
  return (
    <Modal
      open={target !== null}
      title={target?.recipientId ? `Thu hồi khen thưởng của ${target.name}` : `Hủy ${target?.name ?? ''}`}
      onCancel={close}
      onOk={() => void submit()}
      okText={target?.recipientId ? 'Thu hồi' : 'Hủy quyết định'}
      okButtonProps={{ danger: true, loading: annul.isPending, 'data-testid': 'annul-submit' } as ButtonProps}
      destroyOnHidden
    >
      <Form form={form} layout="vertical" initialValues={{ annulledOn: dayjs() }}>
        <Form.Item
          name="annulledOn"
          label="Ngày hủy, thu hồi"
          rules={[{ required: true, message: 'Hãy chọn ngày.' }]}
        >
          <DatePicker format={DATE_FORMAT} />
        </Form.Item>
        <Form.Item
          name="reason"
          label="Lý do"
          rules={[{ required: true, whitespace: true, message: 'Hãy nhập lý do hủy, thu hồi.' }]}
        >
          <Input.TextArea rows={3} data-testid="annul-reason" />
        </Form.Item>
        <Form.Item name="annulledByRef" label="Theo quyết định">
          <Input placeholder="Quyết định số 45/QĐ-SCT ngày 01/03/2026" data-testid="annul-ref" />
        </Form.Item>
      </Form>
      {annul.error ? (
        <Alert type="error" showIcon title={errorMessage(annul.error)} data-testid="annul-error" />
      ) : null}
    </Modal>
  );
}
