import {
  BankOutlined,
  CalendarOutlined,
  ClusterOutlined,
  DashboardOutlined,
  FileSearchOutlined,
  LineChartOutlined,
  SettingOutlined,
  TrophyOutlined,
  BulbOutlined,
} from '@ant-design/icons';
import type { Me } from '../lib/session.tsx';
import { canSee, isAdmin } from '../lib/permissions.ts';
import type { NavEntry, NavGroup, NavLeaf } from './nav-types.ts';
import { COUNCIL_NAV } from '../features/councils/nav.ts';
import { PROPOSAL_NAV } from '../features/proposals/nav.ts';
import { DECISION_NAV } from '../features/decisions/nav.ts';
import { CLUSTER_NAV } from '../features/clusters/nav.ts';
import { CLUSTER_SCORING_NAV } from '../features/cluster-scoring/nav.ts';
import { REPORT_NAV } from '../features/reports/nav.ts';
import { STATISTICS_NAV } from '../features/statistics/nav.ts';

// The navigation of the whole yearly cycle. An entry is shown only when (1) the web app has a page for it
// (`path` set; modules still being built have none yet and stay hidden — no placeholder screens) and
// (2) the user holds a policy for it (`resources`, matched against /api/auth/me `permissions`).

export type { NavEntry, NavGroup, NavLeaf };

export const NAV: NavEntry[] = [
  {
    key: 'overview',
    label: 'Tổng quan',
    icon: <DashboardOutlined />,
    path: '/',
    resources: [],
    always: true,
  },
  {
    key: 'organisation',
    label: 'Tổ chức',
    icon: <BankOutlined />,
    children: [
      {
        key: 'org-tree',
        label: 'Cơ cấu tổ chức',
        path: '/to-chuc',
        resources: ['agencies', 'agency', 'organisation', 'org'],
      },
      { key: 'units', label: 'Đơn vị', path: '/don-vi', resources: ['units', 'unit'] },
      { key: 'people', label: 'Cán bộ', path: '/can-bo', resources: ['people', 'person'] },
    ],
  },
  {
    key: 'planning',
    label: 'Kế hoạch & phong trào',
    icon: <CalendarOutlined />,
    children: [
      { key: 'plans', label: 'Kế hoạch TĐKT', path: '/ke-hoach', resources: ['plans', 'plan'] },
      { key: 'my-deadlines', label: 'Hạn của tôi', path: '/han-cua-toi', resources: ['plans'] },
      {
        key: 'movements',
        label: 'Phong trào thi đua',
        path: '/phong-trao',
        resources: ['movements', 'movement'],
      },
      {
        key: 'registrations',
        label: 'Đăng ký thi đua',
        path: '/dang-ky-thi-dua',
        resources: ['registrations', 'registration'],
      },
      { key: 'covenants', label: 'Giao ước', path: '/giao-uoc', resources: ['covenants', 'covenant'] },
    ],
  },
  {
    key: 'initiatives',
    label: 'Sáng kiến',
    icon: <BulbOutlined />,
    path: '/sang-kien',
    resources: ['initiatives', 'initiative'],
  },
  {
    key: 'year-end',
    label: 'Cuối năm',
    icon: <TrophyOutlined />,
    children: [
      {
        key: 'person-eligibility',
        label: 'Điều kiện khen thưởng cá nhân',
        path: '/dieu-kien-khen-thuong',
        resources: ['eligibility:person'],
      },
      {
        key: 'ratings',
        label: 'Đánh giá xếp loại',
        path: '/danh-gia-xep-loai',
        resources: ['ratings', 'rating'],
      },
      ...COUNCIL_NAV,
      ...PROPOSAL_NAV,
      ...DECISION_NAV,
    ],
  },
  {
    key: 'clusters',
    label: 'Khối/Cụm thi đua',
    icon: <ClusterOutlined />,
    children: [...CLUSTER_NAV, ...CLUSTER_SCORING_NAV],
  },
  {
    key: 'reporting',
    label: 'Chỉ tiêu & Báo cáo',
    icon: <LineChartOutlined />,
    children: [
      { key: 'indicators', label: 'Chỉ tiêu', path: '/chi-tieu', resources: ['indicators'] },
      ...REPORT_NAV,
      ...STATISTICS_NAV,
    ],
  },
  {
    key: 'eligibility',
    label: 'Tra cứu điều kiện khen thưởng',
    icon: <FileSearchOutlined />,
    path: '/tra-cuu-dieu-kien',
    resources: ['eligibility'],
  },
  {
    key: 'system',
    label: 'Hệ thống',
    icon: <SettingOutlined />,
    children: [
      { key: 'audit', label: 'Nhật ký hệ thống', path: '/nhat-ky', resources: ['audit'] },
      { key: 'accounts', label: 'Tài khoản', path: '/tai-khoan', resources: ['users', 'accounts'] },
    ],
  },
];

export function isLeafVisible(me: Me, leaf: NavLeaf): boolean {
  if (!leaf.path) return false;
  if (leaf.always) return true;
  // An administrator sees every built page even if the server lists no policy names for the role.
  return canSee(me, ...leaf.resources) || (isAdmin(me) && me.permissions.length === 0);
}

/** The entries this user may see, empty groups removed. */
export function visibleNav(me: Me): NavEntry[] {
  const out: NavEntry[] = [];
  for (const e of NAV) {
    if ('children' in e) {
      const children = e.children.filter((c) => isLeafVisible(me, c));
      if (children.length > 0) out.push({ ...e, children });
    } else if (isLeafVisible(me, e)) out.push(e);
  }
  return out;
}

/** The nav key whose path is the longest prefix of `pathname` (to highlight the menu). */
export function activeKey(pathname: string): string | undefined {
  let best: { key: string; len: number } | undefined;
  const visit = (leaf: NavLeaf) => {
    if (!leaf.path) return;
    const match =
      leaf.path === '/' ? pathname === '/' : pathname === leaf.path || pathname.startsWith(`${leaf.path}/`);
    if (match && (!best || leaf.path.length > best.len)) best = { key: leaf.key, len: leaf.path.length };
  };
  for (const e of NAV) {
    if ('children' in e) e.children.forEach(visit);
    else visit(e);
  }
  return best?.key;
}
