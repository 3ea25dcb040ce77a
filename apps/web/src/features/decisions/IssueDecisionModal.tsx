import { useState } from 'react';
import {
  Alert,
  Button,
  DatePicker,
  Flex,
  Form,
  Input,
  InputNumber,
  Modal,
  Radio,
  Select,
  Space,
  Steps,
  Typography,
} from 'antd';
import { FileWordOutlined } from '@ant-design/icons';
import dayjs, { type Dayjs } from 'dayjs';
import { useNavigate } from 'react-router';
import { errorMessage } from '../../lib/api.ts';
import { DATE_FORMAT, toWireDate } from '../../lib/format.ts';
import {
  downloadDecisionDocx,
  downloadDecisionList,
  fetchElected,
  OWN_CODE_OPTIONS,
  useCouncilSessions,
  useIssueOwn,
  usePeopleSearch,
  type Decision,
} from './api.ts';
import { RecipientsField, toRecipientInputs, type RecipientLine } from './RecipientsField.tsx';
import { useWorkingYear } from '../../lib/session.tsx';

// Ban hành quyết định of the agency in three steps: (1) the title and year, and where the list comes from
// (a council session's elected list, or chosen by hand); (2) the list; (3) number, date, signer, căn cứ
// and Nơi nhận. Issuing writes the register entry, the decision and its recipients in one transaction;
// the Quyết định and its attached list download as .docx.

interface Meta {
  number?: string;
  decidedOn?: Dayjs;
  signedByDeputy: boolean;
  signerPersonId?: number;
  proposedBy?: string;
  extraBasis: string[];
  distribution: string[];
}

export function IssueDecisionModal({ open, onClose }: { open: boolean; onClose(): void }) {
  const navigate = useNavigate();
  const [step, setStep] = useState(0);
  const [code, setCode] = useState<string>('lao-dong-tien-tien');
  const [year, setYear] = useState<number>(useWorkingYear());
  const [sessionId, setSessionId] = useState<number | null>(null);
  const [lines, setLines] = useState<RecipientLine[]>([]);
  const [loadingElected, setLoadingElected] = useState(false);
  const [note, setNote] = useState<string | null>(null);
  const [issued, setIssued] = useState<Decision | null>(null);
  const [form] = Form.useForm<Meta>();
  const deputy = Form.useWatch('signedByDeputy', form);
  const [signerQ, setSignerQ] = useState('Phó Giám đốc');
  const signers = usePeopleSearch(signerQ);
  const sessions = useCouncilSessions(year, open);
  const issue = useIssueOwn();
  const collective = code.startsWith('tap-the-');

  const close = () => {
    setStep(0);
    setLines([]);
    setSessionId(null);
    setIssued(null);
    setNote(null);
    issue.reset();
    form.resetFields();
    onClose();
  };

  const loadElected = async () => {
    if (!sessionId) return;
    setLoadingElected(true);
    setNote(null);
    try {
      const rows = await fetchElected(sessionId, code);
      setLines(
        rows.map((r) => ({
          key: `${r.subjectKind}:${r.personId ?? r.unitId ?? r.agencyId}`,
          subjectKind: r.subjectKind,
          personId: r.personId,
          unitId: r.unitId,
          agencyId: r.agencyId,
          councilCandidateId: r.councilCandidateId,
          name: r.displayName,
          detail: [r.positionTitle, r.unitName].filter(Boolean).join(', ') || null,
        })),
      );
      setNote(
        rows.length
          ? `Đã lấy ${rows.length} người/tập thể được Hội đồng bầu đạt.`
          : 'Phiên họp chưa có ai được bầu đạt danh hiệu này.',
      );
    } catch (e) {
      setNote(errorMessage(e));
    } finally {
      setLoadingElected(false);
    }
  };

  const submit = async () => {
    const v = await form.validateFields();
    issue.mutate(
      {
        code,
        year,
        number: (v.number ?? '').trim(),
        decidedOn: toWireDate(v.decidedOn) ?? '',
        signedByDeputy: v.signedByDeputy,
        signerPersonId: v.signedByDeputy ? (v.signerPersonId ?? null) : null,
        proposedBy: v.proposedBy?.trim() || null,
        extraBasis: v.extraBasis,
        distribution: v.distribution,
        sessionId,
        recipients: toRecipientInputs(lines),
      },
      { onSuccess: (d) => setIssued(d) },
    );
  };

  const footer = issued ? (
    <Flex gap={8} justify="end">
      <Button onClick={() => void navigate(`/quyet-dinh/${issued.id}`)} data-testid="issue-open-decision">
        Mở quyết định
      </Button>
      <Button onClick={close}>Đóng</Button>
    </Flex>
  ) : (
    <Flex gap={8} justify="end">
      {step > 0 && <Button onClick={() => setStep(step - 1)}>Quay lại</Button>}
      {step < 2 ? (
        <Button
          type="primary"
          disabled={step === 1 && lines.length === 0}
          onClick={() => setStep(step + 1)}
          data-testid="issue-next"
        >
          Tiếp
        </Button>
      ) : (
        <Button
          type="primary"
          loading={issue.isPending}
          onClick={() => void submit()}
          data-testid="issue-submit"
        >
          Ban hành
        </Button>
      )}
    </Flex>
  );

  return (
    <Modal
      open={open}
      title="Ban hành quyết định khen thưởng của cơ quan"
      onCancel={close}
      footer={footer}
      width={900}
      destroyOnHidden
    >
      <Steps
        size="small"
        current={issued ? 3 : step}
        style={{ marginBottom: 16 }}
        items={[{ title: 'Danh hiệu' }, { title: 'Danh sách' }, { title: 'Số, ngày, người ký' }]}
      />
      {issued ? (
        <div data-testid="issue-done">
          <Alert
            type="success"
            showIcon
            title={`Đã ban hành ${issued.reference}`}
            description={`${issued.codeLabel} — ${issued.recipients.length} ${collective ? 'tập thể' : 'cá nhân'}. Quá trình khen thưởng đã được cập nhật.`}
            style={{ marginBottom: 12 }}
          />
          <Space>
            <Button
              icon={<FileWordOutlined />}
              onClick={() => downloadDecisionDocx(issued.id)}
              data-testid="issue-docx"
            >
              Tải Quyết định (.docx)
            </Button>
            <Button
              icon={<FileWordOutlined />}
              onClick={() => downloadDecisionList(issued.id)}
              data-testid="issue-list-docx"
            >
              Tải danh sách kèm theo (.docx)
            </Button>
          </Space>
        </div>
      ) : step === 0 ? (
        <Space direction="vertical" style={{ width: '100%' }}>
          <Space wrap>
            <span>Danh hiệu/hình thức</span>
            <Select
              value={code}
              onChange={(v) => {
                setCode(v);
                setLines([]);
              }}
              options={[...OWN_CODE_OPTIONS]}
              style={{ width: 280 }}
              data-testid="issue-code"
            />
            <span>Năm thành tích</span>
            <InputNumber
              value={year}
              min={2000}
              max={2100}
              onChange={(v) => v && setYear(v)}
              data-testid="issue-year"
            />
          </Space>
          <Typography.Text type="secondary">
            Lấy danh sách từ phiên họp bình xét của Hội đồng Thi đua – Khen thưởng (người được bầu đạt), hoặc
            chọn ở bước sau.
          </Typography.Text>
          <Space wrap>
            <Select
              allowClear
              placeholder={
                sessions.data?.length ? 'Chọn phiên họp Hội đồng' : 'Chưa có phiên họp bình xét trong năm'
              }
              value={sessionId ?? undefined}
              onChange={(v?: number) => setSessionId(v ?? null)}
              options={(sessions.data ?? []).map((s) => ({ value: s.id, label: s.label }))}
              style={{ width: 480 }}
              data-testid="issue-session"
            />
            <Button
              disabled={!sessionId}
              loading={loadingElected}
              onClick={() => void loadElected()}
              data-testid="issue-load-elected"
            >
              Lấy danh sách được bầu
            </Button>
          </Space>
          {note && <Alert type="info" showIcon title={note} data-testid="issue-elected-note" />}
        </Space>
      ) : step === 1 ? (
        <RecipientsField
          value={lines}
          onChange={setLines}
          kinds={collective ? ['unit'] : code === 'giay-khen' ? ['person', 'unit'] : ['person']}
          testId="issue-recipients"
        />
      ) : (
        <Form
          form={form}
          layout="vertical"
          initialValues={{
            signedByDeputy: false,
            decidedOn: dayjs(),
            extraBasis: [],
            distribution: ['Ban Thi đua – Khen thưởng tỉnh'],
          }}
        >
          <Space wrap align="start">
            <Form.Item
              name="number"
              label="Số quyết định"
              rules={[{ required: true, whitespace: true, message: 'Hãy nhập số quyết định.' }]}
            >
              <Input style={{ width: 120 }} data-testid="issue-number" />
            </Form.Item>
            <Form.Item
              name="decidedOn"
              label="Ngày ký"
              rules={[{ required: true, message: 'Hãy chọn ngày ký.' }]}
            >
              <DatePicker format={DATE_FORMAT} data-testid="issue-date" />
            </Form.Item>
            <Form.Item name="signedByDeputy" label="Người ký">
              <Radio.Group
                options={[
                  { value: false, label: 'Giám đốc ký' },
                  { value: true, label: 'Phó Giám đốc ký thay (KT.)' },
                ]}
              />
            </Form.Item>
            {deputy && (
              <Form.Item
                name="signerPersonId"
                label="Phó Giám đốc"
                rules={[{ required: true, message: 'Hãy chọn người ký.' }]}
              >
                <Select
                  showSearch
                  filterOption={false}
                  onSearch={setSignerQ}
                  style={{ width: 260 }}
                  options={(signers.data?.items ?? []).map((p) => ({
                    value: p.id,
                    label: `${p.fullName} — ${p.position ?? ''}`,
                  }))}
                />
              </Form.Item>
            )}
          </Space>
          <Form.Item
            name="proposedBy"
            label="Xét đề nghị của (để trống: Hội đồng Thi đua – Khen thưởng hoặc Chánh Văn phòng)"
          >
            <Input data-testid="issue-proposed-by" />
          </Form.Item>
          <Form.Item
            name="extraBasis"
            label="Căn cứ khác (quy chế thi đua, khen thưởng của cơ quan …) — mỗi dòng một căn cứ"
          >
            <Select mode="tags" open={false} tokenSeparators={['\n']} placeholder="Gõ rồi nhấn Enter" />
          </Form.Item>
          <Form.Item name="distribution" label="Nơi nhận (ngoài “Như Điều 3” và “Lưu: VT, VP”)">
            <Select mode="tags" open={false} placeholder="Gõ rồi nhấn Enter" />
          </Form.Item>
          <Typography.Text type="secondary">
            Căn cứ pháp lý (Luật, Nghị định, Thông tư) được ghi theo quy định có hiệu lực của năm {year}.{' '}
            {lines.length} {collective ? 'tập thể' : 'cá nhân'} trong danh sách.
          </Typography.Text>
          {issue.error ? (
            <Alert
              type="error"
              showIcon
              title={errorMessage(issue.error)}
              style={{ marginTop: 12 }}
              data-testid="issue-error"
            />
          ) : null}
        </Form>
      )}
    </Modal>
  );
}
