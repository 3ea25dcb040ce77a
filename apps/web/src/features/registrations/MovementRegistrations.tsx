import { App, Button, Card, Form, Input, Radio, Select, Space, Table, Tag, Typography } from 'antd';
import { errorMessage } from '../../lib/api.ts';
import { hasPermission } from '../../lib/permissions.ts';
import { useMe } from '../../lib/session.tsx';
import {
  useAcceptRegistration,
  useMovementRegistrations,
  useSaveRegistration,
  type Registration,
} from './api/registrations.ts';

// Registration for a specific movement (not only the yearly one): a staff member registers themself, a
// unit head their unit, for the titles and forms the movement leads to; the officer sees who registered
// and accepts. Shown in the movement's drawer.

const PERSONAL = new Set([
  'lao-dong-tien-tien',
  'chien-si-thi-dua-co-so',
  'chien-si-thi-dua-cap-tinh',
  'chien-si-thi-dua-toan-quoc',
  'ky-niem-chuong-cong-thuong',
]);
const COLLECTIVE = new Set([
  'tap-the-lao-dong-tien-tien',
  'tap-the-lao-dong-xuat-sac',
  'co-thi-dua-cap-tinh',
  'co-thi-dua-chinh-phu',
]);
const STATUS: Record<string, { label: string; color: string }> = {
  draft: { label: 'Chưa gửi', color: 'default' },
  submitted: { label: 'Đã gửi', color: 'blue' },
  returned: { label: 'Bị trả lại', color: 'orange' },
  accepted: { label: 'Đã chấp nhận', color: 'green' },
};

export function MovementRegistrations({
  movement,
}: {
  movement: {
    id: number;
    year: number;
    name: string;
    status: string;
    rewards: { code: string; label: string }[];
  };
}) {
  const me = useMe();
  const { message } = App.useApp();
  const list = useMovementRegistrations(movement.id, movement.year);
  const save = useSaveRegistration();
  const accept = useAcceptRegistration();
  const [form] = Form.useForm<{ subject: 'person' | 'unit'; codes: string[]; commitments?: string }>();
  const headUnit = me.roles.find((r) => r.role === 'unit-head')?.unitId ?? null;
  const canSelf = hasPermission(me, 'registrations:self') && (!!me.personId || headUnit !== null);
  const reviewer = hasPermission(me, 'registrations:review');
  const subject = Form.useWatch('subject', form) ?? (me.personId ? 'person' : 'unit');
  const options = movement.rewards
    .filter((r) => (subject === 'person' ? !COLLECTIVE.has(r.code) : !PERSONAL.has(r.code)))
    .map((r) => ({ value: r.code, label: r.label }));

  const submit = async (v: { subject: 'person' | 'unit'; codes: string[]; commitments?: string }) => {
    try {
      await save.mutateAsync({
        year: movement.year,
        movementId: movement.id,
        subjectKind: v.subject,
        ...(v.subject === 'unit' && headUnit !== null ? { unitId: headUnit } : {}),
        items: v.codes.map((code) => ({ code })),
        ...(v.commitments ? { commitments: v.commitments } : {}),
        submit: true,
      });
      message.success('Đã gửi đăng ký theo phong trào.');
      form.resetFields(['codes', 'commitments']);
    } catch (e) {
      message.error(errorMessage(e));
    }
  };

  return (
    <Card
      size="small"
      title="Đăng ký thi đua theo phong trào"
      style={{ marginTop: 16 }}
      data-testid="movement-registrations"
    >
      {canSelf && movement.status !== 'closed' && (
        <Form
          form={form}
          layout="vertical"
          initialValues={{ subject: me.personId ? 'person' : 'unit' }}
          onFinish={(v) => void submit(v)}
        >
          {me.personId && headUnit !== null && (
            <Form.Item name="subject">
              <Radio.Group
                options={[
                  { value: 'person', label: 'Cá nhân tôi' },
                  { value: 'unit', label: 'Đơn vị tôi' },
                ]}
              />
            </Form.Item>
          )}
          <Form.Item
            name="codes"
            label="Danh hiệu, hình thức đăng ký"
            rules={[{ required: true, message: 'Hãy chọn ít nhất một danh hiệu hoặc hình thức.' }]}
          >
            <Select
              mode="multiple"
              options={options}
              optionFilterProp="label"
              placeholder={options.length ? 'Chọn' : 'Phong trào chưa nêu danh hiệu, hình thức'}
              data-testid="movement-registration-codes"
            />
          </Form.Item>
          <Form.Item name="commitments" label="Chỉ tiêu, cam kết">
            <Input.TextArea autoSize={{ minRows: 2 }} data-testid="movement-registration-commitments" />
          </Form.Item>
          <Button
            type="primary"
            htmlType="submit"
            loading={save.isPending}
            data-testid="movement-registration-submit"
          >
            Gửi đăng ký
          </Button>
        </Form>
      )}
      <Table<Registration>
        size="small"
        rowKey="id"
        style={{ marginTop: 12 }}
        loading={list.isLoading}
        dataSource={list.data ?? []}
        pagination={false}
        data-testid="movement-registration-list"
        locale={{ emptyText: 'Chưa có đăng ký theo phong trào này.' }}
        columns={[
          {
            title: 'Tập thể, cá nhân',
            render: (_, r) => (r.subjectKind === 'person' ? r.personName : `Tập thể ${r.unitName ?? ''}`),
          },
          { title: 'Đăng ký', render: (_, r) => r.items.map((i) => i.label).join(', ') },
          { title: 'Cam kết', dataIndex: 'commitments' },
          {
            title: 'Trạng thái',
            render: (_, r) => (
              <Space>
                <Tag color={STATUS[r.status]?.color}>{STATUS[r.status]?.label ?? r.status}</Tag>
                {reviewer && r.status === 'submitted' && (
                  <Button
                    size="small"
                    onClick={() =>
                      void accept
                        .mutateAsync({ id: r.id, version: r.version })
                        .catch((e: unknown) => message.error(errorMessage(e)))
                    }
                    data-testid={`movement-registration-accept-${r.id}`}
                  >
                    Chấp nhận
                  </Button>
                )}
              </Space>
            ),
          },
        ]}
      />
      <Typography.Paragraph type="secondary" style={{ marginTop: 8, marginBottom: 0 }}>
        Đăng ký theo phong trào tách khỏi đăng ký thi đua cả năm; danh hiệu chỉ chọn trong số phong trào nêu.
      </Typography.Paragraph>
    </Card>
  );
}
