import { useState } from 'react';
import {
  Alert,
  App,
  Button,
  Card,
  DatePicker,
  Descriptions,
  Flex,
  Input,
  Modal,
  Select,
  Space,
  Table,
  Tag,
  Timeline,
  Typography,
  Upload,
} from 'antd';
import type { Dayjs } from 'dayjs';
import { useParams } from 'react-router';
import { PageHeader } from '../../components/PageHeader.tsx';
import { ErrorAlert } from '../../components/ErrorAlert.tsx';
import { apiUrl, download, errorMessage, isApiError } from '../../lib/api.ts';
import { DATE_FORMAT, formatDate, formatDateTime, fromWireDate, toWireDate } from '../../lib/format.ts';
import { hasPermission } from '../../lib/permissions.ts';
import { useSession } from '../../lib/session.tsx';
import {
  useAddComment,
  useGenerateItem,
  useProposal,
  useTransition,
  useUpdateProposal,
  useUploadItem,
  useWaiveItem,
  type Proposal,
} from './api/proposals.ts';
import { ACTION_LABELS, ITEM_STATUS, statusColor, VERDICT_STATUS } from './labels.ts';

/** A 409/422 with its details, listed (the missing dossier items in Vietnamese). */
function ActionError({ error }: { error: unknown }) {
  if (!error) return null;
  const details = isApiError(error) ? error.details : [];
  return (
    <Alert
      type="error"
      showIcon
      style={{ marginBottom: 16 }}
      data-testid="proposal-error"
      title={errorMessage(error)}
      description={
        details.length > 1 ? (
          <ul style={{ margin: 0, paddingLeft: 18 }}>
            {details.map((d, i) => (
              <li key={i}>{d.message}</li>
            ))}
          </ul>
        ) : undefined
      }
    />
  );
}

function Workflow({ p }: { p: Proposal }) {
  const { message } = App.useApp();
  const t = useTransition(p.id);
  const [onDate, setOnDate] = useState<Dayjs | null>(null);
  const [returning, setReturning] = useState(false);
  const [reason, setReason] = useState('');
  const run = async (action: string, extra: { reason?: string } = {}) => {
    try {
      await t.mutateAsync({
        action,
        version: p.version,
        ...(onDate ? { onDate: toWireDate(onDate) } : {}),
        ...extra,
      });
      message.success(`${ACTION_LABELS[action]}: đã ghi nhận.`);
      setReturning(false);
      setReason('');
    } catch {
      // shown below
    }
  };
  if (p.actions.length === 0) return null;
  return (
    <Card size="small" title="Chuyển bước" style={{ marginBottom: 16 }}>
      <ActionError error={t.error} />
      <Flex gap={8} wrap align="center">
        <DatePicker
          placeholder="Ngày (mặc định hôm nay)"
          format={DATE_FORMAT}
          value={onDate}
          onChange={setOnDate}
          data-testid="proposal-step-date"
        />
        {p.actions
          .filter((a) => a !== 'return')
          .map((a) => (
            <Button
              key={a}
              type={a === 'send' ? 'primary' : 'default'}
              loading={t.isPending}
              onClick={() => void run(a)}
              data-testid={`proposal-action-${a}`}
            >
              {ACTION_LABELS[a]}
            </Button>
          ))}
        {p.actions.includes('return') && (
          <Button danger onClick={() => setReturning(true)} data-testid="proposal-action-return">
            Trả lại
          </Button>
        )}
      </Flex>
      <Modal
        open={returning}
        title="Trả lại đề nghị"
        okText="Trả lại"
        cancelText="Huỷ"
        onCancel={() => setReturning(false)}
        onOk={() => void run('return', { reason })}
        okButtonProps={{
          danger: true,
          disabled: !reason.trim(),
          ...({ 'data-testid': 'proposal-return-submit' } as Record<string, string>),
        }}
      >
        <Typography.Paragraph>Lý do trả lại (bắt buộc):</Typography.Paragraph>
        <Input.TextArea
          rows={3}
          value={reason}
          onChange={(e) => setReason(e.target.value)}
          data-testid="proposal-return-reason"
        />
      </Modal>
    </Card>
  );
}

function Dossier({ p }: { p: Proposal }) {
  const up = useUploadItem(p.id);
  const gen = useGenerateItem(p.id);
  const waive = useWaiveItem(p.id);
  const [waiving, setWaiving] = useState<number | null>(null);
  const [note, setNote] = useState('');
  const editable = p.canEdit || ['signing'].includes(p.status);
  return (
    <Card
      size="small"
      title={`Hồ sơ đề nghị (${p.dossier.sets} bộ, ${p.dossier.rule})`}
      style={{ marginBottom: 16 }}
    >
      {p.dossier.complete ? (
        <Alert
          type="success"
          showIcon
          title="Hồ sơ đã đủ thành phần."
          data-testid="dossier-status"
          style={{ marginBottom: 12 }}
        />
      ) : (
        <Alert
          type="warning"
          showIcon
          data-testid="dossier-status"
          style={{ marginBottom: 12 }}
          title={`Hồ sơ còn thiếu ${p.dossier.missing.length} thành phần — chưa gửi cấp trên được.`}
          description={
            <ul style={{ margin: 0, paddingLeft: 18 }}>
              {p.dossier.missing.map((m) => (
                <li key={m.code}>{m.text}</li>
              ))}
            </ul>
          }
        />
      )}
      {p.dossier.warnings.map((w) => (
        <Typography.Paragraph key={w} type="secondary" style={{ fontSize: 12 }}>
          {w}
        </Typography.Paragraph>
      ))}
      <ErrorAlert error={up.error ?? gen.error ?? waive.error} />
      <Table
        size="small"
        rowKey="id"
        pagination={false}
        dataSource={p.dossier.items}
        data-testid="dossier-items"
        columns={[
          {
            title: 'Thành phần',
            render: (_, i) => (
              <Space orientation="vertical" size={0}>
                <span>{i.label}</span>
                {i.citation && (
                  <Typography.Text type="secondary" style={{ fontSize: 12 }}>
                    {i.citation}
                    {i.requirementNote ? ` — ${i.requirementNote}` : ''}
                  </Typography.Text>
                )}
              </Space>
            ),
          },
          { title: 'Số bộ', dataIndex: 'copies', width: 70 },
          {
            title: 'Tình trạng',
            width: 130,
            render: (_, i) => (
              <Tag color={ITEM_STATUS[i.status]?.color} data-testid={`dossier-state-${i.code}`}>
                {ITEM_STATUS[i.status]?.label}
              </Tag>
            ),
          },
          {
            title: 'Tệp',
            render: (_, i) =>
              i.fileName ? (
                <a href={apiUrl(`/proposals/${p.id}/dossier/${i.id}/file`)}>{i.fileName}</a>
              ) : (
                (i.note ?? '')
              ),
          },
          {
            title: '',
            render: (_, i) =>
              editable && (
                <Space>
                  <Upload
                    showUploadList={false}
                    beforeUpload={(file) => (up.mutate({ itemId: i.id, file }), false)}
                  >
                    <Button size="small" loading={up.isPending} data-testid={`dossier-upload-${i.code}`}>
                      Tải lên
                    </Button>
                  </Upload>
                  {i.generatable && (
                    <Button
                      size="small"
                      loading={gen.isPending}
                      onClick={() => gen.mutate(i.id)}
                      data-testid={`dossier-generate-${i.code}`}
                    >
                      Tạo tự động
                    </Button>
                  )}
                  {i.status === 'missing' && (
                    <Button size="small" type="link" onClick={() => setWaiving(i.id)}>
                      Miễn
                    </Button>
                  )}
                </Space>
              ),
          },
        ]}
      />
      <Modal
        open={waiving !== null}
        title="Miễn thành phần hồ sơ"
        okText="Miễn"
        cancelText="Huỷ"
        onCancel={() => setWaiving(null)}
        okButtonProps={{ disabled: !note.trim() }}
        onOk={async () => {
          if (waiving === null) return;
          await waive.mutateAsync({ itemId: waiving, note });
          setWaiving(null);
          setNote('');
        }}
      >
        <Input.TextArea
          rows={3}
          placeholder="Lý do miễn"
          value={note}
          onChange={(e) => setNote(e.target.value)}
        />
      </Modal>
    </Card>
  );
}

function Publicity({ p, canComment }: { p: Proposal; canComment: boolean }) {
  const add = useAddComment(p.id);
  const [receivedOn, setReceivedOn] = useState<Dayjs | null>(null);
  const [author, setAuthor] = useState('');
  const [content, setContent] = useState('');
  if (!p.publicity && !p.publicationFrom && p.comments.length === 0) return null;
  return (
    <Card
      size="small"
      title="Công khai, lấy ý kiến"
      style={{ marginBottom: 16 }}
      data-testid="proposal-publicity"
    >
      <Descriptions size="small" column={2}>
        <Descriptions.Item label="Thời gian công khai">
          {p.publicationFrom
            ? `từ ${formatDate(p.publicationFrom)} đến ${formatDate(p.publicationTo)}`
            : 'Chưa công khai'}
        </Descriptions.Item>
        <Descriptions.Item label="Nơi công khai">
          {p.publicationUrl ? <a href={p.publicationUrl}>{p.publicationUrl}</a> : '—'}
        </Descriptions.Item>
      </Descriptions>
      {p.publicity && (
        <Alert
          type={p.publicity.outcome === 'met' ? 'success' : 'warning'}
          showIcon
          style={{ marginBottom: 12 }}
          title={`${p.publicity.text} (${p.publicity.citation})`}
        />
      )}
      <Table
        size="small"
        rowKey="id"
        pagination={false}
        dataSource={p.comments}
        locale={{ emptyText: 'Chưa nhận được ý kiến nào.' }}
        columns={[
          { title: 'Ngày nhận', width: 110, render: (_, c) => formatDate(c.receivedOn) },
          { title: 'Người góp ý', dataIndex: 'author' },
          { title: 'Nội dung', dataIndex: 'content' },
          { title: 'Giải trình', dataIndex: 'response' },
        ]}
      />
      {canComment && (
        <Flex gap={8} style={{ marginTop: 12 }} wrap>
          <DatePicker
            format={DATE_FORMAT}
            value={receivedOn}
            onChange={setReceivedOn}
            placeholder="Ngày nhận"
          />
          <Input
            style={{ width: 200 }}
            placeholder="Người góp ý"
            value={author}
            onChange={(e) => setAuthor(e.target.value)}
          />
          <Input
            style={{ flex: 1 }}
            placeholder="Nội dung ý kiến"
            value={content}
            onChange={(e) => setContent(e.target.value)}
          />
          <Button
            disabled={!receivedOn || !content.trim()}
            loading={add.isPending}
            onClick={async () => {
              await add.mutateAsync({
                receivedOn: toWireDate(receivedOn) ?? '',
                content,
                ...(author ? { author } : {}),
              });
              setContent('');
              setAuthor('');
            }}
          >
            Ghi ý kiến
          </Button>
        </Flex>
      )}
      <ErrorAlert error={add.error} />
    </Card>
  );
}

function EditModal({ p, open, onClose }: { p: Proposal; open: boolean; onClose: () => void }) {
  const { message } = App.useApp();
  const upd = useUpdateProposal(p.id);
  const [title, setTitle] = useState(p.title);
  const [url, setUrl] = useState(p.publicationUrl ?? '');
  const [from, setFrom] = useState<Dayjs | null>(fromWireDate(p.publicationFrom) ?? null);
  const [to, setTo] = useState<Dayjs | null>(fromWireDate(p.publicationTo) ?? null);
  const [summaries, setSummaries] = useState<Record<number, string>>(
    Object.fromEntries(p.candidates.map((c) => [c.id, c.achievementSummary ?? ''])),
  );
  return (
    <Modal
      open={open}
      width={760}
      title="Sửa đề nghị"
      okText="Lưu"
      cancelText="Huỷ"
      onCancel={onClose}
      confirmLoading={upd.isPending}
      okButtonProps={{ ...({ 'data-testid': 'proposal-edit-save' } as Record<string, string>) }}
      onOk={async () => {
        try {
          await upd.mutateAsync({
            year: p.year,
            kind: p.kind,
            code: p.code,
            otherName: p.otherName,
            ...(p.code === 'khac' ? { authority: p.authority } : {}),
            procedure: p.procedure,
            ...(p.procedure === 'simplified'
              ? { simplified: { politicalNeed: true, suddenOutstandingAct: true, achievementClear: true } }
              : {}),
            title,
            achievementFrom: p.achievementFrom,
            achievementTo: p.achievementTo,
            groupId: p.groupId,
            movementId: p.movementId,
            sessionId: p.sessionId,
            publicationUrl: url,
            publicationFrom: toWireDate(from) ?? null,
            publicationTo: toWireDate(to) ?? null,
            candidates: p.candidates.map((c) => ({
              ...(c.personId
                ? { personId: c.personId }
                : c.unitId
                  ? { unitId: c.unitId }
                  : { agencyId: c.agencyId }),
              positionTitle: c.positionTitle,
              achievementSummary: summaries[c.id] ?? '',
              note: c.note,
            })),
            version: p.version,
          });
          message.success('Đã lưu đề nghị.');
          onClose();
        } catch {
          // shown below
        }
      }}
      destroyOnHidden
    >
      <ActionError error={upd.error} />
      <Typography.Text strong>Trích yếu</Typography.Text>
      <Input
        value={title}
        onChange={(e) => setTitle(e.target.value)}
        data-testid="proposal-edit-title"
        style={{ marginBottom: 12 }}
      />
      <Typography.Text strong>Công khai, lấy ý kiến</Typography.Text>
      <Flex gap={8} style={{ marginBottom: 12 }}>
        <Input placeholder="Địa chỉ trang công khai" value={url} onChange={(e) => setUrl(e.target.value)} />
        <DatePicker format={DATE_FORMAT} value={from} onChange={setFrom} placeholder="Từ ngày" />
        <DatePicker format={DATE_FORMAT} value={to} onChange={setTo} placeholder="Đến ngày" />
      </Flex>
      <Typography.Text strong>Thành tích tóm tắt</Typography.Text>
      {p.candidates.map((c) => (
        <div key={c.id} style={{ marginTop: 8 }}>
          <Typography.Text>{c.displayName}</Typography.Text>
          <Input.TextArea
            rows={2}
            value={summaries[c.id]}
            onChange={(e) => setSummaries({ ...summaries, [c.id]: e.target.value })}
          />
        </div>
      ))}
    </Modal>
  );
}

export function ProposalPage() {
  const id = Number(useParams().id);
  const { state } = useSession();
  const me = state.status === 'signed-in' ? state.me : null;
  const q = useProposal(id);
  const [editing, setEditing] = useState(false);
  const [signer, setSigner] = useState('giam-doc');
  const p = q.data;
  if (!p) return <ErrorAlert error={q.error} />;
  return (
    <>
      <PageHeader
        title={p.title}
        crumbs={[{ title: 'Đề nghị khen thưởng', to: '/de-nghi-khen-thuong' }, { title: p.formLabel }]}
        extra={
          <>
            <Select
              value={signer}
              onChange={setSigner}
              style={{ width: 200 }}
              options={[
                { value: 'giam-doc', label: 'Giám đốc ký' },
                { value: 'pho-giam-doc', label: 'KT. Giám đốc – Phó Giám đốc ký' },
              ]}
              data-testid="proposal-doc-signer"
            />
            <Button
              onClick={() => download(`/proposals/${p.id}/documents/to-trinh`, { signer })}
              data-testid="proposal-doc-to-trinh"
            >
              Tải tờ trình (.docx)
            </Button>
            <Button
              onClick={() => download(`/proposals/${p.id}/documents/danh-sach`, { signer })}
              data-testid="proposal-doc-danh-sach"
            >
              Tải danh sách (.docx)
            </Button>
            {p.canEdit && (
              <Button onClick={() => setEditing(true)} data-testid="proposal-edit">
                Sửa
              </Button>
            )}
          </>
        }
      />
      {p.status === 'returned' && p.returnedReason && (
        <Alert type="error" showIcon style={{ marginBottom: 16 }} title={`Bị trả lại: ${p.returnedReason}`} />
      )}
      <Descriptions size="small" column={3} bordered style={{ marginBottom: 16 }}>
        <Descriptions.Item label="Trạng thái">
          <Tag color={statusColor(p.status)} data-testid="proposal-status">
            {p.statusLabel}
          </Tag>
        </Descriptions.Item>
        <Descriptions.Item label="Hình thức">{p.formLabel}</Descriptions.Item>
        <Descriptions.Item label="Loại hình">
          {p.kindLabel}
          {p.procedure === 'simplified' ? ' (thủ tục đơn giản)' : ''}
        </Descriptions.Item>
        <Descriptions.Item label="Cấp quyết định">
          <span data-testid="proposal-authority-label">{p.authorityLabel}</span>
        </Descriptions.Item>
        <Descriptions.Item label="Chế độ pháp lý">{p.regime ?? '—'}</Descriptions.Item>
        <Descriptions.Item label="Thời kỳ thành tích">
          {p.achievementFrom && p.achievementTo && p.achievementFrom !== p.achievementTo
            ? `${p.achievementFrom}–${p.achievementTo}`
            : (p.achievementTo ?? p.year)}
        </Descriptions.Item>
        {p.sentOn && (
          <Descriptions.Item label="Đã gửi" span={3}>
            {formatDate(p.sentOn)} — {p.sentTo}
          </Descriptions.Item>
        )}
        {p.groupName && <Descriptions.Item label="Cụm, khối">{p.groupName}</Descriptions.Item>}
      </Descriptions>
      <Workflow p={p} />
      <Card
        size="small"
        title={`Cá nhân, tập thể được đề nghị (${p.candidates.length})`}
        style={{ marginBottom: 16 }}
      >
        <Table
          size="small"
          rowKey="id"
          pagination={false}
          dataSource={p.candidates}
          data-testid="proposal-candidates"
          expandable={{
            rowExpandable: (c) => c.eligibility !== null,
            expandedRowRender: (c) => (
              <ul style={{ margin: 0, paddingLeft: 18 }}>
                {c.eligibility?.checks.map((x, i) => (
                  <li key={i}>
                    <Tag color={x.outcome === 'met' ? 'green' : x.outcome === 'not-met' ? 'red' : 'gold'}>
                      {x.rule}
                    </Tag>
                    {x.text} <Typography.Text type="secondary">({x.citation})</Typography.Text>
                  </li>
                ))}
              </ul>
            ),
          }}
          columns={[
            { title: 'STT', dataIndex: 'position', width: 60 },
            { title: 'Họ và tên / Tập thể', dataIndex: 'displayName' },
            { title: 'Chức vụ, đơn vị', render: (_, c) => c.positionTitle ?? c.unitName ?? '' },
            { title: 'Thành tích tóm tắt', dataIndex: 'achievementSummary' },
            {
              title: 'Điều kiện (khi đề nghị)',
              render: (_, c) =>
                c.eligibility ? (
                  <Tag color={VERDICT_STATUS[c.eligibility.status]?.color}>
                    {VERDICT_STATUS[c.eligibility.status]?.label ?? c.eligibility.status}
                  </Tag>
                ) : c.vote ? (
                  <Tag color="blue">Hội đồng đã bình xét</Tag>
                ) : (
                  '—'
                ),
            },
          ]}
        />
      </Card>
      <Dossier p={p} />
      <Publicity p={p} canComment={Boolean(me && hasPermission(me, 'proposals:comment'))} />
      <Card size="small" title="Các bước xử lý">
        <Timeline
          data-testid="proposal-steps"
          items={p.steps.map((s) => ({
            color: s.toStatus === 'returned' ? 'red' : s.toStatus === 'decided' ? 'green' : 'blue',
            content: (
              <span>
                <b>{formatDate(s.onDate)}</b> — {s.label}
                {s.userName ? ` (${s.userName})` : ''}
                {s.reason ? `: ${s.reason}` : ''}{' '}
                <Typography.Text type="secondary" style={{ fontSize: 12 }}>
                  ghi lúc {formatDateTime(s.at)}
                </Typography.Text>
              </span>
            ),
          }))}
        />
      </Card>
      {editing && <EditModal p={p} open={editing} onClose={() => setEditing(false)} />}
    </>
  );
}
