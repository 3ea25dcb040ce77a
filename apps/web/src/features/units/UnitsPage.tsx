import { useState } from 'react';
import {
  Alert,
  App,
  Button,
  Card,
  Checkbox,
  Col,
  Form,
  Input,
  InputNumber,
  Modal,
  Row,
  Select,
  Table,
  Tag,
} from 'antd';
import { EditOutlined, FileExcelOutlined, PlusOutlined } from '@ant-design/icons';
import { Link } from 'react-router';
import { z } from 'zod';
import { PageHeader } from '../../components/PageHeader.tsx';
import { ErrorAlert } from '../../components/ErrorAlert.tsx';
import { errorMessage, isApiError } from '../../lib/api.ts';
import { useUnits, type Unit } from '../../lib/endpoints/units.ts';
import { applyServerErrors, zodFormRule } from '../../lib/form.ts';
import { formatNumber } from '../../lib/format.ts';
import { UNIT_KIND_LABELS, label } from '../../lib/labels.ts';
import { hasPermission } from '../../lib/permissions.ts';
import { useMe } from '../../lib/session.tsx';
import { useSaveUnit } from './api/save-unit.ts';
import { exportUnits } from './api/export-units.ts';
import { UnitEligibilityDrawer } from './UnitEligibilityDrawer.tsx';

const UnitFormSchema = z.object({
  code: z
    .string({ error: 'Mã đơn vị không được để trống.' })
    .trim()
    .min(1, 'Mã đơn vị không được để trống.')
    .max(30, 'Mã đơn vị dài quá 30 ký tự.'),
  name: z
    .string({ error: 'Tên đơn vị không được để trống.' })
    .trim()
    .min(1, 'Tên đơn vị không được để trống.')
    .max(200, 'Tên đơn vị dài quá 200 ký tự.'),
  shortName: z.string().trim().max(50, 'Tên viết tắt dài quá 50 ký tự.').optional(),
  kind: z.string({ error: 'Chọn loại đơn vị.' }).min(1, 'Chọn loại đơn vị.'),
  sortOrder: z.number().int('Thứ tự là số nguyên.').min(0, 'Thứ tự không âm.').optional().nullable(),
  active: z.boolean(),
});
type UnitFormValues = z.infer<typeof UnitFormSchema>;
const FIELDS = new Set(['code', 'name', 'shortName', 'kind', 'sortOrder', 'active']);

function UnitModal({ unit, agencyId, onClose }: { unit: Unit | 'new'; agencyId: number; onClose(): void }) {
  const [form] = Form.useForm<UnitFormValues>();
  const save = useSaveUnit();
  const { message } = App.useApp();
  const editing = unit !== 'new';

  const submit = async () => {
    const values = await form.validateFields();
    const parsed = UnitFormSchema.parse(values);
    save.mutate(
      {
        id: editing ? unit.id : null,
        input: {
          agencyId,
          code: parsed.code,
          name: parsed.name,
          kind: parsed.kind,
          active: parsed.active,
          ...(parsed.shortName ? { shortName: parsed.shortName } : {}),
          ...(parsed.sortOrder != null ? { sortOrder: parsed.sortOrder } : {}),
          ...(editing ? { version: unit.version } : {}),
        },
      },
      {
        onSuccess: () => {
          void message.success(editing ? 'Đã lưu đơn vị.' : 'Đã thêm đơn vị.');
          onClose();
        },
        onError: (e) => {
          applyServerErrors(form, e, (p) => (FIELDS.has(p) ? p : undefined));
        },
      },
    );
  };

  return (
    <Modal
      open
      title={editing ? `Sửa đơn vị: ${unit.name}` : 'Thêm đơn vị'}
      onCancel={onClose}
      onOk={() => void submit().catch(() => undefined)}
      okText="Lưu"
      okButtonProps={{ loading: save.isPending, 'data-testid': 'unit-save' }}
      destroyOnHidden
    >
      {save.error && isApiError(save.error, 'conflict') && (
        <Alert
          type="warning"
          showIcon
          title="Đơn vị đã được người khác sửa, hãy tải lại."
          style={{ marginBottom: 12 }}
        />
      )}
      {save.error &&
        !isApiError(save.error, 'conflict') &&
        !isApiError(save.error, 'invalid-input') &&
        !isApiError(save.error, 'duplicate') && (
          <Alert type="error" showIcon title={errorMessage(save.error)} style={{ marginBottom: 12 }} />
        )}
      <Form<UnitFormValues>
        form={form}
        layout="vertical"
        initialValues={
          editing
            ? {
                code: unit.code,
                name: unit.name,
                shortName: unit.shortName ?? undefined,
                kind: unit.kind,
                sortOrder: unit.sortOrder ?? null,
                active: unit.active,
              }
            : { kind: 'phong', active: true }
        }
      >
        <Row gutter={12}>
          <Col span={8}>
            <Form.Item label="Mã đơn vị" name="code" required rules={[zodFormRule(UnitFormSchema, 'code')]}>
              <Input data-testid="unit-code" />
            </Form.Item>
          </Col>
          <Col span={16}>
            <Form.Item label="Tên đơn vị" name="name" required rules={[zodFormRule(UnitFormSchema, 'name')]}>
              <Input data-testid="unit-name" />
            </Form.Item>
          </Col>
          <Col span={8}>
            <Form.Item
              label="Tên viết tắt"
              name="shortName"
              rules={[zodFormRule(UnitFormSchema, 'shortName')]}
            >
              <Input />
            </Form.Item>
          </Col>
          <Col span={10}>
            <Form.Item label="Loại" name="kind" required rules={[zodFormRule(UnitFormSchema, 'kind')]}>
              <Select options={Object.entries(UNIT_KIND_LABELS).map(([value, l]) => ({ value, label: l }))} />
            </Form.Item>
          </Col>
          <Col span={6}>
            <Form.Item label="Thứ tự" name="sortOrder" rules={[zodFormRule(UnitFormSchema, 'sortOrder')]}>
              <InputNumber min={0} style={{ width: '100%' }} />
            </Form.Item>
          </Col>
        </Row>
        <Form.Item name="active" valuePropName="checked">
          <Checkbox>Đang hoạt động</Checkbox>
        </Form.Item>
      </Form>
    </Modal>
  );
}

export function UnitsPage() {
  const me = useMe();
  const units = useUnits(me.agencyId);
  const [editing, setEditing] = useState<Unit | 'new' | null>(null);
  const [judging, setJudging] = useState<Unit | null>(null);
  const canJudge = hasPermission(me, 'ratings:read');
  const writable = hasPermission(me, 'units:write') && typeof me.agencyId === 'number';
  const sorted = [...(units.data ?? [])].sort(
    (a, b) => (a.sortOrder ?? 0) - (b.sortOrder ?? 0) || a.name.localeCompare(b.name, 'vi'),
  );
  const total = sorted.reduce((s, u) => s + (u.headcount ?? 0), 0);

  return (
    <>
      <PageHeader
        title="Đơn vị"
        subtitle={units.data ? `${sorted.length} đơn vị, ${formatNumber(total)} cán bộ` : undefined}
        extra={
          <>
            {hasPermission(me, 'units:export') && (
              <Button
                icon={<FileExcelOutlined />}
                onClick={() => exportUnits(me.agencyId)}
                data-testid="units-export"
              >
                Xuất Excel
              </Button>
            )}
            {writable && (
              <Button
                type="primary"
                icon={<PlusOutlined />}
                onClick={() => setEditing('new')}
                data-testid="unit-create"
              >
                Thêm đơn vị
              </Button>
            )}
          </>
        }
      />
      <ErrorAlert error={units.error} />
      <Card styles={{ body: { padding: 0 } }}>
        <Table<Unit>
          data-testid="units-table"
          size="small"
          rowKey="id"
          loading={units.isLoading}
          dataSource={sorted}
          pagination={false}
          columns={[
            { title: 'TT', dataIndex: 'sortOrder', width: 60, align: 'right' },
            { title: 'Mã', dataIndex: 'code', width: 110 },
            { title: 'Tên đơn vị', dataIndex: 'name' },
            { title: 'Viết tắt', dataIndex: 'shortName', width: 120 },
            {
              title: 'Loại',
              dataIndex: 'kind',
              width: 140,
              render: (k: string) => label(UNIT_KIND_LABELS, k),
            },
            {
              title: 'Số cán bộ',
              dataIndex: 'headcount',
              width: 110,
              align: 'right',
              render: (n: number | null, u) => (
                <Link to={`/can-bo?unitId=${u.id}`}>{formatNumber(n ?? 0)}</Link>
              ),
            },
            {
              title: 'Trạng thái',
              dataIndex: 'active',
              width: 130,
              render: (a: boolean) =>
                a ? <Tag color="green">Đang hoạt động</Tag> : <Tag>Ngừng hoạt động</Tag>,
            },
            ...(canJudge
              ? [
                  {
                    title: 'Khen thưởng',
                    key: 'eligibility',
                    width: 120,
                    render: (_: unknown, u: Unit) => (
                      <Button
                        size="small"
                        type="link"
                        onClick={() => setJudging(u)}
                        data-testid={`unit-eligibility-${u.code}`}
                      >
                        Điều kiện
                      </Button>
                    ),
                  },
                ]
              : []),
            ...(writable
              ? [
                  {
                    title: '',
                    key: 'edit',
                    width: 70,
                    render: (_: unknown, u: Unit) => (
                      <Button
                        size="small"
                        icon={<EditOutlined />}
                        aria-label={`Sửa ${u.name}`}
                        onClick={() => setEditing(u)}
                        data-testid="unit-edit"
                      >
                        Sửa
                      </Button>
                    ),
                  },
                ]
              : []),
          ]}
        />
      </Card>
      {editing && typeof me.agencyId === 'number' && (
        <UnitModal unit={editing} agencyId={me.agencyId} onClose={() => setEditing(null)} />
      )}
      <UnitEligibilityDrawer unit={judging} onClose={() => setJudging(null)} />
    </>
  );
}
