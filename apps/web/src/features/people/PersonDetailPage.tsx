import { Button, Card, Col, Descriptions, Empty, Row, Space, Tabs, Tag, Timeline, Typography } from 'antd';
import { EditOutlined } from '@ant-design/icons';
import { useNavigate, useParams } from 'react-router';
import { PageHeader } from '../../components/PageHeader.tsx';
import { ErrorAlert } from '../../components/ErrorAlert.tsx';
import { AuditEntriesTable } from '../../components/AuditEntriesTable.tsx';
import { formatDate } from '../../lib/format.ts';
import { CATEGORY_LABELS, GENDER_LABELS } from '../../lib/labels.ts';
import { hasPermission } from '../../lib/permissions.ts';
import { useMe } from '../../lib/session.tsx';
import { usePerson } from './api/get-person.ts';
import { usePersonAudit } from './api/get-person-audit.ts';
import { PersonEligibilityTab } from '../person-eligibility/PersonEligibilityTab.tsx';

function yesNo(v: boolean | null | undefined): string {
  if (v === null || v === undefined) return '';
  return v ? 'Có' : 'Không';
}

export function PersonDetailPage() {
  const { id } = useParams();
  const personId = Number(id);
  const valid = Number.isInteger(personId) && personId > 0;
  const me = useMe();
  const navigate = useNavigate();
  const person = usePerson(valid ? personId : null);
  const showAudit = hasPermission(me, 'people:audit');
  const audit = usePersonAudit(valid && showAudit ? personId : null);
  const p = person.data;
  const editable = hasPermission(me, 'people:write');
  const showEligibility = hasPermission(me, 'eligibility:person');

  return (
    <>
      <PageHeader
        crumbs={[{ title: 'Cán bộ', to: '/can-bo' }, { title: p?.fullName ?? '…' }]}
        title={
          <Space>
            {p?.fullName ?? 'Hồ sơ cán bộ'}
            {p?.endDate && <Tag color="default">Đã nghỉ từ {formatDate(p.endDate)}</Tag>}
          </Space>
        }
        subtitle={p ? `${p.code} · ${p.position ?? ''}${p.unitName ? ` · ${p.unitName}` : ''}` : undefined}
        extra={
          p &&
          editable && (
            <Button
              type="primary"
              icon={<EditOutlined />}
              onClick={() => void navigate(`/can-bo/${p.id}/sua`)}
              data-testid="person-edit"
            >
              Sửa hồ sơ
            </Button>
          )
        }
      />
      {!valid && <ErrorAlert error={new Error('Mã hồ sơ không hợp lệ.')} />}
      <ErrorAlert error={person.error} />
      {person.isLoading && <Card loading />}
      {p && (
        <Tabs
          data-testid="person-tabs"
          items={[
            {
              key: 'profile',
              label: 'Hồ sơ',
              children: (
                <>
                  {p && (
                    <Row gutter={16}>
                      <Col xs={24} xl={16}>
                        <Card
                          title="Thông tin cá nhân"
                          style={{ marginBottom: 16 }}
                          data-testid="person-detail"
                        >
                          <Descriptions column={{ xs: 1, md: 2 }} size="small" bordered>
                            <Descriptions.Item label="Họ và tên">{p.fullName}</Descriptions.Item>
                            <Descriptions.Item label="Mã cán bộ">{p.code}</Descriptions.Item>
                            <Descriptions.Item label="Giới tính">{GENDER_LABELS[p.gender]}</Descriptions.Item>
                            <Descriptions.Item label="Ngày sinh">{formatDate(p.birthDate)}</Descriptions.Item>
                            <Descriptions.Item label="Loại">{CATEGORY_LABELS[p.category]}</Descriptions.Item>
                            <Descriptions.Item label="Chức vụ">
                              {p.position} {p.isLeader && <Tag color="gold">Lãnh đạo</Tag>}
                            </Descriptions.Item>
                            <Descriptions.Item label="Đơn vị">{p.unitName}</Descriptions.Item>
                            <Descriptions.Item label="Ngày vào cơ quan">
                              {formatDate(p.startDate)}
                            </Descriptions.Item>
                            <Descriptions.Item label="Vào ngành từ">
                              {formatDate(p.sectorSince)}
                            </Descriptions.Item>
                            <Descriptions.Item label="Nghề nặng nhọc, độc hại">
                              {yesNo(p.hazardousWork)}
                            </Descriptions.Item>
                            <Descriptions.Item label="Ngày nghỉ">{formatDate(p.endDate)}</Descriptions.Item>
                            <Descriptions.Item label="Đảng viên">
                              {p.partyMember
                                ? `Có${p.partyJoinedOn ? `, vào Đảng ${formatDate(p.partyJoinedOn)}` : ''}`
                                : yesNo(p.partyMember)}
                            </Descriptions.Item>
                            <Descriptions.Item label="Đoàn viên công đoàn">
                              {yesNo(p.unionMember)}
                            </Descriptions.Item>
                            <Descriptions.Item label="Đoàn viên thanh niên">
                              {yesNo(p.youthMember)}
                            </Descriptions.Item>
                            <Descriptions.Item label="Thư điện tử">{p.email}</Descriptions.Item>
                            <Descriptions.Item label="Điện thoại">{p.phone}</Descriptions.Item>
                            <Descriptions.Item label="Ghi chú" span={2}>
                              {p.note}
                            </Descriptions.Item>
                          </Descriptions>
                        </Card>
                      </Col>
                      <Col xs={24} xl={8}>
                        <Card
                          title="Quá trình công tác"
                          style={{ marginBottom: 16 }}
                          data-testid="person-unit-history"
                        >
                          {p.unitHistory.length === 0 ? (
                            <Empty description="Chưa có quá trình công tác." />
                          ) : (
                            <Timeline
                              items={[...p.unitHistory]
                                .sort((a, b) => b.fromDate.localeCompare(a.fromDate))
                                .map((h, i) => ({
                                  color: h.toDate ? 'gray' : 'blue',
                                  content: (
                                    <div key={i}>
                                      <Typography.Text strong>{h.unitName}</Typography.Text>
                                      <br />
                                      <Typography.Text type="secondary">
                                        {formatDate(h.fromDate)} – {h.toDate ? formatDate(h.toDate) : 'nay'}
                                      </Typography.Text>
                                      {h.position && (
                                        <>
                                          <br />
                                          {h.position} {h.isLeader && <Tag color="gold">Lãnh đạo</Tag>}
                                        </>
                                      )}
                                    </div>
                                  ),
                                }))}
                            />
                          )}
                        </Card>
                      </Col>
                    </Row>
                  )}
                  {p && showAudit && (
                    <Card title="Lịch sử thay đổi hồ sơ" data-testid="person-audit">
                      <ErrorAlert error={audit.error} />
                      <AuditEntriesTable
                        entries={audit.data ?? []}
                        loading={audit.isLoading}
                        showEntity={false}
                        pagination={{ pageSize: 10, hideOnSinglePage: true }}
                        testId="person-audit-table"
                      />
                    </Card>
                  )}
                </>
              ),
            },
            ...(showEligibility
              ? [
                  {
                    key: 'eligibility',
                    label: <span data-testid="person-tab-eligibility">Điều kiện khen thưởng</span>,
                    children: <PersonEligibilityTab personId={p.id} />,
                  },
                ]
              : []),
          ]}
        />
      )}
    </>
  );
}
