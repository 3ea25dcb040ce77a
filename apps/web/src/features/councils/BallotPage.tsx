import { useState } from 'react';
import { Alert, Button, Card, Empty, Form, Input, Radio, Space, Table, Tag, Typography } from 'antd';
import { Link } from 'react-router';
import { PageHeader } from '../../components/PageHeader.tsx';
import { ErrorAlert } from '../../components/ErrorAlert.tsx';
import { formatDate } from '../../lib/format.ts';
import { useCastBallot, useMyBallots, useVerifyReceipt, type MyBallotT } from './api.ts';

const CHOICES = [
  { value: 'yes', label: 'Đồng ý' },
  { value: 'no', label: 'Không đồng ý' },
  { value: 'abstain', label: 'Không biểu quyết' },
];

function Ballot({ b, onReceipt }: { b: MyBallotT; onReceipt: (r: string) => void }) {
  const cast = useCastBallot();
  const [choices, setChoices] = useState<Record<number, string>>({});
  const missing = b.candidates.filter((c) => !choices[c.id]).length;
  const canVote = !b.voted && b.attendance !== 'absent';
  return (
    <Card
      style={{ marginBottom: 16 }}
      data-testid={`ballot-${b.roundId}`}
      title={`${b.councilName} – bình xét năm ${b.year}, vòng ${b.roundNo}`}
      extra={b.voted ? <Tag color="green">Bạn đã bỏ phiếu</Tag> : <Tag color="blue">Phiếu kín</Tag>}
    >
      <Typography.Paragraph type="secondary">
        Ngày họp {formatDate(b.heldOn)}
        {b.place ? `, ${b.place}` : ''}. {b.reason}
      </Typography.Paragraph>
      {b.attendance === 'absent' && (
        <Alert
          type="warning"
          showIcon
          title="Bạn được ghi vắng mặt ở phiên họp này nên không bỏ phiếu được."
        />
      )}
      <ErrorAlert error={cast.error} />
      <Table
        rowKey="id"
        size="small"
        pagination={false}
        dataSource={b.candidates}
        columns={[
          { title: 'STT', width: 50, render: (_, __, i) => i + 1 },
          {
            title: 'Họ và tên / Tập thể',
            render: (_, c) => (
              <>
                <div>{c.name}</div>
                <Typography.Text type="secondary" style={{ fontSize: 12 }}>
                  {[c.position, c.unitName].filter(Boolean).join(', ')}
                </Typography.Text>
              </>
            ),
          },
          { title: 'Danh hiệu', dataIndex: 'title', width: 190 },
          {
            title: 'Ý kiến',
            width: 360,
            render: (_, c) => (
              <Radio.Group
                disabled={!canVote}
                value={choices[c.id]}
                onChange={(e) => setChoices({ ...choices, [c.id]: e.target.value as string })}
                options={CHOICES}
                data-testid={`ballot-choice-${c.id}`}
              />
            ),
          },
        ]}
      />
      {canVote && (
        <Space style={{ marginTop: 12 }}>
          <Button
            data-testid={`ballot-all-yes-${b.roundId}`}
            onClick={() => setChoices(Object.fromEntries(b.candidates.map((c) => [c.id, 'yes'])))}
          >
            Đồng ý tất cả
          </Button>
          <Button
            type="primary"
            disabled={missing > 0}
            loading={cast.isPending}
            data-testid={`ballot-submit-${b.roundId}`}
            onClick={async () => {
              try {
                const r = await cast.mutateAsync({
                  roundId: b.roundId,
                  choices: b.candidates.map((c) => ({ candidateId: c.id, choice: choices[c.id]! })),
                });
                onReceipt(r.receipt);
              } catch {
                // shown above
              }
            }}
          >
            Bỏ phiếu{missing > 0 ? ` (còn ${missing} người chưa chọn)` : ''}
          </Button>
        </Space>
      )}
    </Card>
  );
}

export function BallotPage() {
  const ballots = useMyBallots();
  const [receipt, setReceipt] = useState<string | null>(null);
  return (
    <>
      <PageHeader
        crumbs={[{ title: 'Bình xét & Hội đồng', to: '/binh-xet' }, { title: 'Phiếu bầu của tôi' }]}
        title="Phiếu bầu của tôi"
        subtitle="Mỗi thành viên bỏ một phiếu kín mỗi vòng; phiếu không gắn với tên người bỏ phiếu"
        extra={
          <Link to="/binh-xet/kiem-tra-phieu">
            <Button>Kiểm tra phiếu</Button>
          </Link>
        }
      />
      {receipt && (
        <Alert
          type="success"
          showIcon
          closable
          onClose={() => setReceipt(null)}
          style={{ marginBottom: 16 }}
          title="Phiếu của bạn đã được ghi nhận."
          description={
            <>
              <div>
                Mã biên nhận (chỉ hiện một lần, hãy lưu lại để kiểm tra phiếu đã được tính):{' '}
                <Typography.Text code copyable data-testid="ballot-receipt">
                  {receipt}
                </Typography.Text>
              </div>
            </>
          }
        />
      )}
      <ErrorAlert error={ballots.error} />
      {(ballots.data ?? []).map((b) => (
        <Ballot key={b.roundId} b={b} onReceipt={setReceipt} />
      ))}
      {ballots.data && ballots.data.length === 0 && (
        <Empty description="Không có vòng bỏ phiếu nào đang mở mà bạn là thành viên Hội đồng." />
      )}
    </>
  );
}

export function VerifyPage() {
  const verify = useVerifyReceipt();
  const [form] = Form.useForm();
  const r = verify.data;
  return (
    <>
      <PageHeader
        crumbs={[{ title: 'Bình xét & Hội đồng', to: '/binh-xet' }, { title: 'Kiểm tra phiếu' }]}
        title="Kiểm tra phiếu"
        subtitle="Nhập mã biên nhận nhận được khi bỏ phiếu để xem phiếu đã được lưu và được tính"
      />
      <Form
        form={form}
        layout="inline"
        style={{ marginBottom: 16 }}
        onFinish={(v: { receipt: string }) => verify.mutate(v.receipt)}
      >
        <Form.Item name="receipt" rules={[{ required: true, message: 'Hãy nhập mã biên nhận.' }]}>
          <Input style={{ width: 420 }} placeholder="Mã biên nhận" data-testid="verify-receipt-input" />
        </Form.Item>
        <Button
          type="primary"
          htmlType="submit"
          loading={verify.isPending}
          data-testid="verify-receipt-submit"
        >
          Kiểm tra
        </Button>
      </Form>
      <ErrorAlert error={verify.error} />
      {r && (
        <Card
          title={`${r.councilName} – bình xét năm ${r.year}, vòng ${r.roundNo}`}
          data-testid="verify-result"
        >
          <Alert
            type={r.counted ? 'success' : 'info'}
            showIcon
            title={r.text}
            style={{ marginBottom: 12 }}
            data-testid="verify-counted"
          />
          <Table
            rowKey="candidateId"
            size="small"
            pagination={false}
            dataSource={r.choices}
            columns={[
              { title: 'Họ và tên / Tập thể', dataIndex: 'name' },
              { title: 'Danh hiệu', dataIndex: 'title' },
              { title: 'Ý kiến của bạn', dataIndex: 'choiceLabel' },
            ]}
          />
        </Card>
      )}
    </>
  );
}
