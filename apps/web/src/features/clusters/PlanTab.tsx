// The cluster's plan of the year (seed 003): tasks with content, lead (chủ trì) and coordinating (phối hợp)
// member agencies, and time (a month, months, a date, "thường xuyên"); the leader (or deputy) enters and
// updates them; everyone in the cluster downloads the plan as .docx.
import { useState } from 'react';
import dayjs from 'dayjs';
import {
  App,
  Button,
  Checkbox,
  DatePicker,
  Empty,
  Form,
  Input,
  Modal,
  Popconfirm,
  Select,
  Space,
  Table,
  Tag,
  Typography,
} from 'antd';
import { ErrorAlert } from '../../components/ErrorAlert.tsx';
import { download } from '../../lib/api.ts';
import { DATE_FORMAT, formatDate, fromWireDate, toWireDate } from '../../lib/format.ts';
import {
  DEADLINE_KINDS,
  TASK_STATUSES,
  useClusterPlan,
  useCreatePlan,
  useDeleteTask,
  useSaveTask,
  type ClusterDetail,
  type DeadlineKind,
  type Plan,
  type Task,
  type TaskStatus,
} from './api/clusters.ts';
import { TASK_STATUS_COLORS, TASK_STATUS_LABELS } from './labels.ts';
import { PlanHeaderModal } from './PlanHeaderModal.tsx';

const DEADLINE_LABELS: Record<DeadlineKind, string> = {
  month: 'Trong tháng',
  months: 'Trong các tháng',
  before: 'Trước ngày',
  on: 'Vào ngày',
  regularly: 'Thường xuyên',
  'per-higher-plan': 'Theo kế hoạch cấp trên',
  other: 'Khác (ghi rõ)',
};

interface TaskForm {
  content: string;
  leadAgencyIds?: number[];
  leadAll?: boolean;
  coordinatingAgencyIds?: number[];
  coordinatingAll?: boolean;
  deadlineKind: DeadlineKind;
  deadlineMonth?: dayjs.Dayjs;
  deadlineMonthTo?: dayjs.Dayjs;
  deadlineOn?: dayjs.Dayjs;
  deadlineText?: string;
  status: TaskStatus;
  doneOn?: dayjs.Dayjs;
  note?: string;
}

function TaskModal({
  c,
  plan,
  task,
  onClose,
}: {
  c: ClusterDetail;
  plan: Plan;
  task: Task | null;
  onClose: () => void;
}) {
  const [form] = Form.useForm<TaskForm>();
  const save = useSaveTask(c.id, plan.id);
  const { message } = App.useApp();
  const allMembers = `Các cơ quan thành viên ${c.name}`;
  const kind = Form.useWatch('deadlineKind', form);
  const status = Form.useWatch('status', form);
  const month = (ym: string | null) => (ym ? dayjs(`${ym}-01`) : undefined);
  const initial: Partial<TaskForm> = task
    ? {
        content: task.content,
        leadAgencyIds: task.lead.flatMap((b) => (b.agencyId !== null ? [b.agencyId] : [])),
        leadAll: task.lead.some((b) => b.agencyId === null),
        coordinatingAgencyIds: task.coordinating.flatMap((b) => (b.agencyId !== null ? [b.agencyId] : [])),
        coordinatingAll: task.coordinating.some((b) => b.agencyId === null),
        deadlineKind: task.deadlineKind,
        deadlineMonth: month(task.deadlineMonth),
        deadlineMonthTo: month(task.deadlineMonthTo),
        deadlineOn: fromWireDate(task.deadlineOn),
        deadlineText: task.deadlineText ?? undefined,
        status: task.status,
        doneOn: fromWireDate(task.doneOn),
        note: task.note ?? undefined,
      }
    : { deadlineKind: 'month', status: 'not-started', coordinatingAll: true };
  const options = c.members.map((m) => ({ value: m.agencyId, label: m.agencyName }));
  return (
    <Modal
      open
      width={720}
      title={task ? 'Sửa nhiệm vụ của kế hoạch' : `Thêm nhiệm vụ vào kế hoạch năm ${plan.year}`}
      okText="Lưu"
      cancelText="Huỷ"
      okButtonProps={{ 'data-testid': 'task-save' } as never}
      confirmLoading={save.isPending}
      onCancel={onClose}
      onOk={async () => {
        const v = await form.validateFields();
        const ym = (d: dayjs.Dayjs | undefined) => (d ? d.format('YYYY-MM') : null);
        try {
          await save.mutateAsync({
            ...(task ? { taskId: task.id, version: task.version } : {}),
            body: {
              content: v.content,
              leadAgencyIds: v.leadAgencyIds ?? [],
              leadLabels: v.leadAll ? [allMembers] : [],
              coordinatingAgencyIds: v.coordinatingAgencyIds ?? [],
              coordinatingLabels: v.coordinatingAll ? [allMembers] : [],
              deadlineKind: v.deadlineKind,
              deadlineMonth: ym(v.deadlineMonth),
              deadlineMonthTo: ym(v.deadlineMonthTo),
              deadlineOn: toWireDate(v.deadlineOn) ?? null,
              deadlineText: v.deadlineText ?? null,
              status: v.status,
              doneOn: toWireDate(v.doneOn) ?? null,
              note: v.note ?? null,
            },
          });
          message.success(task ? 'Đã lưu nhiệm vụ.' : 'Đã thêm nhiệm vụ vào kế hoạch.');
          onClose();
        } catch {
          // shown in the dialog
        }
      }}
      destroyOnHidden
    >
      <ErrorAlert error={save.error} />
      <Form form={form} layout="vertical" initialValues={initial}>
        <Form.Item
          name="content"
          label="Nội dung, nhiệm vụ"
          rules={[{ required: true, whitespace: true, message: 'Hãy nhập nội dung nhiệm vụ.' }]}
        >
          <Input.TextArea data-testid="task-content" rows={3} />
        </Form.Item>
        <Space.Compact block style={{ gap: 16 }}>
          <Form.Item name="leadAgencyIds" label="Cơ quan chủ trì" style={{ flex: 1 }}>
            <Select data-testid="task-lead" mode="multiple" options={options} placeholder="Chọn cơ quan" />
          </Form.Item>
          <Form.Item name="coordinatingAgencyIds" label="Cơ quan phối hợp" style={{ flex: 1 }}>
            <Select
              data-testid="task-coordinating"
              mode="multiple"
              options={options}
              placeholder="Chọn cơ quan"
            />
          </Form.Item>
        </Space.Compact>
        <Space size="large">
          <Form.Item name="leadAll" valuePropName="checked">
            <Checkbox>Chủ trì: các cơ quan thành viên</Checkbox>
          </Form.Item>
          <Form.Item name="coordinatingAll" valuePropName="checked">
            <Checkbox data-testid="task-coordinating-all">Phối hợp: các cơ quan thành viên</Checkbox>
          </Form.Item>
        </Space>
        <Space wrap align="start">
          <Form.Item name="deadlineKind" label="Thời gian thực hiện">
            <Select
              data-testid="task-deadline-kind"
              style={{ width: 220 }}
              options={DEADLINE_KINDS.map((k) => ({ value: k, label: DEADLINE_LABELS[k] }))}
            />
          </Form.Item>
          {(kind === 'month' || kind === 'months') && (
            <Form.Item
              name="deadlineMonth"
              label={kind === 'months' ? 'Từ tháng' : 'Tháng'}
              rules={[{ required: true, message: 'Hãy chọn tháng.' }]}
            >
              <DatePicker data-testid="task-month" picker="month" format="MM/YYYY" />
            </Form.Item>
          )}
          {kind === 'months' && (
            <Form.Item
              name="deadlineMonthTo"
              label="Đến tháng"
              rules={[{ required: true, message: 'Hãy chọn tháng.' }]}
            >
              <DatePicker picker="month" format="MM/YYYY" />
            </Form.Item>
          )}
          {(kind === 'before' || kind === 'on') && (
            <Form.Item name="deadlineOn" label="Ngày" rules={[{ required: true, message: 'Hãy chọn ngày.' }]}>
              <DatePicker format={DATE_FORMAT} />
            </Form.Item>
          )}
          {(kind === 'other' || kind === 'per-higher-plan') && (
            <Form.Item name="deadlineText" label="Ghi rõ">
              <Input />
            </Form.Item>
          )}
        </Space>
        <Space wrap align="start">
          <Form.Item name="status" label="Trạng thái">
            <Select
              data-testid="task-status"
              style={{ width: 200 }}
              options={TASK_STATUSES.map((s) => ({ value: s, label: TASK_STATUS_LABELS[s] }))}
            />
          </Form.Item>
          {status === 'done' && (
            <Form.Item
              name="doneOn"
              label="Ngày hoàn thành"
              rules={[{ required: true, message: 'Hãy chọn ngày.' }]}
            >
              <DatePicker format={DATE_FORMAT} />
            </Form.Item>
          )}
        </Space>
        <Form.Item name="note" label="Ghi chú">
          <Input />
        </Form.Item>
      </Form>
    </Modal>
  );
}

function CreatePlan({ c }: { c: ClusterDetail }) {
  const create = useCreatePlan(c.id);
  const [form] = Form.useForm<{ title: string; signerName?: string }>();
  return (
    <Empty description={`${c.name} chưa lập kế hoạch hoạt động năm ${c.year}.`}>
      <ErrorAlert error={create.error} />
      <Form
        form={form}
        layout="inline"
        style={{ justifyContent: 'center' }}
        initialValues={{ title: `Tổ chức công tác thi đua, khen thưởng của ${c.name} năm ${c.year}` }}
        onFinish={(v) =>
          create.mutate({
            year: c.year,
            title: v.title,
            ...(v.signerName ? { signerName: v.signerName } : {}),
          })
        }
      >
        <Form.Item name="title" rules={[{ required: true, message: 'Hãy nhập trích yếu.' }]}>
          <Input style={{ width: 460 }} aria-label="Trích yếu" />
        </Form.Item>
        <Form.Item name="signerName">
          <Input placeholder="Người ký (Cụm trưởng)" aria-label="Người ký" />
        </Form.Item>
        <Button data-testid="plan-create" type="primary" htmlType="submit" loading={create.isPending}>
          Lập kế hoạch
        </Button>
      </Form>
    </Empty>
  );
}

export function PlanTab({ c }: { c: ClusterDetail }) {
  const q = useClusterPlan(c.id, c.year);
  const [editing, setEditing] = useState<Task | null | 'new'>(null);
  const [editingHeader, setEditingHeader] = useState(false);
  const plan = q.data;
  const remove = useDeleteTask(c.id, plan?.id ?? 0);
  const leads = c.myRole === 'leader' || c.myRole === 'deputy';
  if (q.isLoading) return null;
  if (q.error) return <ErrorAlert error={q.error} />;
  if (!plan)
    return leads ? (
      <CreatePlan c={c} />
    ) : (
      <Empty description={`${c.name} chưa lập kế hoạch hoạt động năm ${c.year}.`} />
    );
  const done = plan.tasks.filter((t) => t.status === 'done').length;
  return (
    <Space direction="vertical" style={{ width: '100%' }}>
      <Space wrap style={{ justifyContent: 'space-between', width: '100%' }}>
        <div>
          <Typography.Text strong>Kế hoạch {plan.title}</Typography.Text>
          <br />
          <Typography.Text type="secondary">
            {plan.agencyName} (Cụm trưởng) ·{' '}
            {plan.number ? `Số ${plan.number}/${plan.symbol ?? ''}` : 'chưa có số'}
            {plan.issuedOn ? ` ngày ${formatDate(plan.issuedOn)}` : ''} · đã hoàn thành {done}/
            {plan.tasks.length} nhiệm vụ
          </Typography.Text>
        </div>
        <Space>
          {plan.canEdit && (
            <Button data-testid="plan-edit-header" onClick={() => setEditingHeader(true)}>
              Thông tin văn bản
            </Button>
          )}
          {plan.canEdit && (
            <Button data-testid="plan-add-task" type="primary" onClick={() => setEditing('new')}>
              Thêm nhiệm vụ
            </Button>
          )}
          <Button onClick={() => download(`/clusters/${c.id}/plan/tasks.xlsx`, { year: c.year })}>
            Xuất Excel
          </Button>
          <Button
            data-testid="plan-docx"
            onClick={() => download(`/clusters/${c.id}/plan/${plan.id}/document.docx`)}
          >
            Tải kế hoạch (.docx)
          </Button>
        </Space>
      </Space>
      <ErrorAlert error={remove.error} />
      <Table
        data-testid="plan-tasks"
        rowKey="id"
        size="small"
        pagination={false}
        dataSource={plan.tasks}
        columns={[
          { title: 'Stt', width: 56, render: (_, __, i) => i + 1 },
          {
            title: 'Nội dung, nhiệm vụ',
            render: (_, t) => <span style={{ whiteSpace: 'pre-line' }}>{t.content}</span>,
          },
          { title: 'Cơ quan chủ trì', render: (_, t) => t.lead.map((b) => b.name).join('; ') },
          { title: 'Cơ quan phối hợp', render: (_, t) => t.coordinating.map((b) => b.name).join('; ') },
          { title: 'Thời gian thực hiện', dataIndex: 'deadlineLabel', width: 150 },
          {
            title: 'Trạng thái',
            width: 170,
            render: (_, t) => (
              <Tag color={TASK_STATUS_COLORS[t.status]}>
                {TASK_STATUS_LABELS[t.status]}
                {t.status === 'done' && t.doneOn ? ` ${formatDate(t.doneOn)}` : ''}
              </Tag>
            ),
          },
          ...(plan.canEdit
            ? [
                {
                  title: '',
                  width: 120,
                  render: (_: unknown, t: Task) => (
                    <Space size={4}>
                      <Button size="small" type="link" onClick={() => setEditing(t)}>
                        Sửa
                      </Button>
                      <Popconfirm
                        title="Xoá nhiệm vụ này khỏi kế hoạch?"
                        okText="Xoá"
                        cancelText="Huỷ"
                        onConfirm={() => remove.mutate(t.id)}
                      >
                        <Button size="small" type="link" danger>
                          Xoá
                        </Button>
                      </Popconfirm>
                    </Space>
                  ),
                },
              ]
            : []),
        ]}
      />
      {editingHeader && (
        <PlanHeaderModal groupId={c.id} plan={plan} onClose={() => setEditingHeader(false)} />
      )}
      {editing !== null && (
        <TaskModal
          c={c}
          plan={plan}
          task={editing === 'new' ? null : editing}
          onClose={() => setEditing(null)}
        />
      )}
    </Space>
  );
}
