import { lazy, Suspense, type ReactNode } from 'react';
import { App as AntApp, ConfigProvider, Spin } from 'antd';
import viVN from 'antd/locale/vi_VN';
import dayjs from 'dayjs';
import 'dayjs/locale/vi';
import customParseFormat from 'dayjs/plugin/customParseFormat';
import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { BrowserRouter, Navigate, Route, Routes, useLocation } from 'react-router';
import { isApiError } from '../lib/api.ts';
import { SessionProvider, useSession } from '../lib/session.tsx';
import { NotFound } from '../components/NotFound.tsx';
import { theme } from './theme.ts';
import { AppLayout } from './AppLayout.tsx';
import { RequireNav } from './RequireNav.tsx';
import { councilRoutes } from '../features/councils/routes.tsx';
import { proposalRoutes } from '../features/proposals/routes.tsx';
import { decisionRoutes } from '../features/decisions/routes.tsx';
import { clusterRoutes } from '../features/clusters/routes.tsx';
import { clusterScoringRoutes } from '../features/cluster-scoring/routes.tsx';
import { reportRoutes } from '../features/reports/routes.tsx';
import { statisticsRoutes } from '../features/statistics/routes.tsx';

dayjs.extend(customParseFormat);
dayjs.locale('vi');

// Pages are loaded on demand, one chunk per feature.
const LoginPage = lazy(() =>
  import('../features/auth/LoginPage.tsx').then((m) => ({ default: m.LoginPage })),
);
const ChangePasswordPage = lazy(() =>
  import('../features/auth/ChangePasswordPage.tsx').then((m) => ({ default: m.ChangePasswordPage })),
);
const OverviewPage = lazy(() =>
  import('../features/dashboard/OverviewPage.tsx').then((m) => ({ default: m.OverviewPage })),
);
const PeopleListPage = lazy(() =>
  import('../features/people/PeopleListPage.tsx').then((m) => ({ default: m.PeopleListPage })),
);
const PersonDetailPage = lazy(() =>
  import('../features/people/PersonDetailPage.tsx').then((m) => ({ default: m.PersonDetailPage })),
);
const PersonFormPage = lazy(() =>
  import('../features/people/PersonFormPage.tsx').then((m) => ({ default: m.PersonFormPage })),
);

const OrgTreePage = lazy(() =>
  import('../features/organisation/OrgTreePage.tsx').then((m) => ({ default: m.OrgTreePage })),
);
const UnitsPage = lazy(() =>
  import('../features/units/UnitsPage.tsx').then((m) => ({ default: m.UnitsPage })),
);
const AuditPage = lazy(() =>
  import('../features/audit/AuditPage.tsx').then((m) => ({ default: m.AuditPage })),
);
const AccountsPage = lazy(() =>
  import('../features/accounts/AccountsPage.tsx').then((m) => ({ default: m.AccountsPage })),
);
const EligibilityPage = lazy(() =>
  import('../features/eligibility/EligibilityPage.tsx').then((m) => ({ default: m.EligibilityPage })),
);
const IndicatorsPage = lazy(() =>
  import('../features/indicators/IndicatorsPage.tsx').then((m) => ({ default: m.IndicatorsPage })),
);
const RatingsPage = lazy(() =>
  import('../features/ratings/RatingsPage.tsx').then((m) => ({ default: m.RatingsPage })),
);
const PlansListPage = lazy(() =>
  import('../features/plans/PlansListPage.tsx').then((m) => ({ default: m.PlansListPage })),
);
const PlanPage = lazy(() => import('../features/plans/PlanPage.tsx').then((m) => ({ default: m.PlanPage })));
const MyDeadlinesPage = lazy(() =>
  import('../features/plans/MyDeadlinesPage.tsx').then((m) => ({ default: m.MyDeadlinesPage })),
);

const MovementsPage = lazy(() =>
  import('../features/movements/MovementsPage.tsx').then((m) => ({ default: m.MovementsPage })),
);
const CovenantsPage = lazy(() =>
  import('../features/covenants/CovenantsPage.tsx').then((m) => ({ default: m.CovenantsPage })),
);
const RegistrationsPage = lazy(() =>
  import('../features/registrations/RegistrationsPage.tsx').then((m) => ({ default: m.RegistrationsPage })),
);
const InitiativesPage = lazy(() =>
  import('../features/initiatives/InitiativesPage.tsx').then((m) => ({ default: m.InitiativesPage })),
);
const InitiativePage = lazy(() =>
  import('../features/initiatives/InitiativePage.tsx').then((m) => ({ default: m.InitiativePage })),
);
const InitiativeCouncilPage = lazy(() =>
  import('../features/initiatives/CouncilPage.tsx').then((m) => ({ default: m.CouncilPage })),
);
const PersonEligibilityPage = lazy(() =>
  import('../features/person-eligibility/PersonEligibilityPage.tsx').then((m) => ({
    default: m.PersonEligibilityPage,
  })),
);

const queryClient = new QueryClient({
  defaultOptions: {
    queries: {
      refetchOnWindowFocus: false,
      retry: (count, error) => !(isApiError(error) && error.status < 500) && count < 2,
    },
  },
});

function Loading() {
  return (
    <div style={{ display: 'grid', placeItems: 'center', minHeight: 240 }}>
      <Spin size="large" description="Đang tải…" />
    </div>
  );
}

/** The authenticated part: waits for /api/auth/me, sends anonymous users to the login page and users who
 * must change their password to the change-password form. */
function Authenticated({ children }: { children: ReactNode }) {
  const { state } = useSession();
  const location = useLocation();
  if (state.status === 'loading') return <Loading />;
  if (state.status === 'anonymous') {
    const next = `${location.pathname}${location.search}`;
    const params = new URLSearchParams();
    if (next !== '/') params.set('next', next);
    if (state.expired) params.set('expired', '1');
    const qs = params.toString();
    return <Navigate to={`/dang-nhap${qs ? `?${qs}` : ''}`} replace />;
  }
  if (state.me.mustChangePassword) return <ChangePasswordPage forced />;
  return children;
}

export function App() {
  return (
    <ConfigProvider locale={viVN} theme={theme} componentSize="middle">
      <AntApp>
        <QueryClientProvider client={queryClient}>
          <SessionProvider>
            <BrowserRouter>
              <Suspense fallback={<Loading />}>
                <Routes>
                  <Route path="/dang-nhap" element={<LoginPage />} />
                  <Route
                    element={
                      <Authenticated>
                        <AppLayout />
                      </Authenticated>
                    }
                  >
                    <Route index element={<OverviewPage />} />
                    <Route path="doi-mat-khau" element={<ChangePasswordPage />} />
                    <Route element={<RequireNav navKey="org-tree" />}>
                      <Route path="to-chuc" element={<OrgTreePage />} />
                    </Route>
                    <Route element={<RequireNav navKey="units" />}>
                      <Route path="don-vi" element={<UnitsPage />} />
                    </Route>
                    <Route element={<RequireNav navKey="people" />}>
                      <Route path="can-bo" element={<PeopleListPage />} />
                      <Route path="can-bo/moi" element={<PersonFormPage />} />
                      <Route path="can-bo/:id" element={<PersonDetailPage />} />
                      <Route path="can-bo/:id/sua" element={<PersonFormPage />} />
                    </Route>
                    <Route element={<RequireNav navKey="audit" />}>
                      <Route path="nhat-ky" element={<AuditPage />} />
                    </Route>
                    <Route element={<RequireNav navKey="accounts" />}>
                      <Route path="tai-khoan" element={<AccountsPage />} />
                    </Route>
                    <Route element={<RequireNav navKey="eligibility" />}>
                      <Route path="tra-cuu-dieu-kien" element={<EligibilityPage />} />
                    </Route>
                    <Route element={<RequireNav navKey="indicators" />}>
                      <Route path="chi-tieu" element={<IndicatorsPage />} />
                    </Route>
                    <Route element={<RequireNav navKey="ratings" />}>
                      <Route path="danh-gia-xep-loai" element={<RatingsPage />} />
                    </Route>
                    <Route element={<RequireNav navKey="plans" />}>
                      <Route path="ke-hoach" element={<PlansListPage />} />
                      <Route path="ke-hoach/:id" element={<PlanPage />} />
                    </Route>
                    <Route element={<RequireNav navKey="my-deadlines" />}>
                      <Route path="han-cua-toi" element={<MyDeadlinesPage />} />
                    </Route>
                    <Route element={<RequireNav navKey="movements" />}>
                      <Route path="phong-trao" element={<MovementsPage />} />
                    </Route>
                    <Route element={<RequireNav navKey="covenants" />}>
                      <Route path="giao-uoc" element={<CovenantsPage />} />
                    </Route>
                    <Route element={<RequireNav navKey="registrations" />}>
                      <Route path="dang-ky-thi-dua" element={<RegistrationsPage />} />
                    </Route>
                    <Route element={<RequireNav navKey="initiatives" />}>
                      <Route path="sang-kien" element={<InitiativesPage />} />
                      <Route path="sang-kien/hoi-dong" element={<InitiativeCouncilPage />} />
                      <Route path="sang-kien/:id" element={<InitiativePage />} />
                    </Route>
                    <Route element={<RequireNav navKey="person-eligibility" />}>
                      <Route path="dieu-kien-khen-thuong" element={<PersonEligibilityPage />} />
                    </Route>
                    {councilRoutes}
                    {proposalRoutes}
                    {decisionRoutes}
                    {clusterRoutes}
                    {clusterScoringRoutes}
                    {reportRoutes}
                    {statisticsRoutes}
                    <Route path="*" element={<NotFound />} />
                  </Route>
                </Routes>
              </Suspense>
            </BrowserRouter>
          </SessionProvider>
        </QueryClientProvider>
      </AntApp>
    </ConfigProvider>
  );
}
