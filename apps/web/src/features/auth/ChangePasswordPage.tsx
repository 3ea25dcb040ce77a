import { Alert, App, Button, Card, Form, Input, Space } from 'antd';
import { useNavigate } from 'react-router';
import { errorMessage, isApiError } from '../../lib/api.ts';
import { zodFormRule, applyServerErrors } from '../../lib/form.ts';
import { fetchMe, useMe, useSession } from '../../lib/session.tsx';
import { PageHeader } from '../../components/PageHeader.tsx';
import { ChangePasswordSchema, useChangePassword, type ChangePasswordInput } from './api/change-password.ts';

/** Change one's password; `forced` when the account must change it before doing anything else. */
export function ChangePasswordPage({ forced = false }: { forced?: boolean }) {
  const me = useMe();
  const { signIn, signOut } = useSession();
  const { message } = App.useApp();
  const navigate = useNavigate();
  const [form] = Form.useForm<ChangePasswordInput>();
  const mutation = useChangePassword();

  const onFinish = (values: ChangePasswordInput) => {
    const parsed = ChangePasswordSchema.safeParse(values);
    if (!parsed.success) return;
    if (values.newPassword.toLowerCase() === me.username.toLowerCase()) {
      form.setFields([{ name: 'newPassword', errors: ['Mật khẩu không được trùng tên đăng nhập.'] }]);
      return;
    }
    mutation.mutate(
      { currentPassword: values.currentPassword, newPassword: values.newPassword },
      {
        onSuccess: async () => {
          void message.success('Đã đổi mật khẩu.');
          form.resetFields();
          try {
            signIn(await fetchMe());
          } catch {
            signOut(false);
          }
          if (!forced) void navigate('/');
        },
        onError: (e) => {
          if (isApiError(e, 'invalid-credentials')) {
            form.setFields([{ name: 'currentPassword', errors: ['Mật khẩu hiện tại không đúng.'] }]);
          } else
            applyServerErrors(form, e, { newPassword: 'newPassword', currentPassword: 'currentPassword' });
        },
      },
    );
  };

  const card = (
    <Card style={{ maxWidth: 480, margin: forced ? '0 auto' : undefined }}>
      {forced && (
        <Alert
          type="warning"
          showIcon
          title="Bạn cần đổi mật khẩu trước khi sử dụng hệ thống"
          description="Mật khẩu hiện tại là mật khẩu tạm thời do quản trị cấp."
          style={{ marginBottom: 16 }}
        />
      )}
      {mutation.error &&
        !isApiError(mutation.error, 'invalid-credentials') &&
        !isApiError(mutation.error, 'invalid-input') && (
          <Alert type="error" showIcon title={errorMessage(mutation.error)} style={{ marginBottom: 16 }} />
        )}
      <Form form={form} layout="vertical" onFinish={onFinish} requiredMark={false}>
        <Form.Item
          label="Mật khẩu hiện tại"
          name="currentPassword"
          rules={[zodFormRule(ChangePasswordSchema, 'currentPassword')]}
        >
          <Input.Password autoComplete="current-password" data-testid="password-current" />
        </Form.Item>
        <Form.Item
          label="Mật khẩu mới"
          name="newPassword"
          extra="Ít nhất 10 ký tự, khác tên đăng nhập."
          rules={[zodFormRule(ChangePasswordSchema, 'newPassword')]}
        >
          <Input.Password autoComplete="new-password" data-testid="password-new" />
        </Form.Item>
        <Form.Item
          label="Nhập lại mật khẩu mới"
          name="confirm"
          dependencies={['newPassword']}
          rules={[zodFormRule(ChangePasswordSchema, 'confirm')]}
        >
          <Input.Password autoComplete="new-password" data-testid="password-confirm" />
        </Form.Item>
        <Space>
          <Button type="primary" htmlType="submit" loading={mutation.isPending} data-testid="password-submit">
            Đổi mật khẩu
          </Button>
          {forced && (
            <Button onClick={() => signOut(false)} data-testid="password-logout">
              Đăng xuất
            </Button>
          )}
        </Space>
      </Form>
    </Card>
  );

  if (forced) {
    return (
      <div className="login-page">
        <div style={{ width: 480, maxWidth: '100%' }}>{card}</div>
      </div>
    );
  }
  return (
    <>
      <PageHeader title="Đổi mật khẩu" />
      {card}
    </>
  );
}
