import { useState } from 'react';
import {
  Alert,
  App,
  Button,
  Card,
  Col,
  Flex,
  Form,
  Input,
  Modal,
  Popconfirm,
  Row,
  Select,
  Space,
  Switch,
  Table,
  Tag,
  Tooltip,
  Typography,
} from 'antd';
import {
  KeyOutlined,
  LockOutlined,
  MinusCircleOutlined,
  PlusOutlined,
  SearchOutlined,
  UnlockOutlined,
  EditOutlined,
} from '@ant-design/icons';
import { PageHeader } from '../../components/PageHeader.tsx';
import { ErrorAlert } from '../../components/ErrorAlert.tsx';
import { errorMessage, isApiError } from '../../lib/api.ts';
import { useUnits } from '../../lib/endpoints/units.ts';
import { applyServerErrors } from '../../lib/form.ts';
import { formatDateTime } from '../../lib/format.ts';
import { useDebounced } from '../../lib/hooks.ts';
import { ROLE_LABELS, label } from '../../lib/labels.ts';
import { hasPermission, isAdmin } from '../../lib/permissions.ts';
import { useMe, useWorkingYear } from '../../lib/session.tsx';
import { useUsers, type User } from './api/users.ts';
import { useCreateUser, useUpdateUser, type RoleInput } from './api/save-user.ts';
import { useGroups } from './api/get-groups.ts';
import { useAgencyOptions, usePersonOptions } from './api/lookups.ts';

const ROLE_OPTIONS = Object.entries(ROLE_LABELS).map(([value, l]) => ({ value, label: l }));

/** A random temporary password: 12 characters from an alphabet without look-alikes (0/O, 1/l/I). */
function temporaryPassword(): string {
  const alphabet = 'ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnpqrstuvwxyz23456789';
  const bytes = crypto.getRandomValues(new Uint8Array(12));
  return Array.from(bytes, (b) => alphabet[b % alphabet.length]).join('');
}

function statusTags(u: User) {
  const locked = u.lockedUntil && new Date(u.lockedUntil) > new Date();
  return (
    <Space size={4} wrap>
      {u.active ? <Tag color="green">Đang hoạt động</Tag> : <Tag color="red">Đã khóa</Tag>}
      {locked && <Tag color="orange">Tạm khóa đến {formatDateTime(u.lockedUntil)}</Tag>}
      {u.mustChangePassword && <Tag color="gold">Phải đổi mật khẩu</Tag>}
    </Space>
  );
}

interface UserFormValues {
  username?: string;
  displayName?: string;
  password?: string;
  personId?: number | null;
  agencyId?: number | null;
  roles: RoleInput[];
}

function RolesEditor({ agencyId }: { agencyId: number | null }) {
  const me = useMe();
  const agencies = useAgencyOptions();
  const units = useUnits(agencyId);
  const year = useWorkingYear();
  const groups = useGroups(year, true);
  return (
    <Form.List name="roles">
      {(fields, { add, remove }) => (
        <>
          {fields.map((field) => (
            <Form.Item key={field.key} noStyle shouldUpdate>
              {(form) => {
                const role = form.getFieldValue(['roles', field.name, 'role']) as string | undefined;
                return (
                  <Flex gap={8} align="start" style={{ marginBottom: 8 }}>
                    <Form.Item
                      name={[field.name, 'role']}
                      rules={[{ required: true, message: 'Chọn vai trò.' }]}
                      style={{ width: 260, marginBottom: 0 }}
                    >
                      <Select options={ROLE_OPTIONS} placeholder="Vai trò" aria-label="Vai trò" />
                    </Form.Item>
                    {role === 'unit-head' && (
                      <Form.Item
                        name={[field.name, 'unitId']}
                        rules={[{ required: true, message: 'Chọn đơn vị.' }]}
                        style={{ flex: 1, marginBottom: 0 }}
                      >
                        <Select
                          placeholder="Đơn vị"
                          options={(units.data ?? []).map((u) => ({ value: u.id, label: u.name }))}
                        />
                      </Form.Item>
                    )}
                    {role === 'cluster-leader' && (
                      <Form.Item
                        name={[field.name, 'groupId']}
                        rules={[{ required: true, message: 'Chọn khối/cụm.' }]}
                        style={{ flex: 1, marginBottom: 0 }}
                      >
                        <Select
                          placeholder="Khối/Cụm thi đua"
                          options={(groups.data ?? []).map((g) => ({ value: g.id, label: g.name }))}
                        />
                      </Form.Item>
                    )}
                    {role && ['officer', 'council', 'reviewer'].includes(role) && (
                      <Form.Item
                        name={[field.name, 'agencyId']}
                        initialValue={agencyId ?? me.agencyId ?? undefined}
                        style={{ flex: 1, marginBottom: 0 }}
                      >
                        <Select
                          placeholder="Cơ quan"
                          disabled={!isAdmin(me)}
                          showSearch={{ optionFilterProp: 'label' }}
                          options={(agencies.data ?? []).map((a) => ({ value: a.id, label: a.name }))}
                        />
                      </Form.Item>
                    )}
                    <Button
                      type="text"
                      icon={<MinusCircleOutlined />}
                      aria-label="Bỏ vai trò"
                      onClick={() => remove(field.name)}
                    />
                  </Flex>
                );
              }}
            </Form.Item>
          ))}
          <Button type="dashed" icon={<PlusOutlined />} onClick={() => add({ role: undefined })}>
            Thêm vai trò
          </Button>
        </>
      )}
    </Form.List>
  );
}

function UserModal({ user, onClose }: { user: User | 'new'; onClose(): void }) {
  const me = useMe();
  const { message } = App.useApp();
  const [form] = Form.useForm<UserFormValues>();
  const create = useCreateUser();
  const update = useUpdateUser();
  const editing = user !== 'new';
  const [personQuery, setPersonQuery] = useState('');
  const people = usePersonOptions(useDebounced(personQuery, 300));
  const agencies = useAgencyOptions();
  const agencyId = (Form.useWatch('agencyId', form) as number | null | undefined) ?? me.agencyId ?? null;
  const error = create.error ?? update.error;

  const submit = async () => {
    const v = await form.validateFields();
    const roles = (v.roles ?? []).map((r) => ({
      role: r.role,
      agencyId: r.role === 'admin' ? null : (r.agencyId ?? agencyId),
      unitId: r.role === 'unit-head' ? (r.unitId ?? null) : null,
      groupId: r.role === 'cluster-leader' ? (r.groupId ?? null) : null,
    }));
    const onError = (e: unknown) =>
      applyServerErrors(form, e, (p) =>
        ['username', 'displayName', 'password', 'roles'].includes(p.split('.')[0] ?? '')
          ? (p.split('.')[0] ?? '')
          : undefined,
      );
    if (editing) {
      update.mutate(
        {
          id: user.id,
          input: {
            displayName: v.displayName ?? user.displayName,
            personId: v.personId ?? null,
            agencyId: v.agencyId ?? null,
            roles,
            version: user.version,
          },
        },
        { onSuccess: () => (void message.success('Đã lưu tài khoản.'), onClose()), onError },
      );
    } else {
      create.mutate(
        {
          username: v.username ?? '',
          displayName: v.displayName ?? '',
          password: v.password ?? '',
          personId: v.personId ?? null,
          agencyId: v.agencyId ?? null,
          mustChangePassword: true,
          roles,
        },
        {
          onSuccess: () => (
            void message.success('Đã tạo tài khoản. Người dùng phải đổi mật khẩu khi đăng nhập lần đầu.'),
            onClose()
          ),
          onError,
        },
      );
    }
  };

  return (
    <Modal
      open
      width={720}
      title={editing ? `Sửa tài khoản ${user.username}` : 'Thêm tài khoản'}
      okText="Lưu"
      onOk={() => void submit().catch(() => undefined)}
      okButtonProps={{ loading: create.isPending || update.isPending, 'data-testid': 'account-save' }}
      onCancel={onClose}
      destroyOnHidden
    >
      {error && isApiError(error, 'conflict') && (
        <Alert
          type="warning"
          showIcon
          title="Tài khoản đã được người khác sửa, hãy tải lại."
          style={{ marginBottom: 12 }}
        />
      )}
      {error && !isApiError(error, 'conflict') && !isApiError(error, 'invalid-input') && (
        <Alert type="error" showIcon title={errorMessage(error)} style={{ marginBottom: 12 }} />
      )}
      <Form<UserFormValues>
        form={form}
        layout="vertical"
        initialValues={
          editing
            ? {
                displayName: user.displayName,
                personId: user.personId ?? null,
                agencyId: user.agencyId ?? null,
                roles: user.roles.map((r) => ({
                  role: r.role,
                  agencyId: r.agencyId ?? null,
                  unitId: r.unitId ?? null,
                  groupId: r.groupId ?? null,
                })),
              }
            : { agencyId: me.agencyId ?? null, password: temporaryPassword(), roles: [{ role: 'staff' }] }
        }
      >
        <Row gutter={12}>
          {!editing && (
            <Col span={12}>
              <Form.Item
                label="Tên đăng nhập"
                name="username"
                rules={[
                  { required: true, message: 'Tên đăng nhập không được để trống.' },
                  {
                    pattern: /^[a-zA-Z0-9._-]{3,60}$/,
                    message: 'Tên đăng nhập gồm 3–60 chữ không dấu, số và . _ -',
                  },
                ]}
              >
                <Input autoComplete="off" data-testid="account-username" />
              </Form.Item>
            </Col>
          )}
          <Col span={12}>
            <Form.Item
              label="Tên hiển thị"
              name="displayName"
              rules={[{ required: true, whitespace: true, message: 'Tên hiển thị không được để trống.' }]}
            >
              <Input autoComplete="off" />
            </Form.Item>
          </Col>
          {!editing && (
            <Col span={12}>
              <Form.Item
                label="Mật khẩu tạm thời"
                name="password"
                extra="Gửi cho người dùng; họ phải đổi khi đăng nhập lần đầu."
                rules={[{ required: true, min: 10, message: 'Mật khẩu ít nhất 10 ký tự.' }]}
              >
                <Input autoComplete="off" className="mono" />
              </Form.Item>
            </Col>
          )}
          <Col span={12}>
            <Form.Item label="Cơ quan" name="agencyId">
              <Select
                allowClear
                disabled={!isAdmin(me)}
                showSearch={{ optionFilterProp: 'label' }}
                options={(agencies.data ?? []).map((a) => ({ value: a.id, label: a.name }))}
              />
            </Form.Item>
          </Col>
          <Col span={12}>
            <Form.Item
              label="Cán bộ liên kết"
              name="personId"
              extra="Bắt buộc với vai trò cán bộ (chỉ xem hồ sơ của mình)."
            >
              <Select
                allowClear
                showSearch={{ filterOption: false, onSearch: setPersonQuery }}
                placeholder="Gõ tên hoặc mã cán bộ"
                notFoundContent={personQuery.length < 2 ? 'Gõ ít nhất 2 ký tự' : 'Không tìm thấy'}
                options={[
                  ...(editing && user.personId && !(people.data ?? []).some((p) => p.id === user.personId)
                    ? [{ value: user.personId, label: `Cán bộ #${user.personId}` }]
                    : []),
                  ...(people.data ?? []).map((p) => ({
                    value: p.id,
                    label: `${p.fullName} (${p.code})${p.unitName ? ` – ${p.unitName}` : ''}`,
                  })),
                ]}
              />
            </Form.Item>
          </Col>
        </Row>
        <Typography.Title level={5}>Vai trò và phạm vi</Typography.Title>
        <RolesEditor agencyId={agencyId} />
      </Form>
    </Modal>
  );
}

function ResetPasswordModal({ user, onClose }: { user: User; onClose(): void }) {
  const update = useUpdateUser();
  const [password, setPassword] = useState(temporaryPassword);
  const [done, setDone] = useState(false);
  return (
    <Modal
      open
      title={`Đặt lại mật khẩu: ${user.username}`}
      onCancel={onClose}
      footer={
        done ? (
          <Button type="primary" onClick={onClose}>
            Xong
          </Button>
        ) : (
          <Space>
            <Button onClick={onClose}>Hủy</Button>
            <Button
              type="primary"
              danger
              loading={update.isPending}
              disabled={password.length < 10}
              onClick={() =>
                update.mutate(
                  {
                    id: user.id,
                    input: { resetPassword: password, mustChangePassword: true, version: user.version },
                  },
                  { onSuccess: () => setDone(true) },
                )
              }
              data-testid="account-reset-confirm"
            >
              Đặt lại
            </Button>
          </Space>
        )
      }
    >
      {update.error && (
        <Alert type="error" showIcon title={errorMessage(update.error)} style={{ marginBottom: 12 }} />
      )}
      {done ? (
        <Alert
          type="success"
          showIcon
          title="Đã đặt lại mật khẩu"
          description={
            <span>
              Mật khẩu tạm thời:{' '}
              <Typography.Text code copyable className="mono">
                {password}
              </Typography.Text>
              . Người dùng phải đổi mật khẩu khi đăng nhập.
            </span>
          }
        />
      ) : (
        <Form layout="vertical">
          <Form.Item
            label="Mật khẩu tạm thời"
            extra="Ít nhất 10 ký tự. Người dùng phải đổi khi đăng nhập lần sau."
            validateStatus={password.length < 10 ? 'error' : undefined}
          >
            <Space.Compact style={{ width: '100%' }}>
              <Input value={password} onChange={(e) => setPassword(e.target.value)} className="mono" />
              <Button onClick={() => setPassword(temporaryPassword())}>Tạo ngẫu nhiên</Button>
            </Space.Compact>
          </Form.Item>
        </Form>
      )}
    </Modal>
  );
}

export function AccountsPage() {
  const me = useMe();
  const { message } = App.useApp();
  const [search, setSearch] = useState('');
  const q = useDebounced(search.trim(), 300);
  const users = useUsers(q || undefined);
  const update = useUpdateUser();
  const [editing, setEditing] = useState<User | 'new' | null>(null);
  const [resetting, setResetting] = useState<User | null>(null);
  const writable = hasPermission(me, 'users:write');

  const act = (u: User, input: { active?: boolean; unlock?: boolean }, done: string) =>
    update.mutate(
      { id: u.id, input: { ...input, version: u.version } },
      { onSuccess: () => void message.success(done), onError: (e) => void message.error(errorMessage(e)) },
    );

  return (
    <>
      <PageHeader
        title="Tài khoản"
        subtitle="Người dùng, vai trò và phạm vi dữ liệu"
        extra={
          writable && (
            <Button
              type="primary"
              icon={<PlusOutlined />}
              onClick={() => setEditing('new')}
              data-testid="account-create"
            >
              Thêm tài khoản
            </Button>
          )
        }
      />
      <Card styles={{ body: { padding: 16 } }}>
        <Input
          allowClear
          prefix={<SearchOutlined />}
          placeholder="Tìm tên đăng nhập hoặc tên hiển thị"
          aria-label="Tìm tài khoản"
          value={search}
          onChange={(e) => setSearch(e.target.value)}
          style={{ width: 340, marginBottom: 12 }}
        />
        <ErrorAlert error={users.error} />
        <Table<User>
          data-testid="accounts-table"
          size="small"
          rowKey="id"
          loading={users.isLoading}
          dataSource={users.data ?? []}
          pagination={{ pageSize: 50, hideOnSinglePage: true }}
          columns={[
            {
              title: 'Tên đăng nhập',
              dataIndex: 'username',
              width: 160,
              render: (v: string) => <span className="mono">{v}</span>,
            },
            { title: 'Tên hiển thị', dataIndex: 'displayName', width: 220 },
            {
              title: 'Vai trò (phạm vi)',
              dataIndex: 'roles',
              render: (roles: User['roles']) => (
                <Space size={4} wrap>
                  {roles.map((r, i) => (
                    <Tag key={i} color={r.role === 'admin' ? 'red' : 'blue'}>
                      {label(ROLE_LABELS, r.role)}
                      {r.scopeName ? ` – ${r.scopeName}` : ''}
                    </Tag>
                  ))}
                </Space>
              ),
            },
            { title: 'Trạng thái', key: 'status', width: 150, render: (_: unknown, u) => statusTags(u) },
            {
              title: 'Đăng nhập gần nhất',
              dataIndex: 'lastLoginAt',
              width: 140,
              render: (v: string | null) => formatDateTime(v),
            },
            ...(writable
              ? [
                  {
                    title: 'Thao tác',
                    key: 'actions',
                    width: 170,
                    render: (_: unknown, u: User) => {
                      const self = u.id === me.id;
                      const locked = u.lockedUntil && new Date(u.lockedUntil) > new Date();
                      return (
                        <Space size={2}>
                          <Tooltip title="Sửa vai trò, thông tin">
                            <Button
                              size="small"
                              type="text"
                              icon={<EditOutlined />}
                              aria-label={`Sửa ${u.username}`}
                              onClick={() => setEditing(u)}
                            />
                          </Tooltip>
                          <Tooltip title="Đặt lại mật khẩu">
                            <Button
                              size="small"
                              type="text"
                              icon={<KeyOutlined />}
                              aria-label={`Đặt lại mật khẩu ${u.username}`}
                              onClick={() => setResetting(u)}
                              data-testid="account-reset"
                            />
                          </Tooltip>
                          {locked && (
                            <Tooltip title="Mở khóa đăng nhập (sau nhiều lần sai mật khẩu)">
                              <Button
                                size="small"
                                type="text"
                                icon={<UnlockOutlined />}
                                aria-label={`Mở khóa đăng nhập ${u.username}`}
                                onClick={() => act(u, { unlock: true }, 'Đã mở khóa đăng nhập.')}
                              />
                            </Tooltip>
                          )}
                          {!self && (
                            <Popconfirm
                              title={
                                u.active ? `Khóa tài khoản ${u.username}?` : `Mở lại tài khoản ${u.username}?`
                              }
                              description={
                                u.active
                                  ? 'Người dùng sẽ không đăng nhập được cho đến khi mở lại.'
                                  : undefined
                              }
                              okText={u.active ? 'Khóa' : 'Mở lại'}
                              cancelText="Hủy"
                              onConfirm={() =>
                                act(
                                  u,
                                  { active: !u.active },
                                  u.active ? 'Đã khóa tài khoản.' : 'Đã mở lại tài khoản.',
                                )
                              }
                            >
                              <Tooltip title={u.active ? 'Khóa tài khoản' : 'Mở lại tài khoản'}>
                                <Switch
                                  size="small"
                                  checked={u.active}
                                  aria-label={u.active ? `Khóa ${u.username}` : `Mở lại ${u.username}`}
                                  checkedChildren={<UnlockOutlined />}
                                  unCheckedChildren={<LockOutlined />}
                                />
                              </Tooltip>
                            </Popconfirm>
                          )}
                        </Space>
                      );
                    },
                  },
                ]
              : []),
          ]}
        />
      </Card>
      {editing && <UserModal user={editing} onClose={() => setEditing(null)} />}
      {resetting && <ResetPasswordModal user={resetting} onClose={() => setResetting(null)} />}
    </>
  );
}
