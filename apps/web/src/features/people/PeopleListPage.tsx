import { useEffect, useMemo, useState } from 'react';
import { Button, Card, Checkbox, Flex, Input, Select, Table, Tag, Tooltip } from 'antd';
import type { TableColumnsType } from 'antd';
import { FileExcelOutlined, PlusOutlined, SearchOutlined, UploadOutlined } from '@ant-design/icons';
import { Link, useNavigate, useSearchParams } from 'react-router';
import { PageHeader } from '../../components/PageHeader.tsx';
import { ErrorAlert } from '../../components/ErrorAlert.tsx';
import { useUnits } from '../../lib/endpoints/units.ts';
import { formatDate, formatNumber } from '../../lib/format.ts';
import { useDebounced } from '../../lib/hooks.ts';
import { CATEGORIES, CATEGORY_LABELS, GENDER_LABELS } from '../../lib/labels.ts';
import { hasPermission } from '../../lib/permissions.ts';
import { useMe } from '../../lib/session.tsx';
import { usePeople } from './api/get-people.ts';
import { exportPeople } from './api/export-people.ts';
import type { PeopleFilters, PersonRow } from './api/person-schema.ts';
import { ImportModal } from './ImportModal.tsx';

const PAGE_SIZES = ['20', '50', '100', '200'];

function intParam(v: string | null): number | null {
  const n = v ? Number(v) : NaN;
  return Number.isInteger(n) && n > 0 ? n : null;
}

export function PeopleListPage() {
  const me = useMe();
  const navigate = useNavigate();
  const [params, setParams] = useSearchParams();
  const [importOpen, setImportOpen] = useState(false);

  // Filters live in the URL, so a list can be bookmarked and "back" returns to the same page.
  const page = intParam(params.get('page')) ?? 1;
  const pageSize = intParam(params.get('pageSize')) ?? 50;
  const unitId = intParam(params.get('unitId'));
  const category = params.get('category');
  const leaderParam = params.get('leader');
  const leader = leaderParam === 'true' || leaderParam === 'false' ? leaderParam : null;
  const includeLeft = params.get('includeLeft') === 'true';
  const qParam = params.get('q') ?? '';

  const [search, setSearch] = useState(qParam);
  const debounced = useDebounced(search.trim(), 300);

  const update = (changes: Record<string, string | number | null | undefined>, resetPage = true) => {
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
  };

  useEffect(() => {
    if (debounced !== qParam) update({ q: debounced });
  }, [debounced]);

  const filters: PeopleFilters = useMemo(
    () => ({ agencyId: me.agencyId ?? null, unitId, category, leader, q: qParam || null, includeLeft }),
    [me.agencyId, unitId, category, leader, qParam, includeLeft],
  );
  const people = usePeople({ ...filters, page, pageSize });
  const units = useUnits(me.agencyId);
  const writable = hasPermission(me, 'people:write');
  const importable = hasPermission(me, 'people:import');
  const exportable = hasPermission(me, 'people:export');

  const columns: TableColumnsType<PersonRow> = [
    {
      title: 'STT',
      key: 'index',
      width: 56,
      align: 'right',
      render: (_v, _r, i) => formatNumber((page - 1) * pageSize + i + 1),
    },
    { title: 'Mã', dataIndex: 'code', width: 80 },
    {
      title: 'Họ và tên',
      dataIndex: 'fullName',
      width: 180,
      render: (name: string, r) => (
        <Link to={`/can-bo/${r.id}`} data-testid="person-link">
          {name}
        </Link>
      ),
    },
    {
      title: 'Giới tính',
      dataIndex: 'gender',
      width: 72,
      render: (g: PersonRow['gender']) => GENDER_LABELS[g],
    },
    { title: 'Ngày sinh', dataIndex: 'birthDate', width: 96, render: (d: string | null) => formatDate(d) },
    {
      title: 'Chức vụ',
      dataIndex: 'position',
      render: (p: string | null, r) => (
        <>
          {p}
          {r.isLeader && (
            <Tag color="gold" style={{ marginLeft: 6 }}>
              Lãnh đạo
            </Tag>
          )}
        </>
      ),
    },
    { title: 'Đơn vị', dataIndex: 'unitName', ellipsis: true },
    {
      title: 'Loại',
      dataIndex: 'category',
      width: 88,
      render: (c: PersonRow['category']) => CATEGORY_LABELS[c],
    },
    {
      title: 'Đảng viên',
      dataIndex: 'partyMember',
      width: 80,
      align: 'center',
      render: (v: boolean | null) => (v ? <Tag color="red">Có</Tag> : ''),
    },
    { title: 'Vào cơ quan', dataIndex: 'startDate', width: 100, render: (d: string | null) => formatDate(d) },
    ...(includeLeft
      ? [
          {
            title: 'Ngày nghỉ',
            dataIndex: 'endDate',
            width: 100,
            render: (d: string | null) => formatDate(d),
          },
        ]
      : []),
  ];

  return (
    <>
      <PageHeader
        title="Danh sách cán bộ"
        subtitle={people.data ? `${formatNumber(people.data.total)} người` : undefined}
        extra={
          <>
            {exportable && (
              <Tooltip title="Tải về toàn bộ danh sách theo bộ lọc hiện tại">
                <Button
                  icon={<FileExcelOutlined />}
                  onClick={() => exportPeople(filters)}
                  data-testid="people-export"
                >
                  Xuất Excel
                </Button>
              </Tooltip>
            )}
            {importable && (
              <Button icon={<UploadOutlined />} onClick={() => setImportOpen(true)} data-testid="import-open">
                Nhập từ Excel
              </Button>
            )}
            {writable && (
              <Button
                type="primary"
                icon={<PlusOutlined />}
                onClick={() => void navigate('/can-bo/moi')}
                data-testid="person-create"
              >
                Thêm cán bộ
              </Button>
            )}
          </>
        }
      />
      <Card styles={{ body: { padding: 16 } }}>
        <Flex gap={8} wrap style={{ marginBottom: 12 }}>
          <Input
            allowClear
            prefix={<SearchOutlined />}
            placeholder="Tìm theo họ tên hoặc mã (gõ có dấu hay không dấu đều được)"
            aria-label="Tìm cán bộ"
            value={search}
            onChange={(e) => setSearch(e.target.value)}
            style={{ width: 380 }}
            data-testid="people-search"
          />
          <Select
            allowClear
            placeholder="Đơn vị"
            aria-label="Lọc theo đơn vị"
            style={{ width: 260 }}
            loading={units.isLoading}
            value={unitId ?? undefined}
            onChange={(v?: number) => update({ unitId: v ?? null })}
            options={(units.data ?? []).map((u) => ({ value: u.id, label: u.name }))}
            showSearch={{ optionFilterProp: 'label' }}
            data-testid="people-filter-unit"
          />
          <Select
            allowClear
            placeholder="Loại cán bộ"
            aria-label="Lọc theo loại cán bộ"
            style={{ width: 150 }}
            value={category ?? undefined}
            onChange={(v?: string) => update({ category: v ?? null })}
            options={CATEGORIES.map((c) => ({ value: c, label: CATEGORY_LABELS[c] }))}
            data-testid="people-filter-category"
          />
          <Select
            allowClear
            placeholder="Lãnh đạo"
            aria-label="Lọc lãnh đạo"
            style={{ width: 160 }}
            value={leader ?? undefined}
            onChange={(v?: string) => update({ leader: v ?? null })}
            options={[
              { value: 'true', label: 'Chỉ lãnh đạo' },
              { value: 'false', label: 'Không phải lãnh đạo' },
            ]}
            data-testid="people-filter-leader"
          />
          <Checkbox
            checked={includeLeft}
            onChange={(e) => update({ includeLeft: e.target.checked ? 'true' : null })}
          >
            Gồm cả người đã nghỉ
          </Checkbox>
        </Flex>
        <ErrorAlert error={people.error} />
        <Table<PersonRow>
          data-testid="people-table"
          size="small"
          rowKey="id"
          columns={columns}
          dataSource={people.data?.items ?? []}
          loading={people.isFetching}
          scroll={{ x: 1040 }}
          locale={{
            emptyText: qParam ? `Không tìm thấy cán bộ nào khớp “${qParam}”.` : 'Chưa có cán bộ nào.',
          }}
          pagination={{
            current: page,
            pageSize,
            total: people.data?.total ?? 0,
            showSizeChanger: true,
            pageSizeOptions: PAGE_SIZES,
            showTotal: (total, [from, to]) =>
              `${formatNumber(from)}–${formatNumber(to)} / ${formatNumber(total)}`,
            onChange: (p, size) =>
              update({ page: p === 1 ? null : p, pageSize: size === 50 ? null : size }, false),
          }}
        />
      </Card>
      {importable && (
        <ImportModal open={importOpen} agencyId={me.agencyId ?? null} onClose={() => setImportOpen(false)} />
      )}
    </>
  );
}
