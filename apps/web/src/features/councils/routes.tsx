// Routes of the councils pages (placed inside the signed-in layout by app/App.tsx), each under RequireNav.
import { lazy } from 'react';
import { Route } from 'react-router';
import { RequireNav } from '../../app/RequireNav.tsx';

const SessionsPage = lazy(() => import('./SessionsPage.tsx').then((m) => ({ default: m.SessionsPage })));
const SessionPage = lazy(() => import('./SessionPage.tsx').then((m) => ({ default: m.SessionPage })));
const BallotPage = lazy(() => import('./BallotPage.tsx').then((m) => ({ default: m.BallotPage })));
const VerifyPage = lazy(() => import('./BallotPage.tsx').then((m) => ({ default: m.VerifyPage })));
const UnitMeetingsPage = lazy(() =>
  import('./UnitMeetingsPage.tsx').then((m) => ({ default: m.UnitMeetingsPage })),
);

export const councilRoutes = (
  <Route element={<RequireNav navKey="councils" />}>
    <Route path="binh-xet" element={<SessionsPage />} />
    <Route path="binh-xet/phien/:id" element={<SessionPage />} />
    <Route path="binh-xet/bo-phieu" element={<BallotPage />} />
    <Route path="binh-xet/kiem-tra-phieu" element={<VerifyPage />} />
    <Route path="binh-xet/don-vi" element={<UnitMeetingsPage />} />
  </Route>
);
