import { useState } from 'react';
import { Button, Input, InputNumber, Select, Space, Table, Tag, Typography } from 'antd';
import { DownloadOutlined, FileAddOutlined, ImportOutlined, PlusOutlined } from '@ant-design/icons';
import { Link, useNavigate, useSearchParams } from 'react-router';
import { TARGET_LABELS } from '../../../../../packages/domain/src/eligibility/messages/vi.ts';
import { ErrorAlert } from '../../components/ErrorAlert.tsx';
import { PageHeader } from '../../components/PageHeader.tsx';
import { useDebounced } from '../../lib/hooks.ts';
import { formatDate } from '../../lib/format.ts';
import { hasPermission } from '../../lib/permissions.ts';
import { useMe } from '../../lib/session.tsx';
import {
  AUTHORITY_OPTIONS,
  exportDecisions,
  STATUS_LABELS,
  useDecisions,
  type DecisionFilters,
  type DecisionRow,
} from './api.ts';
import { ImportHistoryModal } from './ImportHistoryModal.tsx';
import { IssueDecisionModal } from './IssueDecisionModal.tsx';
import { ReceivedDecisionModal } from './ReceivedDecisionModal.tsx';

// Quyết định khen thưởng: every decision the agency keeps (received, its own, imported from the past),
// filtered by year, authority, form and status; register a received one, issue the agency's own, import
// past awards, export the list.

const CODE_OPTIONS = [
  ...Object.entries(TARGET_LABELS).map(([value, label]) => ({ value, label })),
  { value: 'khac', label: 'Hình thức khác' },
];

export function DecisionsPage() {
  const me = useMe();
  const navigate = useNavigate();
  const [params, setParams] = useSearchParams();
  const [q, setQ] = useState(params.get('q') ?? '');
  const debounced = useDebounced(q);
  const num = (k: string) => (params.get(k) ? Number(params.get(k)) : undefined);
  const filters: DecisionFilters = {
    year: num('year'),
    authority: params.get('authority') ?? undefined,
    code: params.get('code') ?? undefined,
    status: params.get('status') ?? undefined,
    q: debounced || undefined,
  };
  const set = (k: string, v: string | number | null | undefined) => {
    const next = new URLSearchParams(params);
    if (v === null || v === undefined || v === '') next.delete(k);
    else next.set(k, String(v));
    setParams(next, { replace: true });
  };
  const list = useDecisions(filters);
  const canWrite = hasPermission(me, 'decisions:write');
  const canImport = hasPermission(me, 'award-history:import');
  const [received, setReceived] = useState(false);
  const [issue, setIssue] = useState(false);
  const [importing, setImporting] = useState(false);

  return (
    <>
      <PageHeader
        title="Quyết định khen thưởng"
        subtitle="Quyết định của cấp trên, của cơ quan và quá trình khen thưởng nhập từ trước"
        extra={
          <>
            {canWrite && (
              <Button
                type="primary"
                icon={<FileAddOutlined />}
                onClick={() => setIssue(true)}
                data-testid="decision-issue-open"
              >
                Ban hành quyết định
              </Button>
            )}
            {canWrite && (
              <Button
                icon={<PlusOutlined />}
                onClick={() => setReceived(true)}
                data-testid="decision-register-open"
              >
                Ghi nhận quyết định cấp trên
              </Button>
            )}
            {canImport && (
              <Button
                icon={<ImportOutlined />}
                onClick={() => setImporting(true)}
                data-testid="history-import-open"
              >
                Nhập quá trình khen thưởng
              </Button>
            )}
            <Button
              icon={<DownloadOutlined />}
              onClick={() => exportDecisions(filters)}
              data-testid="decisions-export"
            >
              Xuất Excel
            </Button>
          </>
        }
      />
      <Space wrap style={{ marginBottom: 12 }}>
        <InputNumber
          placeholder="Năm"
          min={1945}
          max={2200}
          value={filters.year ?? null}
          onChange={(v) => set('year', v)}
          data-testid="decisions-filter-year"
        />
        <Select
          allowClear
          placeholder="Cấp quyết định"
          style={{ width: 200 }}
          value={filters.authority}
          onChange={(v?: string) => set('authority', v)}
          options={[...AUTHORITY_OPTIONS]}
          data-testid="decisions-filter-authority"
        />
        <Select
          allowClear
          showSearch
          optionFilterProp="label"
          placeholder="Danh hiệu/hình thức"
          style={{ width: 260 }}
          value={filters.code}
          onChange={(v?: string) => set('code', v)}
          options={CODE_OPTIONS}
          data-testid="decisions-filter-code"
        />
        <Select
          allowClear
          placeholder="Trạng thái"
          style={{ width: 160 }}
          value={filters.status}
          onChange={(v?: string) => set('status', v)}
          options={Object.entries(STATUS_LABELS).map(([value, label]) => ({ value, label }))}
          data-testid="decisions-filter-status"
        />
        <Input.Search
          allowClear
          placeholder="Số quyết định, tên người được khen"
          value={q}
          onChange={(e) => setQ(e.target.value)}
          style={{ width: 300 }}
          data-testid="decisions-search"
        />
      </Space>
      <ErrorAlert error={list.error} />
      <Table<DecisionRow>
        data-testid="decisions-table"
        rowKey="id"
        loading={list.isFetching}
        dataSource={list.data ?? []}
        pagination={{ pageSize: 50, showSizeChanger: false }}
        onRow={(d) => ({ 'data-decision-id': d.id }) as object}
        columns={[
          {
            title: 'Quyết định',
            render: (_, d) => (
              <Link to={`/quyet-dinh/${d.id}`} data-testid="decision-link">
                <span style={d.status === 'annulled' ? { textDecoration: 'line-through' } : undefined}>
                  {d.number ? `${d.number}${d.symbol ? `/${d.symbol}` : ''}` : '(không rõ số)'}
                </span>
              </Link>
            ),
          },
          { title: 'Ngày', width: 110, render: (_, d) => formatDate(d.decidedOn) },
          { title: 'Cấp quyết định', render: (_, d) => d.issuerName ?? d.authorityLabel },
          { title: 'Danh hiệu/hình thức', dataIndex: 'codeLabel' },
          {
            title: 'Thành tích',
            width: 100,
            render: (_, d) =>
              d.achievementFrom && d.achievementTo && d.achievementFrom !== d.achievementTo
                ? `${d.achievementFrom}–${d.achievementTo}`
                : (d.achievementTo ?? d.achievementFrom ?? ''),
          },
          {
            title: 'Người/tập thể được khen',
            render: (_, d) => (
              <Typography.Text ellipsis style={{ maxWidth: 320 }}>
                {d.recipientCount > 4
                  ? `${d.recipientNames ?? ''} … (${d.recipientCount})`
                  : d.recipientNames}
              </Typography.Text>
            ),
          },
          { title: 'Nguồn', width: 130, render: (_, d) => <Tag>{d.sourceLabel}</Tag> },
          {
            title: 'Trạng thái',
            width: 120,
            render: (_, d) => (
              <Tag color={d.status === 'annulled' ? 'red' : d.status === 'draft' ? 'default' : 'green'}>
                {STATUS_LABELS[d.status]}
              </Tag>
            ),
          },
        ]}
      />
      <ReceivedDecisionModal
        open={received}
        onClose={() => setReceived(false)}
        onSaved={(d) => void navigate(`/quyet-dinh/${d.id}`)}
      />
      <IssueDecisionModal open={issue} onClose={() => setIssue(false)} />
      <ImportHistoryModal open={importing} onClose={() => setImporting(false)} />
    </>
  );
}
