import { App, Button, DatePicker, Form, Input, Modal, Select, Space } from 'antd';
import dayjs from 'dayjs';
import { ErrorAlert } from '../../components/ErrorAlert.tsx';
import { useUnits } from '../../lib/endpoints/units.ts';
import { DEADLINE_KIND_LABELS, type Task, type TaskInput } from './api/plan-schema.ts';
import { useSaveTask } from './api/tasks.ts';

interface Values {
  quarter: string;
  number?: string;
  content: string;
  lead: (number | string)[];
  coordinating: (number | string)[];
  deadlineKind: string;
  deadlineOn?: dayjs.Dayjs;
  deadlineMonth?: dayjs.Dayjs;
  deadlineMonthTo?: dayjs.Dayjs;
  deadlineText?: string;
  note?: string;
}

/** Units are picked from the agency's list; a body written as text ("HĐ TĐKT", "Các phòng, đơn vị thuộc Sở") is typed in. */
function split(values: (number | string)[]): { ids: number[]; labels: string[] } {
  return {
    ids: values.filter((v): v is number => typeof v === 'number'),
    labels: values
      .filter((v): v is string => typeof v === 'string')
      .map((s) => s.trim())
      .filter(Boolean),
  };
}

function initial(task: Task | null, year: number): Partial<Values> {
  if (!task) return { quarter: '1', lead: [], coordinating: [], deadlineKind: 'before' };
  const refs = (us: Task['leadUnits']) => us.map((u) => u.unitId ?? u.name);
  const d = task.deadline;
  return {
    quarter: task.quarter === null ? 'year' : String(task.quarter),
    number: task.number ?? '',
    content: task.content,
    lead: refs(task.leadUnits),
    coordinating: refs(task.coordinatingUnits),
    deadlineKind: d.kind,
    ...(d.on ? { deadlineOn: dayjs(d.on) } : {}),
    ...(d.month ? { deadlineMonth: dayjs(`${d.month}-01`) } : { deadlineMonth: dayjs(`${year}-01-01`) }),
    ...(d.monthTo ? { deadlineMonthTo: dayjs(`${d.monthTo}-01`) } : {}),
    deadlineText: d.text ?? '',
    note: task.note ?? '',
  };
}

export function TaskFormModal({
  planId,
  year,
  agencyId,
  task,
  onClose,
}: {
  planId: number;
  year: number;
  agencyId: number;
  task: Task | null;
  onClose: () => void;
}) {
  const { message } = App.useApp();
  const [form] = Form.useForm<Values>();
  const units = useUnits(agencyId);
  const save = useSaveTask(planId);
  const kind = Form.useWatch('deadlineKind', form) ?? initial(task, year).deadlineKind;
  const unitOptions = (units.data ?? []).filter((u) => u.active).map((u) => ({ value: u.id, label: u.name }));

  const submit = async (v: Values) => {
    const lead = split(v.lead);
    const coord = split(v.coordinating);
    const input: TaskInput = {
      quarter: v.quarter === 'year' ? null : Number(v.quarter),
      number: v.number?.trim() || null,
      content: v.content,
      leadUnitIds: lead.ids,
      leadLabels: lead.labels,
      coordinatingUnitIds: coord.ids,
      coordinatingLabels: coord.labels,
      deadline: {
        kind: v.deadlineKind,
        on: v.deadlineOn ? v.deadlineOn.format('YYYY-MM-DD') : null,
        month: v.deadlineMonth ? v.deadlineMonth.format('YYYY-MM') : null,
        monthTo: v.deadlineMonthTo ? v.deadlineMonthTo.format('YYYY-MM') : null,
        text: v.deadlineText?.trim() || null,
      },
      note: v.note?.trim() || null,
      ...(task ? { status: task.status, evidence: task.evidence } : {}),
    };
    await save.mutateAsync(task ? { id: task.id, version: task.version, input } : { input });
    message.success(task ? 'Đã lưu nhiệm vụ.' : 'Đã thêm nhiệm vụ.');
    onClose();
  };

  return (
    <Modal open title={task ? 'Sửa nhiệm vụ' : 'Thêm nhiệm vụ'} onCancel={onClose} footer={null} width={720}>
      <ErrorAlert error={save.error} />
      <Form<Values>
        form={form}
        layout="vertical"
        initialValues={initial(task, year)}
        onFinish={(v) => void submit(v).catch(() => undefined)}
      >
        <Space wrap>
          <Form.Item name="quarter" label="Thời gian thực hiện">
            <Select
              style={{ width: 140 }}
              data-testid="task-quarter"
              options={[
                { value: '1', label: 'Quý I' },
                { value: '2', label: 'Quý II' },
                { value: '3', label: 'Quý III' },
                { value: '4', label: 'Quý IV' },
                { value: 'year', label: 'Cả năm' },
              ]}
            />
          </Form.Item>
          <Form.Item name="number" label="Số thứ tự">
            <Input style={{ width: 100 }} placeholder="1.1" />
          </Form.Item>
        </Space>
        <Form.Item
          name="content"
          label="Nội dung công việc"
          rules={[{ required: true, message: 'Nội dung nhiệm vụ không được để trống.' }]}
        >
          <Input.TextArea rows={3} data-testid="task-content" />
        </Form.Item>
        <Form.Item
          name="lead"
          label="Đơn vị chủ trì"
          rules={[{ required: true, message: 'Hãy chọn đơn vị chủ trì.' }]}
          extra="Chọn đơn vị, hoặc gõ tên cơ quan/bộ phận rồi nhấn Enter."
        >
          <Select mode="tags" options={unitOptions} optionFilterProp="label" data-testid="task-lead" />
        </Form.Item>
        <Form.Item name="coordinating" label="Đơn vị phối hợp">
          <Select
            mode="tags"
            options={unitOptions}
            optionFilterProp="label"
            data-testid="task-coordinating"
          />
        </Form.Item>
        <Space wrap align="start">
          <Form.Item name="deadlineKind" label="Thời hạn">
            <Select
              style={{ width: 260 }}
              data-testid="task-deadline-kind"
              options={Object.entries(DEADLINE_KIND_LABELS).map(([value, label]) => ({ value, label }))}
            />
          </Form.Item>
          {(kind === 'before' || kind === 'on') && (
            <Form.Item
              name="deadlineOn"
              label="Ngày"
              rules={[{ required: true, message: 'Hãy chọn ngày hạn.' }]}
            >
              <DatePicker format="DD/MM/YYYY" data-testid="task-deadline-on" />
            </Form.Item>
          )}
          {(kind === 'month' || kind === 'months') && (
            <Form.Item
              name="deadlineMonth"
              label={kind === 'months' ? 'Từ tháng' : 'Tháng'}
              rules={[{ required: true, message: 'Hãy chọn tháng hạn.' }]}
            >
              <DatePicker picker="month" format="MM/YYYY" />
            </Form.Item>
          )}
          {kind === 'months' && (
            <Form.Item
              name="deadlineMonthTo"
              label="Đến tháng"
              rules={[{ required: true, message: 'Hãy chọn tháng kết thúc.' }]}
            >
              <DatePicker picker="month" format="MM/YYYY" />
            </Form.Item>
          )}
          {(kind === 'per-higher-plan' || kind === 'other') && (
            <Form.Item
              name="deadlineText"
              label={kind === 'other' ? 'Ghi rõ thời hạn' : 'Theo kế hoạch của'}
              rules={kind === 'other' ? [{ required: true, message: 'Hãy ghi thời hạn.' }] : []}
            >
              <Input
                style={{ width: 260 }}
                placeholder={kind === 'other' ? 'Trong năm (khen theo công trạng)' : 'Khối / cấp trên'}
              />
            </Form.Item>
          )}
        </Space>
        <Form.Item name="note" label="Ghi chú">
          <Input />
        </Form.Item>
        <Space>
          <Button type="primary" htmlType="submit" loading={save.isPending} data-testid="task-save">
            Lưu
          </Button>
          <Button onClick={onClose}>Huỷ</Button>
        </Space>
      </Form>
    </Modal>
  );
}
