import { useMemo, useRef, useState } from 'react';
import { Alert, Button, Card, Descriptions, Flex, Input, List, Space, Table, Tag, Typography } from 'antd';
import type { TableColumnsType } from 'antd';
import {
  CheckCircleTwoTone,
  CloseCircleTwoTone,
  DownloadOutlined,
  FileSearchOutlined,
  FolderOpenOutlined,
  QuestionCircleTwoTone,
} from '@ant-design/icons';
import { formatCitation } from '../../../../../packages/domain/src/eligibility/citation.ts';
import { TARGET_LABELS } from '../../../../../packages/domain/src/eligibility/messages/vi.ts';
import { PageHeader } from '../../components/PageHeader.tsx';
import { ApiError, errorMessage } from '../../lib/api.ts';
import { formatNumber, formatPercent } from '../../lib/format.ts';
import {
  useEvaluate,
  type Check,
  type CouncilItem,
  type Output,
  type Result,
  type Status,
} from './api/evaluate.ts';
import { SAMPLE_HISTORY } from './sample.ts';

const STATUS: Record<Status, { color: string; text: string }> = {
  eligible: { color: 'green', text: 'Đủ điều kiện' },
  ineligible: { color: 'red', text: 'Không đủ điều kiện' },
  'needs-review': { color: 'gold', text: 'Cần xem xét' },
};

const OUTCOME_ICON = {
  met: <CheckCircleTwoTone twoToneColor="#389e0d" aria-label="Đạt" />,
  'not-met': <CloseCircleTwoTone twoToneColor="#cf1322" aria-label="Không đạt" />,
  unknown: <QuestionCircleTwoTone twoToneColor="#d48806" aria-label="Chưa rõ" />,
};
const OUTCOME_TEXT = { met: 'Đạt', 'not-met': 'Không đạt', unknown: 'Thiếu dữ liệu' };

const REGIMES: Record<string, string> = {
  A: 'A – Luật TĐKT 2003 (sửa đổi) và Nghị định 91/2017 (thành tích đến năm 2023)',
  B: 'B – Luật TĐKT 2022, Nghị định 98/2023 (01/01/2024 – 30/06/2025)',
  B2: 'B2 – từ 01/07/2025 (chính quyền hai cấp)',
};

function targetLabel(code: string): string {
  return (TARGET_LABELS as Record<string, string>)[code] ?? code;
}

function StatusTag({ status }: { status: Status }) {
  return <Tag color={STATUS[status].color}>{STATUS[status].text}</Tag>;
}

function ChecksTable({ checks }: { checks: Check[] }) {
  return (
    <Table<Check & { key: number }>
      size="small"
      pagination={false}
      dataSource={checks.map((c, i) => ({ ...c, key: i }))}
      columns={[
        { title: '', dataIndex: 'outcome', width: 36, render: (o: Check['outcome']) => OUTCOME_ICON[o] },
        {
          title: 'Tiêu chí',
          key: 'text',
          render: (_: unknown, c) => (
            <>
              <div>{c.text}</div>
              <Typography.Text type="secondary" style={{ fontSize: 12 }}>
                {OUTCOME_TEXT[c.outcome]} · <span className="mono">{c.reason.code}</span>
              </Typography.Text>
            </>
          ),
        },
        {
          title: 'Hướng',
          dataIndex: 'route',
          width: 110,
          render: (r?: string) => (r ? <Tag>{r}</Tag> : ''),
        },
        {
          title: 'Căn cứ',
          dataIndex: 'citation',
          width: 330,
          render: (c: Check['citation']) => formatCitation(c),
        },
      ]}
    />
  );
}

function ResultDetail({ result }: { result: Result }) {
  return (
    <div style={{ padding: '4px 0' }}>
      {(result.warnings ?? []).map((w, i) => (
        <Alert key={i} type="warning" showIcon title={w.text} style={{ marginBottom: 8 }} />
      ))}
      {result.routes && result.routes.length > 1 && (
        <Space style={{ marginBottom: 8 }} wrap>
          <Typography.Text>Các hướng xét:</Typography.Text>
          {result.routes.map((r) => (
            <Tag key={r.route} color={STATUS[r.status].color}>
              {r.route}: {STATUS[r.status].text}
            </Tag>
          ))}
        </Space>
      )}
      <ChecksTable checks={result.checks} />
      {result.councilJudgement && result.councilJudgement.length > 0 && (
        <List<CouncilItem>
          size="small"
          header={
            <Typography.Text strong>
              Do Hội đồng Thi đua – Khen thưởng đánh giá (không ảnh hưởng kết quả)
            </Typography.Text>
          }
          dataSource={result.councilJudgement}
          renderItem={(c) => (
            <List.Item>
              <span>
                {c.text}
                {c.route ? <Tag style={{ marginLeft: 6 }}>{c.route}</Tag> : null}
              </span>
              <Typography.Text type="secondary">{formatCitation(c.citation)}</Typography.Text>
            </List.Item>
          )}
        />
      )}
    </div>
  );
}

function downloadJson(data: unknown, name: string) {
  const url = URL.createObjectURL(new Blob([JSON.stringify(data, null, 2)], { type: 'application/json' }));
  const a = document.createElement('a');
  a.href = url;
  a.download = name;
  a.click();
  URL.revokeObjectURL(url);
}

function Results({ output }: { output: Output }) {
  const counts = useMemo(() => {
    const c = { eligible: 0, ineligible: 0, 'needs-review': 0 };
    for (const r of output.results) c[r.status] += 1;
    return c;
  }, [output]);
  const subjects = [...new Set(output.results.map((r) => r.subject))];
  const targets = [...new Set(output.results.map((r) => r.target))];

  const columns: TableColumnsType<Result> = [
    {
      title: 'Đối tượng',
      dataIndex: 'subject',
      width: 140,
      filters: subjects.map((s) => ({ text: s, value: s })),
      onFilter: (v, r) => r.subject === v,
    },
    {
      title: 'Danh hiệu / hình thức',
      dataIndex: 'target',
      render: (t: string) => targetLabel(t),
      filters: targets.map((t) => ({ text: targetLabel(t), value: t })),
      onFilter: (v, r) => r.target === v,
    },
    {
      title: 'Kết quả',
      dataIndex: 'status',
      width: 170,
      render: (s: Status) => <StatusTag status={s} />,
      filters: (Object.keys(STATUS) as Status[]).map((s) => ({ text: STATUS[s].text, value: s })),
      onFilter: (v, r) => r.status === v,
    },
    {
      title: 'Tiêu chí đạt',
      key: 'met',
      width: 110,
      align: 'right',
      render: (_: unknown, r) => `${r.checks.filter((c) => c.outcome === 'met').length}/${r.checks.length}`,
    },
    {
      title: 'Lý do chính',
      key: 'reason',
      render: (_: unknown, r) => {
        const first =
          r.checks.find((c) => c.outcome === 'not-met') ?? r.checks.find((c) => c.outcome === 'unknown');
        return (
          <>
            {first ? first.text : ''}
            {(r.warnings ?? []).length > 0 && (
              <Tag color="warning" style={{ marginLeft: 6 }}>
                {r.warnings?.length} lưu ý
              </Tag>
            )}
          </>
        );
      },
    },
  ];

  return (
    <>
      <Card
        style={{ marginBottom: 16 }}
        title="Kết quả"
        extra={
          <Button
            icon={<DownloadOutlined />}
            onClick={() => downloadJson(output, `tdkt-eligibility-${output.year}.json`)}
          >
            Tải kết quả (JSON)
          </Button>
        }
      >
        <Descriptions size="small" column={1} style={{ marginBottom: 12 }}>
          <Descriptions.Item label="Năm thành tích">{output.year}</Descriptions.Item>
          <Descriptions.Item label="Chế độ pháp lý">
            {REGIMES[output.regime] ?? output.regime}
          </Descriptions.Item>
          <Descriptions.Item label="Tổng hợp">
            <Space size={4} wrap>
              <Tag color="green">{counts.eligible} đủ điều kiện</Tag>
              <Tag color="gold">{counts['needs-review']} cần xem xét</Tag>
              <Tag color="red">{counts.ineligible} không đủ</Tag>
            </Space>
          </Descriptions.Item>
        </Descriptions>
        <Table<Result>
          data-testid="eligibility-results"
          size="small"
          rowKey={(r) => `${r.subject}|${r.target}`}
          dataSource={output.results}
          columns={columns}
          pagination={output.results.length > 50 ? { pageSize: 50 } : false}
          expandable={{ expandedRowRender: (r) => <ResultDetail result={r} /> }}
        />
      </Card>
      {output.quotas.length > 0 && (
        <Card title="Tỷ lệ, số lượng tối đa" style={{ marginBottom: 16 }} data-testid="eligibility-quotas">
          <Table
            size="small"
            pagination={false}
            rowKey={(q) => `${q.target}|${q.scope}`}
            dataSource={output.quotas}
            columns={[
              { title: 'Danh hiệu', dataIndex: 'target', render: (t: string) => targetLabel(t) },
              { title: 'Phạm vi', dataIndex: 'scope', width: 120 },
              {
                title: 'Cơ sở tính',
                dataIndex: 'base',
                width: 100,
                align: 'right',
                render: (n: number) => formatNumber(n),
              },
              {
                title: 'Tỷ lệ',
                dataIndex: 'share',
                width: 80,
                align: 'right',
                render: (s?: number) => (s !== undefined ? formatPercent(s, 0) : ''),
              },
              {
                title: 'Tối đa',
                dataIndex: 'limit',
                width: 90,
                align: 'right',
                render: (n: number, q) => (
                  <b>
                    {formatNumber(n)}
                    {q.unverified ? ' *' : ''}
                  </b>
                ),
              },
              {
                title: 'Ứng viên',
                dataIndex: 'candidates',
                width: 90,
                align: 'right',
                render: (n?: number) => formatNumber(n),
              },
              { title: 'Căn cứ', dataIndex: 'citation', render: (c: Check['citation']) => formatCitation(c) },
            ]}
          />
          {output.quotas.some((q) => q.unverified) && (
            <Typography.Text type="secondary">
              * Quy định chưa được xác minh; dùng mức mặc định khuyến nghị.
            </Typography.Text>
          )}
        </Card>
      )}
      {output.forecasts && output.forecasts.length > 0 && (
        <Card title="Dự báo" data-testid="eligibility-forecasts">
          <List
            size="small"
            dataSource={output.forecasts}
            renderItem={(f) => (
              <List.Item>
                <span>
                  <b>{f.subject}</b> – {targetLabel(f.target)}: {f.text}
                </span>
                {f.earliestYear !== null && <Tag color="blue">Sớm nhất {f.earliestYear}</Tag>}
              </List.Item>
            )}
          />
        </Card>
      )}
    </>
  );
}

export function EligibilityPage() {
  const [text, setText] = useState('');
  const [parseError, setParseError] = useState<string | null>(null);
  const fileRef = useRef<HTMLInputElement>(null);
  const evaluate = useEvaluate();

  const run = () => {
    setParseError(null);
    let input: unknown;
    try {
      input = JSON.parse(text);
    } catch (e) {
      setParseError(`Nội dung không phải JSON hợp lệ: ${e instanceof Error ? e.message : String(e)}`);
      return;
    }
    evaluate.mutate(input);
  };

  const load = (file: File | undefined) => {
    if (!file) return;
    if (file.size > 20 * 1024 * 1024) {
      setParseError('Tệp lớn hơn 20 MB; hãy dùng lệnh `npx tdkt eligibility` cho tệp lớn.');
      return;
    }
    void file.text().then((t) => {
      setText(t);
      setParseError(null);
      evaluate.reset();
    });
  };

  const err = evaluate.error;
  return (
    <>
      <PageHeader
        title="Tra cứu điều kiện khen thưởng"
        subtitle="Dán hoặc tải lên dữ liệu quá trình (định dạng tdkt-history/1); hệ thống đối chiếu từng tiêu chí với căn cứ pháp lý."
      />
      <Card style={{ marginBottom: 16 }}>
        <Flex gap={8} wrap style={{ marginBottom: 8 }}>
          <Button
            icon={<FolderOpenOutlined />}
            onClick={() => fileRef.current?.click()}
            data-testid="eligibility-file"
          >
            Chọn tệp JSON…
          </Button>
          <input
            ref={fileRef}
            type="file"
            accept=".json,application/json"
            hidden
            aria-label="Tệp JSON dữ liệu quá trình"
            data-testid="eligibility-file-input"
            onChange={(e) => {
              load(e.target.files?.[0]);
              e.target.value = '';
            }}
          />
          <Button
            onClick={() => {
              setText(JSON.stringify(SAMPLE_HISTORY, null, 2));
              setParseError(null);
              evaluate.reset();
            }}
            data-testid="eligibility-sample"
          >
            Nạp ví dụ
          </Button>
        </Flex>
        <Input.TextArea
          value={text}
          onChange={(e) => setText(e.target.value)}
          rows={12}
          className="mono"
          style={{ fontSize: 12 }}
          placeholder='{ "format": "tdkt-history/1", "year": 2024, "subjects": [ … ] }'
          aria-label="Dữ liệu quá trình (JSON)"
          data-testid="eligibility-input"
        />
        <Flex justify="space-between" align="center" style={{ marginTop: 12 }}>
          <Typography.Text type="secondary">
            {text ? `${formatNumber(text.length)} ký tự` : ''}
          </Typography.Text>
          <Button
            type="primary"
            icon={<FileSearchOutlined />}
            onClick={run}
            disabled={!text.trim()}
            loading={evaluate.isPending}
            data-testid="eligibility-submit"
          >
            Đánh giá
          </Button>
        </Flex>
      </Card>
      {parseError && <Alert type="error" showIcon title={parseError} style={{ marginBottom: 16 }} />}
      {err && (
        <Alert
          type="error"
          showIcon
          data-testid="eligibility-error"
          title="Dữ liệu không hợp lệ"
          description={
            err instanceof ApiError && err.details.length > 0 ? (
              <ul style={{ margin: 0, paddingLeft: 18 }}>
                {err.details.slice(0, 20).map((d, i) => (
                  <li key={i}>
                    {d.path ? <span className="mono">{d.path}: </span> : null}
                    {d.message}
                  </li>
                ))}
              </ul>
            ) : (
              errorMessage(err)
            )
          }
          style={{ marginBottom: 16 }}
        />
      )}
      {evaluate.data && <Results output={evaluate.data} />}
    </>
  );
}
