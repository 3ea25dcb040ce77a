import { useState } from 'react';
import {
  Alert,
  App,
  Button,
  Card,
  DatePicker,
  Descriptions,
  Flex,
  Form,
  Input,
  InputNumber,
  List,
  Modal,
  Select,
  Space,
  Switch,
  Table,
  Tag,
  Typography,
} from 'antd';
import { ErrorAlert } from '../../components/ErrorAlert.tsx';
import { download } from '../../lib/api.ts';
import { DATE_FORMAT, formatDate, formatDateTime, formatNumber, toWireDate } from '../../lib/format.ts';
import { base, del, post, put, useWrite, type CriterionT, type Overview } from './api.ts';

const KIND_LABELS: Record<CriterionT['kind'], string> = {
  standard: 'Tiêu chí chấm',
  bonus: 'Điểm thưởng',
  penalty: 'Điểm trừ',
};

function range(c: CriterionT): string {
  if (c.kind === 'penalty') return `${formatNumber(c.minPoints)} … 0`;
  return `${formatNumber(c.minPoints)} … ${formatNumber(c.maxPoints)}`;
}

/** A penalty criterion is entered as "trừ tối đa" (its minimum); its maximum is 0. */
function criterionBody(v: Record<string, unknown>): Record<string, unknown> {
  if (v.kind === 'penalty') return { ...v, maxPoints: 0 };
  return v;
}

type Editing =
  | { kind: 'group'; id: number | null; version: number; values: Record<string, unknown> }
  | {
      kind: 'criterion';
      groupId: number;
      id: number | null;
      version: number;
      values: Record<string, unknown>;
    };

function CriteriaEditor({ o, editing, onClose }: { o: Overview; editing: Editing; onClose: () => void }) {
  const [form] = Form.useForm();
  const { message } = App.useApp();
  const signed = o.covenant?.status === 'signed';
  const save = useWrite(async (v: Record<string, unknown>) => {
    if (editing.kind === 'group') {
      if (editing.id === null) await post(`${base(o.groupId, o.year)}/criteria-groups`, v);
      else await put(`/cluster-scoring/criteria-groups/${editing.id}`, { ...v, version: editing.version });
    } else if (editing.id === null)
      await post(`/cluster-scoring/criteria-groups/${editing.groupId}/criteria`, criterionBody(v));
    else
      await put(`/cluster-scoring/criteria/${editing.id}`, { ...criterionBody(v), version: editing.version });
  });
  const kind = Form.useWatch('kind', form) as CriterionT['kind'] | undefined;
  return (
    <Modal
      open
      title={
        editing.kind === 'group'
          ? editing.id === null
            ? 'Thêm nhóm tiêu chí'
            : 'Sửa nhóm tiêu chí'
          : editing.id === null
            ? 'Thêm tiêu chí'
            : 'Sửa tiêu chí'
      }
      okText="Lưu"
      cancelText="Huỷ"
      okButtonProps={{ 'data-testid': 'cs-criteria-save' } as never}
      confirmLoading={save.isPending}
      onCancel={onClose}
      destroyOnHidden
      onOk={async () => {
        const v = (await form.validateFields()) as Record<string, unknown>;
        try {
          await save.mutateAsync(v);
          message.success('Đã lưu.');
          onClose();
        } catch {
          // shown in the dialog
        }
      }}
    >
      <ErrorAlert error={save.error} />
      {signed && (
        <Alert
          type="warning"
          showIcon
          style={{ marginBottom: 12 }}
          message="Giao ước đã ký: thay đổi sẽ tạo phiên bản mới của bộ tiêu chí và cần ghi lý do."
        />
      )}
      <Form form={form} layout="vertical" initialValues={{ kind: 'standard', ...editing.values }}>
        {editing.kind === 'group' ? (
          <>
            <Form.Item name="code" label="Số hiệu (I, II …)">
              <Input data-testid="cs-group-code" style={{ width: 120 }} />
            </Form.Item>
            <Form.Item
              name="name"
              label="Tên nhóm tiêu chí"
              rules={[{ required: true, message: 'Nhập tên nhóm.' }]}
            >
              <Input data-testid="cs-group-name" />
            </Form.Item>
            <Form.Item name="maxPoints" label="Điểm tối đa của nhóm">
              <InputNumber data-testid="cs-group-max" min={0} decimalSeparator="," />
            </Form.Item>
          </>
        ) : (
          <>
            <Space>
              <Form.Item name="code" label="Số hiệu (1.1 …)">
                <Input data-testid="cs-criterion-code" style={{ width: 100 }} />
              </Form.Item>
              <Form.Item name="kind" label="Loại">
                <Select
                  data-testid="cs-criterion-kind"
                  style={{ width: 160 }}
                  options={Object.entries(KIND_LABELS).map(([value, label]) => ({ value, label }))}
                />
              </Form.Item>
            </Space>
            <Form.Item
              name="name"
              label="Nội dung tiêu chí"
              rules={[{ required: true, message: 'Nhập nội dung tiêu chí.' }]}
            >
              <Input.TextArea data-testid="cs-criterion-name" rows={2} />
            </Form.Item>
            <Space>
              {kind === 'penalty' ? (
                <Form.Item
                  name="minPoints"
                  label="Trừ tối đa (số âm)"
                  rules={[{ required: true, message: 'Nhập điểm trừ tối đa.' }]}
                >
                  <InputNumber data-testid="cs-criterion-min" max={0} decimalSeparator="," />
                </Form.Item>
              ) : (
                <Form.Item
                  name="maxPoints"
                  label="Điểm tối đa"
                  rules={[{ required: true, message: 'Nhập điểm tối đa.' }]}
                >
                  <InputNumber data-testid="cs-criterion-max" min={0} decimalSeparator="," />
                </Form.Item>
              )}
              <Form.Item name="indicatorCode" label="Mã chỉ tiêu (minh chứng từ số liệu)">
                <Input data-testid="cs-criterion-indicator" style={{ width: 200 }} />
              </Form.Item>
            </Space>
            <Form.Item name="evidenceRequired" label="Minh chứng yêu cầu">
              <Input.TextArea data-testid="cs-criterion-evidence" rows={2} />
            </Form.Item>
          </>
        )}
        {signed && (
          <Form.Item
            name="reason"
            label="Lý do sửa"
            rules={[{ required: true, message: 'Cần ghi lý do sửa.' }]}
          >
            <Input data-testid="cs-criteria-reason" />
          </Form.Item>
        )}
      </Form>
    </Modal>
  );
}

function SettingsCard({ o, leads }: { o: Overview; leads: boolean }) {
  const [open, setOpen] = useState(false);
  const [form] = Form.useForm();
  const { message } = App.useApp();
  const s = o.settings;
  const save = useWrite((v: Record<string, unknown>) =>
    put(`${base(o.groupId, o.year)}/settings`, { ...v, version: s.version }),
  );
  return (
    <Card
      size="small"
      title="Cách xếp hạng và đề nghị khen thưởng (theo hướng dẫn hằng năm)"
      extra={
        leads && !o.published ? (
          <Button size="small" data-testid="cs-settings-edit" onClick={() => setOpen(true)}>
            Sửa
          </Button>
        ) : null
      }
      style={{ marginBottom: 16 }}
    >
      <Descriptions size="small" column={1}>
        <Descriptions.Item label="Phân định khi bằng điểm">
          <span data-testid="cs-tie-break">{s.tieBreakText}</span>
        </Descriptions.Item>
        <Descriptions.Item label="Đề nghị">
          {s.flagCount} {s.flagLabel}; {s.certificateCount} {s.certificateLabel}
        </Descriptions.Item>
        <Descriptions.Item label="Chấm chéo">
          {s.crossScoring
            ? `Có – mỗi cơ quan chấm ${s.crossPerMember} cơ quan khác${s.scoreBasis === 'leader-and-cross' ? '; điểm = bình quân điểm Cụm trưởng và điểm chấm chéo' : ''}`
            : 'Không'}
        </Descriptions.Item>
        {s.guidance && <Descriptions.Item label="Căn cứ">{s.guidance}</Descriptions.Item>}
      </Descriptions>
      {open && (
        <Modal
          open
          title="Cách xếp hạng và đề nghị khen thưởng"
          okText="Lưu"
          cancelText="Huỷ"
          okButtonProps={{ 'data-testid': 'cs-settings-save' } as never}
          confirmLoading={save.isPending}
          onCancel={() => setOpen(false)}
          destroyOnHidden
          onOk={async () => {
            const v = (await form.validateFields()) as Record<string, unknown>;
            try {
              await save.mutateAsync(v);
              message.success('Đã lưu cách xếp hạng.');
              setOpen(false);
            } catch {
              // shown in the dialog
            }
          }}
        >
          <ErrorAlert error={save.error} />
          <Form
            form={form}
            layout="vertical"
            initialValues={{
              tieBreak: s.tieBreak,
              flagCount: s.flagCount,
              certificateCount: s.certificateCount,
              flagCode: s.flagCode,
              certificateCode: s.certificateCode,
              crossScoring: s.crossScoring,
              crossPerMember: s.crossPerMember,
              scoreBasis: s.scoreBasis,
              guidance: s.guidance ?? '',
            }}
          >
            <Form.Item name="tieBreak" label="Thứ tự phân định khi bằng điểm (theo thứ tự chọn)">
              <Select
                mode="multiple"
                options={s.tieBreakOptions.map((x) => ({ value: x.key, label: x.label }))}
              />
            </Form.Item>
            <Space>
              <Form.Item name="flagCount" label="Số Cờ thi đua">
                <InputNumber min={0} max={50} />
              </Form.Item>
              <Form.Item name="flagCode" label="Loại cờ">
                <Select
                  style={{ width: 240 }}
                  options={[
                    { value: 'co-thi-dua-cap-tinh', label: 'Cờ thi đua cấp bộ, ngành, tỉnh' },
                    { value: 'co-thi-dua-chinh-phu', label: 'Cờ thi đua của Chính phủ' },
                  ]}
                />
              </Form.Item>
            </Space>
            <Space>
              <Form.Item name="certificateCount" label="Số Bằng khen">
                <InputNumber min={0} max={50} />
              </Form.Item>
              <Form.Item name="certificateCode" label="Loại Bằng khen">
                <Select
                  style={{ width: 240 }}
                  options={[
                    { value: 'bang-khen-cap-tinh', label: 'Bằng khen cấp bộ, ngành, tỉnh' },
                    { value: 'bang-khen-thu-tuong', label: 'Bằng khen của Thủ tướng Chính phủ' },
                  ]}
                />
              </Form.Item>
            </Space>
            <Space>
              <Form.Item name="crossScoring" label="Chấm chéo" valuePropName="checked">
                <Switch />
              </Form.Item>
              <Form.Item name="crossPerMember" label="Mỗi cơ quan chấm">
                <InputNumber min={1} max={50} />
              </Form.Item>
              <Form.Item name="scoreBasis" label="Điểm xếp hạng">
                <Select
                  style={{ width: 260 }}
                  options={[
                    { value: 'leader', label: 'Điểm Cụm trưởng chấm' },
                    { value: 'leader-and-cross', label: 'Bình quân Cụm trưởng và chấm chéo' },
                  ]}
                />
              </Form.Item>
            </Space>
            <Form.Item name="guidance" label="Căn cứ (văn bản hướng dẫn)">
              <Input />
            </Form.Item>
          </Form>
        </Modal>
      )}
    </Card>
  );
}

function CovenantCard({ o, leads }: { o: Overview; leads: boolean }) {
  const { message } = App.useApp();
  const [signing, setSigning] = useState(false);
  const [form] = Form.useForm();
  const create = useWrite(() =>
    post(`${base(o.groupId, o.year)}/covenant`, {
      title: `Giao ước thi đua năm ${o.year} – ${o.groupName}`,
      content: `Các cơ quan thành viên ${o.groupName} cam kết thi đua hoàn thành xuất sắc nhiệm vụ chính trị năm ${o.year}, thực hiện đầy đủ các tiêu chí, thang điểm dưới đây và tự chấm điểm trung thực, có minh chứng.`,
    }),
  );
  const sign = useWrite((v: { signedOn: string; signers: unknown[] }) =>
    post(`${base(o.groupId, o.year)}/covenant/sign`, { version: o.covenant!.version, ...v }),
  );
  const c = o.covenant;
  return (
    <Card size="small" title="Giao ước thi đua" style={{ marginBottom: 16 }} data-testid="cs-covenant">
      <ErrorAlert error={create.error ?? sign.error} />
      {!c ? (
        <Flex gap={8} align="center">
          <Typography.Text type="secondary">Chưa có giao ước năm {o.year}.</Typography.Text>
          {leads && (
            <Button
              data-testid="cs-covenant-create"
              loading={create.isPending}
              onClick={async () => {
                try {
                  await create.mutateAsync(undefined);
                  message.success('Đã soạn dự thảo giao ước.');
                } catch {
                  // shown above
                }
              }}
            >
              Soạn dự thảo giao ước
            </Button>
          )}
        </Flex>
      ) : (
        <>
          <Flex gap={8} align="center" wrap>
            <Typography.Text strong>{c.title}</Typography.Text>
            <Tag color={c.status === 'signed' ? 'green' : 'default'} data-testid="cs-covenant-status">
              {c.status === 'signed' ? `Đã ký ngày ${formatDate(c.signedOn)}` : 'Dự thảo'}
            </Tag>
            <Button
              size="small"
              data-testid="cs-covenant-docx"
              onClick={() => download(`${base(o.groupId, o.year)}/covenant.docx`)}
            >
              Tải bản giao ước (.docx)
            </Button>
            {leads && c.status === 'draft' && (
              <Button
                type="primary"
                size="small"
                data-testid="cs-covenant-sign"
                onClick={() => setSigning(true)}
              >
                Ký giao ước
              </Button>
            )}
          </Flex>
          <Typography.Paragraph style={{ marginTop: 8 }}>{c.content}</Typography.Paragraph>
          <Typography.Text type="secondary">
            Các bên ký: {c.signatories.map((s) => `${s.agencyName}${s.signed ? ' (đã ký)' : ''}`).join('; ')}
          </Typography.Text>
          {o.criteriaVersions.length > 0 && (
            <List
              size="small"
              header={<b>Phiên bản bộ tiêu chí</b>}
              dataSource={o.criteriaVersions}
              data-testid="cs-versions"
              renderItem={(v) => (
                <List.Item>
                  Phiên bản {v.versionNo} – {formatDateTime(v.createdAt)} – {v.reason}
                  {v.createdByName ? ` (${v.createdByName})` : ''}
                </List.Item>
              )}
            />
          )}
        </>
      )}
      {signing && c && (
        <Modal
          open
          title="Ký giao ước thi đua"
          okText="Xác nhận đã ký"
          cancelText="Huỷ"
          okButtonProps={{ 'data-testid': 'cs-sign-ok' } as never}
          confirmLoading={sign.isPending}
          onCancel={() => setSigning(false)}
          destroyOnHidden
          onOk={async () => {
            const v = (await form.validateFields()) as { signedOn: never; names?: Record<string, string> };
            try {
              await sign.mutateAsync({
                signedOn: toWireDate(v.signedOn) ?? '',
                signers: c.signatories.map((s) => ({
                  agencyId: s.agencyId,
                  signerName: v.names?.[String(s.agencyId)] ?? null,
                  signerTitle: 'Giám đốc',
                })),
              });
              message.success('Đã ký giao ước: bộ tiêu chí được cố định, các phiếu chấm đã mở.');
              setSigning(false);
            } catch {
              // shown above
            }
          }}
        >
          <Alert
            type="info"
            showIcon
            style={{ marginBottom: 12 }}
            message="Khi ký, bộ tiêu chí được cố định (phiên bản 1) và các phiếu tự chấm, phiếu Cụm trưởng chấm được mở."
          />
          <Form form={form} layout="vertical">
            <Form.Item name="signedOn" label="Ngày ký" rules={[{ required: true, message: 'Chọn ngày ký.' }]}>
              <DatePicker data-testid="cs-sign-date" format={DATE_FORMAT} />
            </Form.Item>
            {c.signatories.map((s) => (
              <Form.Item
                key={s.agencyId}
                name={['names', String(s.agencyId)]}
                label={`Giám đốc ${s.agencyName}`}
              >
                <Input data-testid={`cs-signer-${s.agencyId}`} placeholder="Họ và tên người ký" />
              </Form.Item>
            ))}
          </Form>
        </Modal>
      )}
    </Card>
  );
}

function Comments({ o, canComment }: { o: Overview; canComment: boolean }) {
  const [form] = Form.useForm();
  const { message } = App.useApp();
  const add = useWrite((v: { criteriaGroupId: number; content: string }) =>
    post(`${base(o.groupId, o.year)}/comments`, v),
  );
  return (
    <Card size="small" title="Góp ý của các cơ quan thành viên" style={{ marginBottom: 16 }}>
      <List
        size="small"
        locale={{ emptyText: 'Chưa có góp ý.' }}
        dataSource={o.comments}
        data-testid="cs-comments"
        renderItem={(c) => (
          <List.Item>
            <div>
              <b>{c.agencyName}</b> ({formatDateTime(c.createdAt)}): {c.content}
            </div>
          </List.Item>
        )}
      />
      {canComment && o.criteria.length > 0 && !o.published && (
        <Form
          form={form}
          layout="inline"
          style={{ marginTop: 8 }}
          initialValues={{ criteriaGroupId: o.criteria[0]!.id }}
          onFinish={async (v: { criteriaGroupId: number; content: string }) => {
            try {
              await add.mutateAsync(v);
              form.resetFields(['content']);
              message.success('Đã gửi góp ý.');
            } catch {
              // shown below
            }
          }}
        >
          <Form.Item name="criteriaGroupId">
            <Select
              style={{ width: 220 }}
              options={o.criteria.map((g) => ({ value: g.id, label: `${g.code ?? ''}. ${g.name}` }))}
            />
          </Form.Item>
          <Form.Item
            name="content"
            rules={[{ required: true, message: 'Nhập nội dung góp ý.' }]}
            style={{ flex: 1 }}
          >
            <Input data-testid="cs-comment-input" placeholder="Góp ý dự thảo tiêu chí" />
          </Form.Item>
          <Button htmlType="submit" data-testid="cs-comment-send" loading={add.isPending}>
            Gửi góp ý
          </Button>
          <ErrorAlert error={add.error} />
        </Form>
      )}
    </Card>
  );
}

export function CriteriaTab({ o }: { o: Overview }) {
  const leads = (o.role === 'leader' || o.role === 'deputy') && !o.published;
  const [editing, setEditing] = useState<Editing | null>(null);
  const { modal, message } = App.useApp();
  const remove = useWrite((p: string) => del(p));
  const signed = o.covenant?.status === 'signed';
  const rows = o.criteria.flatMap((g) => [
    { key: `g${g.id}`, group: g, criterion: null as CriterionT | null },
    ...g.criteria.map((c) => ({ key: `c${c.id}`, group: g, criterion: c as CriterionT | null })),
  ]);
  return (
    <>
      <SettingsCard o={o} leads={o.role === 'leader' || o.role === 'deputy'} />
      <Card
        size="small"
        title="Tiêu chí và thang điểm"
        style={{ marginBottom: 16 }}
        extra={
          leads ? (
            <Button
              size="small"
              data-testid="cs-group-add"
              onClick={() => setEditing({ kind: 'group', id: null, version: 0, values: {} })}
            >
              Thêm nhóm tiêu chí
            </Button>
          ) : null
        }
      >
        <Table
          size="small"
          pagination={false}
          rowKey="key"
          dataSource={rows}
          data-testid="cs-criteria"
          locale={{ emptyText: 'Chưa có tiêu chí. Cụm trưởng soạn dự thảo tiêu chí.' }}
          rowClassName={(r) => (r.criterion ? '' : 'ant-table-row-group')}
          columns={[
            {
              title: 'Số hiệu',
              width: 80,
              render: (_, r) => (r.criterion ? r.criterion.code : <b>{r.group.code}</b>),
            },
            {
              title: 'Nội dung',
              render: (_, r) =>
                r.criterion ? (
                  <span data-testid={`cs-criterion-${r.criterion.code ?? r.criterion.id}`}>
                    {r.criterion.name}
                    {r.criterion.kind !== 'standard' && (
                      <Tag style={{ marginLeft: 8 }} color={r.criterion.kind === 'bonus' ? 'green' : 'red'}>
                        {KIND_LABELS[r.criterion.kind]}
                      </Tag>
                    )}
                  </span>
                ) : (
                  <b>{r.group.name.toUpperCase()}</b>
                ),
            },
            {
              title: 'Khoảng điểm',
              width: 120,
              align: 'right',
              render: (_, r) =>
                r.criterion
                  ? range(r.criterion)
                  : r.group.maxPoints !== null
                    ? `tối đa ${formatNumber(r.group.maxPoints)}`
                    : '',
            },
            {
              title: 'Minh chứng yêu cầu',
              render: (_, r) =>
                r.criterion ? (
                  <>
                    {r.criterion.evidenceRequired}
                    {r.criterion.indicatorCode && (
                      <Tag style={{ marginLeft: 4 }}>Chỉ tiêu: {r.criterion.indicatorCode}</Tag>
                    )}
                  </>
                ) : null,
            },
            ...(leads
              ? [
                  {
                    title: '',
                    width: 210,
                    render: (_: unknown, r: (typeof rows)[number]) =>
                      r.criterion ? (
                        <Space>
                          <Button
                            size="small"
                            data-testid={`cs-criterion-edit-${r.criterion.code ?? r.criterion.id}`}
                            onClick={() =>
                              setEditing({
                                kind: 'criterion',
                                groupId: r.group.id,
                                id: r.criterion!.id,
                                version: r.criterion!.version,
                                values: {
                                  code: r.criterion!.code,
                                  name: r.criterion!.name,
                                  kind: r.criterion!.kind,
                                  minPoints: r.criterion!.minPoints,
                                  maxPoints: r.criterion!.maxPoints,
                                  evidenceRequired: r.criterion!.evidenceRequired,
                                  indicatorCode: r.criterion!.indicatorCode,
                                },
                              })
                            }
                          >
                            Sửa
                          </Button>
                          {!signed && (
                            <Button
                              size="small"
                              danger
                              onClick={() =>
                                modal.confirm({
                                  title: `Xoá tiêu chí ${r.criterion!.code ?? ''}?`,
                                  okText: 'Xoá',
                                  cancelText: 'Huỷ',
                                  onOk: async () => {
                                    await remove.mutateAsync(
                                      `/cluster-scoring/criteria/${r.criterion!.id}?version=${r.criterion!.version}`,
                                    );
                                    message.success('Đã xoá tiêu chí.');
                                  },
                                })
                              }
                            >
                              Xoá
                            </Button>
                          )}
                        </Space>
                      ) : (
                        <Button
                          size="small"
                          data-testid={`cs-criterion-add-${r.group.code ?? r.group.id}`}
                          onClick={() =>
                            setEditing({
                              kind: 'criterion',
                              groupId: r.group.id,
                              id: null,
                              version: 0,
                              values: {},
                            })
                          }
                        >
                          Thêm tiêu chí
                        </Button>
                      ),
                  },
                ]
              : []),
          ]}
        />
        <ErrorAlert error={remove.error} />
      </Card>
      <Comments o={o} canComment={o.role !== 'reviewer' && o.myAgencyIds.length > 0} />
      <CovenantCard o={o} leads={leads} />
      {editing && <CriteriaEditor o={o} editing={editing} onClose={() => setEditing(null)} />}
    </>
  );
}
