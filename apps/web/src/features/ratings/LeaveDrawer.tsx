import {
  App,
  Alert,
  Button,
  Checkbox,
  DatePicker,
  Descriptions,
  Drawer,
  Form,
  Input,
  InputNumber,
  List,
  Popconfirm,
  Select,
  Typography,
} from 'antd';
import type { Dayjs } from 'dayjs';
import { ErrorAlert } from '../../components/ErrorAlert.tsx';
import { errorMessage } from '../../lib/api.ts';
import { formatDate } from '../../lib/format.ts';
import {
  useAddLeave,
  useAddTransfer,
  useDeleteLeave,
  useDeleteTransfer,
  usePersonLeaves,
} from '../person-eligibility/api/eligibility.ts';

// Leave periods (maternity, injury treatment, sick, unpaid, training, other) and transfers in/out of the
// agency of one person, and what they make of the year: months worked, days of absence, maternity months,
// where a transferred person came from. The engine reads the same facts (grid entries win where set).

const KINDS = [
  { value: 'thai-san', label: 'Nghỉ thai sản' },
  { value: 'dieu-tri-tai-nan', label: 'Điều trị tai nạn, thương tích' },
  { value: 'om-dau', label: 'Nghỉ ốm' },
  { value: 'khong-luong', label: 'Nghỉ không lương' },
  { value: 'di-hoc', label: 'Đi học, bồi dưỡng' },
  { value: 'khac', label: 'Vắng mặt khác' },
];
const iso = (d: Dayjs | null | undefined): string | null => (d ? d.format('YYYY-MM-DD') : null);

interface LeaveValues {
  kind: string;
  range: [Dayjs | null, Dayjs | null];
  days?: number | null;
  note?: string;
}
interface TransferValues {
  direction: 'in' | 'out';
  onDate: Dayjs;
  otherPlace: string;
  decisionRef?: string;
  commentsReceived?: boolean;
}

export function LeaveDrawer({
  person,
  year,
  canWrite,
  onClose,
}: {
  person: { personId: number; fullName: string } | null;
  year: number;
  canWrite: boolean;
  onClose(): void;
}) {
  const { message } = App.useApp();
  const q = usePersonLeaves(person?.personId ?? null, year);
  const addLeave = useAddLeave();
  const delLeave = useDeleteLeave();
  const addTransfer = useAddTransfer();
  const delTransfer = useDeleteTransfer();
  const [leaveForm] = Form.useForm<LeaveValues>();
  const [transferForm] = Form.useForm<TransferValues>();
  const d = q.data;

  const saveLeave = async (v: LeaveValues) => {
    if (!person) return;
    try {
      await addLeave.mutateAsync({
        personId: person.personId,
        body: {
          kind: v.kind,
          fromDate: iso(v.range[0]),
          toDate: iso(v.range[1]),
          days: v.days ?? null,
          note: v.note ?? null,
        },
      });
      leaveForm.resetFields();
      message.success('Đã ghi thời gian nghỉ.');
    } catch (e) {
      message.error(errorMessage(e));
    }
  };
  const saveTransfer = async (v: TransferValues) => {
    if (!person) return;
    try {
      await addTransfer.mutateAsync({
        personId: person.personId,
        body: {
          direction: v.direction,
          onDate: iso(v.onDate),
          otherPlace: v.otherPlace,
          decisionRef: v.decisionRef ?? null,
          commentsReceived: v.commentsReceived ?? false,
        },
      });
      transferForm.resetFields();
      message.success('Đã ghi chuyển công tác.');
    } catch (e) {
      message.error(errorMessage(e));
    }
  };

  return (
    <Drawer
      open={person !== null}
      onClose={onClose}
      title={person ? `Nghỉ, chuyển công tác — ${person.fullName}` : ''}
      size="large"
      destroyOnHidden
      data-testid="leave-drawer"
    >
      <ErrorAlert error={q.error ?? delLeave.error ?? delTransfer.error} />
      {d?.year && (
        <Descriptions size="small" bordered column={2} style={{ marginBottom: 16 }} data-testid="leave-year">
          <Descriptions.Item label={`Số tháng công tác năm ${year}`}>
            <span data-testid="leave-months">{d.year.monthsWorked ?? '—'}</span>
          </Descriptions.Item>
          <Descriptions.Item label="Số ngày nghỉ">{d.year.absenceDays ?? '—'}</Descriptions.Item>
          <Descriptions.Item label="Tháng nghỉ thai sản">
            {d.year.maternityLeaveMonths ?? '—'}
          </Descriptions.Item>
          <Descriptions.Item label="Chuyển đến từ">
            {d.year.transferredFrom
              ? `${d.year.transferredFrom} (${d.year.monthsAtPreviousUnit ?? 0} tháng ở nơi cũ)`
              : '—'}
          </Descriptions.Item>
        </Descriptions>
      )}
      <Alert
        type="info"
        showIcon
        style={{ marginBottom: 12 }}
        title="Số tháng công tác và ngày nghỉ được tính từ các khoảng nghỉ dưới đây khi bảng xếp loại để trống; số đã nhập trên bảng được ưu tiên."
      />
      <Typography.Title level={5}>Thời gian nghỉ</Typography.Title>
      <List
        size="small"
        loading={q.isLoading}
        locale={{ emptyText: 'Chưa có thời gian nghỉ.' }}
        dataSource={d?.leaves ?? []}
        data-testid="leave-list"
        renderItem={(l) => (
          <List.Item
            actions={
              canWrite
                ? [
                    <Popconfirm
                      key="del"
                      title="Xoá khoảng nghỉ này?"
                      okText="Xoá"
                      cancelText="Huỷ"
                      onConfirm={() => delLeave.mutate({ id: l.id, version: l.version })}
                    >
                      <Button size="small" danger type="link">
                        Xoá
                      </Button>
                    </Popconfirm>,
                  ]
                : []
            }
          >
            {l.kindText}: {formatDate(l.fromDate)} – {l.toDate ? formatDate(l.toDate) : 'nay'}
            {l.days !== null ? ` (${l.days} ngày)` : ''}
            {l.note ? ` — ${l.note}` : ''}
          </List.Item>
        )}
      />
      {canWrite && (
        <Form form={leaveForm} layout="inline" onFinish={(v) => void saveLeave(v)} style={{ marginTop: 8 }}>
          <Form.Item name="kind" rules={[{ required: true, message: 'Loại nghỉ' }]}>
            <Select options={KINDS} placeholder="Loại nghỉ" style={{ width: 200 }} data-testid="leave-kind" />
          </Form.Item>
          <Form.Item name="range" rules={[{ required: true, message: 'Từ ngày – đến ngày' }]}>
            <DatePicker.RangePicker
              format="DD/MM/YYYY"
              allowEmpty={[false, true]}
              data-testid="leave-range"
            />
          </Form.Item>
          <Form.Item name="days">
            <InputNumber min={0} max={366} step={0.5} placeholder="Số ngày" style={{ width: 100 }} />
          </Form.Item>
          <Form.Item name="note">
            <Input placeholder="Ghi chú" />
          </Form.Item>
          <Button type="primary" htmlType="submit" loading={addLeave.isPending} data-testid="leave-submit">
            Ghi nghỉ
          </Button>
        </Form>
      )}
      <Typography.Title level={5} style={{ marginTop: 24 }}>
        Chuyển công tác (đến từ / đi cơ quan khác)
      </Typography.Title>
      <List
        size="small"
        locale={{ emptyText: 'Không có.' }}
        dataSource={d?.transfers ?? []}
        data-testid="transfer-list"
        renderItem={(t) => (
          <List.Item
            actions={
              canWrite
                ? [
                    <Popconfirm
                      key="del"
                      title="Xoá bản ghi chuyển công tác này?"
                      okText="Xoá"
                      cancelText="Huỷ"
                      onConfirm={() => delTransfer.mutate({ id: t.id, version: t.version })}
                    >
                      <Button size="small" danger type="link">
                        Xoá
                      </Button>
                    </Popconfirm>,
                  ]
                : []
            }
          >
            {t.direction === 'in' ? 'Chuyển đến từ' : 'Chuyển đi'} {t.otherPlace} ngày {formatDate(t.onDate)}
            {t.decisionRef ? ` (${t.decisionRef})` : ''}
            {t.direction === 'in' &&
              (t.commentsReceived ? ' — đã có nhận xét của nơi cũ' : ' — chưa có nhận xét của nơi cũ')}
          </List.Item>
        )}
      />
      {canWrite && (
        <Form
          form={transferForm}
          layout="inline"
          initialValues={{ direction: 'in' }}
          onFinish={(v) => void saveTransfer(v)}
          style={{ marginTop: 8 }}
        >
          <Form.Item name="direction">
            <Select
              style={{ width: 130 }}
              options={[
                { value: 'in', label: 'Chuyển đến' },
                { value: 'out', label: 'Chuyển đi' },
              ]}
            />
          </Form.Item>
          <Form.Item name="onDate" rules={[{ required: true, message: 'Ngày chuyển' }]}>
            <DatePicker format="DD/MM/YYYY" placeholder="Ngày chuyển" data-testid="transfer-date" />
          </Form.Item>
          <Form.Item name="otherPlace" rules={[{ required: true, message: 'Nơi chuyển đến/đi' }]}>
            <Input placeholder="Cơ quan, đơn vị" data-testid="transfer-place" />
          </Form.Item>
          <Form.Item name="decisionRef">
            <Input placeholder="Quyết định số" style={{ width: 160 }} />
          </Form.Item>
          <Form.Item name="commentsReceived" valuePropName="checked">
            <Checkbox>Có nhận xét của nơi cũ</Checkbox>
          </Form.Item>
          <Button
            type="primary"
            htmlType="submit"
            loading={addTransfer.isPending}
            data-testid="transfer-submit"
          >
            Ghi chuyển công tác
          </Button>
        </Form>
      )}
    </Drawer>
  );
}
