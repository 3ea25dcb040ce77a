import { useState } from 'react';
import {
  App,
  Alert,
  Button,
  Card,
  Checkbox,
  DatePicker,
  Flex,
  Input,
  InputNumber,
  Modal,
  Space,
  Switch,
  Table,
  Tag,
  Typography,
} from 'antd';
import { PageHeader } from '../../components/PageHeader.tsx';
import { ErrorAlert } from '../../components/ErrorAlert.tsx';
import { download, errorMessage } from '../../lib/api.ts';
import { DATE_FORMAT, formatDate, formatDateTime, fromWireDate, toWireDate } from '../../lib/format.ts';
import { hasPermission } from '../../lib/permissions.ts';
import { useSession, useWorkingYear } from '../../lib/session.tsx';
import {
  useAcceptRegistration,
  useBoard,
  useRegistrations,
  useReturnRegistration,
  useSaveRegistration,
  useSaveSettings,
  useSettings,
  type Registration,
} from './api/registrations.ts';

const STATUS: Record<string, { label: string; color: string }> = {
  'not-sent': { label: 'Chưa gửi', color: 'default' },
  draft: { label: 'Chưa gửi', color: 'default' },
  submitted: { label: 'Đã gửi', color: 'blue' },
  returned: { label: 'Bị trả lại', color: 'orange' },
  accepted: { label: 'Đã chấp nhận', color: 'green' },
};
const PERSONAL_TITLES = [
  { value: 'lao-dong-tien-tien', label: 'Lao động tiên tiến' },
  { value: 'chien-si-thi-dua-co-so', label: 'Chiến sĩ thi đua cơ sở' },
  { value: 'chien-si-thi-dua-cap-tinh', label: 'Chiến sĩ thi đua cấp tỉnh' },
  { value: 'bang-khen-cap-tinh', label: 'Bằng khen cấp tỉnh' },
];

function StatusTag({ status, late }: { status: string; late?: boolean }) {
  const s = STATUS[status] ?? { label: status, color: 'default' };
  return (
    <Space size={4}>
      <Tag color={s.color} data-testid="registration-status">
        {s.label}
      </Tag>
      {late && <Tag color="red">Nộp muộn</Tag>}
    </Space>
  );
}

const UNIT_TITLES = [
  { value: 'tap-the-lao-dong-tien-tien', label: 'Tập thể lao động tiên tiến' },
  { value: 'tap-the-lao-dong-xuat-sac', label: 'Tập thể lao động xuất sắc' },
  { value: 'giay-khen', label: 'Giấy khen' },
  { value: 'bang-khen-cap-tinh', label: 'Bằng khen cấp tỉnh' },
];

function MyRegistration({
  year,
  mine,
  unitId,
}: {
  year: number;
  mine: Registration | undefined;
  unitId?: number;
}) {
  const { message } = App.useApp();
  const save = useSaveRegistration();
  const [codes, setCodes] = useState<string[] | null>(null);
  const [commitments, setCommitments] = useState<string | null>(null);
  const selected = codes ?? mine?.items.map((i) => i.code) ?? [];
  const text = commitments ?? mine?.commitments ?? '';
  const locked = mine?.status === 'submitted' || mine?.status === 'accepted';
  const submit = async () => {
    try {
      await save.mutateAsync({
        year,
        ...(unitId !== undefined
          ? { subjectKind: 'unit' as const, unitId }
          : { subjectKind: 'person' as const }),
        items: selected.map((code) => ({ code })),
        commitments: text,
        submit: true,
      });
      setCodes(null);
      setCommitments(null);
      message.success('Đã gửi đăng ký thi đua.');
    } catch {
      // shown below
    }
  };
  return (
    <Card
      title={
        unitId !== undefined
          ? `Đăng ký thi đua của tập thể ${mine?.unitName ?? 'đơn vị'} năm ${year}`
          : `Đăng ký thi đua của tôi năm ${year}`
      }
      data-testid={unitId !== undefined ? 'unit-registration' : 'my-registration'}
      style={{ marginBottom: 16 }}
    >
      {mine && (
        <Flex gap={8} align="center" style={{ marginBottom: 12 }}>
          <StatusTag status={mine.status} late={mine.late} />
          {mine.submittedAt && (
            <Typography.Text type="secondary">Gửi lúc {formatDateTime(mine.submittedAt)}</Typography.Text>
          )}
        </Flex>
      )}
      {mine?.status === 'returned' && (
        <Alert
          type="warning"
          showIcon
          title="Cán bộ thi đua đã trả lại đăng ký"
          description={<span data-testid="registration-returned-reason">{mine.returnedReason}</span>}
          style={{ marginBottom: 12 }}
        />
      )}
      <ErrorAlert error={save.error} />
      <Checkbox.Group
        data-testid="registration-titles"
        disabled={locked}
        value={selected}
        onChange={(v) => setCodes(v as string[])}
        options={unitId !== undefined ? UNIT_TITLES : PERSONAL_TITLES}
      />
      <Input.TextArea
        data-testid="registration-commitments"
        disabled={locked}
        placeholder="Chỉ tiêu, cam kết (ví dụ: hoàn thành xuất sắc nhiệm vụ; có 01 sáng kiến)"
        value={text}
        onChange={(e) => setCommitments(e.target.value)}
        style={{ marginTop: 12 }}
        rows={3}
      />
      <Button
        type="primary"
        style={{ marginTop: 12 }}
        disabled={locked || selected.length === 0}
        loading={save.isPending}
        onClick={() => void submit()}
        data-testid="registration-submit"
      >
        Gửi đăng ký
      </Button>
    </Card>
  );
}

function ReturnModal({ reg, onClose }: { reg: Registration | null; onClose: () => void }) {
  const [reason, setReason] = useState('');
  const ret = useReturnRegistration();
  return (
    <Modal
      open={reg !== null}
      title={`Trả lại đăng ký của ${reg?.personName ?? reg?.unitName ?? ''}`}
      okText="Trả lại"
      cancelText="Huỷ"
      okButtonProps={{
        disabled: reason.trim() === '',
        ...({ 'data-testid': 'registration-return-confirm' } as Record<string, string>),
      }}
      confirmLoading={ret.isPending}
      onCancel={onClose}
      onOk={async () => {
        if (!reg) return;
        try {
          await ret.mutateAsync({ id: reg.id, version: reg.version, reason });
          setReason('');
          onClose();
        } catch {
          // shown in the modal
        }
      }}
      destroyOnHidden
    >
      <ErrorAlert error={ret.error} />
      <Typography.Paragraph>Lý do trả lại (bắt buộc):</Typography.Paragraph>
      <Input.TextArea
        data-testid="registration-return-reason"
        rows={3}
        value={reason}
        onChange={(e) => setReason(e.target.value)}
      />
    </Modal>
  );
}

function SettingsCard({ year }: { year: number }) {
  const { message } = App.useApp();
  const settings = useSettings(year);
  const save = useSaveSettings();
  const s = settings.data;
  if (!s) return null;
  const put = (patch: Partial<typeof s>) =>
    save
      .mutateAsync({
        year,
        registrationRequired: s.registrationRequired,
        registrationDeadline: s.registrationDeadline,
        initiativeDeadline: s.initiativeDeadline,
        ...patch,
      })
      .then(() => message.success('Đã lưu.'))
      .catch((e: unknown) => message.error(errorMessage(e)));
  return (
    <Card size="small" title="Hạn đăng ký và tuỳ chọn của cơ quan" style={{ marginBottom: 16 }}>
      <Flex gap={24} wrap align="center">
        <span>
          Hạn đăng ký thi đua:{' '}
          <DatePicker
            format={DATE_FORMAT}
            value={fromWireDate(s.registrationDeadline)}
            onChange={(d) => void put({ registrationDeadline: toWireDate(d) ?? null })}
            data-testid="registration-deadline"
          />
        </span>
        <span>
          Hạn đăng ký sáng kiến:{' '}
          <DatePicker
            format={DATE_FORMAT}
            value={fromWireDate(s.initiativeDeadline)}
            onChange={(d) => void put({ initiativeDeadline: toWireDate(d) ?? null })}
          />
        </span>
        <span>
          <Switch
            checked={s.registrationRequired}
            onChange={(v) => void put({ registrationRequired: v })}
            data-testid="registration-required"
          />{' '}
          Không đăng ký thì không xét danh hiệu
        </span>
      </Flex>
    </Card>
  );
}

export function RegistrationsPage() {
  const workingYear = useWorkingYear();
  const { state } = useSession();
  const me = state.status === 'signed-in' ? state.me : null;
  const [year, setYear] = useState(workingYear);
  const list = useRegistrations(year);
  const reviewer = me ? hasPermission(me, 'registrations:review') : false;
  const board = useBoard(year, reviewer);
  const accept = useAcceptRegistration();
  const [returning, setReturning] = useState<Registration | null>(null);
  const rows = list.data ?? [];
  const mine = rows.find((r) => r.personId !== null && r.personId === me?.personId);
  const headUnits = (me?.roles ?? [])
    .filter((r) => r.role === 'unit-head' && typeof r.unitId === 'number')
    .map((r) => r.unitId as number);
  return (
    <>
      <PageHeader
        title="Đăng ký thi đua"
        extra={
          <>
            <InputNumber
              value={year}
              min={2000}
              max={2100}
              onChange={(v) => v && setYear(v)}
              data-testid="registration-year"
            />
            <Button onClick={() => download('/registrations/export.xlsx', { year })}>Xuất Excel</Button>
            <Button onClick={() => download('/registrations/list.docx', { year })}>Danh sách (.docx)</Button>
          </>
        }
      />
      <ErrorAlert error={list.error} />
      {me?.personId ? <MyRegistration key={`${year}-${mine?.version ?? 0}`} year={year} mine={mine} /> : null}
      {headUnits.map((unitId) => {
        const own = rows.find((r) => r.subjectKind === 'unit' && r.unitId === unitId);
        return (
          <MyRegistration
            key={`u${unitId}-${year}-${own?.version ?? 0}`}
            year={year}
            mine={own}
            unitId={unitId}
          />
        );
      })}
      {reviewer && (
        <>
          <div style={{ height: 16 }} />
          <SettingsCard year={year} />
          <Card title="Tình hình đăng ký của các đơn vị" style={{ marginBottom: 16 }}>
            <Table
              data-testid="registration-board"
              rowKey="unitId"
              size="small"
              pagination={false}
              loading={board.isLoading}
              dataSource={board.data?.units ?? []}
              columns={[
                { title: 'Đơn vị', dataIndex: 'unitName' },
                { title: 'Đăng ký tập thể', render: (_, u) => <StatusTag status={u.status} late={u.late} /> },
                { title: 'Cá nhân đã đăng ký', render: (_, u) => `${u.peopleRegistered}/${u.headcount}` },
                { title: 'Lý do trả lại', dataIndex: 'returnedReason' },
              ]}
            />
          </Card>
          <Card title="Các bản đăng ký">
            <Table
              data-testid="registration-list"
              rowKey="id"
              size="small"
              loading={list.isLoading}
              dataSource={rows}
              columns={[
                { title: 'Đơn vị', dataIndex: 'unitName' },
                { title: 'Cá nhân', render: (_, r) => r.personName ?? '(Tập thể)' },
                { title: 'Đăng ký', render: (_, r) => r.items.map((i) => i.label).join(', ') },
                { title: 'Trạng thái', render: (_, r) => <StatusTag status={r.status} late={r.late} /> },
                { title: 'Hạn', render: (_, r) => formatDate(r.deadlineOn) },
                {
                  title: '',
                  render: (_, r) =>
                    r.status === 'submitted' ? (
                      <Space>
                        <Button
                          size="small"
                          onClick={() => setReturning(r)}
                          data-testid={`registration-return-${r.id}`}
                        >
                          Trả lại
                        </Button>
                        <Button
                          size="small"
                          type="primary"
                          onClick={() => accept.mutate({ id: r.id, version: r.version })}
                          data-testid={`registration-accept-${r.id}`}
                        >
                          Chấp nhận
                        </Button>
                      </Space>
                    ) : null,
                },
              ]}
            />
          </Card>
          <ReturnModal reg={returning} onClose={() => setReturning(null)} />
        </>
      )}
    </>
  );
}
