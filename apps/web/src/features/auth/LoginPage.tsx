import { useState } from 'react';
import { Alert, Button, Card, Form, Input, Typography } from 'antd';
import { LockOutlined, UserOutlined } from '@ant-design/icons';
import { Navigate, useNavigate, useSearchParams } from 'react-router';
import { env } from '../../env.ts';
import { ApiError, errorMessage } from '../../lib/api.ts';
import { useSession } from '../../lib/session.tsx';
import { useLogin, type LoginInput } from './api/login.ts';

// The demo accounts the seed creates (packages/db/src/seed/demo-data.ts); shown only when VITE_DEMO_HINT.
const DEMO_PASSWORD = 'Demo@2025';
const DEMO_ACCOUNTS: [string, string][] = [
  ['admin', 'quản trị hệ thống'],
  ['vanthu.tdkt', 'cán bộ thi đua, khen thưởng'],
  ['hoidong.tdkt', 'thành viên Hội đồng'],
  ['truongphong.qltm', 'trưởng phòng'],
  ['hang.nt', 'chuyên viên'],
  ['cumtruong.cum8', 'cụm trưởng'],
  ['btdkt.gialai', 'cấp trên (chỉ xem)'],
];

function safeNext(next: string | null): string {
  // Only paths inside the app: never an absolute URL from the query string.
  return next && next.startsWith('/') && !next.startsWith('//') ? next : '/';
}

function loginErrorTitle(e: unknown): string {
  if (e instanceof ApiError) {
    switch (e.code) {
      case 'account-locked':
        return 'Tài khoản đang bị tạm khóa';
      case 'rate-limited':
        return 'Đăng nhập quá nhiều lần';
      case 'invalid-credentials':
        return 'Không đăng nhập được';
      default:
        return 'Không đăng nhập được';
    }
  }
  return 'Không kết nối được máy chủ';
}

export function LoginPage() {
  const { state, signIn } = useSession();
  const [params] = useSearchParams();
  const navigate = useNavigate();
  const login = useLogin();
  const [form] = Form.useForm<LoginInput>();
  const [expired] = useState(params.get('expired') === '1');
  const next = safeNext(params.get('next'));

  if (state.status === 'signed-in') return <Navigate to={next} replace />;

  const onFinish = (values: LoginInput) => {
    login.mutate(
      { username: values.username.trim(), password: values.password },
      {
        onSuccess: (session) => {
          signIn(session);
          void navigate(next, { replace: true });
        },
        onError: () => form.setFieldValue('password', ''),
      },
    );
  };

  const err = login.error;
  return (
    <div className="login-page">
      <Card className="login-card" variant="borderless" styles={{ body: { padding: 32 } }}>
        <Typography.Text type="secondary" style={{ display: 'block', textAlign: 'center', letterSpacing: 1 }}>
          HỆ THỐNG QUẢN LÝ
        </Typography.Text>
        <Typography.Title level={3} className="login-title">
          THI ĐUA, KHEN THƯỞNG
        </Typography.Title>
        <Typography.Paragraph type="secondary" style={{ textAlign: 'center' }}>
          Đăng nhập để tiếp tục
        </Typography.Paragraph>

        {expired && !err && (
          <Alert
            type="info"
            showIcon
            title="Phiên làm việc đã hết hạn, vui lòng đăng nhập lại."
            style={{ marginBottom: 16 }}
          />
        )}
        {err && (
          <Alert
            type={err instanceof ApiError && err.code === 'invalid-credentials' ? 'error' : 'warning'}
            showIcon
            role="alert"
            data-testid="login-error"
            title={loginErrorTitle(err)}
            description={errorMessage(err)}
            style={{ marginBottom: 16 }}
          />
        )}

        <Form form={form} layout="vertical" onFinish={onFinish} requiredMark={false} autoComplete="on">
          <Form.Item
            label="Tên đăng nhập"
            name="username"
            rules={[{ required: true, whitespace: true, message: 'Nhập tên đăng nhập.' }]}
          >
            <Input
              prefix={<UserOutlined />}
              autoComplete="username"
              autoFocus
              size="large"
              data-testid="login-username"
            />
          </Form.Item>
          <Form.Item label="Mật khẩu" name="password" rules={[{ required: true, message: 'Nhập mật khẩu.' }]}>
            <Input.Password
              prefix={<LockOutlined />}
              autoComplete="current-password"
              size="large"
              data-testid="login-password"
            />
          </Form.Item>
          <Button
            type="primary"
            htmlType="submit"
            size="large"
            block
            loading={login.isPending}
            data-testid="login-submit"
          >
            Đăng nhập
          </Button>
        </Form>

        {env.VITE_DEMO_HINT && (
          <Alert
            type="info"
            style={{ marginTop: 20 }}
            data-testid="demo-hint"
            title={`Bản trình diễn: mật khẩu chung ${DEMO_PASSWORD}`}
            description={
              <div>
                Bấm một tài khoản mẫu để điền sẵn:
                <ul style={{ margin: '4px 0 0', paddingLeft: 18 }}>
                  {DEMO_ACCOUNTS.map(([username, role]) => (
                    <li key={username}>
                      <Typography.Link
                        onClick={() => form.setFieldsValue({ username, password: DEMO_PASSWORD })}
                        data-testid={`demo-${username}`}
                      >
                        {username}
                      </Typography.Link>{' '}
                      – {role}
                    </li>
                  ))}
                </ul>
              </div>
            }
          />
        )}
      </Card>
    </div>
  );
}
