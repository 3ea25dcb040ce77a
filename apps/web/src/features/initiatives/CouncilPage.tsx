import { useState } from 'react';
import {
  App,
  Button,
  Card,
  DatePicker,
  Empty,
  Flex,
  Form,
  Input,
  InputNumber,
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
import {
  useCouncil,
  useCouncils,
  useCreateCouncil,
  useCreateSession,
  usePeoplePick,
  useSetCriteria,
} from './api/councils.ts';
import { useWorkingYear } from '../../lib/session.tsx';

const ROLES = [
  { value: 'chair', label: 'Chủ tịch' },
  { value: 'vice-chair', label: 'Phó Chủ tịch' },
  { value: 'secretary', label: 'Thư ký' },
  { value: 'member', label: 'Ủy viên' },
];

function PersonSelect(props: { value?: number; onChange?: (v: number) => void }) {
  const [q, setQ] = useState('');
  const people = usePeoplePick(q);
  return (
    <Select
      showSearch
      filterOption={false}
      onSearch={setQ}
      style={{ width: 280 }}
      placeholder="Chọn cán bộ"
      options={(people.data?.items ?? []).map((p) => ({ value: p.id, label: `${p.fullName} (${p.code})` }))}
      {...props}
    />
  );
}

function CreateCouncil({ open, onClose }: { open: boolean; onClose: () => void }) {
  const [form] = Form.useForm();
  const create = useCreateCouncil();
  return (
    <Modal
      open={open}
      width={720}
      title="Lập Hội đồng sáng kiến"
      okText="Lưu"
      cancelText="Huỷ"
      confirmLoading={create.isPending}
      onCancel={onClose}
      onOk={async () => {
        const v = (await form.validateFields()) as {
          name: string;
          establishedBy?: string;
          members: { personId: number; role: string; title?: string }[];
        };
        try {
          await create.mutateAsync(v);
          form.resetFields();
          onClose();
        } catch {
          // shown below
        }
      }}
      destroyOnHidden
    >
      <ErrorAlert error={create.error} />
      <Form
        form={form}
        layout="vertical"
        initialValues={{
          name: 'Hội đồng sáng kiến',
          members: [{ role: 'chair' }, { role: 'secretary' }, { role: 'member' }],
        }}
      >
        <Form.Item
          name="name"
          label="Tên hội đồng"
          rules={[{ required: true, message: 'Hãy nhập tên hội đồng.' }]}
        >
          <Input />
        </Form.Item>
        <Form.Item name="establishedBy" label="Quyết định thành lập">
          <Input placeholder="Quyết định số …/QĐ-SCT ngày …" />
        </Form.Item>
        <Form.List name="members">
          {(fields, { add, remove }) => (
            <>
              {fields.map((f) => (
                <Flex key={f.key} gap={8} align="baseline">
                  <Form.Item name={[f.name, 'personId']} rules={[{ required: true, message: 'Chọn cán bộ' }]}>
                    <PersonSelect />
                  </Form.Item>
                  <Form.Item name={[f.name, 'role']}>
                    <Select options={ROLES} style={{ width: 140 }} />
                  </Form.Item>
                  <Form.Item name={[f.name, 'title']} style={{ flex: 1 }}>
                    <Input placeholder="Chức danh" />
                  </Form.Item>
                  <Button onClick={() => remove(f.name)}>Xoá</Button>
                </Flex>
              ))}
              <Button onClick={() => add({ role: 'member' })}>Thêm thành viên</Button>
            </>
          )}
        </Form.List>
      </Form>
    </Modal>
  );
}

function CouncilCard({ id, year }: { id: number; year: number }) {
  const { message } = App.useApp();
  const q = useCouncil(id, year);
  const setCriteria = useSetCriteria(id);
  const createSession = useCreateSession(id);
  const [rows, setRows] = useState<{ name: string; maxPoints: number | null }[] | null>(null);
  const [heldOn, setHeldOn] = useState<string | undefined>();
  const [place, setPlace] = useState('');
  const c = q.data;
  if (!c) return null;
  const criteria = rows ?? c.criteria.map((x) => ({ name: x.name, maxPoints: x.maxPoints }));
  return (
    <Card title={c.name} extra={c.establishedBy} style={{ marginBottom: 16 }}>
      <ErrorAlert error={setCriteria.error ?? createSession.error} />
      <Space wrap style={{ marginBottom: 12 }}>
        {c.members.map((m) => (
          <Tag key={m.id}>
            {m.fullName} — {ROLES.find((r) => r.value === m.role)?.label ?? 'Ủy viên thường trực'}
          </Tag>
        ))}
      </Space>
      <Card size="small" type="inner" title={`Tiêu chí chấm điểm năm ${year}`} style={{ marginBottom: 12 }}>
        {criteria.map((r, i) => (
          <Flex key={i} gap={8} style={{ marginBottom: 6 }}>
            <Input
              value={r.name}
              placeholder="Tên tiêu chí"
              onChange={(e) =>
                setRows(criteria.map((x, k) => (k === i ? { ...x, name: e.target.value } : x)))
              }
            />
            <InputNumber
              value={r.maxPoints}
              min={1}
              placeholder="Điểm tối đa"
              onChange={(v) => setRows(criteria.map((x, k) => (k === i ? { ...x, maxPoints: v } : x)))}
            />
            <Button onClick={() => setRows(criteria.filter((_, k) => k !== i))}>Xoá</Button>
          </Flex>
        ))}
        <Space>
          <Button onClick={() => setRows([...criteria, { name: '', maxPoints: null }])}>Thêm tiêu chí</Button>
          <Button
            type="primary"
            onClick={() =>
              setCriteria
                .mutateAsync({
                  year,
                  criteria: criteria.map((x) => ({ name: x.name, maxPoints: x.maxPoints ?? 0 })),
                })
                .then(() => (setRows(null), message.success('Đã lưu bộ tiêu chí.')))
                .catch(() => undefined)
            }
          >
            Lưu bộ tiêu chí
          </Button>
        </Space>
      </Card>
      <Table
        size="small"
        rowKey="id"
        pagination={false}
        dataSource={c.sessions.filter((s) => s.year === year)}
        locale={{ emptyText: <Empty description="Chưa có phiên họp" /> }}
        columns={[
          {
            title: 'Phiên họp',
            render: (_, s) => `Năm ${s.year} — ${formatDate(s.heldOn)} ${s.place ?? ''}`,
          },
          { title: 'Trạng thái', render: (_, s) => (s.status === 'closed' ? 'Đã kết thúc' : 'Đang họp') },
          {
            title: '',
            render: (_, s) => (
              <Button onClick={() => download(`/initiative-sessions/${s.id}/minutes.docx`)}>
                Biên bản (.docx)
              </Button>
            ),
          },
        ]}
      />
      <Flex gap={8} style={{ marginTop: 12 }}>
        <DatePicker format={DATE_FORMAT} placeholder="Ngày họp" onChange={(d) => setHeldOn(toWireDate(d))} />
        <Input
          placeholder="Địa điểm"
          value={place}
          onChange={(e) => setPlace(e.target.value)}
          style={{ width: 240 }}
        />
        <Button
          onClick={() =>
            void createSession.mutateAsync({ year, heldOn, place: place || undefined }).catch(() => undefined)
          }
        >
          Mở phiên họp
        </Button>
      </Flex>
    </Card>
  );
}

export function CouncilPage() {
  const workingYear = useWorkingYear();
  const [year, setYear] = useState(workingYear);
  const [open, setOpen] = useState(false);
  const list = useCouncils();
  return (
    <>
      <PageHeader
        title="Hội đồng sáng kiến"
        crumbs={[{ title: 'Sáng kiến', to: '/sang-kien' }, { title: 'Hội đồng' }]}
        extra={
          <>
            <InputNumber value={year} min={2000} max={2100} onChange={(v) => v && setYear(v)} />
            <Button type="primary" onClick={() => setOpen(true)}>
              Lập hội đồng
            </Button>
          </>
        }
      />
      <ErrorAlert error={list.error} />
      {(list.data ?? []).map((c) => (
        <CouncilCard key={c.id} id={c.id} year={year} />
      ))}
      <CreateCouncil open={open} onClose={() => setOpen(false)} />
    </>
  );
}
