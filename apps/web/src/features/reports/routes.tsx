// Routes of the reports pages (placed inside the signed-in layout by app/App.tsx), each under RequireNav.
import { lazy } from 'react';
import { Route } from 'react-router';
import { RequireNav } from '../../app/RequireNav.tsx';

const ReportsPage = lazy(() => import('./ReportsPage.tsx').then((m) => ({ default: m.ReportsPage })));
const ReportPage = lazy(() => import('./ReportPage.tsx').then((m) => ({ default: m.ReportPage })));

export const reportRoutes = (
  <Route element={<RequireNav navKey="reports" />}>
    <Route path="bao-cao" element={<ReportsPage />} />
    <Route path="bao-cao/:id" element={<ReportPage />} />
  </Route>
);
