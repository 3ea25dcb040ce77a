import { useEffect, useMemo, useState } from 'react';
import {
  Alert,
  App,
  Button,
  Card,
  Checkbox,
  Col,
  DatePicker,
  Form,
  Input,
  Radio,
  Row,
  Select,
  Space,
} from 'antd';
import { ReloadOutlined, SaveOutlined } from '@ant-design/icons';
import { useNavigate, useParams } from 'react-router';
import { PageHeader } from '../../components/PageHeader.tsx';
import { ErrorAlert } from '../../components/ErrorAlert.tsx';
import { errorMessage, isApiError } from '../../lib/api.ts';
import { useAgency } from '../../lib/endpoints/agency.ts';
import { useUnits } from '../../lib/endpoints/units.ts';
import { applyServerErrors, zodFormRule } from '../../lib/form.ts';
import { DATE_FORMAT } from '../../lib/format.ts';
import { CATEGORIES, CATEGORY_LABELS } from '../../lib/labels.ts';
import { useMe } from '../../lib/session.tsx';
import { usePerson } from './api/get-person.ts';
import { useSavePerson } from './api/save-person.ts';
import type { PersonInput } from './api/person-schema.ts';
import {
  FIELDS,
  PersonInputSchema,
  toFormValues,
  toPersonInput,
  type PersonFormValues,
} from './person-form-schema.ts';

const FIELD_SET = new Set<string>(FIELDS);
const rule = (field: string) =>
  zodFormRule(PersonInputSchema, field, (v) => toPersonInput(v as PersonFormValues));

export function PersonFormPage() {
  const { id } = useParams();
  const personId = id ? Number(id) : null;
  const editing = personId !== null;
  const me = useMe();
  const navigate = useNavigate();
  const { message } = App.useApp();
  const [form] = Form.useForm<PersonFormValues>();
  const person = usePerson(personId);
  const agencyId = person.data?.agencyId ?? me.agencyId ?? null;
  const units = useUnits(agencyId);
  const agency = useAgency(agencyId);
  const save = useSavePerson(personId);
  const [conflict, setConflict] = useState(false);
  const [otherErrors, setOtherErrors] = useState<string[]>([]);

  const partyMember = Form.useWatch('partyMember', form);
  const unitId = Form.useWatch('unitId', form);
  const unitChanged =
    editing && person.data !== undefined && unitId !== undefined && unitId !== person.data.unitId;

  const partyCells = useMemo(
    () => (agency.data?.sideOrganisations ?? []).filter((o) => o.kind === 'chi-bo'),
    [agency.data],
  );

  useEffect(() => {
    if (person.data) form.setFieldsValue(toFormValues(person.data));
  }, [person.data, form]);

  const reload = async () => {
    const fresh = await person.refetch();
    if (fresh.data) {
      form.resetFields();
      form.setFieldsValue(toFormValues(fresh.data));
    }
    setConflict(false);
    save.reset();
  };

  const onFinish = (values: PersonFormValues) => {
    setOtherErrors([]);
    const parsed = PersonInputSchema.safeParse(toPersonInput(values));
    if (!parsed.success) {
      form.setFields(
        parsed.error.issues
          .filter((i) => FIELD_SET.has(String(i.path[0])))
          .map((i) => ({ name: String(i.path[0]) as keyof PersonFormValues, errors: [i.message] })),
      );
      return;
    }
    const input: PersonInput = parsed.data;
    save.mutate(editing ? { ...input, version: person.data?.version ?? 0 } : input, {
      onSuccess: (saved) => {
        void message.success(editing ? 'Đã lưu hồ sơ.' : 'Đã thêm cán bộ.');
        void navigate(`/can-bo/${saved.id}`);
      },
      onError: (e) => {
        if (isApiError(e, 'conflict')) {
          setConflict(true);
          return;
        }
        const { unmatched } = applyServerErrors(form, e, (path) => {
          const top = path.split('.')[0] ?? '';
          return FIELD_SET.has(top) ? top : undefined;
        });
        setOtherErrors(unmatched);
      },
    });
  };

  const title = editing ? `Sửa hồ sơ: ${person.data?.fullName ?? ''}` : 'Thêm cán bộ';
  const serverError =
    save.error &&
    !isApiError(save.error, 'conflict') &&
    !isApiError(save.error, 'invalid-input') &&
    !isApiError(save.error, 'duplicate');

  return (
    <>
      <PageHeader
        crumbs={[
          { title: 'Cán bộ', to: '/can-bo' },
          ...(editing && person.data
            ? [{ title: person.data.fullName, to: `/can-bo/${person.data.id}` }]
            : []),
          { title: editing ? 'Sửa' : 'Thêm mới' },
        ]}
        title={title}
      />
      <ErrorAlert error={person.error} />
      {conflict && (
        <Alert
          type="warning"
          showIcon
          data-testid="person-conflict"
          title="Hồ sơ đã được người khác sửa, hãy tải lại"
          description="Trong lúc bạn sửa, hồ sơ này đã được lưu bởi người khác. Tải lại để xem bản mới nhất rồi sửa lại."
          action={
            <Button icon={<ReloadOutlined />} onClick={() => void reload()} data-testid="person-reload">
              Tải lại
            </Button>
          }
          style={{ marginBottom: 16 }}
        />
      )}
      {serverError && (
        <Alert type="error" showIcon title={errorMessage(save.error)} style={{ marginBottom: 16 }} />
      )}
      {otherErrors.length > 0 && (
        <Alert
          type="error"
          showIcon
          title="Máy chủ không chấp nhận dữ liệu"
          description={otherErrors.join(' ')}
          style={{ marginBottom: 16 }}
        />
      )}
      <Card loading={editing && person.isLoading}>
        <Form<PersonFormValues>
          form={form}
          layout="vertical"
          onFinish={onFinish}
          initialValues={{
            gender: 'nam',
            category: 'cong-chuc',
            isLeader: false,
            partyMember: false,
            unionMember: true,
            youthMember: false,
            hazardousWork: false,
          }}
          scrollToFirstError={{ block: 'center' }}
          data-testid="person-form"
        >
          <Row gutter={16}>
            <Col xs={24} md={12}>
              <Form.Item label="Họ và tên" name="fullName" required rules={[rule('fullName')]}>
                <Input autoComplete="off" maxLength={100} data-testid="person-fullName" />
              </Form.Item>
            </Col>
            <Col xs={12} md={6}>
              <Form.Item label="Mã cán bộ" name="code" required rules={[rule('code')]}>
                <Input autoComplete="off" maxLength={30} data-testid="person-code" />
              </Form.Item>
            </Col>
            <Col xs={12} md={6}>
              <Form.Item label="Giới tính" name="gender" required rules={[rule('gender')]}>
                <Radio.Group
                  options={[
                    { value: 'nam', label: 'Nam' },
                    { value: 'nu', label: 'Nữ' },
                  ]}
                />
              </Form.Item>
            </Col>
            <Col xs={12} md={6}>
              <Form.Item label="Ngày sinh" name="birthDate" rules={[rule('birthDate')]}>
                <DatePicker
                  format={DATE_FORMAT}
                  placeholder="dd/mm/yyyy"
                  style={{ width: '100%' }}
                  data-testid="person-birthDate"
                />
              </Form.Item>
            </Col>
            <Col xs={12} md={6}>
              <Form.Item label="Loại" name="category" required rules={[rule('category')]}>
                <Select
                  options={CATEGORIES.map((c) => ({ value: c, label: CATEGORY_LABELS[c] }))}
                  data-testid="person-category"
                />
              </Form.Item>
            </Col>
            <Col xs={24} md={12}>
              <Form.Item label="Đơn vị công tác" name="unitId" required rules={[rule('unitId')]}>
                <Select
                  showSearch={{ optionFilterProp: 'label' }}
                  loading={units.isLoading}
                  placeholder="Chọn đơn vị"
                  options={(units.data ?? [])
                    .filter((u) => u.active || u.id === person.data?.unitId)
                    .map((u) => ({ value: u.id, label: u.name }))}
                  data-testid="person-unit"
                />
              </Form.Item>
            </Col>
            {unitChanged && (
              <Col xs={24} md={12}>
                <Form.Item
                  label="Ngày chuyển đơn vị"
                  name="unitChangedOn"
                  extra="Bỏ trống nếu chuyển từ hôm nay. Quá trình công tác ở đơn vị cũ sẽ kết thúc vào ngày này."
                  rules={[rule('unitChangedOn')]}
                >
                  <DatePicker format={DATE_FORMAT} placeholder="dd/mm/yyyy" style={{ width: '100%' }} />
                </Form.Item>
              </Col>
            )}
            <Col xs={24} md={12}>
              <Form.Item label="Chức vụ" name="position" rules={[rule('position')]}>
                <Input maxLength={150} data-testid="person-position" />
              </Form.Item>
            </Col>
            <Col xs={24} md={12}>
              <Form.Item label=" " name="isLeader" valuePropName="checked">
                <Checkbox data-testid="person-isLeader">Thuộc diện lãnh đạo (quản lý)</Checkbox>
              </Form.Item>
            </Col>
            <Col xs={12} md={6}>
              <Form.Item label="Ngày vào cơ quan" name="startDate" rules={[rule('startDate')]}>
                <DatePicker format={DATE_FORMAT} placeholder="dd/mm/yyyy" style={{ width: '100%' }} />
              </Form.Item>
            </Col>
            <Col xs={12} md={6}>
              <Form.Item label="Vào ngành từ" name="sectorSince" rules={[rule('sectorSince')]}>
                <DatePicker format={DATE_FORMAT} placeholder="dd/mm/yyyy" style={{ width: '100%' }} />
              </Form.Item>
            </Col>
            <Col xs={12} md={6}>
              <Form.Item label="Ngày nghỉ (nếu đã nghỉ)" name="endDate" rules={[rule('endDate')]}>
                <DatePicker format={DATE_FORMAT} placeholder="dd/mm/yyyy" style={{ width: '100%' }} />
              </Form.Item>
            </Col>
            <Col xs={12} md={6}>
              <Form.Item label=" " name="hazardousWork" valuePropName="checked">
                <Checkbox>Nghề nặng nhọc, độc hại</Checkbox>
              </Form.Item>
            </Col>
            <Col xs={12} md={6}>
              <Form.Item label="Đảng viên" name="partyMember" valuePropName="checked">
                <Checkbox data-testid="person-partyMember">Là đảng viên</Checkbox>
              </Form.Item>
            </Col>
            {partyMember && (
              <>
                <Col xs={12} md={6}>
                  <Form.Item label="Ngày vào Đảng" name="partyJoinedOn" rules={[rule('partyJoinedOn')]}>
                    <DatePicker format={DATE_FORMAT} placeholder="dd/mm/yyyy" style={{ width: '100%' }} />
                  </Form.Item>
                </Col>
                <Col xs={24} md={12}>
                  <Form.Item label="Chi bộ" name="partyCellId">
                    <Select
                      allowClear
                      placeholder="Chọn chi bộ"
                      options={partyCells.map((c) => ({ value: c.id, label: c.name }))}
                    />
                  </Form.Item>
                </Col>
              </>
            )}
            <Col xs={24}>
              <Space size="large">
                <Form.Item name="unionMember" valuePropName="checked" noStyle>
                  <Checkbox>Đoàn viên công đoàn</Checkbox>
                </Form.Item>
                <Form.Item name="youthMember" valuePropName="checked" noStyle>
                  <Checkbox>Đoàn viên thanh niên</Checkbox>
                </Form.Item>
              </Space>
            </Col>
            <Col xs={24} md={12} style={{ marginTop: 16 }}>
              <Form.Item label="Thư điện tử" name="email" rules={[rule('email')]}>
                <Input type="email" autoComplete="off" data-testid="person-email" />
              </Form.Item>
            </Col>
            <Col xs={24} md={12} style={{ marginTop: 16 }}>
              <Form.Item label="Điện thoại" name="phone" rules={[rule('phone')]}>
                <Input autoComplete="off" data-testid="person-phone" />
              </Form.Item>
            </Col>
            <Col xs={24}>
              <Form.Item label="Ghi chú" name="note" rules={[rule('note')]}>
                <Input.TextArea rows={3} maxLength={2000} showCount data-testid="person-note" />
              </Form.Item>
            </Col>
          </Row>
          <Space>
            <Button
              type="primary"
              htmlType="submit"
              icon={<SaveOutlined />}
              loading={save.isPending}
              disabled={conflict}
              data-testid="person-save"
            >
              Lưu
            </Button>
            <Button
              onClick={() => void navigate(editing && personId ? `/can-bo/${personId}` : '/can-bo')}
              data-testid="person-cancel"
            >
              Hủy
            </Button>
          </Space>
        </Form>
      </Card>
    </>
  );
}
