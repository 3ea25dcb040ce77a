import { useMemo, useState } from 'react';
import { Card, Col, Descriptions, Empty, Row, Statistic, Table, Tag, Tree, Typography } from 'antd';
import type { TreeDataNode } from 'antd';
import { ApartmentOutlined, BankOutlined, TeamOutlined } from '@ant-design/icons';
import { Link } from 'react-router';
import { PageHeader } from '../../components/PageHeader.tsx';
import { ErrorAlert } from '../../components/ErrorAlert.tsx';
import { useAgency, type AgencyDetail } from '../../lib/endpoints/agency.ts';
import { formatNumber } from '../../lib/format.ts';
import {
  AGENCY_KIND_LABELS,
  GROUP_KIND_LABELS,
  GROUP_LEVEL_LABELS,
  GROUP_ROLE_LABELS,
  SIDE_ORG_LABELS,
  UNIT_KIND_LABELS,
  label,
} from '../../lib/labels.ts';
import { useMe } from '../../lib/session.tsx';
import { useAgencyTree, type AgencyNode } from './api/get-agency-tree.ts';

type Selection = { type: 'agency'; id: number } | { type: 'unit'; id: number; agencyId: number };

function toTreeData(nodes: AgencyNode[]): TreeDataNode[] {
  return nodes.map((a) => ({
    key: `a:${a.id}`,
    icon: <BankOutlined />,
    title: (
      <span>
        {a.name} <Typography.Text type="secondary">({label(AGENCY_KIND_LABELS, a.kind)})</Typography.Text>
      </span>
    ),
    children: [
      ...a.units.map((u) => ({
        key: `u:${u.id}:${a.id}`,
        icon: <ApartmentOutlined />,
        isLeaf: true,
        title: (
          <span>
            {u.name} <Tag style={{ marginLeft: 4 }}>{formatNumber(u.headcount ?? 0)} người</Tag>
          </span>
        ),
      })),
      ...toTreeData(a.children),
    ],
  }));
}

function findUnit(
  nodes: AgencyNode[],
  id: number,
): { unit: AgencyNode['units'][number]; agency: AgencyNode } | undefined {
  for (const a of nodes) {
    const u = a.units.find((x) => x.id === id);
    if (u) return { unit: u, agency: a };
    const inChild = findUnit(a.children, id);
    if (inChild) return inChild;
  }
  return undefined;
}

function AgencyCard({ agency }: { agency: AgencyDetail }) {
  const s = agency.stats;
  const groupsByYear = [...agency.groups].sort(
    (a, b) => b.year - a.year || a.name.localeCompare(b.name, 'vi'),
  );
  return (
    <>
      <Card
        title={agency.name}
        extra={label(AGENCY_KIND_LABELS, agency.kind)}
        style={{ marginBottom: 16 }}
        data-testid="agency-detail"
      >
        <Descriptions size="small" column={{ xs: 1, md: 2 }} style={{ marginBottom: 16 }}>
          {agency.parentName && (
            <Descriptions.Item label="Cơ quan cấp trên">{agency.parentName}</Descriptions.Item>
          )}
          {agency.shortName && <Descriptions.Item label="Tên viết tắt">{agency.shortName}</Descriptions.Item>}
          {agency.symbol && <Descriptions.Item label="Ký hiệu văn bản">{agency.symbol}</Descriptions.Item>}
          {agency.placeName && <Descriptions.Item label="Địa danh">{agency.placeName}</Descriptions.Item>}
          {agency.address && <Descriptions.Item label="Địa chỉ">{agency.address}</Descriptions.Item>}
        </Descriptions>
        <Row gutter={[16, 16]} className="stat-grid">
          <Col xs={12} md={6}>
            <Statistic title="Tổng số" value={formatNumber(s.people)} prefix={<TeamOutlined />} />
          </Col>
          <Col xs={12} md={6}>
            <Statistic title="Công chức" value={formatNumber(s.congChuc)} />
          </Col>
          <Col xs={12} md={6}>
            <Statistic title="Viên chức" value={formatNumber(s.vienChuc)} />
          </Col>
          <Col xs={12} md={6}>
            <Statistic title="Hợp đồng" value={formatNumber(s.hopDong)} />
          </Col>
          <Col xs={12} md={6}>
            <Statistic title="Lãnh đạo" value={formatNumber(s.leaders)} />
          </Col>
          <Col xs={12} md={6}>
            <Statistic title="Đảng viên" value={formatNumber(s.partyMembers)} />
          </Col>
          <Col xs={12} md={6}>
            <Statistic title="Chi bộ" value={formatNumber(s.partyCells)} />
          </Col>
        </Row>
      </Card>
      <Card title="Tổ chức Đảng, đoàn thể" style={{ marginBottom: 16 }} size="small">
        <Table
          size="small"
          rowKey="id"
          pagination={false}
          dataSource={agency.sideOrganisations}
          locale={{ emptyText: 'Chưa có dữ liệu.' }}
          columns={[
            {
              title: 'Loại',
              dataIndex: 'kind',
              width: 120,
              render: (k: string) => label(SIDE_ORG_LABELS, k),
            },
            { title: 'Tên', dataIndex: 'name' },
            {
              title: 'Số thành viên',
              dataIndex: 'memberCount',
              width: 130,
              align: 'right',
              render: (n: number | null) => formatNumber(n),
            },
          ]}
        />
      </Card>
      <Card title="Khối, cụm thi đua" size="small" data-testid="agency-groups">
        <Table
          size="small"
          rowKey={(g) => `${g.groupId}-${g.year}`}
          pagination={false}
          dataSource={groupsByYear}
          locale={{ emptyText: 'Không tham gia khối, cụm thi đua nào.' }}
          columns={[
            { title: 'Năm', dataIndex: 'year', width: 70 },
            { title: 'Khối/Cụm', dataIndex: 'name' },
            {
              title: 'Loại',
              key: 'kind',
              width: 190,
              render: (_: unknown, g) =>
                `${label(GROUP_KIND_LABELS, g.kind)} ${label(GROUP_LEVEL_LABELS, g.level)}`,
            },
            {
              title: 'Vai trò',
              dataIndex: 'role',
              width: 180,
              render: (r: string) => (
                <Tag color={r === 'leader' ? 'red' : r === 'deputy' ? 'gold' : 'default'}>
                  {label(GROUP_ROLE_LABELS, r)}
                </Tag>
              ),
            },
          ]}
        />
      </Card>
    </>
  );
}

export function OrgTreePage() {
  const me = useMe();
  const tree = useAgencyTree();
  const [selection, setSelection] = useState<Selection | null>(null);
  const firstAgencyId = tree.data?.[0]?.id;
  const current: Selection | null =
    selection ??
    (me.agencyId
      ? { type: 'agency', id: me.agencyId }
      : firstAgencyId
        ? { type: 'agency', id: firstAgencyId }
        : null);
  const agencyId = current ? (current.type === 'agency' ? current.id : current.agencyId) : null;
  const agency = useAgency(agencyId);
  const treeData = useMemo(() => toTreeData(tree.data ?? []), [tree.data]);
  const expandedKeys = useMemo(() => {
    const keys: string[] = [];
    const walk = (ns: AgencyNode[]) => ns.forEach((n) => (keys.push(`a:${n.id}`), walk(n.children)));
    walk(tree.data ?? []);
    return keys;
  }, [tree.data]);
  const selectedKey = current
    ? current.type === 'agency'
      ? `a:${current.id}`
      : `u:${current.id}:${current.agencyId}`
    : undefined;
  const unit = current?.type === 'unit' ? findUnit(tree.data ?? [], current.id) : undefined;

  return (
    <>
      <PageHeader title="Cơ cấu tổ chức" subtitle="Cơ quan, đơn vị trực thuộc và số cán bộ" />
      <ErrorAlert error={tree.error} />
      <Row gutter={16}>
        <Col xs={24} lg={10}>
          <Card loading={tree.isLoading} data-testid="org-tree">
            {treeData.length === 0 && !tree.isLoading ? (
              <Empty description="Không có cơ quan nào trong phạm vi của bạn." />
            ) : (
              treeData.length > 0 && (
                <Tree
                  showIcon
                  blockNode
                  defaultExpandedKeys={expandedKeys}
                  selectedKeys={selectedKey ? [selectedKey] : []}
                  treeData={treeData}
                  onSelect={(keys) => {
                    const k = String(keys[0] ?? '');
                    const [t, a, b] = k.split(':');
                    if (t === 'a') setSelection({ type: 'agency', id: Number(a) });
                    else if (t === 'u') setSelection({ type: 'unit', id: Number(a), agencyId: Number(b) });
                  }}
                />
              )
            )}
          </Card>
        </Col>
        <Col xs={24} lg={14}>
          {unit && (
            <Card
              title={unit.unit.name}
              extra={label(UNIT_KIND_LABELS, unit.unit.kind)}
              style={{ marginBottom: 16 }}
              data-testid="unit-detail"
            >
              <Descriptions size="small" column={1}>
                <Descriptions.Item label="Thuộc">{unit.agency.name}</Descriptions.Item>
                {unit.unit.code && <Descriptions.Item label="Mã đơn vị">{unit.unit.code}</Descriptions.Item>}
                <Descriptions.Item label="Số cán bộ">
                  <Link to={`/can-bo?unitId=${unit.unit.id}`}>
                    {formatNumber(unit.unit.headcount ?? 0)} người – xem danh sách
                  </Link>
                </Descriptions.Item>
              </Descriptions>
            </Card>
          )}
          <ErrorAlert error={agency.error} />
          {agency.isLoading && <Card loading />}
          {agency.data && <AgencyCard agency={agency.data} />}
        </Col>
      </Row>
    </>
  );
}
