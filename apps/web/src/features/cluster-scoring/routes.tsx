// Routes of the cluster-scoring pages (placed inside the signed-in layout by app/App.tsx), each under RequireNav.
import { lazy } from 'react';
import { Route } from 'react-router';
import { RequireNav } from '../../app/RequireNav.tsx';

const ClusterScoringPage = lazy(() =>
  import('./ClusterScoringPage.tsx').then((m) => ({ default: m.ClusterScoringPage })),
);

export const clusterScoringRoutes = (
  <Route element={<RequireNav navKey="cluster-scoring" />}>
    <Route path="cham-diem-cum" element={<ClusterScoringPage />} />
  </Route>
);
