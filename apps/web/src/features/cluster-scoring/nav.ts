// Menu entries of the cluster-scoring pages (merged into the navigation by app/nav.tsx). An entry appears only with a
// `path` and a route in ./routes.tsx.
import type { NavLeaf } from '../../app/nav-types.ts';

export const CLUSTER_SCORING_NAV: NavLeaf[] = [
  {
    key: 'cluster-scoring',
    label: 'Chấm điểm thi đua cụm',
    path: '/cham-diem-cum',
    resources: ['cluster-scoring'],
  },
];
