import { lazy } from 'react';
import { createBrowserRouter } from 'react-router';
import { NotFoundPage } from './NotFoundPage.js';
import { RequireAuth, RequireRole } from './RequireAuth.js';

// Each page, and the signed-in shell itself, is its own chunk: the login page does not wait for the
// side menu, the org tree or the users table.
const AppLayout = lazy(() => import('./AppLayout.js'));
const LoginPage = lazy(() => import('../features/auth/LoginPage.js'));
const HomePage = lazy(() => import('../features/home/HomePage.js'));
const OrgsPage = lazy(() => import('../features/orgs/OrgsPage.js'));
const UsersPage = lazy(() => import('../features/users/UsersPage.js'));
const AccountPage = lazy(() => import('../features/account/AccountPage.js'));
const LedgerPage = lazy(() => import('../features/ledger/LedgerPage.js'));
const ActivityFormPage = lazy(() => import('../features/ledger/ActivityFormPage.js'));
const ActivityDetailPage = lazy(() => import('../features/ledger/ActivityDetailPage.js'));
const ReviewPage = lazy(() => import('../features/ledger/ReviewPage.js'));
const SettingsPage = lazy(() => import('../features/catalogue/SettingsPage.js'));
const StatsPage = lazy(() => import('../features/stats/StatsPage.js'));
const StatsEntriesPage = lazy(() => import('../features/stats/StatsEntriesPage.js'));
const TargetsPage = lazy(() => import('../features/targets/TargetsPage.js'));
const ReportsPage = lazy(() => import('../features/reports/ReportsPage.js'));
const ReportEditorPage = lazy(() => import('../features/reports/ReportEditorPage.js'));
const ReportTemplatesPage = lazy(() => import('../features/report-templates/ReportTemplatesPage.js'));
const ReportCheckPage = lazy(() => import('../features/report-check/ReportCheckPage.js'));

export const router = createBrowserRouter([
  { path: '/login', element: <LoginPage /> },
  {
    path: '/',
    element: (
      <RequireAuth>
        <AppLayout />
      </RequireAuth>
    ),
    children: [
      { index: true, element: <HomePage /> },
      { path: 'ledger', element: <LedgerPage /> },
      {
        path: 'ledger/new',
        element: (
          <RequireRole role={['clerk', 'admin']}>
            <ActivityFormPage />
          </RequireRole>
        ),
      },
      { path: 'ledger/:id', element: <ActivityDetailPage /> },
      {
        path: 'ledger/:id/edit',
        element: (
          <RequireRole role={['clerk', 'admin']}>
            <ActivityFormPage />
          </RequireRole>
        ),
      },
      {
        path: 'review',
        element: (
          <RequireRole role={['reviewer', 'admin']}>
            <ReviewPage />
          </RequireRole>
        ),
      },
      { path: 'stats', element: <StatsPage /> },
      { path: 'stats/entries', element: <StatsEntriesPage /> },
      { path: 'targets', element: <TargetsPage /> },
      { path: 'reports', element: <ReportsPage /> },
      // A static segment outranks `:id` in react-router, so 自定义模板 is never read as report "templates".
      { path: 'reports/templates', element: <ReportTemplatesPage /> },
      { path: 'reports/:id', element: <ReportEditorPage /> },
      { path: 'report-check', element: <ReportCheckPage /> },
      { path: 'orgs', element: <OrgsPage /> },
      {
        path: 'users',
        element: (
          <RequireRole role="admin">
            <UsersPage />
          </RequireRole>
        ),
      },
      {
        path: 'settings',
        element: (
          <RequireRole role="admin">
            <SettingsPage />
          </RequireRole>
        ),
      },
      { path: 'account', element: <AccountPage /> },
      { path: '*', element: <NotFoundPage /> },
    ],
  },
]);
