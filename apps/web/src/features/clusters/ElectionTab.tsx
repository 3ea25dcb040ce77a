// The cluster's conferences (sơ kết, tổng kết) with their votes, and — for the leader of the year — the
// year-end conference's election of next year's leader and deputy (suy tôn): candidates and votes recorded,
// next year's roles written and dated by the server. Next year's covenant is shown once signed.
import dayjs from 'dayjs';
import {
  App,
  Button,
  Card,
  DatePicker,
  Empty,
  Form,
  Input,
  InputNumber,
  Select,
  Space,
  Table,
  Tag,
  Typography,
} from 'antd';
import { useQuery } from '@tanstack/react-query';
import { z } from 'zod';
import { ErrorAlert } from '../../components/ErrorAlert.tsx';
import { request } from '../../lib/api.ts';
import { DATE_FORMAT, formatDate, toWireDate } from '../../lib/format.ts';
import { useElect, type ClusterDetail, type ElectionBody, type Meeting } from './api/clusters.ts';
import { MEETING_FORM_LABELS, MEETING_KIND_LABELS, roleLabel } from './labels.ts';

const CovenantBrief = z.object({
  id: z.number(),
  groupId: z.number().nullable(),
  title: z.string(),
  status: z.string(),
  signedOn: z.string().nullable(),
});

function NextCovenant({ c }: { c: ClusterDetail }) {
  const next = c.year + 1;
  const q = useQuery({
    queryKey: ['covenants', next, 'cluster', c.id],
    queryFn: () => request('/covenants', z.array(CovenantBrief), { query: { year: next } }),
  });
  const cov = (q.data ?? []).find((x) => x.groupId === c.id && x.status === 'signed');
  return (
    <Typography.Paragraph data-testid="cluster-next-covenant">
      Giao ước thi đua năm {next}:{' '}
      {cov ? (
        <>
          {cov.title} – <Tag color="green">đã ký {formatDate(cov.signedOn)}</Tag>
        </>
      ) : (
        <Tag>chưa ký</Tag>
      )}
    </Typography.Paragraph>
  );
}

function MeetingCard({ m, c }: { m: Meeting; c: ClusterDetail }) {
  return (
    <Card
      size="small"
      data-testid={`cluster-meeting-${m.id}`}
      title={`${MEETING_KIND_LABELS[m.kind]} năm ${m.year}${m.heldOn ? ` – ngày ${formatDate(m.heldOn)}` : ''}`}
      extra={m.form ? MEETING_FORM_LABELS[m.form] : null}
    >
      <Typography.Paragraph type="secondary" style={{ marginBottom: 8 }}>
        {m.hostName ? `Chủ trì: ${m.hostName}. ` : ''}
        {m.presentCount !== null ? `Số cơ quan dự: ${m.presentCount}. ` : ''}
        {m.minutes ?? ''}
      </Typography.Paragraph>
      {m.votes.length > 0 && (
        <Table
          rowKey={(v) => `${v.subject}-${v.agencyId}`}
          size="small"
          pagination={false}
          dataSource={m.votes}
          columns={[
            {
              title: 'Bầu',
              render: (_, v) =>
                v.subject === 'leader' || v.subject === 'deputy'
                  ? `${roleLabel(v.subject, c.kind)} năm ${v.forYear}`
                  : v.subject === 'flag'
                    ? 'Đề nghị Cờ thi đua'
                    : 'Xếp hạng',
            },
            { title: 'Cơ quan', dataIndex: 'agencyName' },
            { title: 'Tán thành', render: (_, v) => `${v.votesFor}/${v.votesTotal}` },
            { title: 'Không tán thành', dataIndex: 'votesAgainst' },
            {
              title: 'Kết quả',
              render: (_, v) => (v.passed ? <Tag color="green">Trúng cử</Tag> : <Tag>Không trúng cử</Tag>),
            },
          ]}
        />
      )}
    </Card>
  );
}

interface ElectionForm {
  heldOn: dayjs.Dayjs;
  form: ElectionBody['form'];
  presentCount: number;
  votesTotal: number;
  minutes?: string;
  candidates: { subject: 'leader' | 'deputy'; agencyId: number; votesFor: number; votesAgainst?: number }[];
}

function ElectionFormCard({ c }: { c: ClusterDetail }) {
  const elect = useElect(c.id);
  const [form] = Form.useForm<ElectionForm>();
  const { message } = App.useApp();
  const next = c.year + 1;
  const options = c.members.map((m) => ({ value: m.agencyId, label: m.agencyName }));
  return (
    <Card
      size="small"
      title={`Hội nghị tổng kết năm ${c.year}: bầu ${roleLabel('leader', c.kind)}, ${roleLabel('deputy', c.kind)} năm ${next}`}
    >
      <ErrorAlert error={elect.error} />
      <Form
        form={form}
        layout="vertical"
        initialValues={{
          form: 'truc-tiep',
          presentCount: c.members.length,
          votesTotal: c.members.length,
          candidates: [
            { subject: 'leader', votesAgainst: 0 },
            { subject: 'deputy', votesAgainst: 0 },
          ],
        }}
        onFinish={async (v) => {
          try {
            await elect.mutateAsync({
              year: c.year,
              heldOn: toWireDate(v.heldOn) ?? '',
              form: v.form,
              presentCount: v.presentCount,
              votesTotal: v.votesTotal,
              minutes: v.minutes ?? null,
              candidates: v.candidates.map((x) => ({ ...x, votesAgainst: x.votesAgainst ?? 0 })),
            });
            message.success(
              `Đã ghi kết quả bầu ${roleLabel('leader', c.kind)}, ${roleLabel('deputy', c.kind)} năm ${next}.`,
            );
          } catch {
            // shown above
          }
        }}
      >
        <Space wrap align="start">
          <Form.Item
            name="heldOn"
            label="Ngày hội nghị"
            rules={[{ required: true, message: 'Hãy chọn ngày hội nghị.' }]}
          >
            <DatePicker data-testid="election-held-on" format={DATE_FORMAT} />
          </Form.Item>
          <Form.Item name="form" label="Hình thức">
            <Select
              style={{ width: 160 }}
              options={Object.entries(MEETING_FORM_LABELS).map(([value, label]) => ({ value, label }))}
            />
          </Form.Item>
          <Form.Item
            name="presentCount"
            label="Số cơ quan dự họp"
            rules={[{ required: true, message: 'Hãy nhập số cơ quan.' }]}
          >
            <InputNumber min={1} max={c.members.length} />
          </Form.Item>
          <Form.Item
            name="votesTotal"
            label="Tổng số phiếu"
            rules={[{ required: true, message: 'Hãy nhập tổng số phiếu.' }]}
          >
            <InputNumber min={1} />
          </Form.Item>
        </Space>
        <Typography.Text strong>Cơ quan được đề cử và số phiếu</Typography.Text>
        <Form.List name="candidates">
          {(fields, { add, remove }) => (
            <>
              {fields.map((f, i) => (
                <Space key={f.key} wrap align="start" data-testid={`election-candidate-${i}`}>
                  <Form.Item name={[f.name, 'subject']} rules={[{ required: true }]}>
                    <Select
                      style={{ width: 130 }}
                      options={[
                        { value: 'leader', label: roleLabel('leader', c.kind) },
                        { value: 'deputy', label: roleLabel('deputy', c.kind) },
                      ]}
                    />
                  </Form.Item>
                  <Form.Item
                    name={[f.name, 'agencyId']}
                    rules={[{ required: true, message: 'Hãy chọn cơ quan.' }]}
                  >
                    <Select style={{ width: 300 }} placeholder="Cơ quan được đề cử" options={options} />
                  </Form.Item>
                  <Form.Item
                    name={[f.name, 'votesFor']}
                    rules={[{ required: true, message: 'Hãy nhập số phiếu.' }]}
                  >
                    <InputNumber min={0} placeholder="Tán thành" aria-label="Số phiếu tán thành" />
                  </Form.Item>
                  <Form.Item name={[f.name, 'votesAgainst']}>
                    <InputNumber
                      min={0}
                      placeholder="Không tán thành"
                      aria-label="Số phiếu không tán thành"
                    />
                  </Form.Item>
                  <Button type="link" danger onClick={() => remove(f.name)}>
                    Bỏ
                  </Button>
                </Space>
              ))}
              <div>
                <Button onClick={() => add({ subject: 'deputy', votesAgainst: 0 })}>
                  Thêm cơ quan được đề cử
                </Button>
              </div>
            </>
          )}
        </Form.List>
        <Form.Item name="minutes" label="Tóm tắt biên bản" style={{ marginTop: 16 }}>
          <Input.TextArea rows={2} />
        </Form.Item>
        <Button data-testid="election-submit" type="primary" htmlType="submit" loading={elect.isPending}>
          Ghi kết quả bầu
        </Button>
      </Form>
    </Card>
  );
}

export function ElectionTab({ c }: { c: ClusterDetail }) {
  const leads = c.myRole === 'leader' || c.myRole === 'deputy';
  const elected = c.meetings.some((m) =>
    m.votes.some((v) => v.subject === 'leader' && v.forYear === c.year + 1),
  );
  const meetings = [...c.meetings].sort(
    (a, b) => b.year - a.year || (b.heldOn ?? '').localeCompare(a.heldOn ?? ''),
  );
  return (
    <Space direction="vertical" style={{ width: '100%' }}>
      {leads && !elected && <ElectionFormCard c={c} />}
      {elected && <NextCovenant c={c} />}
      {meetings.length === 0 ? (
        <Empty description="Chưa có hội nghị nào được ghi nhận." />
      ) : (
        meetings.map((m) => <MeetingCard key={m.id} m={m} c={c} />)
      )}
    </Space>
  );
}
