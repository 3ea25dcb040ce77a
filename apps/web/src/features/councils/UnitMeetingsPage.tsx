import { useState } from 'react';
import {
  Button,
  Card,
  Checkbox,
  DatePicker,
  Drawer,
  Form,
  InputNumber,
  Modal,
  Select,
  Space,
  Table,
  Tag,
  Typography,
} from 'antd';
import { PageHeader } from '../../components/PageHeader.tsx';
import { ErrorAlert } from '../../components/ErrorAlert.tsx';
import { download } from '../../lib/api.ts';
import { DATE_FORMAT, formatDate, fromWireDate, toWireDate } from '../../lib/format.ts';
import {
  TITLE_LABELS,
  useMeetingAction,
  useUnitMeeting,
  useUnitMeetings,
  useUnitPeople,
  useUnits,
  type MeetingT,
} from './api.ts';
import { useWorkingYear } from '../../lib/session.tsx';

const MEETING_STATUS: Record<string, { label: string; color: string }> = {
  draft: { label: 'Đang lập', color: 'default' },
  submitted: { label: 'Đã gửi Hội đồng', color: 'blue' },
  returned: { label: 'Trả lại', color: 'orange' },
  accepted: { label: 'Hội đồng đã nhận', color: 'green' },
};
const INDIVIDUAL_TITLES = ['lao-dong-tien-tien', 'chien-si-thi-dua-co-so', 'chien-si-thi-dua-cap-tinh'];
const COLLECTIVE_TITLES = ['tap-the-lao-dong-tien-tien', 'tap-the-lao-dong-xuat-sac'];

interface Row {
  code: string;
  personId: number | null;
  unitId: number | null;
  yes: number;
  no: number;
  abstain: number;
  proposed: boolean;
}

function MeetingEditor({ data, onClose }: { data: MeetingT; onClose: () => void }) {
  const m = data.meeting;
  const people = useUnitPeople(m.unit_id);
  const save = useMeetingAction<{ id: number }>((v) => `/unit-meetings/${v.id}`, 'PUT');
  const submit = useMeetingAction<{ id: number }>((v) => `/unit-meetings/${v.id}/submit`);
  const editable = m.status === 'draft' || m.status === 'returned';
  const [heldOn, setHeldOn] = useState(m.held_on);
  const [total, setTotal] = useState(m.total_count ?? 0);
  const [present, setPresent] = useState(m.present_count ?? 0);
  const [rows, setRows] = useState<Row[]>(
    data.candidates.map((c) => ({
      code: c.code,
      personId: c.person_id,
      unitId: c.unit_id,
      yes: c.yes_count,
      no: c.no_count,
      abstain: c.abstain_count,
      proposed: c.proposed,
    })),
  );
  const set = (i: number, patch: Partial<Row>) =>
    setRows(rows.map((r, j) => (j === i ? { ...r, ...patch } : r)));
  return (
    <Drawer
      open
      width={980}
      onClose={onClose}
      title={`Họp bình xét năm ${m.year} – ${m.unit_name}`}
      extra={
        <Space>
          <Button
            onClick={() => download(`/unit-meetings/${m.id}/minutes.docx`)}
            data-testid="unit-meeting-docx"
          >
            Biên bản (.docx)
          </Button>
          {editable && (
            <Button
              loading={save.isPending}
              data-testid="unit-meeting-save"
              onClick={() =>
                save.mutate({
                  id: m.id,
                  body: {
                    version: m.version,
                    heldOn,
                    totalCount: total,
                    presentCount: present,
                    candidates: rows.map((r) => ({
                      code: r.code,
                      personId: COLLECTIVE_TITLES.includes(r.code) ? null : r.personId,
                      unitId: COLLECTIVE_TITLES.includes(r.code) ? m.unit_id : null,
                      yes: r.yes,
                      no: r.no,
                      abstain: r.abstain,
                      proposed: r.proposed,
                    })),
                  },
                })
              }
            >
              Lưu
            </Button>
          )}
          {editable && (
            <Button
              type="primary"
              loading={submit.isPending}
              data-testid="unit-meeting-submit"
              onClick={() => submit.mutate({ id: m.id, body: { version: m.version } })}
            >
              Gửi Hội đồng
            </Button>
          )}
        </Space>
      }
    >
      <ErrorAlert error={save.error ?? submit.error} />
      <Space wrap style={{ marginBottom: 12 }}>
        <span>Ngày họp</span>
        <DatePicker
          format={DATE_FORMAT}
          disabled={!editable}
          value={fromWireDate(heldOn)}
          onChange={(d) => setHeldOn(toWireDate(d) ?? null)}
        />
        <span>Tổng số người</span>
        <InputNumber min={0} disabled={!editable} value={total} onChange={(v) => setTotal(Number(v ?? 0))} />
        <span>Có mặt</span>
        <InputNumber
          min={0}
          disabled={!editable}
          value={present}
          onChange={(v) => setPresent(Number(v ?? 0))}
          data-testid="unit-meeting-present"
        />
      </Space>
      <Typography.Paragraph type="secondary">
        Biểu quyết công khai; chỉ đề nghị Hội đồng khi quá nửa số người có mặt đồng ý.
      </Typography.Paragraph>
      <Table
        rowKey={(_, i) => String(i)}
        size="small"
        pagination={false}
        dataSource={rows}
        columns={[
          {
            title: 'Danh hiệu',
            width: 210,
            render: (_, r, i) => (
              <Select
                disabled={!editable}
                value={r.code}
                style={{ width: 200 }}
                onChange={(code) => set(i, { code })}
                options={[...INDIVIDUAL_TITLES, ...COLLECTIVE_TITLES].map((c) => ({
                  value: c,
                  label: TITLE_LABELS[c],
                }))}
              />
            ),
          },
          {
            title: 'Cá nhân',
            render: (_, r, i) =>
              COLLECTIVE_TITLES.includes(r.code) ? (
                m.unit_name
              ) : (
                <Select
                  showSearch
                  optionFilterProp="label"
                  disabled={!editable}
                  value={r.personId ?? undefined}
                  style={{ width: 240 }}
                  onChange={(personId: number) => set(i, { personId })}
                  options={(people.data?.items ?? []).map((p) => ({ value: p.id, label: p.fullName }))}
                />
              ),
          },
          ...(['yes', 'no', 'abstain'] as const).map((k) => ({
            title: { yes: 'Đồng ý', no: 'Không đồng ý', abstain: 'Không biểu quyết' }[k],
            width: 100,
            render: (_: unknown, r: Row, i: number) => (
              <InputNumber
                min={0}
                max={present}
                disabled={!editable}
                value={r[k]}
                onChange={(v) => set(i, { [k]: Number(v ?? 0) })}
              />
            ),
          })),
          {
            title: 'Đề nghị',
            width: 80,
            render: (_, r, i) => (
              <Checkbox
                disabled={!editable}
                checked={r.proposed}
                onChange={(e) => set(i, { proposed: e.target.checked })}
              />
            ),
          },
          {
            title: '',
            width: 60,
            render: (_, __, i) =>
              editable ? (
                <Button size="small" onClick={() => setRows(rows.filter((_x, j) => j !== i))}>
                  Xoá
                </Button>
              ) : null,
          },
        ]}
      />
      {editable && (
        <Button
          style={{ marginTop: 12 }}
          data-testid="unit-meeting-add-row"
          onClick={() =>
            setRows([
              ...rows,
              {
                code: 'chien-si-thi-dua-co-so',
                personId: null,
                unitId: null,
                yes: present,
                no: 0,
                abstain: 0,
                proposed: true,
              },
            ])
          }
        >
          Thêm người được bình xét
        </Button>
      )}
    </Drawer>
  );
}

function CreateMeeting({ open, onClose }: { open: boolean; onClose: (id?: number) => void }) {
  const workingYear = useWorkingYear();
  const [form] = Form.useForm();
  const units = useUnits();
  const create = useMeetingAction<object>(() => '/unit-meetings');
  return (
    <Modal
      open={open}
      title="Lập biên bản họp bình xét của đơn vị"
      okText="Lập"
      cancelText="Huỷ"
      confirmLoading={create.isPending}
      onCancel={() => onClose()}
      destroyOnHidden
      onOk={async () => {
        const v = (await form.validateFields()) as {
          unitId: number;
          year: number;
          heldOn?: import('dayjs').Dayjs;
          totalCount: number;
          presentCount: number;
        };
        try {
          const r = await create.mutateAsync({ body: { ...v, heldOn: toWireDate(v.heldOn) ?? null } });
          onClose(r.meeting.id);
        } catch {
          // shown below
        }
      }}
    >
      <ErrorAlert error={create.error} />
      <Form form={form} layout="vertical" initialValues={{ year: workingYear }}>
        <Form.Item name="unitId" label="Đơn vị" rules={[{ required: true, message: 'Hãy chọn đơn vị.' }]}>
          <Select options={(units.data ?? []).map((u) => ({ value: u.id, label: u.name }))} />
        </Form.Item>
        <Form.Item name="year" label="Năm xét" rules={[{ required: true }]}>
          <InputNumber min={2000} max={2100} />
        </Form.Item>
        <Form.Item name="heldOn" label="Ngày họp">
          <DatePicker format={DATE_FORMAT} />
        </Form.Item>
        <Form.Item name="totalCount" label="Tổng số người của đơn vị" rules={[{ required: true }]}>
          <InputNumber min={0} />
        </Form.Item>
        <Form.Item name="presentCount" label="Số người có mặt" rules={[{ required: true }]}>
          <InputNumber min={0} />
        </Form.Item>
      </Form>
    </Modal>
  );
}

export function UnitMeetingsPage() {
  const list = useUnitMeetings();
  const [openId, setOpenId] = useState<number | null>(null);
  const [creating, setCreating] = useState(false);
  const meeting = useUnitMeeting(openId);
  return (
    <>
      <PageHeader
        crumbs={[{ title: 'Bình xét & Hội đồng', to: '/binh-xet' }, { title: 'Họp bình xét ở đơn vị' }]}
        title="Họp bình xét ở đơn vị"
        subtitle="Điểm danh, biểu quyết công khai từng người và danh sách đề nghị Hội đồng"
        extra={
          <Button type="primary" onClick={() => setCreating(true)} data-testid="unit-meeting-create">
            Lập biên bản họp
          </Button>
        }
      />
      <ErrorAlert error={list.error ?? meeting.error} />
      <Card size="small">
        <Table
          rowKey="id"
          loading={list.isLoading}
          dataSource={list.data ?? []}
          pagination={false}
          data-testid="unit-meetings"
          columns={[
            { title: 'Năm', dataIndex: 'year', width: 80 },
            {
              title: 'Đơn vị',
              render: (_, m) => (
                <a onClick={() => setOpenId(m.id)} data-testid={`unit-meeting-${m.id}`}>
                  {m.unit_name}
                </a>
              ),
            },
            { title: 'Ngày họp', render: (_, m) => formatDate(m.held_on), width: 120 },
            { title: 'Chủ trì', dataIndex: 'chair_name' },
            {
              title: 'Có mặt',
              width: 100,
              render: (_, m) => `${m.present_count ?? '—'}/${m.total_count ?? '—'}`,
            },
            { title: 'Số đề nghị', dataIndex: 'proposed_count', width: 110, align: 'right' },
            {
              title: 'Trạng thái',
              width: 160,
              render: (_, m) => (
                <Tag color={MEETING_STATUS[m.status]?.color}>
                  {MEETING_STATUS[m.status]?.label ?? m.status}
                </Tag>
              ),
            },
          ]}
        />
      </Card>
      {openId !== null && meeting.data && (
        <MeetingEditor
          key={`${openId}-${meeting.data.meeting.version}`}
          data={meeting.data}
          onClose={() => setOpenId(null)}
        />
      )}
      <CreateMeeting
        open={creating}
        onClose={(id) => {
          setCreating(false);
          if (id) setOpenId(id);
        }}
      />
    </>
  );
}
