import { useState } from 'react';
import { Alert, DatePicker, Form, Input, InputNumber, Modal, Select, Space, type ButtonProps } from 'antd';
import { useQuery } from '@tanstack/react-query';
import { z } from 'zod';
import type { Dayjs } from 'dayjs';
import { TARGET_LABELS } from '../../../../../packages/domain/src/eligibility/messages/vi.ts';
import { errorMessage, request } from '../../lib/api.ts';
import { applyServerErrors } from '../../lib/form.ts';
import { DATE_FORMAT, toWireDate } from '../../lib/format.ts';
import { hasPermission } from '../../lib/permissions.ts';
import { useMe } from '../../lib/session.tsx';
import { AUTHORITY_OPTIONS, KIND_OPTIONS, useRegisterReceived, type Decision } from './api.ts';
import { RecipientsField, toRecipientInputs, type RecipientLine } from './RecipientsField.tsx';

// Ghi nhận quyết định khen thưởng received from a higher level: number, symbol, date, authority, form,
// kind, achievement period, the persons and units it names, and the proposal (tờ trình) it answers.

const CODE_OPTIONS = [
  ...Object.entries(TARGET_LABELS).map(([value, label]) => ({ value, label })),
  { value: 'khac', label: 'Hình thức khác (ghi tên)' },
];
const ProposalsSchema = z.array(
  z.object({ id: z.number(), title: z.string(), status: z.string(), year: z.number() }).passthrough(),
);

interface Values {
  authority: string;
  issuerName?: string;
  number: string;
  symbol?: string;
  decidedOn?: Dayjs;
  code: string;
  otherName?: string;
  kind: string;
  achievementFrom?: number;
  achievementTo?: number;
  proposalId?: number;
}

export function ReceivedDecisionModal({
  open,
  onClose,
  onSaved,
}: {
  open: boolean;
  onClose(): void;
  onSaved(d: Decision): void;
}) {
  const me = useMe();
  const [form] = Form.useForm<Values>();
  const [recipients, setRecipients] = useState<RecipientLine[]>([]);
  const [error, setError] = useState<string | null>(null);
  const save = useRegisterReceived();
  const code = Form.useWatch('code', form);
  const proposals = useQuery({
    queryKey: ['decisions', 'open-proposals'],
    queryFn: () => request('/proposals', ProposalsSchema),
    enabled: open && hasPermission(me, 'proposals:read'),
    retry: false,
  });
  const waiting = (proposals.data ?? []).filter((p) => ['sent', 'signing'].includes(p.status));

  const close = () => {
    form.resetFields();
    setRecipients([]);
    setError(null);
    save.reset();
    onClose();
  };

  const submit = async () => {
    setError(null);
    const v = await form.validateFields();
    save.mutate(
      {
        authority: v.authority,
        issuerName: v.issuerName ?? null,
        number: v.number,
        symbol: v.symbol ?? null,
        decidedOn: toWireDate(v.decidedOn) ?? '',
        kind: v.kind,
        code: v.code,
        otherName: v.otherName ?? null,
        achievementFrom: v.achievementFrom ?? null,
        achievementTo: v.achievementTo ?? null,
        proposalId: v.proposalId ?? null,
        recipients: toRecipientInputs(recipients),
      },
      {
        onSuccess: (d) => {
          close();
          onSaved(d);
        },
        onError: (e) => {
          const { unmatched } = applyServerErrors(form, e, (p) =>
            p.startsWith('recipients') ? undefined : p,
          );
          setError(unmatched.length ? unmatched.join(' ') : errorMessage(e));
        },
      },
    );
  };

  return (
    <Modal
      open={open}
      title="Ghi nhận quyết định khen thưởng của cấp trên"
      onCancel={close}
      onOk={() => void submit()}
      okText="Ghi nhận"
      okButtonProps={{ loading: save.isPending, 'data-testid': 'received-save' } as ButtonProps}
      width={860}
      destroyOnHidden
    >
      <Form
        form={form}
        layout="vertical"
        initialValues={{ kind: 'cong-trang', authority: 'chu-tich-ubnd-tinh' }}
      >
        <Space wrap align="start">
          <Form.Item name="authority" label="Cấp quyết định" rules={[{ required: true }]}>
            <Select
              options={[...AUTHORITY_OPTIONS]}
              style={{ width: 220 }}
              data-testid="received-authority"
            />
          </Form.Item>
          <Form.Item name="issuerName" label="Cơ quan ban hành">
            <Input placeholder="UBND tỉnh Gia Lai" style={{ width: 260 }} data-testid="received-issuer" />
          </Form.Item>
        </Space>
        <Space wrap align="start">
          <Form.Item
            name="number"
            label="Số"
            rules={[{ required: true, whitespace: true, message: 'Hãy nhập số quyết định.' }]}
          >
            <Input style={{ width: 110 }} data-testid="received-number" />
          </Form.Item>
          <Form.Item name="symbol" label="Ký hiệu">
            <Input placeholder="QĐ-UBND" style={{ width: 150 }} data-testid="received-symbol" />
          </Form.Item>
          <Form.Item
            name="decidedOn"
            label="Ngày quyết định"
            rules={[{ required: true, message: 'Hãy chọn ngày quyết định.' }]}
          >
            <DatePicker format={DATE_FORMAT} data-testid="received-date" />
          </Form.Item>
        </Space>
        <Space wrap align="start">
          <Form.Item
            name="code"
            label="Danh hiệu/hình thức"
            rules={[{ required: true, message: 'Hãy chọn hình thức khen thưởng.' }]}
          >
            <Select
              showSearch
              optionFilterProp="label"
              options={CODE_OPTIONS}
              style={{ width: 320 }}
              data-testid="received-code"
            />
          </Form.Item>
          {code === 'khac' && (
            <Form.Item
              name="otherName"
              label="Tên hình thức"
              rules={[{ required: true, message: 'Hãy nhập tên hình thức khen thưởng.' }]}
            >
              <Input style={{ width: 280 }} />
            </Form.Item>
          )}
          <Form.Item name="kind" label="Loại khen thưởng">
            <Select options={[...KIND_OPTIONS]} style={{ width: 220 }} />
          </Form.Item>
        </Space>
        <Space wrap align="start">
          <Form.Item name="achievementFrom" label="Thành tích từ năm">
            <InputNumber min={1945} max={2200} data-testid="received-from" />
          </Form.Item>
          <Form.Item name="achievementTo" label="đến năm">
            <InputNumber min={1945} max={2200} data-testid="received-to" />
          </Form.Item>
          {waiting.length > 0 && (
            <Form.Item name="proposalId" label="Trả lời tờ trình đề nghị">
              <Select
                allowClear
                style={{ width: 380 }}
                data-testid="received-proposal"
                options={waiting.map((p) => ({ value: p.id, label: `${p.title} (năm ${p.year})` }))}
              />
            </Form.Item>
          )}
        </Space>
      </Form>
      <RecipientsField
        value={recipients}
        onChange={setRecipients}
        kinds={['person', 'unit']}
        testId="received-recipients"
      />
      {error && (
        <Alert type="error" showIcon title={error} style={{ marginTop: 12 }} data-testid="received-error" />
      )}
    </Modal>
  );
}
