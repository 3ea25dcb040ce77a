// Routes of the decisions pages (placed inside the signed-in layout by app/App.tsx), each under RequireNav.
import { lazy } from 'react';
import { Route } from 'react-router';
import { RequireNav } from '../../app/RequireNav.tsx';

const DecisionsPage = lazy(() => import('./DecisionsPage.tsx').then((m) => ({ default: m.DecisionsPage })));
const DecisionPage = lazy(() => import('./DecisionPage.tsx').then((m) => ({ default: m.DecisionPage })));
const HistoryPage = lazy(() => import('./HistoryPage.tsx').then((m) => ({ default: m.HistoryPage })));

export const decisionRoutes = (
  <>
    <Route element={<RequireNav navKey="decisions" />}>
      <Route path="quyet-dinh" element={<DecisionsPage />} />
      <Route path="quyet-dinh/:id" element={<DecisionPage />} />
    </Route>
    <Route element={<RequireNav navKey="award-history" />}>
      <Route path="khen-thuong/lich-su" element={<HistoryPage />} />
      <Route path="khen-thuong/lich-su/:kind/:id" element={<HistoryPage />} />
    </Route>
  </>
);
