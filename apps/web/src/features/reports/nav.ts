// Menu entries of the reports pages (merged into the navigation by app/nav.tsx). An entry appears only with a
// `path` and a route in ./routes.tsx.
import type { NavLeaf } from '../../app/nav-types.ts';

export const REPORT_NAV: NavLeaf[] = [
  { key: 'reports', label: 'Báo cáo', path: '/bao-cao', resources: ['reports'] },
];
