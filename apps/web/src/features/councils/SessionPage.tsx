import type { ButtonProps } from 'antd';
import { useState } from 'react';
import {
  Alert,
  App,
  Button,
  Card,
  Checkbox,
  Descriptions,
  Empty,
  Input,
  InputNumber,
  Modal,
  Select,
  Space,
  Table,
  Tag,
  Tooltip,
  Typography,
} from 'antd';
import { useParams } from 'react-router';
import { PageHeader } from '../../components/PageHeader.tsx';
import { ErrorAlert } from '../../components/ErrorAlert.tsx';
import { download } from '../../lib/api.ts';
import { formatDate, formatNumber } from '../../lib/format.ts';
import {
  ATTENDANCE_LABELS,
  RESULT_LABELS,
  ROLE_LABELS,
  STATUS_LABELS,
  TITLE_LABELS,
  useImportProposals,
  usePeopleSearch,
  useRecount,
  useSession,
  useSessionAction,
  type CandidateT,
  type RoundT,
  type SessionT,
} from './api.ts';

const ELIGIBILITY: Record<string, { color: string; label: string }> = {
  eligible: { color: 'green', label: 'Đủ điều kiện' },
  ineligible: { color: 'red', label: 'Chưa đủ điều kiện' },
  'needs-review': { color: 'gold', label: 'Cần xem xét' },
};

function Attendance({ s }: { s: SessionT }) {
  const save = useSessionAction<{ id: number }>((v) => `/council-sessions/${v.id}/attendance`, 'PUT');
  const [draft, setDraft] = useState<Record<number, string> | null>(null);
  const editable = s.manage && (s.session.status === 'planned' || s.session.status === 'open');
  const value = (id: number, fallback: string) => draft?.[id] ?? fallback;
  return (
    <Card
      title="Thành viên và điểm danh"
      size="small"
      style={{ marginBottom: 16 }}
      extra={
        editable &&
        draft && (
          <Button
            type="primary"
            loading={save.isPending}
            data-testid="council-attendance-save"
            onClick={async () => {
              try {
                await save.mutateAsync({
                  id: s.session.id,
                  body: {
                    version: s.session.version,
                    attendance: s.members.map((m) => ({ memberId: m.id, status: value(m.id, m.attendance) })),
                  },
                });
                setDraft(null);
              } catch {
                // shown below
              }
            }}
          >
            Lưu điểm danh
          </Button>
        )
      }
    >
      <ErrorAlert error={save.error} />
      <Alert
        type={s.quorumMet ? 'success' : 'warning'}
        showIcon
        data-testid="council-quorum"
        style={{ marginBottom: 12 }}
        title={`Có mặt ${s.present}/${s.session.member_count ?? s.members.length} thành viên; tối thiểu ${s.session.quorum ?? '—'} (hai phần ba) — ${s.quorumMet ? 'đủ điều kiện họp' : 'chưa đủ điều kiện họp'}.`}
      />
      <Table
        rowKey="id"
        size="small"
        pagination={false}
        dataSource={s.members}
        columns={[
          { title: 'Họ và tên', dataIndex: 'full_name' },
          { title: 'Vai trò', render: (_, m) => ROLE_LABELS[m.role] ?? m.role, width: 150 },
          { title: 'Chức danh', dataIndex: 'title' },
          {
            title: 'Điểm danh',
            width: 260,
            render: (_, m) =>
              editable ? (
                <Select
                  value={value(m.id, m.attendance)}
                  style={{ width: 240 }}
                  data-testid={`council-attendance-${m.id}`}
                  onChange={(v) => setDraft({ ...(draft ?? {}), [m.id]: v })}
                  options={Object.entries(ATTENDANCE_LABELS).map(([k, label]) => ({ value: k, label }))}
                />
              ) : (
                ATTENDANCE_LABELS[m.attendance]
              ),
          },
        ]}
      />
    </Card>
  );
}

function PaperModal({ s, round, onClose }: { s: SessionT; round: RoundT; onClose: () => void }) {
  const save = useSessionAction<{ id: number }>((v) => `/council-rounds/${v.id}/paper`);
  const notVoted = s.members.filter((m) => m.attendance !== 'absent' && !round.votedMemberIds.includes(m.id));
  const [memberIds, setMemberIds] = useState<number[]>([]);
  const [counts, setCounts] = useState<
    Record<number, { yes: number; no: number; abstain: number; invalid: number }>
  >({});
  const n = memberIds.length;
  const get = (id: number) => counts[id] ?? { yes: n, no: 0, abstain: 0, invalid: 0 };
  return (
    <Modal
      open
      width={820}
      title={`Nhập kết quả phiếu giấy – vòng ${round.round.round_no}`}
      okText="Lưu phiếu giấy"
      cancelText="Huỷ"
      confirmLoading={save.isPending}
      okButtonProps={{ 'data-testid': 'council-paper-ok' } as ButtonProps}
      onCancel={onClose}
      onOk={async () => {
        try {
          await save.mutateAsync({
            id: round.round.id,
            body: {
              memberIds,
              tallies: round.candidates.map((c) => ({ candidateId: c.id, ...get(c.id) })),
            },
          });
          onClose();
        } catch {
          // shown below
        }
      }}
    >
      <ErrorAlert error={save.error} />
      <Typography.Paragraph>Thành viên đã nộp phiếu giấy (kiểm tại cuộc họp):</Typography.Paragraph>
      <Checkbox.Group
        value={memberIds}
        onChange={(v) => setMemberIds(v as number[])}
        data-testid="council-paper-members"
        options={notVoted.map((m) => ({ value: m.id, label: m.full_name ?? '' }))}
      />
      <Table
        style={{ marginTop: 12 }}
        rowKey="id"
        size="small"
        pagination={false}
        dataSource={round.candidates}
        columns={[
          { title: 'Họ và tên', dataIndex: 'name' },
          ...(['yes', 'no', 'abstain', 'invalid'] as const).map((k) => ({
            title: {
              yes: 'Đồng ý',
              no: 'Không đồng ý',
              abstain: 'Không biểu quyết',
              invalid: 'Không hợp lệ',
            }[k],
            width: 110,
            render: (_: unknown, c: CandidateT) => (
              <InputNumber
                min={0}
                max={n}
                value={get(c.id)[k]}
                data-testid={`council-paper-${k}-${c.id}`}
                onChange={(v) => setCounts({ ...counts, [c.id]: { ...get(c.id), [k]: Number(v ?? 0) } })}
              />
            ),
          })),
        ]}
      />
    </Modal>
  );
}

function ElectModal({ s, c, onClose }: { s: SessionT; c: CandidateT; onClose: () => void }) {
  const elect = useSessionAction<{ id: number }>((v) => `/council-candidates/${v.id}/elect`);
  const [reason, setReason] = useState('');
  const q = s.quotas.find((x) => x.code === c.code);
  return (
    <Modal
      open
      title={`Công nhận ${TITLE_LABELS[c.code] ?? c.code}: ${c.name}`}
      okText="Công nhận"
      cancelText="Huỷ"
      confirmLoading={elect.isPending}
      okButtonProps={{ 'data-testid': 'council-elect-ok' } as ButtonProps}
      onCancel={onClose}
      onOk={async () => {
        try {
          await elect.mutateAsync({ id: c.id, body: { version: c.version, reason } });
          onClose();
        } catch {
          // shown below
        }
      }}
    >
      {q && (
        <Alert
          type={q.full ? 'warning' : 'info'}
          showIcon
          style={{ marginBottom: 12 }}
          title={q.text}
          description={
            q.full
              ? 'Vượt chỉ tiêu: người có thẩm quyền quyết định và ghi rõ lý do (được lưu vết).'
              : undefined
          }
        />
      )}
      <ErrorAlert error={elect.error} />
      <Input.TextArea
        rows={3}
        value={reason}
        onChange={(e) => setReason(e.target.value)}
        placeholder="Lý do công nhận vượt chỉ tiêu"
        data-testid="council-elect-reason"
      />
    </Modal>
  );
}

function RoundCard({ s, round }: { s: SessionT; round: RoundT }) {
  const { message } = App.useApp();
  const close = useSessionAction<{ id: number }>((v) => `/council-rounds/${v.id}/close`);
  const next = useSessionAction<{ id: number }>((v) => `/council-rounds/${v.id}/next`);
  const recount = useRecount();
  const [paper, setPaper] = useState(false);
  const [electing, setElecting] = useState<CandidateT | null>(null);
  const r = round.round;
  const open = r.status === 'open' && s.session.status === 'open';
  return (
    <Card
      size="small"
      style={{ marginBottom: 16 }}
      data-testid={`council-round-${r.round_no}`}
      title={
        <Space>
          <span>Vòng {r.round_no}</span>
          <Tag color={r.status === 'open' ? 'green' : 'default'}>
            {r.status === 'open'
              ? s.session.status === 'open'
                ? 'Đang bỏ phiếu'
                : 'Chưa mở'
              : 'Đã kiểm phiếu'}
          </Tag>
          {r.reason && <Typography.Text type="secondary">{r.reason}</Typography.Text>}
        </Space>
      }
      extra={
        <Space wrap>
          {s.manage && open && (
            <>
              <Button onClick={() => setPaper(true)} data-testid={`council-paper-${r.round_no}`}>
                Nhập phiếu giấy
              </Button>
              <Button
                type="primary"
                loading={close.isPending}
                data-testid={`council-close-round-${r.round_no}`}
                onClick={() => close.mutate({ id: r.id, body: { version: r.version } })}
              >
                Kiểm phiếu
              </Button>
            </>
          )}
          {r.status === 'closed' && (
            <Button
              loading={recount.isPending}
              data-testid={`council-recount-${r.round_no}`}
              onClick={() =>
                recount.mutate(r.id, {
                  onSuccess: (x) => (x.matches ? message.success(x.text) : message.error(x.text)),
                })
              }
            >
              Kiểm phiếu lại
            </Button>
          )}
          {s.manage &&
            r.status === 'closed' &&
            round.tied &&
            !round.hasNext &&
            s.session.status === 'open' && (
              <Button
                type="primary"
                loading={next.isPending}
                data-testid={`council-next-round-${r.round_no}`}
                onClick={() => next.mutate({ id: r.id })}
              >
                Mở vòng tiếp theo (bằng phiếu)
              </Button>
            )}
        </Space>
      }
    >
      <ErrorAlert error={close.error ?? next.error ?? recount.error} />
      {recount.data && (
        <Alert
          type={recount.data.matches ? 'success' : 'error'}
          showIcon
          style={{ marginBottom: 12 }}
          data-testid={`council-recount-result-${r.round_no}`}
          title={recount.data.text}
          description={recount.data.differences
            .map((d) => `${d.name}: ${d.field} lưu ${d.stored}, kiểm lại ${d.recomputed}`)
            .join('; ')}
        />
      )}
      <Typography.Paragraph type="secondary" data-testid={`council-voted-${r.round_no}`}>
        Đã bỏ phiếu: {round.voted}/{s.present + s.written} ({round.electronic} phiếu điện tử,{' '}
        {round.paperVoters} phiếu giấy). Phiếu kín: không ai, kể cả quản trị hệ thống, biết ai bỏ phiếu thế
        nào.
      </Typography.Paragraph>
      {round.candidates.length === 0 ? (
        <Empty description="Chưa có người, tập thể nào trong danh sách bỏ phiếu" />
      ) : (
        <Table
          rowKey="id"
          size="small"
          pagination={false}
          dataSource={round.candidates}
          data-testid={`council-candidates-${r.round_no}`}
          columns={[
            { title: 'STT', width: 50, render: (_, __, i) => i + 1 },
            {
              title: 'Họ và tên / Tập thể',
              width: 230,
              render: (_, c) => (
                <>
                  <div>{c.name}</div>
                  <Typography.Text type="secondary" style={{ fontSize: 12 }}>
                    {[c.person_position, c.person_unit_name ?? c.unit_name].filter(Boolean).join(', ')}
                  </Typography.Text>
                </>
              ),
            },
            { title: 'Danh hiệu', render: (_, c) => TITLE_LABELS[c.code] ?? c.code, width: 170 },
            {
              title: 'Điều kiện (khi đưa vào phiếu)',
              width: 190,
              render: (_, c) => {
                const e = c.eligibilitySummary;
                if (!e) return <Tag>Chưa rà soát</Tag>;
                const tag = ELIGIBILITY[e.status] ?? { color: 'default', label: e.status };
                return (
                  <Tooltip title={`${e.text} Căn cứ: ${e.citations.join('; ')}`}>
                    <Tag color={tag.color} data-testid={`council-eligibility-${c.id}`}>
                      {tag.label}
                    </Tag>
                  </Tooltip>
                );
              },
            },
            { title: 'Đồng ý', dataIndex: 'yes_count', width: 70, align: 'right' },
            { title: 'Không đồng ý', dataIndex: 'no_count', width: 90, align: 'right' },
            {
              title: 'Tỷ lệ',
              width: 80,
              align: 'right',
              render: (_, c) =>
                c.tally?.percent === undefined ? '' : `${formatNumber(c.tally.percent, 2)}%`,
            },
            {
              title: 'Phiếu giấy',
              width: 90,
              align: 'right',
              render: (_, c) => (c.paper ? `${c.paper.ballots_count} (đồng ý ${c.paper.yes_count})` : ''),
            },
            {
              title: 'Kết quả',
              width: 190,
              render: (_, c) => (
                <Tooltip title={c.override_reason ?? c.tally?.text}>
                  <Tag
                    data-testid={`council-result-${c.id}`}
                    color={
                      c.result === 'passed'
                        ? 'green'
                        : c.result === 'failed'
                          ? 'red'
                          : c.result === 'pending'
                            ? 'default'
                            : 'gold'
                    }
                  >
                    {c.result === 'passed' && c.quota_override_id
                      ? 'Đạt (vượt chỉ tiêu)'
                      : c.tally?.tied && c.result === 'passed-over-quota'
                        ? 'Bằng phiếu'
                        : (RESULT_LABELS[c.result] ?? c.result)}
                  </Tag>
                </Tooltip>
              ),
            },
            {
              title: '',
              width: 110,
              render: (_, c) =>
                s.manage && r.status === 'closed' && c.result === 'passed-over-quota' && !c.tally?.tied ? (
                  <Button size="small" onClick={() => setElecting(c)} data-testid={`council-elect-${c.id}`}>
                    Công nhận
                  </Button>
                ) : null,
            },
          ]}
        />
      )}
      {paper && <PaperModal s={s} round={round} onClose={() => setPaper(false)} />}
      {electing && <ElectModal s={s} c={electing} onClose={() => setElecting(null)} />}
    </Card>
  );
}

/** Ý kiến thảo luận và kết luận, printed in the minutes; the officer writes it until the session is closed. */
function Conclusion({ s }: { s: SessionT }) {
  const save = useSessionAction<{ id: number }>((v) => `/council-sessions/${v.id}`, 'PUT');
  const [text, setText] = useState<string | null>(null);
  const editable = s.manage && s.session.status !== 'closed' && s.session.status !== 'cancelled';
  if (!editable && !s.session.minutes) return null;
  return (
    <Card
      size="small"
      title="Ý kiến thảo luận và kết luận (ghi vào biên bản)"
      extra={
        editable &&
        text !== null && (
          <Button
            type="primary"
            loading={save.isPending}
            data-testid="council-minutes-save"
            onClick={async () => {
              try {
                await save.mutateAsync({
                  id: s.session.id,
                  body: { version: s.session.version, minutes: text },
                });
                setText(null);
              } catch {
                // shown below
              }
            }}
          >
            Lưu
          </Button>
        )
      }
    >
      <ErrorAlert error={save.error} />
      {editable ? (
        <Input.TextArea
          rows={4}
          value={text ?? s.session.minutes ?? ''}
          onChange={(e) => setText(e.target.value)}
          data-testid="council-minutes-text"
          placeholder="Hội đồng thống nhất đề nghị Giám đốc Sở công nhận …"
        />
      ) : (
        <Typography.Paragraph style={{ whiteSpace: 'pre-wrap' }}>{s.session.minutes}</Typography.Paragraph>
      )}
    </Card>
  );
}

const INDIVIDUAL = [
  'chien-si-thi-dua-co-so',
  'chien-si-thi-dua-cap-tinh',
  'chien-si-thi-dua-toan-quoc',
  'bang-khen-cap-tinh',
  'bang-khen-thu-tuong',
  'giay-khen',
];

/** Put one more person on round 1's ballot (while in preparation); the server freezes the engine's verdict. */
function AddCandidate({ s }: { s: SessionT }) {
  const add = useSessionAction<{ id: number }>((v) => `/council-sessions/${v.id}/candidates`);
  const [q, setQ] = useState('');
  const people = usePeopleSearch(q);
  const [personId, setPersonId] = useState<number | null>(null);
  const [code, setCode] = useState('chien-si-thi-dua-co-so');
  return (
    <Space wrap>
      <ErrorAlert error={add.error} />
      <Select
        showSearch
        filterOption={false}
        onSearch={setQ}
        style={{ width: 260 }}
        placeholder="Tìm cán bộ"
        value={personId ?? undefined}
        onChange={(v: number) => setPersonId(v)}
        data-testid="council-add-person"
        options={(people.data?.items ?? []).map((p) => ({ value: p.id, label: `${p.fullName} (${p.code})` }))}
      />
      <Select
        value={code}
        style={{ width: 240 }}
        onChange={setCode}
        data-testid="council-add-title"
        options={INDIVIDUAL.map((c) => ({ value: c, label: TITLE_LABELS[c] }))}
      />
      <Button
        disabled={personId === null}
        loading={add.isPending}
        data-testid="council-add-candidate"
        onClick={async () => {
          try {
            await add.mutateAsync({ id: s.session.id, body: { candidates: [{ code, personId }] } });
            setPersonId(null);
          } catch {
            // shown beside
          }
        }}
      >
        Thêm vào phiếu bầu
      </Button>
    </Space>
  );
}

export function SessionPage() {
  const { message } = App.useApp();
  const id = Number(useParams().id);
  const q = useSession(id);
  const open = useSessionAction<{ id: number }>((v) => `/council-sessions/${v.id}/open`);
  const closeSession = useSessionAction<{ id: number }>((v) => `/council-sessions/${v.id}/close`);
  const importProposals = useImportProposals(id);
  const s = q.data;
  if (!s) return <ErrorAlert error={q.error} />;
  const st = s.session.status;
  return (
    <>
      <PageHeader
        crumbs={[{ title: 'Bình xét & Hội đồng', to: '/binh-xet' }, { title: `Năm ${s.session.year}` }]}
        title={`Phiên họp bình xét năm ${s.session.year}`}
        subtitle={s.session.council_name}
        extra={
          <>
            <Button
              onClick={() => download(`/council-sessions/${id}/minutes.docx`)}
              data-testid="council-minutes-docx"
            >
              Biên bản (.docx)
            </Button>
            <Button
              onClick={() => download(`/council-sessions/${id}/tallies.xlsx`)}
              data-testid="council-tallies-xlsx"
            >
              Kết quả kiểm phiếu (Excel)
            </Button>
          </>
        }
      />
      <ErrorAlert error={open.error ?? closeSession.error ?? importProposals.error} />
      <Descriptions size="small" column={3} style={{ marginBottom: 16 }}>
        <Descriptions.Item label="Trạng thái">
          <Tag data-testid="council-session-status">{STATUS_LABELS[st] ?? st}</Tag>
        </Descriptions.Item>
        <Descriptions.Item label="Ngày họp">{formatDate(s.session.held_on)}</Descriptions.Item>
        <Descriptions.Item label="Địa điểm">{s.session.place}</Descriptions.Item>
        <Descriptions.Item label="Chế độ áp dụng">
          {s.regime === 'A' ? 'Luật TĐKT 2003 (NĐ 91/2017)' : 'Luật TĐKT 2022 (NĐ 98/2023)'}
        </Descriptions.Item>
      </Descriptions>
      <Card size="small" title="Chỉ tiêu" style={{ marginBottom: 16 }}>
        <Space wrap>
          {s.quotas.map((qq) => (
            <Tooltip key={qq.id} title={`${qq.basis} Cơ sở tính: ${qq.base}.`}>
              <Tag color={qq.full ? 'red' : 'blue'} data-testid={`council-quota-${qq.code}`}>
                {qq.text}
              </Tag>
            </Tooltip>
          ))}
          {s.quotas.length === 0 && <Typography.Text type="secondary">Không có chỉ tiêu.</Typography.Text>}
        </Space>
      </Card>
      <Attendance s={s} />
      {s.manage && (
        <Space style={{ marginBottom: 16 }} wrap>
          {st === 'planned' && (
            <>
              <Button
                loading={importProposals.isPending}
                data-testid="council-import-proposals"
                onClick={() =>
                  importProposals.mutate(undefined, {
                    onSuccess: (x) => void message.success(`Đã nhận ${x.added} đề nghị từ các đơn vị.`),
                  })
                }
              >
                Nhận đề nghị từ đơn vị
              </Button>
              <AddCandidate s={s} />
              <Button
                type="primary"
                loading={open.isPending}
                data-testid="council-open-voting"
                onClick={() => open.mutate({ id, body: { version: s.session.version } })}
              >
                Mở bỏ phiếu kín
              </Button>
            </>
          )}
          {st === 'open' && s.rounds.every((r) => r.round.status === 'closed') && (
            <Button
              loading={closeSession.isPending}
              data-testid="council-close-session"
              onClick={() => closeSession.mutate({ id, body: { version: s.session.version } })}
            >
              Kết thúc phiên họp
            </Button>
          )}
        </Space>
      )}
      {s.rounds.map((r) => (
        <RoundCard key={r.round.id} s={s} round={r} />
      ))}
      <Conclusion s={s} />
    </>
  );
}
