import { useEffect, useState } from 'react';
import { useQueryClient } from '@tanstack/react-query';
import {
  Alert,
  App,
  Button,
  Card,
  Drawer,
  Flex,
  Form,
  Input,
  InputNumber,
  Modal,
  Select,
  Space,
  Table,
  Tag,
  Timeline,
  Typography,
  Upload,
} from 'antd';
import { ErrorAlert } from '../../components/ErrorAlert.tsx';
import { apiUrl } from '../../lib/api.ts';
import { formatDateTime, formatNumber } from '../../lib/format.ts';
import {
  base,
  post,
  postSheet,
  putScores,
  uploadEvidence,
  useSheet,
  useWrite,
  type Overview,
  type SheetSummaryT,
  type SheetT,
} from './api.ts';

const KIND_TEXT: Record<SheetSummaryT['scorerKind'], string> = {
  self: 'Tự chấm',
  leader: 'Cụm trưởng chấm',
  cross: 'Chấm chéo',
};
const STATUS_COLOR: Record<SheetSummaryT['status'], string> = {
  draft: 'default',
  submitted: 'blue',
  returned: 'orange',
  scored: 'cyan',
  confirmed: 'purple',
  published: 'green',
};
const ACTION_TEXT: Record<string, string> = {
  submit: 'Gửi',
  return: 'Trả lại',
  score: 'Cụm trưởng chấm',
  confirm: 'Thường trực Hội đồng xác nhận',
  publish: 'Công bố',
};

type Row = {
  points: number | null;
  evidence: string;
  evidenceUrl: string;
  evidenceIndicatorId: number | null;
};

function SheetDrawer({ id, o, onClose }: { id: number; o: Overview; onClose: () => void }) {
  const q = useSheet(id);
  const { message } = App.useApp();
  const [rows, setRows] = useState<Record<number, Row>>({});
  const [clamped, setClamped] = useState<SheetT['clamped']>([]);
  const [returning, setReturning] = useState(false);
  const [reason, setReason] = useState('');
  const d = q.data;
  useEffect(() => {
    if (!d) return;
    const next: Record<number, Row> = {};
    for (const g of d.criteria)
      for (const c of g.criteria) {
        const s = d.scores.find((x) => x.criterionId === c.id);
        next[c.id] = {
          points: s ? s.points : null,
          evidence: s?.evidence ?? '',
          evidenceUrl: s?.evidenceUrl ?? '',
          evidenceIndicatorId: s?.evidenceIndicatorId ?? null,
        };
      }
    setRows(next);
  }, [d]);
  const qc = useQueryClient();
  /** Writes the scores on screen; the answer (new version, clamped entries) replaces the cached sheet. */
  const saveRows = async (): Promise<SheetT> => {
    const scores = Object.entries(rows)
      .filter(([, r]) => r.points !== null)
      .map(([criterionId, r]) => ({
        criterionId: Number(criterionId),
        points: r.points,
        evidence: r.evidence,
        evidenceUrl: r.evidenceUrl,
        evidenceIndicatorId: r.evidenceIndicatorId,
      }));
    const res = await putScores(id, { version: d!.sheet.version, scores });
    qc.setQueryData(['cluster-scoring', 'sheet', id], res);
    setClamped(res.clamped ?? []);
    return res;
  };
  const save = useWrite(saveRows);
  // "Gửi phiếu" sends what is on screen: the scores are saved first, then the sheet is sent with the new version.
  const submit = useWrite(async () => {
    const saved = await saveRows();
    return postSheet(`/cluster-scoring/sheets/${id}/submit`, { version: saved.sheet.version });
  });
  const ret = useWrite(async () =>
    postSheet(`/cluster-scoring/sheets/${id}/return`, { version: d!.sheet.version, reason }),
  );
  const evidence = useWrite((v: { criterionId: number; file: File }) =>
    uploadEvidence(id, v.criterionId, v.file),
  );
  const editable = d?.editable ?? false;
  const canReturn =
    o.role === 'leader' && d?.sheet.scorerKind !== 'leader' && d?.sheet.status === 'submitted';
  const all = d?.criteria.flatMap((g) => g.criteria) ?? [];
  const total = all.reduce((a, c) => a + (rows[c.id]?.points ?? 0), 0);
  return (
    <Drawer
      open
      width={1000}
      onClose={onClose}
      title={
        d ? (
          <span data-testid="cs-sheet-title">
            {KIND_TEXT[d.sheet.scorerKind]}: {d.sheet.scoredName}
            {d.sheet.scorerKind === 'cross' ? ` (người chấm: ${d.sheet.scorerName})` : ''}
          </span>
        ) : (
          'Phiếu chấm điểm'
        )
      }
      extra={
        d && (
          <Space>
            <Tag color={STATUS_COLOR[d.sheet.status]} data-testid="cs-sheet-status">
              {d.sheet.statusText}
            </Tag>
            {editable && (
              <>
                <Button
                  data-testid="cs-sheet-save"
                  loading={save.isPending}
                  disabled={submit.isPending}
                  onClick={async () => {
                    try {
                      await save.mutateAsync(undefined);
                      message.success('Đã lưu điểm.');
                    } catch {
                      // shown below
                    }
                  }}
                >
                  Lưu điểm
                </Button>
                <Button
                  type="primary"
                  data-testid="cs-sheet-submit"
                  loading={submit.isPending}
                  disabled={save.isPending}
                  onClick={async () => {
                    try {
                      await submit.mutateAsync(undefined);
                      message.success(
                        d.sheet.scorerKind === 'leader' ? 'Đã chấm điểm cơ quan.' : 'Đã gửi phiếu.',
                      );
                    } catch {
                      // shown below
                    }
                  }}
                >
                  {d.sheet.scorerKind === 'leader' ? 'Chấm điểm (hoàn thành)' : 'Gửi phiếu'}
                </Button>
              </>
            )}
            {canReturn && (
              <Button danger data-testid="cs-sheet-return" onClick={() => setReturning(true)}>
                Trả lại
              </Button>
            )}
          </Space>
        )
      }
    >
      <ErrorAlert error={q.error ?? save.error ?? submit.error ?? ret.error ?? evidence.error} />
      {d?.sheet.status === 'returned' && d.sheet.returnedReason && (
        <Alert
          type="warning"
          showIcon
          style={{ marginBottom: 12 }}
          data-testid="cs-sheet-returned"
          message={`Phiếu bị trả lại: ${d.sheet.returnedReason}`}
        />
      )}
      {clamped && clamped.length > 0 && (
        <Alert
          type="info"
          showIcon
          style={{ marginBottom: 12 }}
          data-testid="cs-sheet-clamped"
          message={`Điểm ngoài khoảng của tiêu chí đã được đưa về giới hạn: ${clamped
            .map((c) => {
              const cr = all.find((x) => x.id === c.criterionId);
              return `${cr?.code ?? ''} ${formatNumber(c.given)} → ${formatNumber(c.stored)}`;
            })
            .join('; ')}`}
        />
      )}
      {d && (
        <>
          <Table
            size="small"
            pagination={false}
            rowKey="id"
            dataSource={all}
            data-testid="cs-sheet-table"
            columns={[
              { title: 'Số hiệu', dataIndex: 'code', width: 70 },
              {
                title: 'Tiêu chí',
                render: (_, c) => (
                  <>
                    <div>{c.name}</div>
                    {c.evidenceRequired && (
                      <Typography.Text type="secondary" style={{ fontSize: 12 }}>
                        Minh chứng: {c.evidenceRequired}
                      </Typography.Text>
                    )}
                    {c.indicatorCode &&
                      d.indicators
                        .filter((i) => i.code === c.indicatorCode)
                        .map((i) => (
                          <div key={i.id} data-testid={`cs-indicator-${c.code ?? c.id}`}>
                            <Tag color="geekblue">
                              {i.name}: {formatNumber(i.value, i.precision)} {i.unit ?? ''}
                              {i.lastMonth ? ` (đến tháng ${i.lastMonth})` : ''}
                              {i.planValue !== null
                                ? `; kế hoạch ${formatNumber(i.planValue, i.precision)}`
                                : ''}
                            </Tag>
                          </div>
                        ))}
                  </>
                ),
              },
              {
                title: 'Khoảng',
                width: 90,
                render: (_, c) => `${formatNumber(c.minPoints)} … ${formatNumber(c.maxPoints)}`,
              },
              {
                title: 'Điểm',
                width: 110,
                render: (_, c) =>
                  editable ? (
                    <InputNumber
                      data-testid={`cs-points-${c.code ?? c.id}`}
                      value={rows[c.id]?.points ?? null}
                      decimalSeparator=","
                      step={0.5}
                      style={{ width: 90 }}
                      onChange={(v) =>
                        setRows((r) => ({
                          ...r,
                          [c.id]: { ...r[c.id]!, points: typeof v === 'number' ? v : null },
                        }))
                      }
                    />
                  ) : (
                    <span data-testid={`cs-points-${c.code ?? c.id}`}>
                      {formatNumber(rows[c.id]?.points)}
                    </span>
                  ),
              },
              {
                title: 'Minh chứng (nội dung, đường dẫn, tệp)',
                width: 320,
                render: (_, c) => {
                  const s = d.scores.find((x) => x.criterionId === c.id);
                  const ind = d.indicators.filter((i) => i.code === c.indicatorCode);
                  return editable ? (
                    <Flex vertical gap={4}>
                      <Input
                        size="small"
                        data-testid={`cs-evidence-${c.code ?? c.id}`}
                        placeholder="Văn bản, số liệu minh chứng"
                        value={rows[c.id]?.evidence ?? ''}
                        onChange={(e) =>
                          setRows((r) => ({ ...r, [c.id]: { ...r[c.id]!, evidence: e.target.value } }))
                        }
                      />
                      <Input
                        size="small"
                        placeholder="Đường dẫn (https://…)"
                        value={rows[c.id]?.evidenceUrl ?? ''}
                        onChange={(e) =>
                          setRows((r) => ({ ...r, [c.id]: { ...r[c.id]!, evidenceUrl: e.target.value } }))
                        }
                      />
                      {ind.length > 0 && (
                        <Select
                          size="small"
                          allowClear
                          placeholder="Dùng số liệu chỉ tiêu"
                          value={rows[c.id]?.evidenceIndicatorId ?? undefined}
                          options={ind.map((i) => ({ value: i.id, label: i.name }))}
                          onChange={(v: number | undefined) =>
                            setRows((r) => ({
                              ...r,
                              [c.id]: { ...r[c.id]!, evidenceIndicatorId: v ?? null },
                            }))
                          }
                        />
                      )}
                      {s && (
                        <Upload
                          showUploadList={false}
                          beforeUpload={(file) => {
                            evidence.mutate({ criterionId: c.id, file });
                            return false;
                          }}
                        >
                          <Button size="small">
                            {s.evidenceFileName ? `Tệp: ${s.evidenceFileName}` : 'Đính kèm tệp'}
                          </Button>
                        </Upload>
                      )}
                    </Flex>
                  ) : (
                    <Flex vertical>
                      {s?.evidence && <span>{s.evidence}</span>}
                      {s?.evidenceUrl && (
                        <a href={s.evidenceUrl} target="_blank" rel="noreferrer">
                          {s.evidenceUrl}
                        </a>
                      )}
                      {s?.evidenceFileName && (
                        <a href={apiUrl(`/cluster-scoring/sheets/${id}/scores/${c.id}/file`)}>
                          {s.evidenceFileName}
                        </a>
                      )}
                    </Flex>
                  );
                },
              },
            ]}
            summary={() => (
              <Table.Summary.Row>
                <Table.Summary.Cell index={0} colSpan={3}>
                  <b>Tổng điểm</b>
                </Table.Summary.Cell>
                <Table.Summary.Cell index={3}>
                  <b data-testid="cs-sheet-total">{formatNumber(total)}</b>
                </Table.Summary.Cell>
                <Table.Summary.Cell index={4} />
              </Table.Summary.Row>
            )}
          />
          {d.events.length > 0 && (
            <Card size="small" title="Các bước của phiếu" style={{ marginTop: 16 }}>
              <Timeline
                items={d.events.map((e) => ({
                  children: `${formatDateTime(e.at)} – ${ACTION_TEXT[e.action] ?? e.action}${e.userName ? ` (${e.userName})` : ''}${e.reason ? `: ${e.reason}` : ''}`,
                }))}
              />
            </Card>
          )}
        </>
      )}
      {returning && (
        <Modal
          open
          title="Trả lại phiếu chấm điểm"
          okText="Trả lại"
          cancelText="Huỷ"
          okButtonProps={{ danger: true, 'data-testid': 'cs-return-ok' } as never}
          confirmLoading={ret.isPending}
          onCancel={() => setReturning(false)}
          onOk={async () => {
            try {
              await ret.mutateAsync(undefined);
              message.success('Đã trả lại phiếu.');
              setReturning(false);
            } catch {
              // shown in the dialog
            }
          }}
        >
          <ErrorAlert error={ret.error} />
          <Typography.Paragraph>Lý do trả lại (bắt buộc, cơ quan thành viên sẽ thấy):</Typography.Paragraph>
          <Input.TextArea
            data-testid="cs-return-reason"
            rows={3}
            value={reason}
            onChange={(e) => setReason(e.target.value)}
          />
        </Modal>
      )}
    </Drawer>
  );
}

function ConflictForm({ o }: { o: Overview }) {
  const [form] = Form.useForm();
  const { message } = App.useApp();
  const add = useWrite((v: unknown) => post(`${base(o.groupId, o.year)}/conflicts`, v));
  const leads = o.role === 'leader' || o.role === 'deputy';
  const scorers = o.members.filter((m) => leads || o.myAgencyIds.includes(m.agencyId));
  if (o.published || scorers.length === 0) return null;
  return (
    <Form
      form={form}
      layout="inline"
      onFinish={async (v) => {
        try {
          await add.mutateAsync(v);
          form.resetFields();
          message.success('Đã khai báo xung đột lợi ích.');
        } catch {
          // shown below
        }
      }}
    >
      <Form.Item name="scorerAgencyId" rules={[{ required: true, message: 'Chọn cơ quan chấm.' }]}>
        <Select
          placeholder="Cơ quan chấm"
          style={{ width: 240 }}
          options={scorers.map((m) => ({ value: m.agencyId, label: m.name }))}
        />
      </Form.Item>
      <Form.Item name="scoredAgencyId" rules={[{ required: true, message: 'Chọn cơ quan được chấm.' }]}>
        <Select
          placeholder="Không chấm chéo cơ quan"
          style={{ width: 240 }}
          options={o.members.map((m) => ({ value: m.agencyId, label: m.name }))}
        />
      </Form.Item>
      <Form.Item name="reason" rules={[{ required: true, message: 'Ghi lý do.' }]}>
        <Input placeholder="Lý do" style={{ width: 240 }} />
      </Form.Item>
      <Button htmlType="submit" loading={add.isPending}>
        Khai báo
      </Button>
      <ErrorAlert error={add.error} />
    </Form>
  );
}

export function SheetsTab({ o }: { o: Overview }) {
  const [open, setOpen] = useState<number | null>(null);
  const signed = o.covenant?.status === 'signed';
  const mine = o.sheets.filter((s) => o.myAgencyIds.includes(s.scorerAgencyId) && s.scorerKind !== 'leader');
  const others = o.sheets.filter((s) => !mine.includes(s));
  const columns = [
    {
      title: 'Cơ quan được chấm',
      render: (_: unknown, s: SheetSummaryT) => s.scoredName,
    },
    { title: 'Loại', width: 150, render: (_: unknown, s: SheetSummaryT) => KIND_TEXT[s.scorerKind] },
    { title: 'Người chấm', render: (_: unknown, s: SheetSummaryT) => s.scorerName },
    {
      title: 'Trạng thái',
      width: 220,
      render: (_: unknown, s: SheetSummaryT) => (
        <Tag color={STATUS_COLOR[s.status]} data-testid={`cs-status-${s.scorerKind}-${s.scoredAgencyId}`}>
          {s.statusText}
        </Tag>
      ),
    },
    {
      title: 'Tổng điểm',
      width: 100,
      align: 'right' as const,
      render: (_: unknown, s: SheetSummaryT) => formatNumber(s.total),
    },
    {
      title: '',
      width: 90,
      render: (_: unknown, s: SheetSummaryT) => (
        <Button
          size="small"
          data-testid={`cs-open-${s.scorerKind}-${s.scoredAgencyId}`}
          onClick={() => setOpen(s.id)}
        >
          Mở
        </Button>
      ),
    },
  ];
  return (
    <>
      {!signed && (
        <Alert
          type="info"
          showIcon
          style={{ marginBottom: 12 }}
          message="Các phiếu chấm được mở khi giao ước thi đua của cụm được ký (bộ tiêu chí đã cố định)."
        />
      )}
      {mine.length > 0 && (
        <Card size="small" title="Phiếu của cơ quan tôi (tự chấm, chấm chéo)" style={{ marginBottom: 16 }}>
          <Table
            size="small"
            pagination={false}
            rowKey="id"
            dataSource={mine}
            columns={columns}
            data-testid="cs-my-sheets"
          />
        </Card>
      )}
      <Card
        size="small"
        title={o.role === 'member' ? 'Phiếu chấm về cơ quan tôi' : 'Các phiếu chấm của cụm'}
        style={{ marginBottom: 16 }}
      >
        <Table
          size="small"
          pagination={false}
          rowKey="id"
          dataSource={others}
          columns={columns}
          data-testid="cs-sheets"
          locale={{ emptyText: 'Chưa có phiếu nào để xem.' }}
        />
      </Card>
      {o.settings.crossScoring && (
        <Card size="small" title="Chấm chéo và xung đột lợi ích" style={{ marginBottom: 16 }}>
          <Typography.Paragraph type="secondary">
            Mỗi cơ quan chấm chéo {o.settings.crossPerMember} cơ quan khác theo thứ tự trong cụm; không cơ
            quan nào chấm chính mình, và cặp đã khai báo xung đột lợi ích được loại khỏi chấm chéo.
          </Typography.Paragraph>
          <Table
            size="small"
            pagination={false}
            rowKey="id"
            dataSource={o.conflicts}
            locale={{ emptyText: 'Chưa khai báo xung đột nào.' }}
            columns={[
              { title: 'Cơ quan chấm', dataIndex: 'scorerName' },
              { title: 'Không chấm chéo', dataIndex: 'scoredName' },
              { title: 'Lý do', dataIndex: 'reason' },
            ]}
          />
          <div style={{ marginTop: 8 }}>
            <ConflictForm o={o} />
          </div>
        </Card>
      )}
      {open !== null && <SheetDrawer id={open} o={o} onClose={() => setOpen(null)} />}
    </>
  );
}
