import { useState, type ReactNode } from 'react';
import { App, Alert, Button, Card, Flex, Input, Skeleton, Space, Tag, Typography } from 'antd';
import { EditOutlined, FileWordOutlined, ReloadOutlined } from '@ant-design/icons';
import { useParams } from 'react-router';
import './report.css';
import { PageHeader } from '../../components/PageHeader.tsx';
import { ErrorAlert } from '../../components/ErrorAlert.tsx';
import { errorMessage } from '../../lib/api.ts';
import { formatDate, formatDateTime } from '../../lib/format.ts';
import { hasPermission, isAdmin } from '../../lib/permissions.ts';
import { useMe } from '../../lib/session.tsx';
import {
  downloadReportDocx,
  REPORT_KIND_LABEL,
  useRegenerate,
  useReport,
  useSaveSection,
  type Paragraph,
  type ReportDetail,
  type Run,
} from './api/reports.ts';

// /bao-cao/:id — the report previewed as it prints: data parts (from the last generation, on a tinted
// background) and the officer's prose parts, each editable in place. "Tạo lại số liệu" collects the
// figures again and keeps the prose; ".docx" downloads the same model in Decree 30/2020 layout.

/** **bold** and *italic* as typed in prose (the .docx reads the same markup). */
function inline(text: string): ReactNode[] {
  const out: ReactNode[] = [];
  const re = /\*\*([^*]+)\*\*|\*([^*]+)\*/g;
  let last = 0;
  let i = 0;
  for (let m = re.exec(text); m !== null; m = re.exec(text)) {
    if (m.index > last) out.push(text.slice(last, m.index));
    out.push(m[1] !== undefined ? <strong key={i++}>{m[1]}</strong> : <em key={i++}>{m[2]}</em>);
    last = m.index + m[0].length;
  }
  if (last < text.length) out.push(text.slice(last));
  return out;
}

function ProseBody({ body }: { body: string }) {
  return (
    <>
      {body
        .split(/\r?\n/)
        .map((l) => l.trim())
        .filter(Boolean)
        .map((l, i) =>
          l.startsWith('- ') ? (
            <p key={i} className="report-bullet">
              - {inline(l.slice(2))}
            </p>
          ) : (
            <p key={i} className="report-para">
              {inline(l)}
            </p>
          ),
        )}
    </>
  );
}

function ProseEditor(props: {
  label: string;
  hint: string;
  body: string;
  shownBody: string;
  version: number | null;
  sectionKey: string;
  reportId: number;
  canWrite: boolean;
  /** The text is shown elsewhere (the signature block): only the edit button here. */
  hideBody?: boolean;
}) {
  const { message } = App.useApp();
  const save = useSaveSection(props.reportId);
  const [editing, setEditing] = useState(false);
  const [text, setText] = useState(props.body);
  if (editing)
    return (
      <div className="report-prose editing" data-testid={`prose-${props.sectionKey}`}>
        <Typography.Text strong>{props.label}</Typography.Text>
        <Input.TextArea
          value={text}
          onChange={(e) => setText(e.target.value)}
          autoSize={{ minRows: 3, maxRows: 16 }}
          placeholder={props.hint}
          data-testid={`prose-input-${props.sectionKey}`}
        />
        <Typography.Text type="secondary" style={{ fontSize: 12 }}>
          Mỗi đoạn một dòng; dòng bắt đầu bằng "- " là gạch đầu dòng; **đậm**, *nghiêng*.
        </Typography.Text>
        <Space style={{ marginTop: 4 }}>
          <Button
            type="primary"
            size="small"
            loading={save.isPending}
            data-testid={`prose-save-${props.sectionKey}`}
            onClick={() =>
              save.mutate(
                { key: props.sectionKey, body: text, version: props.version },
                {
                  onSuccess: () => {
                    setEditing(false);
                    void message.success(`Đã lưu đoạn "${props.label}".`);
                  },
                  onError: (e) => void message.error(errorMessage(e)),
                },
              )
            }
          >
            Lưu
          </Button>
          <Button size="small" onClick={() => setEditing(false)}>
            Huỷ
          </Button>
        </Space>
      </div>
    );
  return (
    <div className="report-prose" data-testid={`prose-${props.sectionKey}`}>
      {props.hideBody ? null : props.shownBody.trim() ? (
        <ProseBody body={props.shownBody} />
      ) : (
        <p className="report-marker">[Phần do cán bộ soạn: {props.label}]</p>
      )}
      {props.canWrite && (
        <Button
          size="small"
          type="link"
          icon={<EditOutlined />}
          className="report-edit"
          data-testid={`prose-edit-${props.sectionKey}`}
          onClick={() => {
            setText(props.body);
            setEditing(true);
          }}
        >
          Sửa “{props.label}”
        </Button>
      )}
    </div>
  );
}

/** A data paragraph; `note` numbers a footnote (called while the preview renders, in order). */
function dataParagraph(p: Paragraph, key: number, note: (text: string) => number): ReactNode {
  const runs = p.runs.map((r: Run, i) =>
    'footnote' in r ? (
      <sup key={i} title={r.footnote}>
        {note(r.footnote)}
      </sup>
    ) : r.bold ? (
      <strong key={i}>{r.text}</strong>
    ) : r.italic ? (
      <em key={i}>{r.text}</em>
    ) : (
      <span key={i}>{r.text}</span>
    ),
  );
  return (
    <p key={key} className={p.style === 'bullet' ? 'report-bullet' : 'report-para'}>
      {p.style === 'bullet' ? <>- {runs}</> : runs}
    </p>
  );
}

function Preview({ d, canWrite }: { d: ReportDetail; canWrite: boolean }) {
  const m = d.model!;
  const notes: string[] = [];
  const note = (t: string) => notes.push(t);
  const section = (key: string) => d.sections.find((s) => s.key === key);
  const editor = (key: string, shown?: string, hideBody = false) => {
    const s = section(key)!;
    return (
      <ProseEditor
        key={`${key}:${s.version ?? 0}`}
        label={s.label}
        hint={s.hint}
        body={s.body}
        shownBody={shown ?? s.body}
        version={s.version}
        sectionKey={key}
        reportId={d.report.id}
        canWrite={canWrite}
        hideBody={hideBody}
      />
    );
  };
  return (
    <div className="report-paper" data-testid="report-preview">
      <Flex justify="space-between" className="report-head">
        <div style={{ textAlign: 'center' }}>
          {m.header.parentBody && <div>{m.header.parentBody}</div>}
          <div style={{ fontWeight: 700 }}>{m.header.issuingBody}</div>
          <div>Số: {m.header.number ?? '…'}</div>
        </div>
        <div style={{ textAlign: 'center' }}>
          <div style={{ fontWeight: 700 }}>CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM</div>
          <div style={{ fontWeight: 700 }}>Độc lập - Tự do - Hạnh phúc</div>
          <div>
            <em>{m.header.place}, ngày … tháng … năm …</em>
          </div>
        </div>
      </Flex>
      <div className="report-title">
        <div style={{ fontWeight: 700 }}>BÁO CÁO</div>
        <div style={{ fontWeight: 700 }}>{m.title}</div>
      </div>
      {m.parts.map((part, i) => {
        if (part.type === 'heading')
          return part.level === 0 ? (
            <div key={i} className="report-part-title">
              <div>{part.text}</div>
              {part.subtitle && <div>{part.subtitle}</div>}
            </div>
          ) : (
            <p key={i} className={`report-h${part.level}`}>
              {part.text}
            </p>
          );
        if (part.type === 'data')
          return (
            <div key={i} className="report-data" data-testid={`data-${part.key}`}>
              <Tag color="blue" className="report-data-tag">
                Số liệu: {part.label}
              </Tag>
              {part.paragraphs.map((p, j) => dataParagraph(p, j, note))}
            </div>
          );
        return <div key={i}>{editor(part.key, part.body)}</div>;
      })}
      <Flex justify="space-between" gap={24} style={{ marginTop: 24 }}>
        <div style={{ flex: 1 }}>
          <div>
            <strong>
              <em>Nơi nhận:</em>
            </strong>
          </div>
          {editor('noi-nhan')}
        </div>
        <div style={{ flex: 1, textAlign: 'center' }}>
          {m.signature && (
            <>
              {m.signature.authority.map((a) => (
                <div key={a} style={{ fontWeight: 700 }}>
                  {a}
                </div>
              ))}
              <div style={{ height: 48 }} />
              <div style={{ fontWeight: 700 }}>{m.signature.signerName}</div>
            </>
          )}
          {!m.signature && <p className="report-marker">[Phần do cán bộ soạn: Người ký]</p>}
          {editor('nguoi-ky', undefined, true)}
        </div>
      </Flex>
      {notes.length > 0 && (
        <div className="report-footnotes" data-testid="report-footnotes">
          {notes.map((t, i) => (
            <p key={i}>
              <sup>{i + 1}</sup> {t}
            </p>
          ))}
        </div>
      )}
    </div>
  );
}

export function ReportPage() {
  const id = Number(useParams().id);
  const me = useMe();
  const { message } = App.useApp();
  const q = useReport(id);
  const regen = useRegenerate(id);
  const canWrite = hasPermission(me, 'reports:write') || isAdmin(me);
  const d = q.data;
  return (
    <>
      <PageHeader
        crumbs={[
          { title: 'Báo cáo', to: '/bao-cao' },
          { title: d ? `${REPORT_KIND_LABEL[d.report.kind] ?? ''} ${d.report.year}` : '…' },
        ]}
        title={d ? d.report.title : 'Báo cáo'}
        subtitle={
          d
            ? `${d.report.agencyName} · kỳ báo cáo ${formatDate(d.report.periodFrom)} – ${formatDate(d.report.periodTo)} · ${
                d.report.generatedAt
                  ? `số liệu tạo lúc ${formatDateTime(d.report.generatedAt)}`
                  : 'chưa tạo số liệu: đang xem trước từ dữ liệu hiện tại'
              }`
            : undefined
        }
        extra={
          d && (
            <>
              {canWrite && (
                <Button
                  icon={<ReloadOutlined />}
                  loading={regen.isPending}
                  data-testid="report-regenerate"
                  onClick={() =>
                    regen.mutate(d.report.version, {
                      onSuccess: () =>
                        void message.success(
                          'Đã tạo lại số liệu từ dữ liệu hiện tại; các đoạn văn được giữ nguyên.',
                        ),
                      onError: (e) => void message.error(errorMessage(e)),
                    })
                  }
                >
                  Tạo lại số liệu
                </Button>
              )}
              <Button
                type="primary"
                icon={<FileWordOutlined />}
                onClick={() => downloadReportDocx(id)}
                data-testid="report-docx"
              >
                Tải .docx
              </Button>
            </>
          )
        }
      />
      <ErrorAlert error={q.error} />
      {q.isLoading && <Skeleton active />}
      {d && !d.model && (
        <Alert type="info" showIcon message='Báo cáo chưa có số liệu; bấm "Tạo lại số liệu".' />
      )}
      {d?.model && (
        <Card>
          <Preview d={d} canWrite={canWrite} />
        </Card>
      )}
    </>
  );
}
