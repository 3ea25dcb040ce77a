import { useMemo, useState } from 'react';
import { Avatar, Button, Dropdown, Layout, Menu, Space, Typography } from 'antd';
import type { MenuProps } from 'antd';
import {
  KeyOutlined,
  LogoutOutlined,
  MenuFoldOutlined,
  MenuUnfoldOutlined,
  UserOutlined,
} from '@ant-design/icons';
import { Link, Outlet, useLocation, useNavigate } from 'react-router';
import { useQueryClient } from '@tanstack/react-query';
import { request } from '../lib/api.ts';
import { useMe, useSession } from '../lib/session.tsx';
import { useAgency } from '../lib/endpoints/agency.ts';
import { ROLE_LABELS } from '../lib/labels.ts';
import { activeKey, visibleNav } from './nav.tsx';
import { NotificationBell } from '../features/notifications/NotificationBell.tsx';
import { WorkingYearPicker } from './WorkingYearPicker.tsx';

const { Sider, Header, Content } = Layout;

export function AppLayout() {
  const me = useMe();
  const { signOut } = useSession();
  const location = useLocation();
  const navigate = useNavigate();
  const queryClient = useQueryClient();
  const [collapsed, setCollapsed] = useState(false);
  const agency = useAgency(me.agencyId);

  const nav = useMemo(() => visibleNav(me), [me]);
  const items: MenuProps['items'] = nav.map((e) =>
    'children' in e
      ? {
          key: e.key,
          icon: e.icon,
          label: e.label,
          children: e.children.map((c) => ({
            key: c.key,
            label: (
              <Link to={c.path ?? '/'} data-testid={`nav-${c.key}`}>
                {c.label}
              </Link>
            ),
          })),
        }
      : {
          key: e.key,
          icon: e.icon,
          label: (
            <Link to={e.path ?? '/'} data-testid={`nav-${e.key}`}>
              {e.label}
            </Link>
          ),
        },
  );
  const selected = activeKey(location.pathname);
  const openKeys = nav.filter((e) => 'children' in e).map((e) => e.key);

  const logout = async () => {
    try {
      await request('/auth/logout', null, { method: 'POST', allow401: true });
    } finally {
      queryClient.clear();
      signOut(false);
      void navigate('/dang-nhap', { replace: true });
    }
  };

  const roleText = [...new Set(me.roles.map((r) => ROLE_LABELS[r.role] ?? r.role))].join(', ');
  const userMenu: MenuProps['items'] = [
    {
      key: 'who',
      label: <Typography.Text type="secondary">{roleText || 'Chưa có vai trò'}</Typography.Text>,
      disabled: true,
    },
    { type: 'divider' },
    { key: 'password', icon: <KeyOutlined />, label: <Link to="/doi-mat-khau">Đổi mật khẩu</Link> },
    {
      key: 'logout',
      icon: <LogoutOutlined />,
      label: <span data-testid="logout">Đăng xuất</span>,
      onClick: () => void logout(),
    },
  ];

  return (
    <Layout style={{ minHeight: '100vh' }}>
      <Sider
        width={260}
        collapsible
        collapsed={collapsed}
        trigger={null}
        breakpoint="lg"
        onBreakpoint={setCollapsed}
      >
        <div className="app-brand">
          <span className="app-brand-mark">★</span>
          {!collapsed && <span className="app-brand-text">THI ĐUA – KHEN THƯỞNG</span>}
        </div>
        <nav aria-label="Điều hướng chính">
          <Menu
            theme="dark"
            mode="inline"
            items={items}
            selectedKeys={selected ? [selected] : []}
            defaultOpenKeys={openKeys}
            data-testid="nav"
          />
        </nav>
      </Sider>
      <Layout>
        <Header className="app-header">
          <Space size={12} style={{ minWidth: 0 }}>
            <Button
              type="text"
              aria-label={collapsed ? 'Mở rộng thanh điều hướng' : 'Thu gọn thanh điều hướng'}
              icon={collapsed ? <MenuUnfoldOutlined /> : <MenuFoldOutlined />}
              onClick={() => setCollapsed(!collapsed)}
            />
            <span className="app-header-title" data-testid="agency-name">
              {agency.data?.name ?? 'Hệ thống quản lý thi đua, khen thưởng'}
            </span>
          </Space>
          <Space size={4}>
            <WorkingYearPicker />
            <NotificationBell />
            <Dropdown menu={{ items: userMenu }} trigger={['click']}>
              <Button type="text" data-testid="user-menu" style={{ height: 40 }}>
                <Space>
                  <Avatar size="small" icon={<UserOutlined />} style={{ background: '#1d4e89' }} />
                  <span>{me.displayName}</span>
                </Space>
              </Button>
            </Dropdown>
          </Space>
        </Header>
        <Content className="app-content">
          <main>
            <Outlet />
          </main>
        </Content>
      </Layout>
    </Layout>
  );
}
