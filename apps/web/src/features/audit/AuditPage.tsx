import { useEffect, useMemo, useState } from 'react';
import { Alert, Button, Card, DatePicker, Flex, Input, Select } from 'antd';
import { FileExcelOutlined, SafetyCertificateOutlined, SearchOutlined } from '@ant-design/icons';
import dayjs from 'dayjs';
import { useSearchParams } from 'react-router';
import { PageHeader } from '../../components/PageHeader.tsx';
import { ErrorAlert } from '../../components/ErrorAlert.tsx';
import { AuditEntriesTable } from '../../components/AuditEntriesTable.tsx';
import { errorMessage } from '../../lib/api.ts';
import { DATE_FORMAT, formatNumber } from '../../lib/format.ts';
import { useDebounced } from '../../lib/hooks.ts';
import { AUDIT_ACTION_LABELS, AUDIT_ENTITY_LABELS } from '../../lib/labels.ts';
import { hasPermission } from '../../lib/permissions.ts';
import { useMe } from '../../lib/session.tsx';
import { useAudit, type AuditFilters } from './api/get-audit.ts';
import { exportAudit } from './api/export-audit.ts';
import { useVerifyAudit } from './api/verify-audit.ts';
import { useUserOptions } from './api/get-user-options.ts';

const ENTITY_OPTIONS = ['people', 'units', 'agencies', 'users', 'sessions', 'database'].map((v) => ({
  value: v,
  label: AUDIT_ENTITY_LABELS[v] ?? v,
}));
const ACTION_OPTIONS = [
  'create',
  'update',
  'delete',
  'end',
  'import',
  'login',
  'logout',
  'password',
  'lock',
  'seed',
].map((v) => ({
  value: v,
  label: AUDIT_ACTION_LABELS[v] ?? v,
}));

function intParam(v: string | null): number | null {
  const n = v ? Number(v) : NaN;
  return Number.isInteger(n) && n > 0 ? n : null;
}

export function AuditPage() {
  const me = useMe();
  const [params, setParams] = useSearchParams();
  const page = intParam(params.get('page')) ?? 1;
  const pageSize = intParam(params.get('pageSize')) ?? 50;
  const filters: AuditFilters = useMemo(
    () => ({
      entity: params.get('entity'),
      entityId: intParam(params.get('entityId')),
      userId: intParam(params.get('userId')),
      action: params.get('action'),
      from: params.get('from'),
      to: params.get('to'),
      q: params.get('q'),
    }),
    [params],
  );
  const [search, setSearch] = useState(filters.q ?? '');
  const debounced = useDebounced(search.trim(), 300);

  const update = (changes: Record<string, string | number | null | undefined>, resetPage = true) =>
    setParams(
      (prev) => {
        const next = new URLSearchParams(prev);
        for (const [k, v] of Object.entries(changes)) {
          if (v === null || v === undefined || v === '') next.delete(k);
          else next.set(k, String(v));
        }
        if (resetPage && !('page' in changes)) next.delete('page');
        return next;
      },
      { replace: true },
    );

  useEffect(() => {
    if (debounced !== (filters.q ?? '')) update({ q: debounced });
  }, [debounced]);

  const audit = useAudit({ ...filters, page, pageSize });
  const users = useUserOptions(hasPermission(me, 'users:read'));
  const verify = useVerifyAudit();
  const range: [dayjs.Dayjs | null, dayjs.Dayjs | null] = [
    filters.from ? dayjs(filters.from) : null,
    filters.to ? dayjs(filters.to) : null,
  ];

  return (
    <>
      <PageHeader
        title="Nhật ký hệ thống"
        subtitle={
          audit.data
            ? `${formatNumber(audit.data.total)} bản ghi`
            : 'Mọi thay đổi dữ liệu: ai, khi nào, bản ghi nào, trước và sau'
        }
        extra={
          <>
            {hasPermission(me, 'audit:export') && (
              <Button
                icon={<FileExcelOutlined />}
                onClick={() => exportAudit(filters)}
                data-testid="audit-export"
              >
                Xuất Excel
              </Button>
            )}
            {hasPermission(me, 'audit:verify') && (
              <Button
                icon={<SafetyCertificateOutlined />}
                loading={verify.isPending}
                onClick={() => verify.mutate()}
                data-testid="audit-verify"
              >
                Kiểm tra chuỗi nhật ký
              </Button>
            )}
          </>
        }
      />
      {verify.data && (
        <Alert
          data-testid="audit-verify-result"
          type={verify.data.ok ? 'success' : 'error'}
          showIcon
          closable
          onClose={() => verify.reset()}
          title={verify.data.ok ? 'Chuỗi nhật ký toàn vẹn' : 'Chuỗi nhật ký bị phá vỡ'}
          description={`${verify.data.message} (đã kiểm tra ${formatNumber(verify.data.checked)} bản ghi${
            verify.data.firstBrokenId !== null
              ? `, mắt xích hỏng đầu tiên: #${verify.data.firstBrokenId}`
              : ''
          }).`}
          style={{ marginBottom: 16 }}
        />
      )}
      {verify.error && (
        <Alert
          type="error"
          showIcon
          title="Không kiểm tra được"
          description={errorMessage(verify.error)}
          style={{ marginBottom: 16 }}
        />
      )}
      <Card styles={{ body: { padding: 16 } }}>
        <Flex gap={8} wrap style={{ marginBottom: 12 }}>
          <Input
            allowClear
            prefix={<SearchOutlined />}
            placeholder="Tìm trong nội dung"
            aria-label="Tìm trong nhật ký"
            value={search}
            onChange={(e) => setSearch(e.target.value)}
            style={{ width: 260 }}
            data-testid="audit-search"
          />
          <Select
            allowClear
            placeholder="Đối tượng"
            aria-label="Lọc theo đối tượng"
            style={{ width: 150 }}
            value={filters.entity ?? undefined}
            onChange={(v?: string) => update({ entity: v ?? null, entityId: null })}
            options={ENTITY_OPTIONS}
            data-testid="audit-filter-entity"
          />
          {filters.entityId && (
            <Button onClick={() => update({ entityId: null })}>Bản ghi #{filters.entityId} ✕</Button>
          )}
          <Select
            allowClear
            placeholder="Thao tác"
            aria-label="Lọc theo thao tác"
            style={{ width: 170 }}
            value={filters.action ?? undefined}
            onChange={(v?: string) => update({ action: v ?? null })}
            options={ACTION_OPTIONS}
            data-testid="audit-filter-action"
          />
          {hasPermission(me, 'users:read') && (
            <Select
              allowClear
              showSearch={{ optionFilterProp: 'label' }}
              placeholder="Người thực hiện"
              aria-label="Lọc theo người thực hiện"
              style={{ width: 200 }}
              loading={users.isLoading}
              value={filters.userId ?? undefined}
              onChange={(v?: number) => update({ userId: v ?? null })}
              options={(users.data ?? []).map((u) => ({
                value: u.id,
                label: u.displayName ? `${u.username} – ${u.displayName}` : u.username,
              }))}
              data-testid="audit-filter-user"
            />
          )}
          <DatePicker.RangePicker
            format={DATE_FORMAT}
            placeholder={['Từ ngày', 'Đến ngày']}
            value={range}
            allowEmpty={[true, true]}
            onChange={(v) =>
              update({ from: v?.[0]?.format('YYYY-MM-DD') ?? null, to: v?.[1]?.format('YYYY-MM-DD') ?? null })
            }
            data-testid="audit-filter-dates"
          />
        </Flex>
        <ErrorAlert error={audit.error} />
        <AuditEntriesTable
          testId="audit-table"
          entries={audit.data?.items ?? []}
          loading={audit.isFetching}
          pagination={{
            current: page,
            pageSize,
            total: audit.data?.total ?? 0,
            showSizeChanger: true,
            pageSizeOptions: ['20', '50', '100', '200'],
            showTotal: (total, [from, to]) =>
              `${formatNumber(from)}–${formatNumber(to)} / ${formatNumber(total)}`,
            onChange: (p, size) =>
              update({ page: p === 1 ? null : p, pageSize: size === 50 ? null : size }, false),
          }}
        />
      </Card>
    </>
  );
}
