import { App, Button, DatePicker, Drawer, Form, Input, List, Popconfirm, Select, Typography } from 'antd';
import type { Dayjs } from 'dayjs';
import { ErrorAlert } from '../../components/ErrorAlert.tsx';
import { errorMessage } from '../../lib/api.ts';
import { useCreateDiscipline, useDeleteDiscipline, useDisciplines, type GridRow } from './api/ratings.ts';

// Discipline records of one person (level, decision, period in force); officers add and remove them.

const LEVELS = [
  { value: 'khien-trach', label: 'Khiển trách' },
  { value: 'canh-cao', label: 'Cảnh cáo' },
  { value: 'ha-bac-luong', label: 'Hạ bậc lương' },
  { value: 'giang-chuc', label: 'Giáng chức' },
  { value: 'cach-chuc', label: 'Cách chức' },
  { value: 'buoc-thoi-viec', label: 'Buộc thôi việc' },
];

const vi = (iso: string | null) => (iso ? iso.split('-').reverse().join('/') : '');

interface Values {
  level: string;
  decisionRef?: string;
  decidedOn?: Dayjs | null;
  period?: [Dayjs | null, Dayjs | null] | null;
  reason?: string;
}

export function DisciplineDrawer({
  person,
  year,
  canWrite,
  onClose,
}: {
  person: GridRow | null;
  year: number;
  canWrite: boolean;
  onClose(): void;
}) {
  const { message } = App.useApp();
  const list = useDisciplines(person?.personId ?? null);
  const create = useCreateDiscipline();
  const remove = useDeleteDiscipline();
  const [form] = Form.useForm<Values>();

  const submit = async (v: Values) => {
    if (!person) return;
    try {
      await create.mutateAsync({
        personId: person.personId,
        year,
        level: v.level,
        decisionRef: v.decisionRef ?? null,
        decidedOn: v.decidedOn ? v.decidedOn.format('YYYY-MM-DD') : null,
        fromDate: v.period?.[0] ? v.period[0].format('YYYY-MM-DD') : null,
        toDate: v.period?.[1] ? v.period[1].format('YYYY-MM-DD') : null,
        reason: v.reason ?? null,
      });
      form.resetFields();
      message.success('Đã ghi quyết định kỷ luật.');
    } catch (e) {
      message.error(errorMessage(e));
    }
  };

  return (
    <Drawer
      open={person !== null}
      onClose={onClose}
      title={person ? `Kỷ luật — ${person.fullName}` : ''}
      size="large"
      destroyOnHidden
      data-testid="discipline-drawer"
    >
      {list.error ? <ErrorAlert error={list.error} /> : null}
      <List
        loading={list.isLoading}
        locale={{ emptyText: 'Chưa có quyết định kỷ luật.' }}
        dataSource={list.data ?? []}
        renderItem={(d) => (
          <List.Item
            actions={
              canWrite
                ? [
                    <Popconfirm
                      key="del"
                      title="Xoá quyết định kỷ luật này?"
                      okText="Xoá"
                      cancelText="Huỷ"
                      onConfirm={() => remove.mutate({ id: d.id, version: d.version })}
                    >
                      <Button size="small" danger type="link">
                        Xoá
                      </Button>
                    </Popconfirm>,
                  ]
                : []
            }
          >
            <List.Item.Meta
              title={`Năm ${d.year}: ${d.levelText}${d.decisionRef ? ` — Quyết định số ${d.decisionRef}` : ''}${d.decidedOn ? ` ngày ${vi(d.decidedOn)}` : ''}`}
              description={[
                d.fromDate || d.toDate ? `Hiệu lực ${vi(d.fromDate)} – ${vi(d.toDate)}` : null,
                d.reason,
              ]
                .filter(Boolean)
                .join('. ')}
            />
          </List.Item>
        )}
      />
      {canWrite && (
        <>
          <Typography.Title level={5} style={{ marginTop: 16 }}>
            Thêm quyết định kỷ luật năm {year}
          </Typography.Title>
          <Form form={form} layout="vertical" onFinish={(v) => void submit(v)}>
            <Form.Item
              name="level"
              label="Hình thức"
              rules={[{ required: true, message: 'Hãy chọn hình thức kỷ luật.' }]}
            >
              <Select options={LEVELS} data-testid="discipline-level" />
            </Form.Item>
            <Form.Item name="decisionRef" label="Số quyết định">
              <Input placeholder="45/QĐ-SCT" data-testid="discipline-ref" />
            </Form.Item>
            <Form.Item name="decidedOn" label="Ngày quyết định">
              <DatePicker format="DD/MM/YYYY" />
            </Form.Item>
            <Form.Item name="period" label="Hiệu lực từ – đến">
              <DatePicker.RangePicker format="DD/MM/YYYY" allowEmpty={[false, true]} />
            </Form.Item>
            <Form.Item name="reason" label="Lý do">
              <Input.TextArea rows={2} />
            </Form.Item>
            <Button
              type="primary"
              htmlType="submit"
              loading={create.isPending}
              data-testid="discipline-submit"
            >
              Ghi kỷ luật
            </Button>
          </Form>
        </>
      )}
    </Drawer>
  );
}
