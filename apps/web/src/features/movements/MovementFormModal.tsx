import {
  App,
  Button,
  DatePicker,
  Flex,
  Form,
  Input,
  InputNumber,
  Modal,
  Select,
  Tabs,
  Typography,
} from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import { ErrorAlert } from '../../components/ErrorAlert.tsx';
import { DATE_FORMAT } from '../../lib/format.ts';
import { useUnits } from '../../lib/endpoints/units.ts';
import { useMe } from '../../lib/session.tsx';
import { useCreateMovement, useUpdateMovement, type Movement } from './api/movements.ts';

// The whole movement as its launch plan (seed 002) states it: general information (launcher, theme,
// slogan, period, participating units, the titles and forms it leads to), phases and targets
// (quantitative with a value and unit, qualitative as text), and the launch document's own text
// (number, date, the "Thực hiện …" preamble, I. Mục đích yêu cầu, II.2 contents, III. Tổ chức thực hiện,
// recipients and signature) — what "Kế hoạch phát động (.docx)" prints. Create and edit (with version).

export const LAUNCHERS = [
  { value: 'thu-tuong', label: 'Thủ tướng Chính phủ' },
  { value: 'bo', label: 'Bộ, ngành' },
  { value: 'tinh', label: 'UBND tỉnh' },
  { value: 'khoi-cum', label: 'Khối, cụm thi đua' },
  { value: 'co-quan', label: 'Cơ quan' },
  { value: 'khac', label: 'Khác' },
];
export const AWARDS = [
  { value: 'lao-dong-tien-tien', label: 'Lao động tiên tiến' },
  { value: 'chien-si-thi-dua-co-so', label: 'Chiến sĩ thi đua cơ sở' },
  { value: 'chien-si-thi-dua-cap-tinh', label: 'Chiến sĩ thi đua cấp tỉnh' },
  { value: 'chien-si-thi-dua-toan-quoc', label: 'Chiến sĩ thi đua toàn quốc' },
  { value: 'tap-the-lao-dong-tien-tien', label: 'Tập thể lao động tiên tiến' },
  { value: 'tap-the-lao-dong-xuat-sac', label: 'Tập thể lao động xuất sắc' },
  { value: 'co-thi-dua-cap-tinh', label: 'Cờ thi đua cấp tỉnh' },
  { value: 'co-thi-dua-chinh-phu', label: 'Cờ thi đua của Chính phủ' },
  { value: 'giay-khen', label: 'Giấy khen' },
  { value: 'bang-khen-cap-tinh', label: 'Bằng khen cấp tỉnh' },
  { value: 'bang-khen-thu-tuong', label: 'Bằng khen của Thủ tướng Chính phủ' },
  { value: 'huan-chuong-lao-dong-hang-ba', label: 'Huân chương Lao động hạng Ba' },
  { value: 'ky-niem-chuong-cong-thuong', label: 'Kỷ niệm chương Vì sự nghiệp phát triển ngành Công Thương' },
];

type Range = [Dayjs | null, Dayjs | null] | null;
interface Values {
  name: string;
  kind: string;
  launchedBy: string;
  launcherName?: string;
  decisionRef?: string;
  decisionOn?: Dayjs | null;
  theme?: string;
  slogan?: string;
  period?: Range;
  rewards?: string[];
  participantUnitIds?: number[];
  phases?: { name: string; range: Range; description?: string }[];
  targets?: {
    kind: 'quantitative' | 'qualitative';
    content: string;
    targetValue?: number | null;
    unit?: string;
    titleCode?: string | null;
  }[];
  launch: {
    number?: string;
    issuedOn?: Dayjs | null;
    preamble?: string;
    purpose?: string;
    contents?: string;
    implementation?: string;
    closing?: string;
    signerAuthority?: string;
    signerName?: string;
    recipients?: string;
  };
}

const iso = (d: Dayjs | null | undefined): string | null => (d ? d.format('YYYY-MM-DD') : null);
const day = (s: string | null | undefined): Dayjs | null => (s ? dayjs(s) : null);
const lines = (s: string | undefined): string[] =>
  (s ?? '')
    .split('\n')
    .map((l) => l.trim())
    .filter(Boolean);

function initial(m: Movement | null): Partial<Values> {
  if (!m) return { launchedBy: 'co-quan', kind: 'thuong-xuyen', launch: {} };
  const l = m.launch ?? {};
  return {
    name: m.name,
    kind: m.kind ?? 'thuong-xuyen',
    launchedBy: m.launchedBy,
    launcherName: m.launcherName ?? undefined,
    decisionRef: m.decisionRef ?? undefined,
    decisionOn: day(m.decisionOn),
    theme: m.theme ?? undefined,
    slogan: m.slogan ?? undefined,
    period: m.fromDate || m.toDate ? [day(m.fromDate), day(m.toDate)] : null,
    rewards: m.rewards.map((r) => r.code),
    participantUnitIds: m.participants.flatMap((p) => (p.unitId === null ? [] : [p.unitId])),
    phases: m.phases.map((p) => ({
      name: p.name,
      range: [day(p.fromDate), day(p.toDate)],
      description: p.description ?? undefined,
    })),
    targets: m.targets.map((t) => ({
      kind: t.kind as 'quantitative' | 'qualitative',
      content: t.content,
      targetValue: t.targetValue,
      unit: t.unit ?? undefined,
      titleCode: t.titleCode ?? null,
    })),
    launch: {
      number: l.number ?? undefined,
      issuedOn: day(l.issuedOn),
      preamble: l.preamble ?? undefined,
      purpose: l.purpose ?? undefined,
      contents: l.contents ?? undefined,
      implementation: l.implementation ?? undefined,
      closing: l.closing ?? undefined,
      signerAuthority: (l.signerAuthority ?? []).join('\n'),
      signerName: l.signerName ?? undefined,
      recipients: (l.recipients ?? []).join('\n'),
    },
  };
}

export function MovementFormModal({
  open,
  year,
  movement,
  onClose,
}: {
  open: boolean;
  year: number;
  movement: Movement | null;
  onClose: () => void;
}) {
  const [form] = Form.useForm<Values>();
  const create = useCreateMovement();
  const update = useUpdateMovement(movement?.id ?? 0);
  const me = useMe();
  const units = useUnits(me.agencyId ?? null);
  const { message } = App.useApp();
  const save = movement ? update : create;

  const submit = async () => {
    const v = await form.validateFields();
    const l = v.launch ?? {};
    const body = {
      name: v.name,
      kind: v.kind,
      launchedBy: v.launchedBy,
      launcherName: v.launcherName,
      decisionRef: v.decisionRef,
      decisionOn: iso(v.decisionOn),
      theme: v.theme,
      slogan: v.slogan,
      year: movement?.year ?? year,
      status: movement?.status ?? 'active',
      fromDate: iso(v.period?.[0]),
      toDate: iso(v.period?.[1]),
      rewards: (v.rewards ?? []).map((code) => ({ code })),
      participantUnitIds: v.participantUnitIds ?? [],
      phases: (v.phases ?? []).map((p) => ({
        name: p.name,
        fromDate: iso(p.range?.[0]),
        toDate: iso(p.range?.[1]),
        description: p.description,
      })),
      targets: (v.targets ?? []).map((t) =>
        t.kind === 'quantitative'
          ? {
              kind: 'quantitative',
              content: t.content,
              targetValue: t.targetValue ?? null,
              unit: t.unit,
              titleCode: t.titleCode ?? null,
            }
          : { kind: 'qualitative', content: t.content, titleCode: t.titleCode ?? null },
      ),
      launch: {
        number: l.number,
        issuedOn: iso(l.issuedOn),
        preamble: l.preamble,
        purpose: l.purpose,
        contents: l.contents,
        implementation: l.implementation,
        closing: l.closing,
        signerAuthority: lines(l.signerAuthority),
        signerName: l.signerName,
        recipients: lines(l.recipients),
      },
      ...(movement ? { version: movement.version } : {}),
    };
    try {
      await save.mutateAsync(body);
      message.success(movement ? 'Đã lưu phong trào.' : 'Đã thêm phong trào.');
      form.resetFields();
      onClose();
    } catch {
      // shown in the alert
    }
  };

  const general = (
    <>
      <Form.Item
        name="name"
        label="Tên phong trào"
        rules={[{ required: true, message: 'Hãy nhập tên phong trào.' }]}
      >
        <Input data-testid="movement-name" />
      </Form.Item>
      <Flex gap={12}>
        <Form.Item name="kind" label="Loại" style={{ flex: 1 }}>
          <Select
            options={[
              { value: 'thuong-xuyen', label: 'Thường xuyên (năm)' },
              { value: 'chuyen-de', label: 'Chuyên đề' },
            ]}
          />
        </Form.Item>
        <Form.Item name="launchedBy" label="Cấp phát động" style={{ flex: 1 }}>
          <Select options={LAUNCHERS} />
        </Form.Item>
        <Form.Item name="launcherName" label="Cơ quan phát động" style={{ flex: 2 }}>
          <Input data-testid="movement-launcher" />
        </Form.Item>
      </Flex>
      <Flex gap={12}>
        <Form.Item name="decisionRef" label="Văn bản phát động / căn cứ" style={{ flex: 3 }}>
          <Input placeholder="Chỉ thị số 01/CTLT-BCT-CDCT ngày 16/01/2018 …" />
        </Form.Item>
        <Form.Item name="decisionOn" label="Ngày văn bản" style={{ flex: 1 }}>
          <DatePicker format={DATE_FORMAT} />
        </Form.Item>
      </Flex>
      <Form.Item name="theme" label="Chủ đề">
        <Input data-testid="movement-theme" />
      </Form.Item>
      <Form.Item name="slogan" label="Khẩu hiệu">
        <Input data-testid="movement-slogan" />
      </Form.Item>
      <Form.Item name="period" label="Thời gian">
        <DatePicker.RangePicker format={DATE_FORMAT} data-testid="movement-period" />
      </Form.Item>
      <Form.Item name="rewards" label="Danh hiệu thi đua, hình thức khen thưởng hướng tới">
        <Select mode="multiple" options={AWARDS} optionFilterProp="label" data-testid="movement-rewards" />
      </Form.Item>
      <Form.Item name="participantUnitIds" label="Đơn vị tham gia">
        <Select
          mode="multiple"
          optionFilterProp="label"
          options={(units.data ?? []).filter((u) => u.active).map((u) => ({ value: u.id, label: u.name }))}
          data-testid="movement-units"
        />
      </Form.Item>
    </>
  );

  const phasesAndTargets = (
    <>
      <Typography.Title level={5}>Các đợt thi đua</Typography.Title>
      <Form.List name="phases">
        {(fields, { add, remove }) => (
          <>
            {fields.map((f) => (
              <Flex key={f.key} gap={8} align="baseline" data-testid={`movement-phase-${f.name}`}>
                <Form.Item name={[f.name, 'name']} rules={[{ required: true, message: 'Tên đợt' }]}>
                  <Input placeholder="Đợt thứ nhất" />
                </Form.Item>
                <Form.Item name={[f.name, 'range']} rules={[{ required: true, message: 'Thời gian đợt' }]}>
                  <DatePicker.RangePicker format={DATE_FORMAT} />
                </Form.Item>
                <Form.Item name={[f.name, 'description']} style={{ flex: 1 }}>
                  <Input.TextArea autoSize placeholder="Nội dung đợt" />
                </Form.Item>
                <Button onClick={() => remove(f.name)}>Xoá</Button>
              </Flex>
            ))}
            <Button onClick={() => add()} style={{ marginBottom: 16 }} data-testid="movement-add-phase">
              Thêm đợt thi đua
            </Button>
          </>
        )}
      </Form.List>
      <Typography.Title level={5}>Các chỉ tiêu thi đua</Typography.Title>
      <Typography.Paragraph type="secondary">
        Chỉ tiêu bắt đầu bằng “+ ” là ý con của chỉ tiêu đứng trước (như các số liệu “đạt và vượt chỉ tiêu”
        của kế hoạch mẫu).
      </Typography.Paragraph>
      <Form.List name="targets">
        {(fields, { add, remove }) => (
          <>
            {fields.map((f) => (
              <Flex key={f.key} gap={8} align="baseline" data-testid={`movement-target-${f.name}`}>
                <Form.Item name={[f.name, 'kind']} initialValue="qualitative">
                  <Select
                    style={{ width: 120 }}
                    options={[
                      { value: 'qualitative', label: 'Định tính' },
                      { value: 'quantitative', label: 'Định lượng' },
                    ]}
                  />
                </Form.Item>
                <Form.Item
                  name={[f.name, 'content']}
                  style={{ flex: 1 }}
                  rules={[{ required: true, message: 'Nội dung chỉ tiêu' }]}
                >
                  <Input.TextArea autoSize placeholder="90% công chức đạt danh hiệu Lao động tiên tiến" />
                </Form.Item>
                <Form.Item name={[f.name, 'targetValue']}>
                  <InputNumber placeholder="Giá trị" decimalSeparator="," style={{ width: 110 }} />
                </Form.Item>
                <Form.Item name={[f.name, 'unit']}>
                  <Input placeholder="Đơn vị tính" style={{ width: 110 }} />
                </Form.Item>
                <Form.Item name={[f.name, 'titleCode']}>
                  <Select allowClear placeholder="Danh hiệu" style={{ width: 160 }} options={AWARDS} />
                </Form.Item>
                <Button onClick={() => remove(f.name)}>Xoá</Button>
              </Flex>
            ))}
            <Button onClick={() => add()} data-testid="movement-add-target">
              Thêm chỉ tiêu
            </Button>
          </>
        )}
      </Form.List>
    </>
  );

  const launch = (
    <>
      <Flex gap={12}>
        <Form.Item name={['launch', 'number']} label="Số văn bản" style={{ flex: 1 }}>
          <Input placeholder="15/KH-SCT" data-testid="launch-number" />
        </Form.Item>
        <Form.Item name={['launch', 'issuedOn']} label="Ngày ban hành" style={{ flex: 1 }}>
          <DatePicker format={DATE_FORMAT} />
        </Form.Item>
      </Flex>
      <Form.Item name={['launch', 'preamble']} label="Căn cứ, mở đầu (“Thực hiện …”)">
        <Input.TextArea autoSize={{ minRows: 3, maxRows: 8 }} data-testid="launch-preamble" />
      </Form.Item>
      <Form.Item name={['launch', 'purpose']} label="I. Mục đích, yêu cầu">
        <Input.TextArea autoSize={{ minRows: 3, maxRows: 10 }} data-testid="launch-purpose" />
      </Form.Item>
      <Form.Item name={['launch', 'contents']} label="II.2. Nội dung các phong trào thi đua">
        <Input.TextArea autoSize={{ minRows: 3, maxRows: 10 }} data-testid="launch-contents" />
      </Form.Item>
      <Form.Item name={['launch', 'implementation']} label="III. Tổ chức thực hiện">
        <Input.TextArea autoSize={{ minRows: 3, maxRows: 10 }} data-testid="launch-implementation" />
      </Form.Item>
      <Form.Item name={['launch', 'closing']} label="Câu kết">
        <Input.TextArea autoSize data-testid="launch-closing" />
      </Form.Item>
      <Flex gap={12}>
        <Form.Item name={['launch', 'recipients']} label="Nơi nhận (mỗi dòng một nơi)" style={{ flex: 2 }}>
          <Input.TextArea autoSize={{ minRows: 4 }} data-testid="launch-recipients" />
        </Form.Item>
        <Form.Item
          name={['launch', 'signerAuthority']}
          label="Thẩm quyền ký (mỗi dòng một dòng)"
          style={{ flex: 1 }}
        >
          <Input.TextArea
            autoSize={{ minRows: 2 }}
            placeholder={'KT. GIÁM ĐỐC\nPHÓ GIÁM ĐỐC'}
            data-testid="launch-authority"
          />
        </Form.Item>
        <Form.Item name={['launch', 'signerName']} label="Người ký" style={{ flex: 1 }}>
          <Input data-testid="launch-signer" />
        </Form.Item>
      </Flex>
    </>
  );

  return (
    <Modal
      open={open}
      width={1000}
      title={movement ? `Sửa phong trào — ${movement.name}` : 'Thêm phong trào thi đua'}
      okText="Lưu"
      cancelText="Huỷ"
      confirmLoading={save.isPending}
      onCancel={onClose}
      onOk={() => void submit()}
      okButtonProps={{ 'data-testid': 'movement-save' } as never}
      destroyOnHidden
    >
      <ErrorAlert error={save.error} />
      <Form form={form} layout="vertical" initialValues={initial(movement)}>
        <Tabs
          items={[
            { key: 'general', label: 'Thông tin chung', forceRender: true, children: general },
            {
              key: 'phases',
              label: <span data-testid="movement-tab-phases">Đợt và chỉ tiêu</span>,
              forceRender: true,
              children: phasesAndTargets,
            },
            {
              key: 'launch',
              label: <span data-testid="movement-tab-launch">Văn bản phát động</span>,
              forceRender: true,
              children: launch,
            },
          ]}
        />
      </Form>
    </Modal>
  );
}
