import { App, Button, Card, DatePicker, Form, Input, Select, Space } from 'antd';
import { DeleteOutlined, PlusOutlined } from '@ant-design/icons';
import type dayjs from 'dayjs';
import { ErrorAlert } from '../../components/ErrorAlert.tsx';
import { fromWireDate, toWireDate } from '../../lib/format.ts';
import { PLAN_STATUS_LABELS, type PlanDetail } from './api/plan-schema.ts';
import { useUpdatePlan } from './api/plans.ts';

interface Values {
  title: string;
  status: string;
  number?: string;
  symbol?: string;
  placeName?: string;
  issuedOn?: dayjs.Dayjs;
  legalBasis?: string;
  signerLine?: string;
  signerTitle?: string;
  signerName?: string;
  recipients?: string;
  sections: { heading: string; body: string }[];
}

/** The plan's header as a Decree 30 document: number and symbol, place and date, legal basis, sections, Nơi nhận, signer. */
export function PlanDocumentForm({ plan, readOnly }: { plan: PlanDetail; readOnly: boolean }) {
  const { message } = App.useApp();
  const update = useUpdatePlan(plan.id);
  const submit = async (v: Values) => {
    await update.mutateAsync({
      year: plan.year,
      title: v.title,
      status: v.status,
      number: v.number ?? null,
      symbol: v.symbol ?? null,
      placeName: v.placeName ?? null,
      issuedOn: toWireDate(v.issuedOn) ?? null,
      legalBasis: v.legalBasis ?? null,
      signerLine: v.signerLine ?? null,
      signerTitle: v.signerTitle ?? null,
      signerName: v.signerName ?? null,
      recipients: (v.recipients ?? '')
        .split('\n')
        .map((s) => s.trim())
        .filter(Boolean),
      sections: v.sections.map((s) => ({ heading: s.heading ?? '', body: s.body ?? '' })),
      version: plan.version,
    });
    message.success('Đã lưu thông tin kế hoạch.');
  };
  return (
    <Form<Values>
      layout="vertical"
      disabled={readOnly}
      key={plan.version}
      initialValues={{
        title: plan.title,
        status: plan.status,
        number: plan.number ?? '',
        symbol: plan.symbol ?? '',
        placeName: plan.placeName ?? '',
        issuedOn: fromWireDate(plan.issuedOn),
        legalBasis: plan.legalBasis ?? '',
        signerLine: plan.signerLine ?? '',
        signerTitle: plan.signerTitle ?? '',
        signerName: plan.signerName ?? '',
        recipients: plan.recipients.join('\n'),
        sections: plan.sections,
      }}
      onFinish={(v) => void submit(v).catch(() => undefined)}
    >
      <ErrorAlert error={update.error} />
      <Card title="Thông tin văn bản" size="small" style={{ marginBottom: 16 }}>
        <Form.Item
          name="title"
          label="Trích yếu"
          rules={[{ required: true, message: 'Trích yếu không được để trống.' }]}
        >
          <Input data-testid="plan-title" />
        </Form.Item>
        <Space wrap>
          <Form.Item name="number" label="Số">
            <Input style={{ width: 90 }} data-testid="plan-number" />
          </Form.Item>
          <Form.Item name="symbol" label="Ký hiệu">
            <Input style={{ width: 140 }} placeholder="KH-SCT" data-testid="plan-symbol" />
          </Form.Item>
          <Form.Item name="placeName" label="Địa danh">
            <Input style={{ width: 160 }} placeholder="Lạng Sơn" />
          </Form.Item>
          <Form.Item name="issuedOn" label="Ngày ban hành">
            <DatePicker format="DD/MM/YYYY" data-testid="plan-issued-on" />
          </Form.Item>
          <Form.Item name="status" label="Trạng thái">
            <Select
              style={{ width: 150 }}
              options={Object.entries(PLAN_STATUS_LABELS).map(([value, label]) => ({ value, label }))}
            />
          </Form.Item>
        </Space>
        <Form.Item name="legalBasis" label="Căn cứ (mỗi đoạn một dòng)">
          <Input.TextArea rows={3} data-testid="plan-legal-basis" />
        </Form.Item>
      </Card>
      <Card
        title="Các mục của kế hoạch"
        size="small"
        style={{ marginBottom: 16 }}
        extra="Dòng “1. Mục đích” mở mục con; dòng “- …” là gạch đầu dòng; dòng [NHIỆM VỤ] là chỗ in bảng nhiệm vụ; mục không có tiêu đề là đoạn kết."
      >
        <Form.List name="sections">
          {(fields, { add, remove }) => (
            <>
              {fields.map((f, i) => (
                <Card
                  key={f.key}
                  size="small"
                  style={{ marginBottom: 8 }}
                  title={`Mục ${i + 1}`}
                  extra={
                    <Button icon={<DeleteOutlined />} onClick={() => remove(f.name)} aria-label="Xoá mục" />
                  }
                >
                  <Form.Item name={[f.name, 'heading']} label="Tiêu đề">
                    <Input placeholder="MỤC ĐÍCH, YÊU CẦU" />
                  </Form.Item>
                  <Form.Item name={[f.name, 'body']} label="Nội dung">
                    <Input.TextArea rows={4} />
                  </Form.Item>
                </Card>
              ))}
              <Button icon={<PlusOutlined />} onClick={() => add({ heading: '', body: '' })}>
                Thêm mục
              </Button>
            </>
          )}
        </Form.List>
      </Card>
      <Card title="Nơi nhận và người ký" size="small" style={{ marginBottom: 16 }}>
        <Form.Item name="recipients" label="Nơi nhận (mỗi nơi một dòng; dòng cuối “Lưu: VT, VP.”)">
          <Input.TextArea rows={4} />
        </Form.Item>
        <Space wrap>
          <Form.Item name="signerLine" label="Quyền hạn ký">
            <Input style={{ width: 180 }} placeholder="KT. GIÁM ĐỐC" data-testid="plan-signer-line" />
          </Form.Item>
          <Form.Item name="signerTitle" label="Chức vụ">
            <Input style={{ width: 180 }} placeholder="PHÓ GIÁM ĐỐC" />
          </Form.Item>
          <Form.Item name="signerName" label="Người ký">
            <Input style={{ width: 220 }} data-testid="plan-signer-name" />
          </Form.Item>
        </Space>
      </Card>
      {!readOnly && (
        <Button type="primary" htmlType="submit" loading={update.isPending} data-testid="plan-save">
          Lưu thông tin kế hoạch
        </Button>
      )}
    </Form>
  );
}
