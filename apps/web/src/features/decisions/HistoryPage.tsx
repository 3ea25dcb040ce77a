import { useState } from 'react';
import { Alert, Button, Card, Segmented, Select, Space, Table, Tag, Typography } from 'antd';
import { DownloadOutlined } from '@ant-design/icons';
import { Link, useNavigate, useParams } from 'react-router';
import { ErrorAlert } from '../../components/ErrorAlert.tsx';
import { PageHeader } from '../../components/PageHeader.tsx';
import { useUnits } from '../../lib/endpoints/units.ts';
import { formatDate } from '../../lib/format.ts';
import { hasPermission } from '../../lib/permissions.ts';
import { useMe } from '../../lib/session.tsx';
import { exportHistory, useHistory, usePeopleSearch, type HistoryKindPath, type HistoryRow } from './api.ts';

// Quá trình khen thưởng of a person, a unit or the agency: every title and form with its source (the
// decision's number, date and authority, or "nhập từ Excel"); an annulled one struck through with its date
// and reason (kept, never counted). What the eligibility engine and the forecasts read.

const KIND_LABEL: Record<HistoryKindPath, string> = {
  'ca-nhan': 'Cá nhân',
  'don-vi': 'Đơn vị',
  'co-quan': 'Cơ quan',
};
const struck = { textDecoration: 'line-through', color: 'rgba(0,0,0,0.45)' };

function Chooser() {
  const me = useMe();
  const navigate = useNavigate();
  const [kind, setKind] = useState<HistoryKindPath>('ca-nhan');
  const [q, setQ] = useState('');
  const people = usePeopleSearch(q);
  const units = useUnits(me.agencyId);
  return (
    <Space wrap data-testid="history-chooser">
      <Segmented<HistoryKindPath>
        value={kind}
        onChange={setKind}
        options={(['ca-nhan', 'don-vi', 'co-quan'] as const).map((k) => ({ value: k, label: KIND_LABEL[k] }))}
      />
      {kind === 'ca-nhan' && (
        <Select
          showSearch
          filterOption={false}
          onSearch={setQ}
          placeholder="Tìm cán bộ theo tên hoặc mã"
          style={{ width: 340 }}
          data-testid="history-person"
          options={(people.data?.items ?? []).map((p) => ({
            value: p.id,
            label: `${p.fullName} (${p.code})`,
          }))}
          onChange={(id: number) => void navigate(`/khen-thuong/lich-su/ca-nhan/${id}`)}
        />
      )}
      {kind === 'don-vi' && (
        <Select
          showSearch
          optionFilterProp="label"
          placeholder="Chọn đơn vị"
          style={{ width: 340 }}
          data-testid="history-unit"
          options={(units.data ?? []).map((u) => ({ value: u.id, label: u.name }))}
          onChange={(id: number) => void navigate(`/khen-thuong/lich-su/don-vi/${id}`)}
        />
      )}
      {kind === 'co-quan' && me.agencyId && (
        <Button onClick={() => void navigate(`/khen-thuong/lich-su/co-quan/${me.agencyId}`)}>
          Xem quá trình khen thưởng của cơ quan
        </Button>
      )}
    </Space>
  );
}

export function HistoryPage() {
  const me = useMe();
  const params = useParams();
  const kind = (params.kind as HistoryKindPath | undefined) ?? (me.personId ? 'ca-nhan' : undefined);
  const id = params.id ? Number(params.id) : kind === 'ca-nhan' && me.personId ? me.personId : null;
  const h = useHistory(kind ?? 'ca-nhan', kind ? id : null);
  const canChoose = hasPermission(me, 'decisions:write') || me.roles.some((r) => r.role !== 'staff');
  const d = h.data;
  return (
    <>
      <PageHeader
        title="Quá trình khen thưởng"
        subtitle={
          d
            ? `${KIND_LABEL[kind ?? 'ca-nhan']}: ${d.subject.name}${d.subject.detail ? ` — ${d.subject.detail}` : ''}`
            : undefined
        }
        extra={
          d && kind && id ? (
            <Button
              icon={<DownloadOutlined />}
              onClick={() => exportHistory(kind, id)}
              data-testid="history-export"
            >
              Xuất Excel
            </Button>
          ) : undefined
        }
      />
      {canChoose && (
        <Card size="small" style={{ marginBottom: 16 }}>
          <Chooser />
        </Card>
      )}
      <ErrorAlert error={h.error} />
      {!id && <Alert type="info" showIcon title="Hãy chọn cá nhân, đơn vị hoặc cơ quan." />}
      {d && (
        <>
          {kind === 'ca-nhan' && hasPermission(me, 'eligibility:person') && (
            <Typography.Paragraph>
              <Link
                to={`/dieu-kien-khen-thuong?personId=${id}&year=${new Date().getFullYear()}`}
                data-testid="history-eligibility"
              >
                Xem điều kiện khen thưởng và dự báo của {d.subject.name}
              </Link>
            </Typography.Paragraph>
          )}
          <Table<HistoryRow>
            data-testid="history-table"
            rowKey="recipientId"
            size="small"
            pagination={false}
            dataSource={d.rows}
            locale={{ emptyText: 'Chưa có danh hiệu, hình thức khen thưởng nào.' }}
            onRow={(r) => ({ 'data-status': r.status, 'data-code': r.code, 'data-year': r.year }) as object}
            columns={[
              { title: 'Năm', dataIndex: 'year', width: 70 },
              {
                title: 'Danh hiệu/hình thức',
                render: (_, r) => (
                  <span style={r.status === 'annulled' ? struck : undefined}>
                    {r.codeLabel}
                    {r.periodFrom && r.periodTo && r.periodFrom !== r.periodTo
                      ? ` (${r.periodFrom}–${r.periodTo})`
                      : ''}
                  </span>
                ),
              },
              ...(kind !== 'ca-nhan' ? [{ title: 'Tập thể', dataIndex: 'displayName' }] : []),
              {
                title: 'Căn cứ',
                render: (_, r) => (
                  <Link
                    to={`/quyet-dinh/${r.decisionId}`}
                    style={r.status === 'annulled' ? struck : undefined}
                  >
                    {r.sourceText}
                  </Link>
                ),
              },
              {
                title: 'Trạng thái',
                render: (_, r) =>
                  r.status === 'annulled' ? (
                    <span>
                      <Tag color="red">Đã hủy/thu hồi</Tag>
                      {formatDate(r.annulledOn)}: {r.annulledReason}
                    </span>
                  ) : (
                    <Tag color="green">Có hiệu lực</Tag>
                  ),
              },
            ]}
          />
        </>
      )}
    </>
  );
}
