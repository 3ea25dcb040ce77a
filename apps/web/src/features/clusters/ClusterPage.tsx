// One cluster or block in one year: its members and their roles, the rotation history (who led in each year),
// the cluster's plan with its tasks (entered by the leader, exported as .docx), the conferences with the
// election of next year's leader and deputy, and the mid-year / year-end reports (.docx from the data).
import { Button, Descriptions, Select, Space, Table, Tabs, Tag, Typography } from 'antd';
import { useParams, useSearchParams } from 'react-router';
import { ErrorAlert } from '../../components/ErrorAlert.tsx';
import { PageHeader } from '../../components/PageHeader.tsx';
import { download } from '../../lib/api.ts';
import { formatDate } from '../../lib/format.ts';
import { useCluster, type ClusterDetail } from './api/clusters.ts';
import { ElectionTab } from './ElectionTab.tsx';
import { LEVEL_LABELS, ROLE_COLORS, roleLabel } from './labels.ts';
import { PlanTab } from './PlanTab.tsx';
import { useWorkingYear } from '../../lib/session.tsx';

function MembersTab({ c }: { c: ClusterDetail }) {
  return (
    <Space direction="vertical" size="large" style={{ width: '100%' }}>
      <Table
        data-testid="cluster-members"
        rowKey="agencyId"
        size="small"
        pagination={false}
        dataSource={c.members}
        locale={{ emptyText: `Năm ${c.year} chưa có thành viên.` }}
        columns={[
          { title: 'Stt', width: 60, render: (_, __, i) => i + 1 },
          { title: 'Cơ quan thành viên', dataIndex: 'agencyName' },
          {
            title: 'Vai trò',
            render: (_, m) => <Tag color={ROLE_COLORS[m.role]}>{roleLabel(m.role, c.kind)}</Tag>,
          },
          { title: 'Từ ngày', render: (_, m) => formatDate(m.roleSince) },
        ]}
      />
      <div>
        <Typography.Title level={5}>
          Lịch sử luân phiên {c.kind === 'cum' ? 'Cụm trưởng, Cụm phó' : 'Khối trưởng, Khối phó'}
        </Typography.Title>
        <Table
          data-testid="cluster-rotation"
          rowKey="year"
          size="small"
          pagination={false}
          dataSource={c.rotation}
          columns={[
            { title: 'Năm', dataIndex: 'year', width: 80 },
            {
              title: roleLabel('leader', c.kind),
              render: (_, r) =>
                r.leader ? (
                  <>
                    {r.leader.agencyName}
                    {r.leader.roleSince && (
                      <Typography.Text type="secondary">
                        {' '}
                        (từ {formatDate(r.leader.roleSince)})
                      </Typography.Text>
                    )}
                  </>
                ) : (
                  <Tag>Chưa bầu</Tag>
                ),
            },
            {
              title: roleLabel('deputy', c.kind),
              render: (_, r) => r.deputy?.agencyName ?? '',
            },
          ]}
        />
      </div>
    </Space>
  );
}

function ReportsTab({ c }: { c: ClusterDetail }) {
  return (
    <Space direction="vertical">
      <Typography.Paragraph>
        Báo cáo lập từ dữ liệu của Cụm năm {c.year}: thành viên, tiến độ các nhiệm vụ trong kế hoạch, giao
        ước, các hội nghị; báo cáo tổng kết có thêm kết quả chấm điểm, xếp hạng (khi đã công bố) và kết quả
        bầu Cụm trưởng, Cụm phó năm {c.year + 1}.
      </Typography.Paragraph>
      <Space wrap>
        <Button
          data-testid="cluster-report-so-ket"
          onClick={() => download(`/clusters/${c.id}/reports/so-ket-6-thang`, { year: c.year })}
        >
          Báo cáo sơ kết 6 tháng (.docx)
        </Button>
        <Button
          data-testid="cluster-report-tong-ket"
          onClick={() => download(`/clusters/${c.id}/reports/tong-ket-nam`, { year: c.year })}
        >
          Báo cáo tổng kết năm (.docx)
        </Button>
      </Space>
    </Space>
  );
}

export function ClusterPage() {
  const workingYear = useWorkingYear();
  const id = Number(useParams().id);
  const [params, setParams] = useSearchParams();
  const year = Number(params.get('nam')) || workingYear;
  const tab = params.get('muc') ?? 'thanh-vien';
  const q = useCluster(id, year);
  const set = (k: string, v: string) => {
    const next = new URLSearchParams(params);
    next.set(k, v);
    setParams(next, { replace: true });
  };
  const c = q.data;
  const years = [...new Set([...(c?.years ?? []), year])].sort((a, b) => b - a);
  return (
    <>
      <PageHeader
        title={c?.name ?? 'Khối, cụm thi đua'}
        subtitle={c ? `${LEVEL_LABELS[c.level]} – ${c.organiserName ?? ''}` : undefined}
        crumbs={[{ title: 'Khối, cụm thi đua', to: `/cum-thi-dua?nam=${year}` }, { title: c?.name ?? '…' }]}
        extra={
          <Select
            data-testid="cluster-year"
            aria-label="Năm"
            value={year}
            style={{ width: 110 }}
            options={years.map((y) => ({ value: y, label: `Năm ${y}` }))}
            onChange={(v) => set('nam', String(v))}
          />
        }
      />
      <ErrorAlert error={q.error} />
      {c && (
        <>
          <Descriptions size="small" column={3} style={{ marginBottom: 16 }}>
            <Descriptions.Item label={roleLabel('leader', c.kind)}>
              {c.members.find((m) => m.role === 'leader')?.agencyName ?? 'Chưa bầu'}
            </Descriptions.Item>
            <Descriptions.Item label={roleLabel('deputy', c.kind)}>
              {c.members.find((m) => m.role === 'deputy')?.agencyName ?? 'Chưa bầu'}
            </Descriptions.Item>
            <Descriptions.Item label="Vai trò của tôi">
              {c.myRole ? (
                <Tag data-testid="cluster-my-role" color={ROLE_COLORS[c.myRole]}>
                  {roleLabel(c.myRole, c.kind)}
                </Tag>
              ) : null}
            </Descriptions.Item>
            {c.description && (
              <Descriptions.Item label="Ghi chú" span={3}>
                {c.description}
              </Descriptions.Item>
            )}
          </Descriptions>
          <Tabs
            activeKey={tab}
            onChange={(k) => set('muc', k)}
            items={[
              {
                key: 'thanh-vien',
                label: <span data-testid="cluster-tab-members">Thành viên và luân phiên</span>,
                children: <MembersTab c={c} />,
              },
              {
                key: 'ke-hoach',
                label: <span data-testid="cluster-tab-plan">Kế hoạch hoạt động</span>,
                children: <PlanTab c={c} />,
              },
              {
                key: 'hoi-nghi',
                label: (
                  <span data-testid="cluster-tab-meetings">
                    Hội nghị và bầu {roleLabel('leader', c.kind)}
                  </span>
                ),
                children: <ElectionTab c={c} />,
              },
              {
                key: 'bao-cao',
                label: <span data-testid="cluster-tab-reports">Báo cáo</span>,
                children: <ReportsTab c={c} />,
              },
            ]}
          />
        </>
      )}
    </>
  );
}
