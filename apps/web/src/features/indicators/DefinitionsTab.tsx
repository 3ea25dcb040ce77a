import { useState } from 'react';
import {
  App,
  Button,
  Col,
  Form,
  Input,
  InputNumber,
  Modal,
  Popconfirm,
  Row,
  Select,
  Table,
  Typography,
} from 'antd';
import { DeleteOutlined, EditOutlined, PlusOutlined } from '@ant-design/icons';
import { ErrorAlert } from '../../components/ErrorAlert.tsx';
import { errorMessage, isApiError } from '../../lib/api.ts';
import { useDeleteIndicator, useIndicators, useSaveIndicator } from './api/definitions.ts';
import { INDICATOR_KINDS, KIND_LABELS, type Indicator, type IndicatorKind } from './api/schemas.ts';
import { parseDecimalInput, showDecimal } from './cell-text.ts';

// The year's indicators: code, name, unit, precisions, yearly plan and the parent of a breakdown.

interface FormValues {
  code: string;
  name: string;
  kind: IndicatorKind;
  unit?: string;
  quantityUnit?: string;
  precision: number;
  percentPrecision: number;
  planValue?: string;
  parentId?: number | null;
  sourceNote?: string;
}

function IndicatorModal({
  target,
  all,
  agencyId,
  year,
  onClose,
}: {
  target: Indicator | 'new';
  all: Indicator[];
  agencyId: number | null;
  year: number;
  onClose(): void;
}) {
  const [form] = Form.useForm<FormValues>();
  const save = useSaveIndicator();
  const { message } = App.useApp();
  const editing = target !== 'new';
  const initial: Partial<FormValues> = editing
    ? {
        code: target.code,
        name: target.name,
        kind: target.kind,
        unit: target.unit ?? undefined,
        quantityUnit: target.quantityUnit ?? undefined,
        precision: target.precision,
        percentPrecision: target.percentPrecision,
        planValue: showDecimal(target.planValue),
        parentId: target.parentId,
        sourceNote: target.sourceNote ?? undefined,
      }
    : { kind: 'amount', precision: 1, percentPrecision: 1, parentId: null };

  const submit = async () => {
    const v = await form.validateFields();
    const plan = parseDecimalInput(v.planValue);
    if (plan === undefined) {
      form.setFields([
        { name: 'planValue', errors: ['Kế hoạch năm phải là số (viết như 31.620 hoặc 14.103,4).'] },
      ]);
      return;
    }
    save.mutate(
      {
        id: editing ? target.id : null,
        agencyId,
        year,
        ...(editing ? { version: target.version } : {}),
        input: {
          code: v.code.trim(),
          name: v.name.trim(),
          kind: v.kind,
          unit: v.unit?.trim() || null,
          quantityUnit: v.quantityUnit?.trim() || null,
          precision: v.precision,
          percentPrecision: v.percentPrecision,
          planValue: plan,
          parentId: v.parentId ?? null,
          sourceNote: v.sourceNote?.trim() || null,
        },
      },
      {
        onSuccess: () => {
          void message.success(editing ? 'Đã lưu chỉ tiêu.' : 'Đã thêm chỉ tiêu.');
          onClose();
        },
        onError: (e) => {
          if (isApiError(e) && e.path)
            form.setFields([{ name: e.path as keyof FormValues, errors: [e.message] }]);
          else void message.error(errorMessage(e));
        },
      },
    );
  };

  const parents = all.filter((i) => i.parentId === null && (!editing || i.id !== target.id));
  return (
    <Modal
      open
      title={editing ? 'Sửa chỉ tiêu' : `Thêm chỉ tiêu năm ${year}`}
      onCancel={onClose}
      onOk={() => void submit()}
      okText="Lưu"
      cancelText="Huỷ"
      confirmLoading={save.isPending}
      width={720}
      okButtonProps={{ 'data-testid': 'indicator-save' } as Record<string, string>}
    >
      <Form form={form} layout="vertical" initialValues={initial} requiredMark="optional">
        <Row gutter={12}>
          <Col span={8}>
            <Form.Item
              name="code"
              label="Mã chỉ tiêu"
              rules={[{ required: true, message: 'Nhập mã chỉ tiêu.' }]}
              extra="Chữ thường không dấu, ví dụ gtsx-cn"
            >
              <Input data-testid="indicator-code" />
            </Form.Item>
          </Col>
          <Col span={16}>
            <Form.Item
              name="name"
              label="Tên chỉ tiêu"
              rules={[{ required: true, message: 'Nhập tên chỉ tiêu.' }]}
            >
              <Input data-testid="indicator-name" />
            </Form.Item>
          </Col>
          <Col span={12}>
            <Form.Item name="kind" label="Loại" rules={[{ required: true }]}>
              <Select
                options={INDICATOR_KINDS.map((k) => ({ value: k, label: KIND_LABELS[k] }))}
                data-testid="indicator-kind-select"
              />
            </Form.Item>
          </Col>
          <Col span={12}>
            <Form.Item name="parentId" label="Thuộc chỉ tiêu (chia nhỏ)">
              <Select
                allowClear
                placeholder="Không — chỉ tiêu chính"
                options={parents.map((p) => ({ value: p.id, label: p.name }))}
              />
            </Form.Item>
          </Col>
          <Col span={8}>
            <Form.Item name="unit" label="Đơn vị tính">
              <Input placeholder="tỷ đồng, triệu USD, %, hộ" data-testid="indicator-unit" />
            </Form.Item>
          </Col>
          <Col span={8}>
            <Form.Item name="quantityUnit" label="Đơn vị sản lượng">
              <Input placeholder="tấn (mặt hàng xuất khẩu)" />
            </Form.Item>
          </Col>
          <Col span={8}>
            <Form.Item name="planValue" label="Kế hoạch năm">
              <Input placeholder="31.620" data-testid="indicator-plan" />
            </Form.Item>
          </Col>
          <Col span={12}>
            <Form.Item name="precision" label="Số chữ số thập phân của giá trị" extra="1 → 14.103,4">
              <InputNumber min={0} max={6} style={{ width: '100%' }} />
            </Form.Item>
          </Col>
          <Col span={12}>
            <Form.Item name="percentPrecision" label="Số chữ số thập phân của tỷ lệ %" extra="2 → 43,36%">
              <InputNumber min={0} max={4} style={{ width: '100%' }} />
            </Form.Item>
          </Col>
          <Col span={24}>
            <Form.Item name="sourceNote" label="Nguồn số liệu">
              <Input placeholder="Cục Thống kê tỉnh" />
            </Form.Item>
          </Col>
        </Row>
      </Form>
    </Modal>
  );
}

export function DefinitionsTab({
  agencyId,
  year,
  canWrite,
}: {
  agencyId: number | null;
  year: number;
  canWrite: boolean;
}) {
  const q = useIndicators(agencyId, year);
  const del = useDeleteIndicator();
  const { message } = App.useApp();
  const [editing, setEditing] = useState<Indicator | 'new' | null>(null);
  const all = q.data ?? [];
  const depth = (i: Indicator) => (i.parentId === null ? 0 : 1);
  return (
    <>
      <ErrorAlert error={q.error} />
      {canWrite && (
        <Button
          type="primary"
          icon={<PlusOutlined />}
          onClick={() => setEditing('new')}
          style={{ marginBottom: 12 }}
          data-testid="indicator-create"
        >
          Thêm chỉ tiêu
        </Button>
      )}
      <Table<Indicator>
        data-testid="indicator-definitions"
        rowKey="id"
        size="small"
        loading={q.isLoading}
        dataSource={all}
        pagination={false}
        locale={{ emptyText: `Chưa có chỉ tiêu nào cho năm ${year}.` }}
        columns={[
          { title: 'Mã', dataIndex: 'code', width: 140 },
          {
            title: 'Tên chỉ tiêu',
            key: 'name',
            render: (_, r) => <span style={{ paddingLeft: depth(r) * 20 }}>{r.name}</span>,
          },
          { title: 'Loại', key: 'kind', render: (_, r) => KIND_LABELS[r.kind] },
          {
            title: 'Đơn vị tính',
            key: 'unit',
            render: (_, r) => [r.unit, r.quantityUnit].filter(Boolean).join(' / '),
          },
          { title: 'Kế hoạch năm', key: 'plan', align: 'right', render: (_, r) => showDecimal(r.planValue) },
          {
            title: 'Làm tròn',
            key: 'precision',
            render: (_, r) => (
              <Typography.Text type="secondary">
                giá trị {r.precision}, tỷ lệ {r.percentPrecision} chữ số
              </Typography.Text>
            ),
          },
          ...(canWrite
            ? [
                {
                  title: '',
                  key: 'actions',
                  width: 90,
                  render: (_: unknown, r: Indicator) => (
                    <>
                      <Button
                        size="small"
                        type="text"
                        icon={<EditOutlined />}
                        aria-label={`Sửa ${r.name}`}
                        onClick={() => setEditing(r)}
                      />
                      <Popconfirm
                        title="Xoá chỉ tiêu này cùng số liệu các tháng?"
                        okText="Xoá"
                        cancelText="Không"
                        onConfirm={() =>
                          del.mutate(
                            { id: r.id, version: r.version },
                            {
                              onSuccess: () => void message.success('Đã xoá chỉ tiêu.'),
                              onError: (e) => void message.error(errorMessage(e)),
                            },
                          )
                        }
                      >
                        <Button
                          size="small"
                          type="text"
                          danger
                          icon={<DeleteOutlined />}
                          aria-label={`Xoá ${r.name}`}
                        />
                      </Popconfirm>
                    </>
                  ),
                },
              ]
            : []),
        ]}
      />
      {editing && (
        <IndicatorModal
          target={editing}
          all={all}
          agencyId={agencyId}
          year={year}
          onClose={() => setEditing(null)}
        />
      )}
    </>
  );
}
