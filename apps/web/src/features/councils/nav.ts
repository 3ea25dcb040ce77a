// Menu entries of the councils pages (merged into the navigation by app/nav.tsx). An entry appears only with a
// `path` and a route in ./routes.tsx. Every account may hold councils:vote (a unit head or staff member can sit
// on the council), so the entry shows to all; the page shows what the user's policies allow.
import type { NavLeaf } from '../../app/nav-types.ts';

export const COUNCIL_NAV: NavLeaf[] = [
  { key: 'councils', label: 'Bình xét & Hội đồng', path: '/binh-xet', resources: ['councils'] },
];
