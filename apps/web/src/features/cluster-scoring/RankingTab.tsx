import { useState } from 'react';
import {
  Alert,
  App,
  Button,
  Card,
  DatePicker,
  Descriptions,
  Flex,
  Form,
  Input,
  InputNumber,
  List,
  Modal,
  Select,
  Spin,
  Table,
  Tag,
  Typography,
} from 'antd';
import { Link } from 'react-router';
import { ErrorAlert } from '../../components/ErrorAlert.tsx';
import { download } from '../../lib/api.ts';
import { hasPermission } from '../../lib/permissions.ts';
import { useMe } from '../../lib/session.tsx';
import { DATE_FORMAT, formatDate, formatNumber, toWireDate } from '../../lib/format.ts';
import { base, post, useRanking, useWrite, type Overview } from './api.ts';

const STATUS_TEXT = { draft: 'Chưa xác nhận', confirmed: 'Đã xác nhận', published: 'Đã công bố' } as const;

function MeetingModal({
  o,
  tied,
  onClose,
}: {
  o: Overview;
  tied: { agencyId: number; name: string }[];
  onClose: () => void;
}) {
  const [form] = Form.useForm();
  const { message } = App.useApp();
  const save = useWrite((v: Record<string, unknown>) => post(`${base(o.groupId, o.year)}/meetings`, v));
  return (
    <Modal
      open
      title="Biểu quyết của hội nghị cụm về kết quả xếp hạng"
      okText="Ghi biểu quyết"
      cancelText="Huỷ"
      okButtonProps={{ 'data-testid': 'cs-meeting-ok' } as never}
      confirmLoading={save.isPending}
      onCancel={onClose}
      destroyOnHidden
      onOk={async () => {
        const v = (await form.validateFields()) as {
          heldOn: never;
          form: string;
          presentCount: number;
          rankingFor: number;
          rankingAgainst: number;
          minutes?: string;
          tie?: Record<string, number | null>;
        };
        try {
          await save.mutateAsync({
            heldOn: toWireDate(v.heldOn),
            form: v.form,
            presentCount: v.presentCount,
            rankingFor: v.rankingFor,
            rankingAgainst: v.rankingAgainst,
            minutes: v.minutes ?? '',
            tieVotes: Object.entries(v.tie ?? {})
              .filter(([, n]) => typeof n === 'number')
              .map(([agencyId, n]) => ({ agencyId: Number(agencyId), votesFor: n })),
          });
          message.success('Đã ghi biểu quyết của hội nghị.');
          onClose();
        } catch {
          // shown in the dialog
        }
      }}
    >
      <ErrorAlert error={save.error} />
      <Form
        form={form}
        layout="vertical"
        initialValues={{ form: 'truc-tiep', presentCount: o.members.length, rankingAgainst: 0 }}
      >
        <Flex gap={8}>
          <Form.Item name="heldOn" label="Ngày họp" rules={[{ required: true, message: 'Chọn ngày họp.' }]}>
            <DatePicker data-testid="cs-meeting-date" format={DATE_FORMAT} />
          </Form.Item>
          <Form.Item name="form" label="Hình thức">
            <Select
              style={{ width: 150 }}
              options={[
                { value: 'truc-tiep', label: 'Trực tiếp' },
                { value: 'truc-tuyen', label: 'Trực tuyến' },
                { value: 'van-ban', label: 'Bằng văn bản' },
              ]}
            />
          </Form.Item>
          <Form.Item name="presentCount" label="Số cơ quan dự">
            <InputNumber min={0} />
          </Form.Item>
        </Flex>
        <Flex gap={8}>
          <Form.Item
            name="rankingFor"
            label="Tán thành kết quả"
            rules={[{ required: true, message: 'Nhập số phiếu.' }]}
          >
            <InputNumber data-testid="cs-meeting-for" min={0} />
          </Form.Item>
          <Form.Item name="rankingAgainst" label="Không tán thành">
            <InputNumber data-testid="cs-meeting-against" min={0} />
          </Form.Item>
        </Flex>
        {tied.length > 0 && (
          <>
            <Typography.Paragraph>Số phiếu suy tôn để phân định các cơ quan bằng điểm:</Typography.Paragraph>
            {tied.map((t) => (
              <Form.Item key={t.agencyId} name={['tie', String(t.agencyId)]} label={t.name}>
                <InputNumber data-testid={`cs-tie-${t.agencyId}`} min={0} />
              </Form.Item>
            ))}
          </>
        )}
        <Form.Item name="minutes" label="Tóm tắt biên bản">
          <Input.TextArea rows={3} />
        </Form.Item>
      </Form>
    </Modal>
  );
}

export function RankingTab({ o }: { o: Overview }) {
  const q = useRanking(o.groupId, o.year);
  const me = useMe();
  const { message, modal } = App.useApp();
  const [meeting, setMeeting] = useState(false);
  const confirm = useWrite(() => post(`${base(o.groupId, o.year)}/confirm`));
  const publish = useWrite(() => post(`${base(o.groupId, o.year)}/publish`));
  const r = q.data;
  if (q.isLoading) return <Spin />;
  const groups = o.criteria.map((g) => g.code ?? String(g.position));
  const tied = (r?.rows ?? []).filter((x) => x.unresolved || (x.tieBreak !== null && r!.status === 'draft'));
  const canConfirm =
    me !== null &&
    hasPermission(me, 'cluster-scoring:confirm') &&
    (o.role === 'reviewer' || o.role === 'leader');
  return (
    <>
      <ErrorAlert error={q.error ?? confirm.error ?? publish.error} />
      <Card size="small" style={{ marginBottom: 16 }}>
        <Descriptions size="small" column={1}>
          <Descriptions.Item label="Phân định khi bằng điểm (quy định của cụm)">
            <b data-testid="cs-ranking-rule">{r?.tieBreakText || o.settings.tieBreakText}</b>
          </Descriptions.Item>
          <Descriptions.Item label="Trạng thái">
            <Tag
              data-testid="cs-ranking-status"
              color={r?.status === 'published' ? 'green' : r?.status === 'confirmed' ? 'purple' : 'default'}
            >
              {STATUS_TEXT[r?.status ?? 'draft']}
            </Tag>
            {r && !r.complete && r.status === 'draft' && (
              <Typography.Text type="secondary">Cụm trưởng chưa chấm đủ các cơ quan.</Typography.Text>
            )}
          </Descriptions.Item>
        </Descriptions>
        <Flex gap={8} wrap style={{ marginTop: 8 }}>
          {o.role === 'leader' && r?.status === 'draft' && r.rows.length > 0 && (
            <Button data-testid="cs-meeting" onClick={() => setMeeting(true)}>
              Ghi biểu quyết của hội nghị
            </Button>
          )}
          {canConfirm && r?.status === 'draft' && (
            <Button
              type="primary"
              data-testid="cs-confirm"
              loading={confirm.isPending}
              onClick={async () => {
                try {
                  await confirm.mutateAsync(undefined);
                  message.success('Đã xác nhận kết quả chấm điểm và xếp hạng.');
                } catch {
                  // shown above
                }
              }}
            >
              Xác nhận kết quả (Thường trực Hội đồng)
            </Button>
          )}
          {o.role === 'leader' && r?.status === 'confirmed' && (
            <Button
              type="primary"
              data-testid="cs-publish"
              loading={publish.isPending}
              onClick={() =>
                modal.confirm({
                  title: 'Công bố kết quả?',
                  content:
                    'Sau khi công bố, không phiếu chấm, tiêu chí hay kết quả nào được sửa; các đề nghị khen thưởng được tạo.',
                  okText: 'Công bố',
                  cancelText: 'Huỷ',
                  okButtonProps: { 'data-testid': 'cs-publish-ok' } as never,
                  onOk: async () => {
                    await publish.mutateAsync(undefined);
                    message.success('Đã công bố kết quả và tạo đề nghị khen thưởng.');
                  },
                })
              }
            >
              Công bố kết quả
            </Button>
          )}
          {r && r.rows.length > 0 && (
            <Button onClick={() => download(`${base(o.groupId, o.year)}/ranking.xlsx`)}>Xuất Excel</Button>
          )}
        </Flex>
      </Card>
      {r && r.rows.length === 0 && (
        <Alert
          type="info"
          showIcon
          message="Kết quả xếp hạng được công khai cho các cơ quan thành viên sau khi Thường trực Hội đồng xác nhận."
        />
      )}
      {r && r.undecided.length > 0 && (
        <Alert
          type="warning"
          showIcon
          style={{ marginBottom: 12 }}
          message="Có cơ quan bằng điểm theo mọi tiêu chí phân định ở ranh giới đề nghị khen thưởng: hội nghị cần biểu quyết."
        />
      )}
      {r && r.rows.length > 0 && (
        <Table
          size="small"
          pagination={false}
          rowKey="agencyId"
          dataSource={r.rows}
          data-testid="cs-ranking"
          columns={[
            {
              title: 'Hạng',
              dataIndex: 'rank',
              width: 60,
              render: (v: number, x) => <span data-testid={`cs-rank-${x.agencyId}`}>{v}</span>,
            },
            { title: 'Cơ quan', dataIndex: 'name' },
            { title: 'Tự chấm', width: 90, align: 'right', render: (_, x) => formatNumber(x.selfTotal) },
            {
              title: 'Cụm trưởng chấm',
              width: 120,
              align: 'right',
              render: (_, x) => formatNumber(x.leaderTotal),
            },
            ...(o.settings.crossScoring
              ? [
                  {
                    title: 'Chấm chéo (BQ)',
                    width: 110,
                    align: 'right' as const,
                    render: (_: unknown, x: (typeof r.rows)[number]) => formatNumber(x.crossAverage),
                  },
                ]
              : []),
            ...groups.map((g) => ({
              title: `Nhóm ${g}`,
              width: 80,
              align: 'right' as const,
              render: (_: unknown, x: (typeof r.rows)[number]) => formatNumber(x.groupPoints[g]),
            })),
            {
              title: 'Tổng điểm',
              width: 90,
              align: 'right',
              render: (_, x) => <b data-testid={`cs-total-${x.agencyId}`}>{formatNumber(x.total)}</b>,
            },
            {
              title: 'Phân định',
              render: (_, x) =>
                x.tieBreak ? (
                  <Tag color={x.unresolved ? 'red' : 'gold'} data-testid={`cs-tiebreak-${x.agencyId}`}>
                    {x.tieBreak}
                  </Tag>
                ) : null,
            },
            {
              title: 'Đề nghị',
              render: (_, x) =>
                x.proposedLabel ? (
                  <Tag color="green" data-testid={`cs-proposed-${x.agencyId}`}>
                    {x.proposedLabel}
                  </Tag>
                ) : null,
            },
          ]}
        />
      )}
      {r && r.votes.length > 0 && (
        <Card size="small" title="Biểu quyết của hội nghị cụm" style={{ marginTop: 16 }}>
          <List
            size="small"
            dataSource={r.votes}
            data-testid="cs-votes"
            renderItem={(v) => (
              <List.Item>
                {formatDate(v.heldOn)} – {v.agencyName ? `Phân định: ${v.agencyName}` : 'Kết quả xếp hạng'}:{' '}
                {v.votesFor}/{v.votesTotal} tán thành, {v.votesAgainst} không tán thành{' '}
                <Tag color={v.passed ? 'green' : 'red'}>{v.passed ? 'Thông qua' : 'Không thông qua'}</Tag>
              </List.Item>
            )}
          />
        </Card>
      )}
      {r && r.proposals.length > 0 && (
        <Card
          size="small"
          title="Đề nghị khen thưởng đã tạo (quy trình đề nghị cuối năm)"
          style={{ marginTop: 16 }}
        >
          <List
            size="small"
            dataSource={r.proposals}
            data-testid="cs-proposals"
            renderItem={(p) => (
              <List.Item>
                <Flex gap={8} align="center">
                  <Tag color="green">{p.label}</Tag>
                  <Link to={`/de-nghi-khen-thuong/${p.id}`}>{p.title}</Link>
                  <Tag>{p.status === 'draft' ? 'Dự thảo' : p.status}</Tag>
                </Flex>
              </List.Item>
            )}
          />
        </Card>
      )}
      {meeting && (
        <MeetingModal
          o={o}
          tied={tied.map((x) => ({ agencyId: x.agencyId, name: x.name }))}
          onClose={() => setMeeting(false)}
        />
      )}
    </>
  );
}
