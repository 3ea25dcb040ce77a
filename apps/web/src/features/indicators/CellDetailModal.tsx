import { App, Col, Form, Input, Modal, Row, Select, Typography } from 'antd';
import { errorMessage, isApiError } from '../../lib/api.ts';
import { useSaveCell, type CellFields } from './api/grid.ts';
import type { GridRow, ValueKind } from './api/schemas.ts';
import { cellText, parseCell, parseDecimalInput, showDecimal } from './cell-text.ts';

// Every figure of one cell (a month, estimate or actual): besides the value, the quantity of a commodity
// (165.000 tấn), the cumulative the source states, and the same period last year when last year is not in
// tdkt — what "% cùng kỳ" is computed from.

interface FormValues {
  month: number;
  value?: string;
  quantity?: string;
  reportedCumulative?: string;
  priorYearValue?: string;
  priorYearQuantity?: string;
  note?: string;
}

const DECIMALS = ['quantity', 'reportedCumulative', 'priorYearValue', 'priorYearQuantity'] as const;

export function CellDetailModal({
  row,
  kind,
  month,
  onClose,
}: {
  row: GridRow;
  kind: ValueKind;
  month: number;
  onClose(): void;
}) {
  const [form] = Form.useForm<FormValues>();
  const save = useSaveCell();
  const { message } = App.useApp();
  const fraction = row.indicator.kind === 'fraction';
  const cellOf = (m: number) => row.months[m - 1]?.[kind] ?? null;
  const valuesOf = (m: number): FormValues => {
    const c = cellOf(m);
    return {
      month: m,
      value: cellText(c, fraction),
      quantity: showDecimal(c?.quantity),
      reportedCumulative: showDecimal(c?.reportedCumulative),
      priorYearValue: showDecimal(c?.priorYearValue),
      priorYearQuantity: showDecimal(c?.priorYearQuantity),
      note: c?.note ?? '',
    };
  };

  const submit = async () => {
    const v = await form.validateFields();
    const main = parseCell(v.value ?? '', fraction);
    const errors: { name: keyof FormValues; errors: string[] }[] = [];
    if (!main.ok) errors.push({ name: 'value', errors: [main.message] });
    const decimals: Partial<Record<(typeof DECIMALS)[number], string | null>> = {};
    for (const k of DECIMALS) {
      const p = parseDecimalInput(v[k]);
      if (p === undefined) errors.push({ name: k, errors: ['Phải là số (viết như 14.103,4).'] });
      else decimals[k] = p;
    }
    if (errors.length || !main.ok) {
      form.setFields(errors);
      return;
    }
    const fields: CellFields = {
      value: main.value,
      numerator: main.numerator,
      denominator: main.denominator,
      quantity: decimals.quantity ?? null,
      reportedCumulative: decimals.reportedCumulative ?? null,
      priorYearValue: decimals.priorYearValue ?? null,
      priorYearQuantity: decimals.priorYearQuantity ?? null,
      note: v.note?.trim() || null,
    };
    const current = cellOf(v.month);
    save.mutate(
      {
        indicatorId: row.indicator.id,
        month: v.month,
        kind,
        fields,
        ...(current ? { version: current.version } : {}),
      },
      {
        onSuccess: () => {
          void message.success('Đã lưu số liệu.');
          onClose();
        },
        onError: (e) => {
          if (isApiError(e) && e.path && e.path !== 'version')
            form.setFields([{ name: e.path as keyof FormValues, errors: [e.message] }]);
          else void message.error(errorMessage(e));
        },
      },
    );
  };

  return (
    <Modal
      open
      width={640}
      title={`${row.indicator.name} — ${kind === 'estimate' ? 'ước thực hiện' : 'thực hiện'}`}
      onCancel={onClose}
      onOk={() => void submit()}
      okText="Lưu"
      cancelText="Huỷ"
      confirmLoading={save.isPending}
      okButtonProps={{ 'data-testid': 'cell-detail-save' } as Record<string, string>}
    >
      <Form
        form={form}
        layout="vertical"
        initialValues={valuesOf(month)}
        onValuesChange={(changed: Partial<FormValues>) => {
          if (changed.month !== undefined) form.setFieldsValue(valuesOf(changed.month));
        }}
      >
        <Row gutter={12}>
          <Col span={8}>
            <Form.Item name="month" label="Tháng">
              <Select
                options={Array.from({ length: 12 }, (_, i) => ({ value: i + 1, label: `Tháng ${i + 1}` }))}
              />
            </Form.Item>
          </Col>
          <Col span={16}>
            <Form.Item
              name="value"
              label={
                fraction ? 'Tử số/mẫu số' : `Giá trị${row.indicator.unit ? ` (${row.indicator.unit})` : ''}`
              }
            >
              <Input placeholder={fraction ? '478.395/478.833' : '1.935'} data-testid="cell-detail-value" />
            </Form.Item>
          </Col>
          {row.indicator.quantityUnit && (
            <Col span={12}>
              <Form.Item name="quantity" label={`Sản lượng (${row.indicator.quantityUnit})`}>
                <Input data-testid="cell-detail-quantity" />
              </Form.Item>
            </Col>
          )}
          <Col span={12}>
            <Form.Item
              name="reportedCumulative"
              label="Lũy kế theo nguồn"
              extra="Khi lũy kế nguồn công bố khác tổng các tháng"
            >
              <Input data-testid="cell-detail-cumulative" />
            </Form.Item>
          </Col>
          <Col span={12}>
            <Form.Item
              name="priorYearValue"
              label="Lũy kế cùng kỳ năm trước"
              extra="Khi năm trước chưa có trong hệ thống"
            >
              <Input data-testid="cell-detail-prior" />
            </Form.Item>
          </Col>
          {row.indicator.quantityUnit && (
            <Col span={12}>
              <Form.Item name="priorYearQuantity" label="Sản lượng cùng kỳ năm trước">
                <Input />
              </Form.Item>
            </Col>
          )}
          <Col span={24}>
            <Form.Item name="note" label="Ghi chú">
              <Input />
            </Form.Item>
          </Col>
        </Row>
        <Typography.Text type="secondary">Để trống mọi ô rồi Lưu để xoá số liệu của tháng.</Typography.Text>
      </Form>
    </Modal>
  );
}
