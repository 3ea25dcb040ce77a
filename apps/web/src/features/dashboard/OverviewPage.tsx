import { Card, Col, Descriptions, Row, Select, Statistic, Steps, Tag, Typography } from 'antd';
import { ApartmentOutlined, TeamOutlined, FlagOutlined, UserOutlined } from '@ant-design/icons';
import { useSearchParams } from 'react-router';
import { PageHeader } from '../../components/PageHeader.tsx';
import { ErrorAlert } from '../../components/ErrorAlert.tsx';
import { useAgency } from '../../lib/endpoints/agency.ts';
import { formatNumber } from '../../lib/format.ts';
import { GROUP_KIND_LABELS, GROUP_ROLE_LABELS, ROLE_LABELS, label } from '../../lib/labels.ts';
import { useMe, useWorkingYear } from '../../lib/session.tsx';
import { useDashboard } from './api.ts';
import { DirectorCard, OfficerCards, StaffCard, UnitHeadCard } from './RoleCards.tsx';

// The yearly cycle of emulation and commendation work in an agency, as the menu follows it.
const CYCLE = [
  { title: 'Tháng 1–2', content: 'Kế hoạch TĐKT, phát động phong trào, đăng ký thi đua, ký giao ước' },
  { title: 'Cả năm', content: 'Tổ chức phong trào, sáng kiến, sơ kết 6 tháng' },
  { title: 'Tháng 10', content: 'Hội đồng sáng kiến xét công nhận' },
  { title: 'Tháng 11–12', content: 'Đánh giá xếp loại, bình xét, Hội đồng TĐKT' },
  { title: 'Cuối năm', content: 'Đề nghị, quyết định khen thưởng, tổng kết' },
];

export function OverviewPage() {
  const me = useMe();
  const agency = useAgency(me.agencyId);
  const stats = agency.data?.stats;
  const year = useWorkingYear();
  const groups = (agency.data?.groups ?? []).filter((g) => g.year === year || g.year === year - 1);
  // The cards' year: chosen here (?nam=), else the server's (this year, or the latest year with records).
  const [params, setParams] = useSearchParams();
  const asked = Number(params.get('nam')) >= 1945 ? Number(params.get('nam')) : undefined;
  const dash = useDashboard(asked);
  const d = dash.data;
  const years = Array.from({ length: 8 }, (_, i) => year - i);

  return (
    <>
      <PageHeader
        title="Tổng quan"
        subtitle={`Xin chào, ${me.displayName}.`}
        extra={
          d && (
            <Select
              style={{ width: 130 }}
              value={d.year}
              onChange={(v: number) => setParams({ nam: String(v) }, { replace: true })}
              options={(years.includes(d.year) ? years : [d.year, ...years]).map((y) => ({
                value: y,
                label: `Năm ${y}`,
              }))}
              data-testid="overview-year"
            />
          )
        }
      />
      <ErrorAlert error={agency.error ?? dash.error} />
      {d?.director && <DirectorCard year={d.year} data={d.director} />}
      {d?.officer && <OfficerCards year={d.year} data={d.officer} />}
      {d?.unitHead && <UnitHeadCard year={d.year} data={d.unitHead} />}
      {d?.staff && <StaffCard year={d.year} data={d.staff} />}
      {agency.data && (
        <Card style={{ marginBottom: 16 }} title={agency.data.name} extra={agency.data.parentName}>
          <Row gutter={[16, 16]} className="stat-grid">
            <Col xs={12} md={6}>
              <Statistic
                title="Tổng số cán bộ"
                value={formatNumber(stats?.people)}
                prefix={<TeamOutlined />}
              />
            </Col>
            <Col xs={12} md={6}>
              <Statistic
                title="Công chức / Viên chức / Hợp đồng"
                value={`${stats?.congChuc ?? 0} / ${stats?.vienChuc ?? 0} / ${stats?.hopDong ?? 0}`}
                prefix={<UserOutlined />}
              />
            </Col>
            <Col xs={12} md={6}>
              <Statistic
                title="Đảng viên (chi bộ)"
                value={`${stats?.partyMembers ?? 0} (${stats?.partyCells ?? 0})`}
                prefix={<FlagOutlined />}
              />
            </Col>
            <Col xs={12} md={6}>
              <Statistic title="Lãnh đạo" value={stats?.leaders ?? 0} prefix={<ApartmentOutlined />} />
            </Col>
          </Row>
        </Card>
      )}
      <Row gutter={16}>
        <Col xs={24} lg={14}>
          <Card title={`Chu kỳ công tác thi đua, khen thưởng năm ${year}`} style={{ marginBottom: 16 }}>
            <Steps orientation="vertical" size="small" current={-1} items={CYCLE} />
          </Card>
        </Col>
        <Col xs={24} lg={10}>
          <Card title="Tài khoản của bạn" style={{ marginBottom: 16 }}>
            <Descriptions column={1} size="small">
              <Descriptions.Item label="Tên đăng nhập">{me.username}</Descriptions.Item>
              <Descriptions.Item label="Vai trò">
                {me.roles.map((r, i) => (
                  <Tag key={i} color="blue">
                    {label(ROLE_LABELS, r.role)}
                    {r.scopeName ? ` – ${r.scopeName}` : ''}
                  </Tag>
                ))}
              </Descriptions.Item>
            </Descriptions>
          </Card>
          {groups.length > 0 && (
            <Card title="Khối, cụm thi đua" style={{ marginBottom: 16 }}>
              {groups.map((g) => (
                <Typography.Paragraph key={`${g.groupId}-${g.year}`} style={{ marginBottom: 6 }}>
                  {g.name} <Tag>{label(GROUP_KIND_LABELS, g.kind)}</Tag>
                  <Tag color={g.role === 'member' ? 'default' : 'gold'}>
                    {label(GROUP_ROLE_LABELS, g.role)} {g.year}
                  </Tag>
                </Typography.Paragraph>
              ))}
            </Card>
          )}
        </Col>
      </Row>
    </>
  );
}
