// Menu entries of the decisions pages (merged into the navigation by app/nav.tsx). An entry appears only with a
// `path` and a route in ./routes.tsx.
import type { NavLeaf } from '../../app/nav-types.ts';

export const DECISION_NAV: NavLeaf[] = [
  {
    key: 'decisions',
    label: 'Quyết định khen thưởng',
    path: '/quyet-dinh',
    resources: ['decisions'],
  },
  {
    key: 'award-history',
    label: 'Quá trình khen thưởng',
    path: '/khen-thuong/lich-su',
    resources: ['award-history'],
  },
];
