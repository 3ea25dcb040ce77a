import { useState } from 'react';
import {
  Alert,
  App,
  Button,
  Card,
  Checkbox,
  DatePicker,
  Descriptions,
  Flex,
  Input,
  InputNumber,
  Select,
  Space,
  Table,
  Tag,
  Typography,
  Upload,
} from 'antd';
import { useParams } from 'react-router';
import { PageHeader } from '../../components/PageHeader.tsx';
import { ErrorAlert } from '../../components/ErrorAlert.tsx';
import { apiUrl, download } from '../../lib/api.ts';
import { DATE_FORMAT, formatDate, formatNumber, toWireDate } from '../../lib/format.ts';
import { hasPermission } from '../../lib/permissions.ts';
import { useSession } from '../../lib/session.tsx';
import {
  useAttachFile,
  useDecide,
  useInitiative,
  useRecuse,
  useScore,
  type Initiative,
} from './api/initiatives.ts';
import { useCouncils, useSendToCouncil } from './api/councils.ts';
import { FIELDS, INITIATIVE_STATUS, SCOPE_LABELS } from './InitiativesPage.tsx';

const EXCLUDED: Record<string, string> = {
  author: 'Tác giả',
  'unit-head': 'Trưởng đơn vị của tác giả',
  declared: 'Xin không chấm',
};
const ROLES: Record<string, string> = {
  chair: 'Chủ tịch',
  'vice-chair': 'Phó Chủ tịch',
  standing: 'Ủy viên thường trực',
  secretary: 'Thư ký',
  member: 'Ủy viên',
};

function ScoreCard({ it }: { it: Initiative }) {
  const { message } = App.useApp();
  const me = it.members.find((m) => m.id === it.myMemberId);
  const [points, setPoints] = useState<Record<number, number | null>>(() =>
    Object.fromEntries((me?.scores ?? []).map((s) => [s.criterionId, s.points])),
  );
  const [reason, setReason] = useState('');
  const score = useScore(it.id);
  const recuse = useRecuse(it.id);
  if (!me || it.status !== 'under-review') return null;
  return (
    <Card title="Chấm điểm của tôi" style={{ marginTop: 16 }} data-testid="initiative-score-card">
      {me.excluded && (
        <Alert
          type="warning"
          showIcon
          title={`Bạn không chấm sáng kiến này: ${me.excludedReason ?? EXCLUDED[me.excluded]}`}
          style={{ marginBottom: 12 }}
        />
      )}
      <ErrorAlert error={score.error} title="Không lưu được điểm" />
      <Space orientation="vertical" style={{ width: '100%' }}>
        {it.criteria.map((c) => (
          <Flex key={c.id} gap={12} align="center">
            <span style={{ minWidth: 220 }}>
              {c.position}. {c.name} (tối đa {formatNumber(c.maxPoints)})
            </span>
            <InputNumber
              min={0}
              max={c.maxPoints}
              step={0.5}
              value={points[c.id] ?? null}
              onChange={(v) => setPoints((p) => ({ ...p, [c.id]: v }))}
              data-testid={`score-input-${c.position}`}
            />
          </Flex>
        ))}
        <Button
          type="primary"
          loading={score.isPending}
          data-testid="score-submit"
          onClick={() =>
            score
              .mutateAsync(it.criteria.map((c) => ({ criterionId: c.id, points: points[c.id] ?? 0 })))
              .then(() => message.success('Đã lưu điểm.'))
              .catch(() => undefined)
          }
        >
          Lưu điểm
        </Button>
        {!me.excluded && (
          <Flex gap={8}>
            <Input
              placeholder="Lý do (quan hệ với tác giả)"
              value={reason}
              onChange={(e) => setReason(e.target.value)}
              data-testid="recuse-reason"
            />
            <Button
              disabled={reason.trim() === ''}
              onClick={() => void recuse.mutateAsync(reason).catch(() => undefined)}
              data-testid="recuse-submit"
            >
              Xin không chấm
            </Button>
          </Flex>
        )}
      </Space>
    </Card>
  );
}

function SendCard({ it }: { it: Initiative }) {
  const councils = useCouncils();
  const send = useSendToCouncil(it.id);
  const [sessionId, setSessionId] = useState<number | undefined>();
  if (it.status !== 'registered') return null;
  const options = (councils.data ?? []).flatMap((c) =>
    c.sessions
      .filter((s) => s.year === it.year && s.status !== 'closed')
      .map((s) => ({ value: s.id, label: `${c.name} — ${formatDate(s.heldOn)}` })),
  );
  return (
    <Card title="Đưa ra Hội đồng sáng kiến" style={{ marginTop: 16 }}>
      <ErrorAlert error={send.error} />
      <Flex gap={8}>
        <Select
          style={{ width: 360 }}
          placeholder="Chọn phiên họp"
          options={options}
          value={sessionId}
          onChange={setSessionId}
          data-testid="send-session"
        />
        <Button
          type="primary"
          disabled={sessionId === undefined}
          loading={send.isPending}
          onClick={() => sessionId !== undefined && send.mutate(sessionId)}
          data-testid="send-submit"
        >
          Đưa ra Hội đồng
        </Button>
      </Flex>
    </Card>
  );
}

function DecideCard({ it }: { it: Initiative }) {
  const decide = useDecide(it.id);
  const [propose, setPropose] = useState(false);
  const [on, setOn] = useState<string | undefined>(undefined);
  if (it.status !== 'under-review') return null;
  return (
    <Card title="Kết quả xét" style={{ marginTop: 16 }}>
      <ErrorAlert error={decide.error} />
      <Flex gap={12} align="center" wrap>
        <DatePicker
          format={DATE_FORMAT}
          placeholder="Ngày công nhận"
          onChange={(d) => setOn(toWireDate(d))}
          data-testid="decide-date"
        />
        <Checkbox checked={propose} onChange={(e) => setPropose(e.target.checked)}>
          Đề nghị công nhận cấp tỉnh
        </Checkbox>
        <Button
          type="primary"
          disabled={!on}
          onClick={() =>
            decide.mutate({
              recognized: true,
              scope: 'co-so',
              proposedScope: propose ? 'cap-tinh' : null,
              recognizedOn: on,
            })
          }
          data-testid="decide-recognize"
        >
          Công nhận cấp cơ sở
        </Button>
        <Button danger onClick={() => decide.mutate({ recognized: false })}>
          Không công nhận
        </Button>
      </Flex>
    </Card>
  );
}

function Files({ it }: { it: Initiative }) {
  const attach = useAttachFile(it.id);
  return (
    <Card size="small" title="Tệp đính kèm" style={{ marginTop: 16 }}>
      <ErrorAlert error={attach.error} />
      <Space orientation="vertical">
        {it.files.map((f) => (
          <a key={f.id} href={apiUrl(`/initiatives/${it.id}/files/${f.id}`)}>
            {f.name}
          </a>
        ))}
        {['draft', 'registered'].includes(it.status) && (
          <Upload showUploadList={false} beforeUpload={(file) => (attach.mutate(file), false)}>
            <Button loading={attach.isPending} data-testid="initiative-attach">
              Đính kèm tệp
            </Button>
          </Upload>
        )}
      </Space>
    </Card>
  );
}

export function InitiativePage() {
  const id = Number(useParams().id);
  const { state } = useSession();
  const me = state.status === 'signed-in' ? state.me : null;
  const q = useInitiative(id);
  const it = q.data;
  return (
    <>
      <PageHeader
        title={it?.title ?? 'Sáng kiến'}
        crumbs={[{ title: 'Sáng kiến', to: '/sang-kien' }, { title: it?.title ?? '' }]}
      />
      <ErrorAlert error={q.error} />
      {it && (
        <>
          <Descriptions bordered size="small" column={2}>
            <Descriptions.Item label="Tác giả">
              {it.authors.map((a) => `${a.fullName} (${formatNumber(a.share)}%)`).join(', ')}
            </Descriptions.Item>
            <Descriptions.Item label="Đơn vị">{it.unitName}</Descriptions.Item>
            <Descriptions.Item label="Lĩnh vực">
              {FIELDS.find((f) => f.value === it.field)?.label}
            </Descriptions.Item>
            <Descriptions.Item label="Ngày đăng ký">{formatDate(it.registeredOn)}</Descriptions.Item>
            <Descriptions.Item label="Trạng thái">
              <Tag color={INITIATIVE_STATUS[it.status]?.color} data-testid="initiative-status">
                {INITIATIVE_STATUS[it.status]?.label}
              </Tag>
              {it.scope && <Tag>{SCOPE_LABELS[it.scope]}</Tag>}
              {it.proposedScope && (
                <Tag color="purple">Đề nghị {SCOPE_LABELS[it.proposedScope]?.toLowerCase()}</Tag>
              )}
            </Descriptions.Item>
            <Descriptions.Item label="Điểm trung bình">
              <span data-testid="initiative-average">
                {it.averageScore === null ? '—' : formatNumber(it.averageScore)}
              </span>
            </Descriptions.Item>
            <Descriptions.Item label="Tóm tắt" span={2}>
              {it.summary}
            </Descriptions.Item>
            <Descriptions.Item label="Hiệu quả" span={2}>
              {it.benefits}
            </Descriptions.Item>
          </Descriptions>
          <Files it={it} />
          {it.members.length > 0 && (
            <Card
              title="Hội đồng sáng kiến"
              style={{ marginTop: 16 }}
              extra={
                it.sessionId ? (
                  <Button onClick={() => download(`/initiative-sessions/${it.sessionId}/minutes.docx`)}>
                    Biên bản (.docx)
                  </Button>
                ) : null
              }
            >
              <Table
                data-testid="initiative-members"
                rowKey="id"
                size="small"
                pagination={false}
                dataSource={it.members}
                columns={[
                  { title: 'Thành viên', dataIndex: 'fullName' },
                  { title: 'Vai trò', render: (_, m) => ROLES[m.role] },
                  {
                    title: 'Tổng điểm',
                    render: (_, m) =>
                      m.excluded ? (
                        <Typography.Text type="secondary">
                          Không chấm — {m.excludedReason ?? EXCLUDED[m.excluded]}
                        </Typography.Text>
                      ) : m.total === null ? (
                        'Chưa chấm'
                      ) : (
                        formatNumber(m.total)
                      ),
                  },
                ]}
              />
            </Card>
          )}
          <ScoreCard key={`${it.id}-${it.myMemberId}`} it={it} />
          {me && hasPermission(me, 'initiatives:decide') && <SendCard it={it} />}
          {me && hasPermission(me, 'initiatives:decide') && <DecideCard it={it} />}
        </>
      )}
    </>
  );
}
