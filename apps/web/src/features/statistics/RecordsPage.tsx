import { useState } from 'react';
import { Button, Switch, Table, Tag, Typography } from 'antd';
import { FileExcelOutlined } from '@ant-design/icons';
import { Link, useSearchParams } from 'react-router';
import { PageHeader } from '../../components/PageHeader.tsx';
import { ErrorAlert } from '../../components/ErrorAlert.tsx';
import { formatDate, formatNumber } from '../../lib/format.ts';
import { exportRecords, useAwardRecords, type AwardRecord } from './api/statistics.ts';

// /thong-ke/ho-so?<filter> — the records behind a figure of the statistics (award history rows with their
// decisions), as GET /api/statistics/records lists them for the same filter.

const FILTER_KEYS = [
  'agencyId',
  'from',
  'to',
  'code',
  'category',
  'authority',
  'unitId',
  'subjectKind',
  'gender',
  'leader',
  'repeated',
  'timed',
  'daysFrom',
  'daysTo',
  'includeAnnulled',
];

export function RecordsPage() {
  const [params, setParams] = useSearchParams();
  const query = Object.fromEntries(FILTER_KEYS.filter((k) => params.has(k)).map((k) => [k, params.get(k)!]));
  const [page, setPage] = useState(1);
  const [pageSize, setPageSize] = useState(50);
  const q = useAwardRecords(query, page, pageSize);
  const d = q.data;
  return (
    <>
      <PageHeader
        title="Danh sách khen thưởng"
        crumbs={[{ title: 'Thống kê', to: '/thong-ke' }, { title: 'Hồ sơ đứng sau số liệu' }]}
        subtitle={
          d ? (
            <span data-testid="records-description">
              {d.description}: <b data-testid="records-total">{formatNumber(d.total)}</b> lượt
            </span>
          ) : undefined
        }
        extra={
          <>
            <span>
              <Switch
                size="small"
                checked={params.get('includeAnnulled') === 'true'}
                onChange={(on) => {
                  const next = new URLSearchParams(params);
                  if (on) next.set('includeAnnulled', 'true');
                  else next.delete('includeAnnulled');
                  setPage(1);
                  setParams(next, { replace: true });
                }}
                data-testid="records-include-annulled"
              />{' '}
              Bao gồm đã hủy
            </span>
            <Button
              icon={<FileExcelOutlined />}
              onClick={() => exportRecords(query)}
              data-testid="records-export"
            >
              Xuất Excel
            </Button>
          </>
        }
      />
      <ErrorAlert error={q.error} />
      <Table<AwardRecord>
        data-testid="records-table"
        size="small"
        rowKey="recipientId"
        loading={q.isFetching}
        dataSource={d?.items ?? []}
        pagination={{
          current: page,
          pageSize,
          total: d?.total ?? 0,
          showSizeChanger: true,
          onChange: (p, s) => {
            setPage(p);
            setPageSize(s);
          },
        }}
        columns={[
          { title: 'Năm', dataIndex: 'year', width: 70 },
          {
            title: 'Người / tập thể được khen',
            render: (_, r) => (
              <span data-testid="record-name">
                {r.personId !== null ? <Link to={`/can-bo/${r.personId}`}>{r.name}</Link> : r.name}
              </span>
            ),
          },
          { title: 'Đơn vị', dataIndex: 'unitName' },
          { title: 'Danh hiệu / hình thức', dataIndex: 'label' },
          { title: 'Cấp', dataIndex: 'authorityLabel' },
          {
            title: 'Quyết định',
            render: (_, r) => (
              <span data-testid="record-decision">
                {r.number ? `Số ${r.number}${r.symbol ? `/${r.symbol}` : ''}` : 'Chưa rõ số'}
                {r.decidedOn ? ` ngày ${formatDate(r.decidedOn)}` : ''}
                {r.issuerName ? <Typography.Text type="secondary"> – {r.issuerName}</Typography.Text> : null}
              </span>
            ),
          },
          {
            title: 'Số ngày đến QĐ',
            align: 'right',
            render: (_, r) => (r.daysToDecision === null ? '' : formatNumber(r.daysToDecision)),
          },
          {
            title: 'Tình trạng',
            render: (_, r) =>
              r.status === 'annulled' ? (
                <Tag color="red" title={r.annulledReason ?? undefined}>
                  Đã hủy
                </Tag>
              ) : (
                <Tag color="green">{r.sourceLabel}</Tag>
              ),
          },
        ]}
      />
    </>
  );
}
