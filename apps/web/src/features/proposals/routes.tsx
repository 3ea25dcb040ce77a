// Routes of the proposals pages (placed inside the signed-in layout by app/App.tsx), each under RequireNav.
import { lazy } from 'react';
import { Route } from 'react-router';
import { RequireNav } from '../../app/RequireNav.tsx';

const ProposalsPage = lazy(() => import('./ProposalsPage.tsx').then((m) => ({ default: m.ProposalsPage })));
const ProposalPage = lazy(() => import('./ProposalPage.tsx').then((m) => ({ default: m.ProposalPage })));
const PendingBoardPage = lazy(() =>
  import('./PendingBoardPage.tsx').then((m) => ({ default: m.PendingBoardPage })),
);

export const proposalRoutes = (
  <Route element={<RequireNav navKey="proposals" />}>
    <Route path="de-nghi-khen-thuong" element={<ProposalsPage />} />
    <Route path="de-nghi-khen-thuong/cho-quyet-dinh" element={<PendingBoardPage />} />
    <Route path="de-nghi-khen-thuong/:id" element={<ProposalPage />} />
  </Route>
);
