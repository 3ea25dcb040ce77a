// Khối, cụm thi đua: the clusters and blocks of a year the user has business with — its agency's (as member,
// leader or deputy) or, for a reviewer, every one its level organises — by level, with that year's leader
// and deputy. Excel export of the list.
import { Button, InputNumber, Segmented, Table, Tag } from 'antd';
import { Link, useSearchParams } from 'react-router';
import { ErrorAlert } from '../../components/ErrorAlert.tsx';
import { PageHeader } from '../../components/PageHeader.tsx';
import { download } from '../../lib/api.ts';
import { useClusters } from './api/clusters.ts';
import { KIND_LABELS, LEVEL_LABELS, ROLE_COLORS, roleLabel } from './labels.ts';
import { useWorkingYear } from '../../lib/session.tsx';

export function ClustersPage() {
  const workingYear = useWorkingYear();
  const [params, setParams] = useSearchParams();
  const year = Number(params.get('nam')) || workingYear;
  const levelParam = params.get('cap');
  const level = levelParam === 'bo' || levelParam === 'tinh' ? levelParam : undefined;
  const list = useClusters(year, level);
  const set = (k: string, v: string | null) => {
    const next = new URLSearchParams(params);
    if (v === null) next.delete(k);
    else next.set(k, v);
    setParams(next, { replace: true });
  };
  return (
    <>
      <PageHeader
        title="Khối, cụm thi đua"
        subtitle="Các khối, cụm mà cơ quan tham gia hoặc theo dõi; thành viên và Cụm trưởng, Cụm phó của năm"
        extra={
          <>
            <Segmented
              value={level ?? 'all'}
              options={[
                { value: 'all', label: 'Tất cả' },
                { value: 'bo', label: LEVEL_LABELS.bo },
                { value: 'tinh', label: LEVEL_LABELS.tinh },
              ]}
              onChange={(v) => set('cap', v === 'all' ? null : String(v))}
            />
            <InputNumber
              data-testid="clusters-year"
              aria-label="Năm"
              value={year}
              min={2000}
              max={2100}
              onChange={(v) => v && set('nam', String(v))}
            />
            <Button onClick={() => download('/clusters/export.xlsx', { year, level })}>Xuất Excel</Button>
          </>
        }
      />
      <ErrorAlert error={list.error} />
      <Table
        data-testid="clusters-table"
        rowKey="id"
        loading={list.isLoading}
        dataSource={list.data ?? []}
        pagination={false}
        locale={{ emptyText: `Năm ${year} không có khối, cụm thi đua nào bạn tham gia hoặc theo dõi.` }}
        columns={[
          {
            title: 'Tên khối, cụm',
            render: (_, c) => (
              <Link data-testid={`cluster-link-${c.code}`} to={`/cum-thi-dua/${c.id}?nam=${year}`}>
                {c.name}
              </Link>
            ),
          },
          { title: 'Loại', render: (_, c) => KIND_LABELS[c.kind] },
          { title: 'Cấp tổ chức', render: (_, c) => LEVEL_LABELS[c.level] },
          { title: 'Cơ quan tổ chức', dataIndex: 'organiserName' },
          { title: 'Thành viên', dataIndex: 'memberCount', align: 'right' },
          {
            title: `Cụm trưởng ${year}`,
            render: (_, c) => c.leader?.name ?? <Tag>Chưa bầu</Tag>,
          },
          { title: `Cụm phó ${year}`, render: (_, c) => c.deputy?.name ?? '' },
          {
            title: 'Vai trò của tôi',
            render: (_, c) =>
              c.myRole ? <Tag color={ROLE_COLORS[c.myRole]}>{roleLabel(c.myRole, c.kind)}</Tag> : null,
          },
        ]}
      />
    </>
  );
}
