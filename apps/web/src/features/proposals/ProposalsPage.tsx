import { useState } from 'react';
import {
  Alert,
  App,
  Button,
  Card,
  Checkbox,
  Flex,
  Form,
  Input,
  InputNumber,
  Modal,
  Radio,
  Select,
  Space,
  Table,
  Tag,
  Typography,
} from 'antd';
import { Link, useNavigate } from 'react-router';
import { PageHeader } from '../../components/PageHeader.tsx';
import { ErrorAlert } from '../../components/ErrorAlert.tsx';
import { download } from '../../lib/api.ts';
import { formatDate } from '../../lib/format.ts';
import { useDebounced } from '../../lib/hooks.ts';
import { hasPermission } from '../../lib/permissions.ts';
import { useSession, useWorkingYear } from '../../lib/session.tsx';
import { useUnits } from '../../lib/endpoints/units.ts';
import {
  useCouncilSessions,
  useCreateProposal,
  usePeoplePick,
  usePreview,
  useProposals,
} from './api/proposals.ts';
import {
  AUTHORITY_OPTIONS,
  CODE_OPTIONS,
  COLLECTIVE_CODES,
  KIND_OPTIONS,
  STATUS_OPTIONS,
  statusColor,
} from './labels.ts';

type Cand = { key: string; personId?: number; unitId?: number; name: string; achievementSummary: string };

function CreateModal({
  open,
  onClose,
  agencyId,
}: {
  open: boolean;
  onClose: () => void;
  agencyId: number | null;
}) {
  const workingYear = useWorkingYear();
  const { message } = App.useApp();
  const navigate = useNavigate();
  const [year, setYear] = useState(workingYear);
  const [kind, setKind] = useState('cong-trang');
  const [code, setCode] = useState('bang-khen-cap-tinh');
  const [otherName, setOtherName] = useState('');
  const [authority, setAuthority] = useState<string | undefined>(undefined);
  const [simplified, setSimplified] = useState(false);
  const [conds, setConds] = useState({
    politicalNeed: false,
    suddenOutstandingAct: false,
    achievementClear: false,
  });
  const [from, setFrom] = useState<number | null>(null);
  const [to, setTo] = useState<number | null>(null);
  const [cands, setCands] = useState<Cand[]>([]);
  const [q, setQ] = useState('');
  const [sessionId, setSessionId] = useState<number | null>(null);
  const people = usePeoplePick(useDebounced(q));
  const sessions = useCouncilSessions(year);
  const sessionOptions = (sessions.data ?? [])
    .filter((s) => s.code === code)
    .map((s) => ({
      value: s.sessionId,
      label: `${s.councilName}${s.heldOn ? ` họp ngày ${formatDate(s.heldOn)}` : ''} — ${s.passed} người được bầu`,
    }));
  const units = useUnits(agencyId);
  const procedure = simplified && kind === 'dot-xuat' ? 'simplified' : 'normal';
  const preview = usePreview({
    year,
    kind,
    code,
    procedure,
    ...(code === 'khac' && authority ? { authority } : {}),
  });
  const create = useCreateProposal();
  const collective = COLLECTIVE_CODES.has(code);

  const submit = async () => {
    try {
      const p = await create.mutateAsync({
        year,
        kind,
        code,
        ...(code === 'khac' ? { otherName, authority } : {}),
        procedure,
        ...(procedure === 'simplified' ? { simplified: conds } : {}),
        achievementFrom: from,
        achievementTo: to,
        ...(sessionId ? { sessionId, importFromSession: true, origin: 'council' } : {}),
        candidates: cands.map((c) => ({
          ...(c.personId ? { personId: c.personId } : { unitId: c.unitId }),
          achievementSummary: c.achievementSummary,
        })),
      });
      message.success('Đã lập đề nghị khen thưởng.');
      onClose();
      void navigate(`/de-nghi-khen-thuong/${p.id}`);
    } catch {
      // shown in the alert
    }
  };

  return (
    <Modal
      open={open}
      width={860}
      title="Lập đề nghị khen thưởng"
      okText="Lập đề nghị"
      cancelText="Huỷ"
      onCancel={onClose}
      onOk={submit}
      confirmLoading={create.isPending}
      okButtonProps={{ ...({ 'data-testid': 'proposal-create-submit' } as Record<string, string>) }}
      destroyOnHidden
    >
      <ErrorAlert error={create.error} />
      <Form layout="vertical">
        <Flex gap={12} wrap>
          <Form.Item label="Năm">
            <InputNumber
              value={year}
              min={2000}
              max={2100}
              onChange={(v) => v && setYear(v)}
              data-testid="proposal-year"
            />
          </Form.Item>
          <Form.Item label="Loại hình khen thưởng" style={{ minWidth: 240 }}>
            <Select value={kind} options={KIND_OPTIONS} onChange={setKind} data-testid="proposal-kind" />
          </Form.Item>
          <Form.Item label="Hình thức" style={{ minWidth: 320 }}>
            <Select
              value={code}
              options={CODE_OPTIONS}
              onChange={(v) => {
                setCode(v);
                setCands([]);
              }}
              data-testid="proposal-code"
            />
          </Form.Item>
        </Flex>
        {code === 'khac' && (
          <Flex gap={12}>
            <Form.Item label="Tên hình thức" style={{ flex: 1 }}>
              <Input value={otherName} onChange={(e) => setOtherName(e.target.value)} />
            </Form.Item>
            <Form.Item label="Cấp quyết định" style={{ minWidth: 240 }}>
              <Select value={authority} options={AUTHORITY_OPTIONS} onChange={setAuthority} />
            </Form.Item>
          </Flex>
        )}
        <Flex gap={12}>
          <Form.Item label="Thành tích từ năm">
            <InputNumber value={from} min={1990} max={2100} onChange={setFrom} />
          </Form.Item>
          <Form.Item label="đến năm">
            <InputNumber value={to} min={1990} max={2100} onChange={setTo} />
          </Form.Item>
        </Flex>
        {kind === 'dot-xuat' && (
          <Card size="small" style={{ marginBottom: 12 }}>
            <Checkbox
              checked={simplified}
              onChange={(e) => setSimplified(e.target.checked)}
              data-testid="proposal-simplified"
            >
              Đề nghị theo thủ tục đơn giản (khen thưởng đột xuất)
            </Checkbox>
            {simplified && (
              <Space orientation="vertical" style={{ marginTop: 8 }}>
                <Checkbox
                  checked={conds.politicalNeed}
                  onChange={(e) => setConds({ ...conds, politicalNeed: e.target.checked })}
                >
                  Phục vụ yêu cầu chính trị, kịp thời động viên
                </Checkbox>
                <Checkbox
                  checked={conds.suddenOutstandingAct}
                  onChange={(e) => setConds({ ...conds, suddenOutstandingAct: e.target.checked })}
                >
                  Lập được thành tích xuất sắc đột xuất
                </Checkbox>
                <Checkbox
                  checked={conds.achievementClear}
                  onChange={(e) => setConds({ ...conds, achievementClear: e.target.checked })}
                >
                  Thành tích, công trạng rõ ràng
                </Checkbox>
              </Space>
            )}
          </Card>
        )}
        {preview.data && (
          <Alert
            type="info"
            style={{ marginBottom: 12 }}
            data-testid="proposal-preview"
            title={
              <span>
                Cấp quyết định: <b data-testid="proposal-authority">{preview.data.authorityLabel}</b> · Chế độ
                pháp lý {preview.data.regime} · {preview.data.sets} bộ hồ sơ ({preview.data.rule})
              </span>
            }
            description={
              <ul style={{ margin: 0, paddingLeft: 18 }}>
                {preview.data.items.map((i) => (
                  <li key={i.code}>
                    {i.label} <Typography.Text type="secondary">({i.citation})</Typography.Text>
                  </li>
                ))}
                {preview.data.publicity && <li>Phải công khai, lấy ý kiến trước khi Hội đồng họp.</li>}
              </ul>
            }
          />
        )}
        {sessionOptions.length > 0 && (
          <Form.Item label="Lấy danh sách Hội đồng đã bình xét (tuỳ chọn)">
            <Select
              allowClear
              placeholder="Chọn phiên họp Hội đồng"
              value={sessionId}
              onChange={(v: number | undefined) => setSessionId(v ?? null)}
              options={sessionOptions}
              data-testid="proposal-session-pick"
            />
          </Form.Item>
        )}
        <Form.Item label={collective ? 'Tập thể được đề nghị' : 'Cá nhân, tập thể được đề nghị'}>
          <Flex gap={8}>
            {!collective && (
              <Select
                showSearch
                style={{ flex: 1 }}
                placeholder="Tìm cán bộ theo tên"
                filterOption={false}
                onSearch={setQ}
                value={null}
                options={(people.data?.items ?? []).map((p) => ({
                  value: p.id,
                  label: `${p.fullName} (${p.code})${p.unitName ? ` — ${p.unitName}` : ''}`,
                }))}
                onChange={(v: number) => {
                  const p = people.data?.items.find((x) => x.id === v);
                  if (p && !cands.some((c) => c.personId === v))
                    setCands([
                      ...cands,
                      { key: `p${v}`, personId: v, name: p.fullName, achievementSummary: '' },
                    ]);
                }}
                data-testid="proposal-person-pick"
              />
            )}
            <Select
              style={{ flex: 1 }}
              placeholder="Chọn đơn vị (tập thể)"
              value={null}
              options={(units.data ?? []).map((u) => ({ value: u.id, label: u.name }))}
              onChange={(v: number) => {
                const u = units.data?.find((x) => x.id === v);
                if (u && !cands.some((c) => c.unitId === v))
                  setCands([...cands, { key: `u${v}`, unitId: v, name: u.name, achievementSummary: '' }]);
              }}
              data-testid="proposal-unit-pick"
            />
          </Flex>
        </Form.Item>
        <Table
          size="small"
          rowKey="key"
          pagination={false}
          dataSource={cands}
          locale={{ emptyText: 'Chưa chọn cá nhân, tập thể nào.' }}
          columns={[
            { title: 'Họ và tên / Tập thể', dataIndex: 'name' },
            {
              title: 'Thành tích tóm tắt',
              render: (_, c, i) => (
                <Input.TextArea
                  rows={1}
                  value={c.achievementSummary}
                  data-testid={`proposal-cand-summary-${i}`}
                  onChange={(e) =>
                    setCands(
                      cands.map((x) => (x.key === c.key ? { ...x, achievementSummary: e.target.value } : x)),
                    )
                  }
                />
              ),
            },
            {
              title: '',
              width: 60,
              render: (_, c) => (
                <Button type="link" danger onClick={() => setCands(cands.filter((x) => x.key !== c.key))}>
                  Bỏ
                </Button>
              ),
            },
          ]}
        />
      </Form>
    </Modal>
  );
}

export function ProposalsPage() {
  const workingYear = useWorkingYear();
  const { state } = useSession();
  const me = state.status === 'signed-in' ? state.me : null;
  const [year, setYear] = useState<number | undefined>(workingYear);
  const [status, setStatus] = useState<string | undefined>(undefined);
  const [authority, setAuthority] = useState<string | undefined>(undefined);
  const [open, setOpen] = useState(false);
  const list = useProposals({ year, status, authority });
  return (
    <>
      <PageHeader
        title="Đề nghị khen thưởng"
        extra={
          <>
            <Link to="/de-nghi-khen-thuong/cho-quyet-dinh">
              <Button data-testid="proposal-pending-link">Chờ quyết định</Button>
            </Link>
            <Button onClick={() => download('/proposals/export.xlsx', { year, status, authority })}>
              Xuất Excel
            </Button>
            {me && hasPermission(me, 'proposals:write') && (
              <Button type="primary" onClick={() => setOpen(true)} data-testid="proposal-create">
                Lập đề nghị
              </Button>
            )}
          </>
        }
      />
      <Flex gap={8} style={{ marginBottom: 12 }} wrap>
        <InputNumber
          placeholder="Năm"
          value={year}
          min={2000}
          max={2100}
          onChange={(v) => setYear(v ?? undefined)}
          data-testid="proposal-filter-year"
        />
        <Select
          allowClear
          placeholder="Trạng thái"
          style={{ width: 220 }}
          value={status}
          onChange={setStatus}
          options={STATUS_OPTIONS.map((s) => ({ value: s.value, label: s.label }))}
          data-testid="proposal-filter-status"
        />
        <Radio.Group
          value={authority ?? ''}
          onChange={(e) => setAuthority((e.target.value as string) || undefined)}
          optionType="button"
          options={[{ value: '', label: 'Mọi cấp' }, ...AUTHORITY_OPTIONS.filter((a) => a.value !== 'khac')]}
        />
      </Flex>
      <ErrorAlert error={list.error} />
      <Table
        data-testid="proposal-list"
        rowKey="id"
        loading={list.isLoading}
        dataSource={list.data ?? []}
        columns={[
          { title: 'Năm', dataIndex: 'year', width: 70 },
          {
            title: 'Trích yếu',
            render: (_, r) => (
              <Link to={`/de-nghi-khen-thuong/${r.id}`} data-testid={`proposal-link-${r.id}`}>
                {r.title}
              </Link>
            ),
          },
          { title: 'Loại hình', dataIndex: 'kindLabel' },
          { title: 'Cấp quyết định', dataIndex: 'authorityLabel' },
          {
            title: 'Cá nhân, tập thể',
            render: (_, r) => (
              <span title={r.candidateNames ?? ''}>
                {r.candidateCount} — {(r.candidateNames ?? '').slice(0, 60)}
                {(r.candidateNames ?? '').length > 60 ? '…' : ''}
              </span>
            ),
          },
          {
            title: 'Hồ sơ',
            render: (_, r) =>
              r.missingCount === 0 ? (
                <Tag color="green">Đủ</Tag>
              ) : (
                <Tag color="red">Thiếu {r.missingCount}</Tag>
              ),
          },
          {
            title: 'Trạng thái',
            render: (_, r) => (
              <Space orientation="vertical" size={0}>
                <Tag color={statusColor(r.status)}>{r.statusLabel}</Tag>
                {r.sentOn && <Typography.Text type="secondary">gửi {formatDate(r.sentOn)}</Typography.Text>}
              </Space>
            ),
          },
        ]}
      />
      <CreateModal open={open} onClose={() => setOpen(false)} agencyId={me?.agencyId ?? null} />
    </>
  );
}
