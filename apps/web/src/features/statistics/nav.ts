// Menu entries of the statistics pages (merged into the navigation by app/nav.tsx). An entry appears only with a
// `path` and a route in ./routes.tsx.
import type { NavLeaf } from '../../app/nav-types.ts';

export const STATISTICS_NAV: NavLeaf[] = [
  { key: 'statistics', label: 'Thống kê', path: '/thong-ke', resources: ['statistics'] },
];
