// Menu entries of the proposals pages (merged into the navigation by app/nav.tsx). An entry appears only with a
// `path` and a route in ./routes.tsx.
import type { NavLeaf } from '../../app/nav-types.ts';

export const PROPOSAL_NAV: NavLeaf[] = [
  { key: 'proposals', label: 'Đề nghị khen thưởng', path: '/de-nghi-khen-thuong', resources: ['proposals'] },
];
