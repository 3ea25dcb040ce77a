// Routes of the statistics pages (placed inside the signed-in layout by app/App.tsx), each under RequireNav.
import { lazy } from 'react';
import { Route } from 'react-router';
import { RequireNav } from '../../app/RequireNav.tsx';

const StatisticsPage = lazy(() =>
  import('./StatisticsPage.tsx').then((m) => ({ default: m.StatisticsPage })),
);
const RecordsPage = lazy(() => import('./RecordsPage.tsx').then((m) => ({ default: m.RecordsPage })));
const TaskRecordsPage = lazy(() =>
  import('./TaskRecordsPage.tsx').then((m) => ({ default: m.TaskRecordsPage })),
);

export const statisticsRoutes = (
  <Route element={<RequireNav navKey="statistics" />}>
    <Route path="thong-ke" element={<StatisticsPage />} />
    <Route path="thong-ke/ho-so" element={<RecordsPage />} />
    <Route path="thong-ke/nhiem-vu" element={<TaskRecordsPage />} />
  </Route>
);
