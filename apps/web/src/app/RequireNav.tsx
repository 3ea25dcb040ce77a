import { Suspense } from 'react';
import { Result, Spin } from 'antd';
import { Outlet } from 'react-router';
import { useMe } from '../lib/session.tsx';
import { NAV, isLeafVisible, type NavLeaf } from './nav.tsx';

function findLeaf(key: string): NavLeaf | undefined {
  for (const e of NAV) {
    if ('children' in e) {
      const c = e.children.find((x) => x.key === key);
      if (c) return c;
    } else if (e.key === key) return e;
  }
  return undefined;
}

/** A route group that only renders for users whose menu shows `navKey` (the server still enforces). */
export function RequireNav({ navKey }: { navKey: string }) {
  const me = useMe();
  const leaf = findLeaf(navKey);
  if (!leaf || !isLeafVisible(me, leaf)) {
    return (
      <Result
        status="403"
        title="Không có quyền truy cập"
        subTitle="Tài khoản của bạn không được phép xem mục này."
      />
    );
  }
  return (
    <Suspense fallback={<Spin style={{ display: 'block', margin: '64px auto' }} />}>
      <Outlet />
    </Suspense>
  );
}
