// Menu entries of the clusters pages (merged into the navigation by app/nav.tsx). An entry appears only with a
// `path` and a route in ./routes.tsx.
import type { NavLeaf } from '../../app/nav-types.ts';

export const CLUSTER_NAV: NavLeaf[] = [
  {
    key: 'cluster-list',
    label: 'Khối, cụm thi đua',
    path: '/cum-thi-dua',
    resources: ['clusters'],
  },
];
