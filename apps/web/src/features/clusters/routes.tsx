// Routes of the clusters pages (placed inside the signed-in layout by app/App.tsx), each under RequireNav.
import { lazy } from 'react';
import { Route } from 'react-router';
import { RequireNav } from '../../app/RequireNav.tsx';

const ClustersPage = lazy(() => import('./ClustersPage.tsx').then((m) => ({ default: m.ClustersPage })));
const ClusterPage = lazy(() => import('./ClusterPage.tsx').then((m) => ({ default: m.ClusterPage })));

export const clusterRoutes = (
  <>
    <Route element={<RequireNav navKey="cluster-list" />}>
      <Route path="cum-thi-dua" element={<ClustersPage />} />
      <Route path="cum-thi-dua/:id" element={<ClusterPage />} />
    </Route>
  </>
);
