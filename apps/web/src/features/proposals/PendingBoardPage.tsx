import { Card, Empty, Table, Tag, Typography } from 'antd';
import { Link } from 'react-router';
import { PageHeader } from '../../components/PageHeader.tsx';
import { ErrorAlert } from '../../components/ErrorAlert.tsx';
import { formatDate, formatNumber } from '../../lib/format.ts';
import { usePending } from './api/proposals.ts';

/** Proposals sent to a higher level and not yet decided, grouped by deciding authority. */
export function PendingBoardPage() {
  const q = usePending();
  return (
    <>
      <PageHeader
        title="Đề nghị chờ quyết định"
        subtitle="Đã gửi cấp trên, chưa có quyết định — theo cấp quyết định"
        crumbs={[{ title: 'Đề nghị khen thưởng', to: '/de-nghi-khen-thuong' }, { title: 'Chờ quyết định' }]}
      />
      <ErrorAlert error={q.error} />
      {q.data?.length === 0 && <Empty description="Không có đề nghị nào đang chờ quyết định." />}
      {q.data?.map((g) => (
        <Card
          key={g.authority}
          size="small"
          title={`${g.label} (${g.items.length})`}
          style={{ marginBottom: 16 }}
          data-testid={`pending-group-${g.authority}`}
        >
          <Table
            size="small"
            rowKey="id"
            pagination={false}
            dataSource={g.items}
            columns={[
              {
                title: 'Đề nghị',
                render: (_, r) => <Link to={`/de-nghi-khen-thuong/${r.id}`}>{r.title}</Link>,
              },
              {
                title: 'Cá nhân, tập thể',
                render: (_, r) => `${r.candidateCount} — ${r.candidateNames ?? ''}`,
              },
              {
                title: 'Đang chờ',
                render: (_, r) => <span data-testid={`pending-text-${r.id}`}>{r.waitingText}</span>,
              },
              {
                title: 'Số ngày chờ',
                render: (_, r) =>
                  `${formatNumber(r.daysWaiting)} ngày (${formatNumber(r.workingDaysWaiting)} ngày làm việc)`,
              },
              {
                title: 'Hạn thẩm định',
                render: (_, r) => (
                  <span title={r.appraisalText}>
                    {formatDate(r.appraisalDue)} {r.overdue && <Tag color="red">Quá hạn</Tag>}
                  </span>
                ),
              },
            ]}
          />
        </Card>
      ))}
      <Typography.Paragraph type="secondary" style={{ fontSize: 12 }}>
        Hạn thẩm định: 20 ngày làm việc kể từ khi nhận đủ hồ sơ (Điều 48 Nghị định 91/2017/NĐ-CP; chế độ Luật
        2022: giá trị mặc định, chưa xác minh).
      </Typography.Paragraph>
    </>
  );
}
