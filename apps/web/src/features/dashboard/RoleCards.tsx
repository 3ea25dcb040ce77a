import { Card, Col, Empty, List, Progress, Row, Statistic, Tag, Typography } from 'antd';
import { Link } from 'react-router';
import { formatDate, formatNumber, formatPercent } from '../../lib/format.ts';
import { recordsHref, type Dashboard, type DashboardTask } from './api.ts';

// The overview's cards, one per role (issue #7 item 5). Every card links to the page its figures come from.

type Officer = NonNullable<Dashboard['officer']>;
type UnitHead = NonNullable<Dashboard['unitHead']>;
type Staff = NonNullable<Dashboard['staff']>;
type Director = NonNullable<Dashboard['director']>;

const pct = (r: number | null): number => (r === null ? 0 : Math.round(r * 1000) / 10);

function TaskList({ items, testId }: { items: DashboardTask[]; testId: string }) {
  if (items.length === 0)
    return <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description="Không có hạn sắp tới" />;
  return (
    <List
      size="small"
      data-testid={testId}
      dataSource={items}
      renderItem={(t) => (
        <List.Item>
          <Link to={`/ke-hoach/${t.planId}`}>{t.content}</Link>
          <span style={{ whiteSpace: 'nowrap', marginLeft: 8 }}>
            {formatDate(t.dueOn)}{' '}
            <Tag color={t.state === 'late' ? 'red' : 'blue'} style={{ marginInlineEnd: 0 }}>
              {t.stateLabel}
            </Tag>
          </span>
        </List.Item>
      )}
    />
  );
}

export function DirectorCard({ year, data }: { year: number; data: Director }) {
  return (
    <Card
      title={`Năm ${year} của cơ quan`}
      style={{ marginBottom: 16 }}
      data-testid="card-director"
      extra={<Link to={`/thong-ke?nam=${year}&tu=${year - 4}&den=${year}`}>Thống kê</Link>}
    >
      <Row gutter={[16, 16]}>
        <Col xs={12} md={4}>
          <Statistic title="Cán bộ trong năm" value={formatNumber(data.people)} />
        </Col>
        <Col xs={12} md={5}>
          <Link to={recordsHref({ from: year, to: year })} data-testid="director-awards">
            <Statistic
              title="Lượt khen thưởng (danh hiệu / hình thức)"
              value={`${formatNumber(data.awards.titles)} / ${formatNumber(data.awards.forms)}`}
            />
          </Link>
        </Col>
        <Col xs={12} md={5}>
          <Statistic title="Tỷ lệ đạt LĐTT" value={formatPercent(data.ldttShare)} />
        </Col>
        <Col xs={12} md={5}>
          <Typography.Text type="secondary">Xếp loại đã xong</Typography.Text>
          <Progress percent={pct(data.ratings.progress)} size="small" />
          <Typography.Text type="secondary">
            {data.ratings.finalised} người, {data.ratings.htxsnv} HTXSNV
          </Typography.Text>
        </Col>
        <Col xs={12} md={5}>
          <Typography.Text type="secondary">Nhiệm vụ kế hoạch hoàn thành</Typography.Text>
          <Progress
            percent={pct(data.tasks.progress)}
            size="small"
            status={data.tasks.overdue > 0 ? 'exception' : 'normal'}
          />
          <Typography.Text type="secondary">
            {data.tasks.done}/{data.tasks.total}, {data.tasks.overdue} trễ hạn
          </Typography.Text>
        </Col>
      </Row>
      <Typography.Paragraph style={{ marginTop: 12, marginBottom: 0 }}>
        Đăng ký thi đua: {data.registrations.people} cá nhân, {data.registrations.units} tập thể · Hồ sơ đề
        nghị đang xử lý: {data.proposals.pending}, đã có quyết định: {data.proposals.decided}
        {data.awards.byForm.length > 0 && ' · '}
        {data.awards.byForm.map((f) => (
          <Tag key={f.code} style={{ marginTop: 4 }}>
            <Link to={recordsHref({ from: year, to: year, code: f.code })}>
              {f.label}: {f.count}
            </Link>
          </Tag>
        ))}
      </Typography.Paragraph>
    </Card>
  );
}

export function OfficerCards({ year, data }: { year: number; data: Officer }) {
  return (
    <Row gutter={16}>
      <Col xs={24} lg={12}>
        <Card
          title="Hạn công việc"
          style={{ marginBottom: 16 }}
          data-testid="card-deadlines"
          extra={
            <Link to={`/thong-ke/nhiem-vu?year=${year}&state=late`}>Trễ hạn: {data.deadlines.overdue}</Link>
          }
        >
          <Typography.Paragraph type="secondary">
            {data.deadlines.open} nhiệm vụ kế hoạch năm {year} chưa xong đến hạn trong{' '}
            {data.deadlines.dueSoonDays} ngày tới hoặc đã quá hạn.
          </Typography.Paragraph>
          <TaskList items={data.deadlines.items} testId="officer-deadlines" />
        </Card>
      </Col>
      <Col xs={24} lg={12}>
        <Card
          title="Hồ sơ đề nghị đang xử lý"
          style={{ marginBottom: 16 }}
          data-testid="card-proposals"
          extra={<Link to="/de-nghi-khen-thuong">Đề nghị khen thưởng</Link>}
        >
          <Row gutter={16}>
            <Col span={12}>
              <Statistic title="Chưa có quyết định" value={data.proposals.pending} />
            </Col>
            <Col span={12}>
              <Statistic
                title={
                  data.proposals.oldestSentOn
                    ? `Chờ cấp trên (từ ${formatDate(data.proposals.oldestSentOn)})`
                    : 'Chờ cấp trên quyết định'
                }
                value={data.proposals.awaitingDecision}
              />
            </Col>
          </Row>
          {data.proposals.byStatus.map((s) => (
            <Tag key={s.status} style={{ marginTop: 8 }}>
              {s.label}: {s.count}
            </Tag>
          ))}
        </Card>
        <Card
          title={`Chỉ tiêu khen thưởng đã dùng năm ${year}`}
          style={{ marginBottom: 16 }}
          data-testid="card-quotas"
        >
          {data.quotas.map((q) => (
            <div key={q.code} style={{ marginBottom: 8 }}>
              <Link to={recordsHref(q.drill)} data-testid={`quota-${q.code}`}>
                {q.label}: {q.text}
              </Link>
              <Progress
                percent={
                  q.limit > 0 ? Math.min(100, Math.round((q.used / q.limit) * 100)) : q.used > 0 ? 100 : 0
                }
                size="small"
                status={q.code === 'chien-si-thi-dua-co-so' && q.used > q.limit ? 'exception' : 'normal'}
                format={() => `${q.used}/${q.limit}`}
              />
              {q.over.length > 0 && (
                <Typography.Text type="danger">Vượt tỷ lệ tại: {q.over.join(', ')}</Typography.Text>
              )}
            </div>
          ))}
        </Card>
      </Col>
      <Col xs={24}>
        <Card
          title={
            data.indicators.uptoMonth
              ? `Chỉ tiêu so với kế hoạch năm ${year} (lũy kế đến tháng ${data.indicators.uptoMonth})`
              : `Chỉ tiêu so với kế hoạch năm ${year}`
          }
          style={{ marginBottom: 16 }}
          data-testid="card-indicators"
          extra={<Link to={`/chi-tieu?nam=${year}`}>Chỉ tiêu</Link>}
        >
          {data.indicators.items.length === 0 ? (
            <Empty
              image={Empty.PRESENTED_IMAGE_SIMPLE}
              description="Chưa có số liệu chỉ tiêu có kế hoạch năm"
            />
          ) : (
            <Row gutter={[16, 8]}>
              {data.indicators.items.map((i) => (
                <Col xs={24} md={12} key={i.id}>
                  <Typography.Text>{i.name}</Typography.Text>
                  <Progress
                    percent={Math.min(100, i.percentOfPlan ?? 0)}
                    format={() => i.text ?? ''}
                    size="small"
                  />
                </Col>
              ))}
            </Row>
          )}
        </Card>
      </Col>
    </Row>
  );
}

export function UnitHeadCard({ year, data }: { year: number; data: UnitHead }) {
  return (
    <Card
      title={`${data.unitName} – năm ${year}`}
      style={{ marginBottom: 16 }}
      data-testid="card-unit-head"
      extra={<Link to={`/thong-ke?tab=danh-hieu&nam=${year}`}>Thống kê đơn vị</Link>}
    >
      <Row gutter={[16, 16]}>
        <Col xs={24} md={8}>
          <Link to={`/danh-gia-xep-loai?donVi=${data.unitIds[0] ?? ''}&nam=${year}`}>Đánh giá, xếp loại</Link>
          <Progress percent={pct(data.ratings.progress)} size="small" />
          <Typography.Text type="secondary" data-testid="unit-ratings">
            {data.ratings.finalised}/{data.ratings.people} đã xếp loại ({data.ratings.selfRated} tự đánh giá,{' '}
            {data.ratings.proposed} đề xuất, {data.ratings.htxsnv} HTXSNV)
          </Typography.Text>
        </Col>
        <Col xs={24} md={8}>
          <Link to="/han-cua-toi">Nhiệm vụ đơn vị chủ trì, phối hợp</Link>
          <Progress
            percent={data.tasks.total > 0 ? Math.round((data.tasks.done / data.tasks.total) * 100) : 0}
            size="small"
            status={data.tasks.overdue > 0 ? 'exception' : 'normal'}
          />
          <Typography.Text type="secondary" data-testid="unit-tasks">
            {data.tasks.done}/{data.tasks.total} xong, {data.tasks.overdue} trễ hạn
          </Typography.Text>
        </Col>
        <Col xs={24} md={8}>
          <Link to="/dang-ky-thi-dua">Đăng ký thi đua</Link>
          <Progress
            percent={
              data.registrations.people > 0
                ? Math.round((data.registrations.registered / data.registrations.people) * 100)
                : 0
            }
            size="small"
          />
          <Typography.Text type="secondary" data-testid="unit-registrations">
            {data.registrations.registered}/{data.registrations.people} cá nhân đã đăng ký; đơn vị{' '}
            {data.registrations.unitRegistered ? 'đã đăng ký' : 'chưa đăng ký'}
          </Typography.Text>
        </Col>
      </Row>
      <Typography.Paragraph style={{ marginTop: 12, marginBottom: 0 }}>
        Danh hiệu năm {year}: {data.titles.ldtt} LĐTT, {data.titles.cstdcs} CSTĐCS
        {data.titles.collective ? ', tập thể đạt danh hiệu' : ''}.
      </Typography.Paragraph>
    </Card>
  );
}

const STATUS_TAG: Record<string, [string, string]> = {
  eligible: ['green', 'Đủ điều kiện'],
  ineligible: ['default', 'Chưa đủ điều kiện'],
  'needs-review': ['gold', 'Cần xem xét'],
};

export function StaffCard({ year, data }: { year: number; data: Staff }) {
  return (
    <Row gutter={16}>
      <Col xs={24} lg={12}>
        <Card
          title="Lịch sử khen thưởng của tôi"
          style={{ marginBottom: 16 }}
          data-testid="card-my-history"
          extra={<Link to={`/can-bo/${data.personId}`}>Hồ sơ của tôi</Link>}
        >
          {data.history.length === 0 ? (
            <Empty
              image={Empty.PRESENTED_IMAGE_SIMPLE}
              description="Chưa có danh hiệu, hình thức khen thưởng"
            />
          ) : (
            <List
              size="small"
              dataSource={data.history}
              data-testid="my-history"
              renderItem={(h) => (
                <List.Item>
                  <span>
                    <b>{h.year}</b> – {h.label}
                    {h.status === 'annulled' && (
                      <Tag color="red" style={{ marginInlineStart: 8 }}>
                        Đã hủy
                      </Tag>
                    )}
                  </span>
                  <Typography.Text type="secondary">
                    {h.number ? `QĐ số ${h.number}${h.symbol ? `/${h.symbol}` : ''}` : h.authority}
                    {h.decidedOn ? ` ngày ${formatDate(h.decidedOn)}` : ''}
                  </Typography.Text>
                </List.Item>
              )}
            />
          )}
        </Card>
      </Col>
      <Col xs={24} lg={12}>
        <Card
          title={`Dự báo của tôi (năm ${data.forecastYear})`}
          style={{ marginBottom: 16 }}
          data-testid="card-my-forecast"
          extra={<Link to={`/dieu-kien-khen-thuong?personId=${data.personId}&year=${year}`}>Chi tiết</Link>}
        >
          {data.forecastError && (
            <Typography.Paragraph type="warning" data-testid="my-forecast-error">
              Chưa dự báo được: {data.forecastError}
            </Typography.Paragraph>
          )}
          {data.forecast.length === 0 ? (
            <Empty
              image={Empty.PRESENTED_IMAGE_SIMPLE}
              description="Chưa đủ dữ liệu (xếp loại, đăng ký) để dự báo"
            />
          ) : (
            <List
              size="small"
              dataSource={data.forecast}
              data-testid="my-forecast"
              renderItem={(f) => (
                <List.Item>
                  <span>
                    {f.label}{' '}
                    <Tag color={STATUS_TAG[f.status]?.[0] ?? 'default'}>
                      {STATUS_TAG[f.status]?.[1] ?? f.status}
                    </Tag>
                  </span>
                  <Typography.Text type="secondary">
                    {f.status === 'eligible'
                      ? ''
                      : (f.text ?? (f.earliestYear ? `sớm nhất năm ${f.earliestYear}` : ''))}
                  </Typography.Text>
                </List.Item>
              )}
            />
          )}
        </Card>
        <Card
          title="Hạn của tôi"
          style={{ marginBottom: 16 }}
          data-testid="card-my-deadlines"
          extra={<Link to="/han-cua-toi">Tất cả</Link>}
        >
          <TaskList items={data.deadlines} testId="my-deadlines" />
        </Card>
      </Col>
    </Row>
  );
}
