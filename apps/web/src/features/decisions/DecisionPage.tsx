import { useState } from 'react';
import { Alert, Button, Card, Descriptions, Table, Tag, Upload } from 'antd';
import { FileWordOutlined, PaperClipOutlined, StopOutlined, UploadOutlined } from '@ant-design/icons';
import { Link, useParams } from 'react-router';
import { ErrorAlert } from '../../components/ErrorAlert.tsx';
import { PageHeader } from '../../components/PageHeader.tsx';
import { errorMessage } from '../../lib/api.ts';
import { formatDate, formatNumber } from '../../lib/format.ts';
import { hasPermission } from '../../lib/permissions.ts';
import { useMe } from '../../lib/session.tsx';
import {
  downloadDecisionDocx,
  downloadDecisionList,
  downloadScan,
  STATUS_LABELS,
  useDecision,
  useUploadScan,
  type Recipient,
} from './api.ts';
import { AnnulModal } from './AnnulModal.tsx';

// One decision: what it awards, by whom, for which period; the persons and units it names (an annulled
// one struck through with its date and reason); the agency's own decision and list as .docx, the scan of
// a received one; annulment of the whole decision or of one recipient.

const struck = { textDecoration: 'line-through', color: 'rgba(0,0,0,0.45)' };

export function DecisionPage() {
  const id = Number(useParams().id);
  const me = useMe();
  const d = useDecision(id);
  const scan = useUploadScan(id);
  const canWrite = hasPermission(me, 'decisions:write');
  const [annul, setAnnul] = useState<{ version: number; recipientId?: number; name: string } | null>(null);
  const x = d.data;
  const annulled = x?.status === 'annulled';

  return (
    <>
      <PageHeader
        title={x ? x.reference : 'Quyết định khen thưởng'}
        subtitle={x ? `${x.codeLabel} — ${x.issuerName ?? x.authorityLabel}` : undefined}
        crumbs={[{ title: 'Quyết định khen thưởng', to: '/quyet-dinh' }, { title: x?.reference ?? '…' }]}
        extra={
          x && (
            <>
              {x.hasDocument && (
                <>
                  <Button
                    icon={<FileWordOutlined />}
                    onClick={() => downloadDecisionDocx(x.id)}
                    data-testid="decision-docx"
                  >
                    Quyết định (.docx)
                  </Button>
                  <Button
                    icon={<FileWordOutlined />}
                    onClick={() => downloadDecisionList(x.id)}
                    data-testid="decision-list-docx"
                  >
                    Danh sách kèm theo (.docx)
                  </Button>
                </>
              )}
              {x.hasScan && (
                <Button
                  icon={<PaperClipOutlined />}
                  onClick={() => downloadScan(x.id)}
                  data-testid="decision-scan"
                >
                  Bản quét
                </Button>
              )}
              {canWrite && x.source !== 'own' && !annulled && (
                <Upload
                  showUploadList={false}
                  beforeUpload={(f) => {
                    scan.mutate(f);
                    return false;
                  }}
                >
                  <Button
                    icon={<UploadOutlined />}
                    loading={scan.isPending}
                    data-testid="decision-scan-upload"
                  >
                    Đính kèm bản quét
                  </Button>
                </Upload>
              )}
              {canWrite && !annulled && (
                <Button
                  danger
                  icon={<StopOutlined />}
                  onClick={() => setAnnul({ version: x.version, name: x.reference })}
                  data-testid="decision-annul"
                >
                  Hủy quyết định
                </Button>
              )}
            </>
          )
        }
      />
      <ErrorAlert error={d.error} />
      {scan.error ? (
        <Alert type="error" showIcon title={errorMessage(scan.error)} style={{ marginBottom: 12 }} />
      ) : null}
      {x && (
        <>
          {annulled && (
            <Alert
              type="warning"
              showIcon
              data-testid="decision-annulled"
              style={{ marginBottom: 12 }}
              title={`Quyết định đã bị hủy ngày ${formatDate(x.annulledOn)}${x.annulledByRef ? ` (${x.annulledByRef})` : ''}`}
              description={`Lý do: ${x.annulledReason ?? ''}. Quyết định vẫn được lưu trong quá trình khen thưởng nhưng không còn được tính khi xét điều kiện.`}
            />
          )}
          <Card size="small" style={{ marginBottom: 16 }}>
            <Descriptions size="small" column={{ xs: 1, md: 2 }} data-testid="decision-detail">
              <Descriptions.Item label="Số, ký hiệu">
                {x.number ? `${x.number}${x.symbol ? `/${x.symbol}` : ''}` : 'Không rõ'}
              </Descriptions.Item>
              <Descriptions.Item label="Ngày">{formatDate(x.decidedOn)}</Descriptions.Item>
              <Descriptions.Item label="Cấp quyết định">{x.authorityLabel}</Descriptions.Item>
              <Descriptions.Item label="Cơ quan ban hành">{x.issuerName ?? ''}</Descriptions.Item>
              <Descriptions.Item label="Danh hiệu/hình thức">{x.codeLabel}</Descriptions.Item>
              <Descriptions.Item label="Thời gian thành tích">
                {x.achievementFrom && x.achievementTo && x.achievementFrom !== x.achievementTo
                  ? `${x.achievementFrom}–${x.achievementTo}`
                  : (x.achievementTo ?? x.achievementFrom ?? '')}
              </Descriptions.Item>
              <Descriptions.Item label="Nguồn">{x.sourceLabel}</Descriptions.Item>
              <Descriptions.Item label="Trạng thái">
                <Tag color={annulled ? 'red' : 'green'}>{STATUS_LABELS[x.status]}</Tag>
              </Descriptions.Item>
              {x.document && (
                <Descriptions.Item label="Người ký">{x.document.signerName ?? ''}</Descriptions.Item>
              )}
              {x.proposal && (
                <Descriptions.Item label="Trả lời đề nghị">{x.proposal.title}</Descriptions.Item>
              )}
            </Descriptions>
          </Card>
          <Table<Recipient>
            data-testid="decision-recipients"
            rowKey="id"
            size="small"
            pagination={false}
            dataSource={x.recipients}
            onRow={(r) => ({ 'data-status': r.status }) as object}
            columns={[
              { title: 'STT', width: 56, align: 'right', render: (_, __, i) => i + 1 },
              {
                title: 'Họ và tên / tập thể',
                render: (_, r) => {
                  const to =
                    r.subjectKind === 'person'
                      ? `/khen-thuong/lich-su/ca-nhan/${r.personId}`
                      : r.subjectKind === 'unit'
                        ? `/khen-thuong/lich-su/don-vi/${r.unitId}`
                        : `/khen-thuong/lich-su/co-quan/${r.agencyId}`;
                  return (
                    <Link to={to} style={r.status === 'annulled' || annulled ? struck : undefined}>
                      {r.displayName}
                    </Link>
                  );
                },
              },
              { title: 'Chức vụ', dataIndex: 'positionTitle' },
              { title: 'Đơn vị', dataIndex: 'unitName' },
              {
                title: 'Tiền thưởng',
                align: 'right',
                render: (_, r) => (r.rewardAmount === null ? '' : `${formatNumber(r.rewardAmount)} đ`),
              },
              {
                title: 'Trạng thái',
                render: (_, r) =>
                  r.status === 'annulled' ? (
                    <span data-testid="recipient-annulled">
                      <Tag color="red">Đã thu hồi</Tag> {formatDate(r.annulledOn)}: {r.annulledReason}
                    </span>
                  ) : (
                    <Tag color="green">Được khen</Tag>
                  ),
              },
              ...(canWrite && !annulled
                ? [
                    {
                      title: '',
                      width: 90,
                      render: (_: unknown, r: Recipient) =>
                        r.status === 'granted' ? (
                          <Button
                            size="small"
                            danger
                            type="link"
                            onClick={() =>
                              setAnnul({ version: r.version, recipientId: r.id, name: r.displayName })
                            }
                            data-testid="recipient-annul"
                          >
                            Thu hồi
                          </Button>
                        ) : null,
                    },
                  ]
                : []),
            ]}
          />
          <AnnulModal decisionId={x.id} target={annul} onClose={() => setAnnul(null)} />
        </>
      )}
    </>
  );
}
