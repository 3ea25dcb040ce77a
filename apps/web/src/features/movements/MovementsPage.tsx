import { useState } from 'react';
import {
  App,
  Button,
  DatePicker,
  Descriptions,
  Drawer,
  Flex,
  Form,
  Input,
  InputNumber,
  List,
  Modal,
  Select,
  Space,
  Table,
  Tag,
} from 'antd';
import { PageHeader } from '../../components/PageHeader.tsx';
import { ErrorAlert } from '../../components/ErrorAlert.tsx';
import { download } from '../../lib/api.ts';
import { DATE_FORMAT, formatDate, toWireDate } from '../../lib/format.ts';
import { hasPermission } from '../../lib/permissions.ts';
import { useSession } from '../../lib/session.tsx';
import { useAddResult, useCreateMovement, useMovement, useMovements } from './api/movements.ts';

const LAUNCHERS = [
  { value: 'thu-tuong', label: 'Thủ tướng Chính phủ' },
  { value: 'bo', label: 'Bộ, ngành' },
  { value: 'tinh', label: 'UBND tỉnh' },
  { value: 'khoi-cum', label: 'Khối, cụm thi đua' },
  { value: 'co-quan', label: 'Cơ quan' },
  { value: 'khac', label: 'Khác' },
];
const STATUS: Record<string, string> = { draft: 'Dự thảo', active: 'Đang triển khai', closed: 'Đã tổng kết' };
type Range = [{ format(f: string): string } | null, { format(f: string): string } | null] | null;
const iso = (d: { format(f: string): string } | null | undefined): string | undefined =>
  d ? d.format('YYYY-MM-DD') : undefined;

function CreateModal({ open, year, onClose }: { open: boolean; year: number; onClose: () => void }) {
  const [form] = Form.useForm();
  const create = useCreateMovement();
  const { message } = App.useApp();
  return (
    <Modal
      open={open}
      width={820}
      title="Thêm phong trào thi đua"
      okText="Lưu"
      cancelText="Huỷ"
      confirmLoading={create.isPending}
      onCancel={onClose}
      onOk={async () => {
        const v = (await form.validateFields()) as {
          name: string;
          launchedBy: string;
          launcherName?: string;
          decisionRef?: string;
          theme?: string;
          slogan?: string;
          period?: Range;
          phases?: { name: string; range: Range; description?: string }[];
          targets?: { content: string; targetValue?: number | null; unit?: string }[];
        };
        try {
          await create.mutateAsync({
            name: v.name,
            launchedBy: v.launchedBy,
            launcherName: v.launcherName,
            decisionRef: v.decisionRef,
            theme: v.theme,
            slogan: v.slogan,
            year,
            fromDate: iso(v.period?.[0]),
            toDate: iso(v.period?.[1]),
            phases: (v.phases ?? []).map((p) => ({
              name: p.name,
              fromDate: iso(p.range?.[0]),
              toDate: iso(p.range?.[1]),
              description: p.description,
            })),
            targets: (v.targets ?? []).map((t) =>
              t.targetValue !== undefined && t.targetValue !== null
                ? { kind: 'quantitative', content: t.content, targetValue: t.targetValue, unit: t.unit }
                : { kind: 'qualitative', content: t.content },
            ),
          });
          message.success('Đã thêm phong trào.');
          form.resetFields();
          onClose();
        } catch {
          // shown below
        }
      }}
      destroyOnHidden
    >
      <ErrorAlert error={create.error} />
      <Form form={form} layout="vertical" initialValues={{ launchedBy: 'co-quan' }}>
        <Form.Item
          name="name"
          label="Tên phong trào"
          rules={[{ required: true, message: 'Hãy nhập tên phong trào.' }]}
        >
          <Input data-testid="movement-name" />
        </Form.Item>
        <Flex gap={12}>
          <Form.Item name="launchedBy" label="Cấp phát động" style={{ flex: 1 }}>
            <Select options={LAUNCHERS} />
          </Form.Item>
          <Form.Item name="launcherName" label="Cơ quan phát động" style={{ flex: 2 }}>
            <Input />
          </Form.Item>
        </Flex>
        <Form.Item name="decisionRef" label="Văn bản phát động">
          <Input placeholder="Chỉ thị số 01/CTLT-BCT-CDCT ngày 16/01/2018 …" />
        </Form.Item>
        <Form.Item name="theme" label="Chủ đề">
          <Input />
        </Form.Item>
        <Form.Item name="slogan" label="Khẩu hiệu">
          <Input />
        </Form.Item>
        <Form.Item name="period" label="Thời gian">
          <DatePicker.RangePicker format={DATE_FORMAT} />
        </Form.Item>
        <Form.List name="phases">
          {(fields, { add, remove }) => (
            <>
              {fields.map((f) => (
                <Flex key={f.key} gap={8} align="baseline">
                  <Form.Item name={[f.name, 'name']} rules={[{ required: true, message: 'Tên đợt' }]}>
                    <Input placeholder="Đợt thứ nhất" />
                  </Form.Item>
                  <Form.Item name={[f.name, 'range']} rules={[{ required: true, message: 'Thời gian đợt' }]}>
                    <DatePicker.RangePicker format={DATE_FORMAT} />
                  </Form.Item>
                  <Form.Item name={[f.name, 'description']} style={{ flex: 1 }}>
                    <Input placeholder="Nội dung đợt" />
                  </Form.Item>
                  <Button onClick={() => remove(f.name)}>Xoá</Button>
                </Flex>
              ))}
              <Button onClick={() => add()} style={{ marginBottom: 16 }}>
                Thêm đợt thi đua
              </Button>
            </>
          )}
        </Form.List>
        <Form.List name="targets">
          {(fields, { add, remove }) => (
            <>
              {fields.map((f) => (
                <Flex key={f.key} gap={8} align="baseline">
                  <Form.Item
                    name={[f.name, 'content']}
                    style={{ flex: 1 }}
                    rules={[{ required: true, message: 'Nội dung chỉ tiêu' }]}
                  >
                    <Input placeholder="90% công chức đạt danh hiệu Lao động tiên tiến" />
                  </Form.Item>
                  <Form.Item name={[f.name, 'targetValue']}>
                    <InputNumber placeholder="Giá trị" />
                  </Form.Item>
                  <Form.Item name={[f.name, 'unit']}>
                    <Input placeholder="Đơn vị (%, tỷ đồng …)" style={{ width: 140 }} />
                  </Form.Item>
                  <Button onClick={() => remove(f.name)}>Xoá</Button>
                </Flex>
              ))}
              <Button onClick={() => add()}>Thêm chỉ tiêu</Button>
            </>
          )}
        </Form.List>
      </Form>
    </Modal>
  );
}

function Detail({ id, canWrite, onClose }: { id: number | null; canWrite: boolean; onClose: () => void }) {
  const q = useMovement(id);
  const add = useAddResult(id ?? 0);
  const [form] = Form.useForm();
  const m = q.data;
  return (
    <Drawer
      open={id !== null}
      onClose={onClose}
      size="large"
      title={m?.name}
      extra={
        m && (
          <Button onClick={() => download(`/movements/${m.id}/launch.docx`)}>
            Kế hoạch phát động (.docx)
          </Button>
        )
      }
    >
      <ErrorAlert error={q.error ?? add.error} />
      {m && (
        <>
          <Descriptions size="small" column={1} bordered>
            <Descriptions.Item label="Phát động">
              {m.launcherName ?? LAUNCHERS.find((l) => l.value === m.launchedBy)?.label}
            </Descriptions.Item>
            <Descriptions.Item label="Văn bản">{m.decisionRef}</Descriptions.Item>
            <Descriptions.Item label="Chủ đề">{m.theme}</Descriptions.Item>
            <Descriptions.Item label="Khẩu hiệu">{m.slogan}</Descriptions.Item>
            <Descriptions.Item label="Thời gian">
              {formatDate(m.fromDate)} – {formatDate(m.toDate)}
            </Descriptions.Item>
            <Descriptions.Item label="Danh hiệu, hình thức">
              {m.rewards.map((r) => r.label).join(', ')}
            </Descriptions.Item>
            <Descriptions.Item label="Đơn vị tham gia">
              {m.participants.map((p) => p.name).join(', ')}
            </Descriptions.Item>
          </Descriptions>
          <List
            size="small"
            header="Các đợt thi đua"
            dataSource={m.phases}
            renderItem={(p) => (
              <List.Item>{`${p.name}: ${formatDate(p.fromDate)} – ${formatDate(p.toDate)}`}</List.Item>
            )}
          />
          <List
            size="small"
            header="Chỉ tiêu"
            dataSource={m.targets}
            renderItem={(t) => <List.Item>{t.content}</List.Item>}
          />
          <List
            size="small"
            header="Kết quả"
            dataSource={m.results}
            renderItem={(r) => (
              <List.Item>
                <Space>
                  <Tag color="blue">{r.display}</Tag>
                  {r.content} ({m.phases.find((p) => p.id === r.phaseId)?.name ?? 'cả năm'},{' '}
                  {formatDate(r.reportedOn)})
                </Space>
              </List.Item>
            )}
          />
          {canWrite && (
            <Form
              form={form}
              layout="inline"
              onFinish={(v: {
                phaseId?: number;
                content: string;
                numerator?: number;
                denominator?: number;
                value?: number;
                unit?: string;
                reportedOn: { format(f: string): string };
              }) =>
                add
                  .mutateAsync({ ...v, reportedOn: toWireDate(v.reportedOn as never) })
                  .then(() => form.resetFields())
              }
            >
              <Form.Item name="phaseId">
                <Select
                  placeholder="Đợt"
                  style={{ width: 140 }}
                  options={m.phases.map((p) => ({ value: p.id, label: p.name }))}
                  allowClear
                />
              </Form.Item>
              <Form.Item name="content" rules={[{ required: true, message: 'Nội dung' }]}>
                <Input placeholder="Nội dung kết quả" />
              </Form.Item>
              <Form.Item name="numerator">
                <InputNumber placeholder="Đạt" />
              </Form.Item>
              <Form.Item name="denominator">
                <InputNumber placeholder="Trên tổng" />
              </Form.Item>
              <Form.Item name="value">
                <InputNumber placeholder="Giá trị" />
              </Form.Item>
              <Form.Item name="unit">
                <Input placeholder="Đơn vị" style={{ width: 100 }} />
              </Form.Item>
              <Form.Item name="reportedOn" rules={[{ required: true, message: 'Ngày' }]}>
                <DatePicker format={DATE_FORMAT} />
              </Form.Item>
              <Button htmlType="submit" type="primary" loading={add.isPending}>
                Ghi kết quả
              </Button>
            </Form>
          )}
        </>
      )}
    </Drawer>
  );
}

export function MovementsPage() {
  const { state } = useSession();
  const me = state.status === 'signed-in' ? state.me : null;
  const canWrite = me ? hasPermission(me, 'movements:write') : false;
  const [year, setYear] = useState(new Date().getFullYear());
  const [open, setOpen] = useState(false);
  const [selected, setSelected] = useState<number | null>(null);
  const list = useMovements(year);
  return (
    <>
      <PageHeader
        title="Phong trào thi đua"
        extra={
          <>
            <InputNumber value={year} min={2000} max={2100} onChange={(v) => v && setYear(v)} />
            <Button onClick={() => download('/movements/export.xlsx', { year })}>Xuất Excel</Button>
            {canWrite && (
              <Button type="primary" onClick={() => setOpen(true)} data-testid="movement-create">
                Thêm phong trào
              </Button>
            )}
          </>
        }
      />
      <ErrorAlert error={list.error} />
      <Table
        rowKey="id"
        loading={list.isLoading}
        dataSource={list.data ?? []}
        onRow={(r) => ({ onClick: () => setSelected(r.id), style: { cursor: 'pointer' } })}
        columns={[
          { title: 'Tên phong trào', dataIndex: 'name' },
          { title: 'Chủ đề', dataIndex: 'theme' },
          {
            title: 'Phát động',
            render: (_, r) => r.launcherName ?? LAUNCHERS.find((l) => l.value === r.launchedBy)?.label,
          },
          { title: 'Thời gian', render: (_, r) => `${formatDate(r.fromDate)} – ${formatDate(r.toDate)}` },
          { title: 'Trạng thái', render: (_, r) => <Tag>{STATUS[r.status]}</Tag> },
        ]}
      />
      <CreateModal open={open} year={year} onClose={() => setOpen(false)} />
      <Detail id={selected} canWrite={canWrite} onClose={() => setSelected(null)} />
    </>
  );
}
