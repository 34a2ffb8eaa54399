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
      { path: 'orgs', element: <OrgsPage /> },
      {
        path: 'users',
        element: (
          <RequireRole role="admin">
            <UsersPage />
          </RequireRole>
        ),
      },
      { path: 'account', element: <AccountPage /> },
      { path: '*', element: <NotFoundPage /> },
    ],
  },
]);
