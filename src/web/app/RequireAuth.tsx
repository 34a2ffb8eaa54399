import { Button, Result } from 'antd';
import type { ReactNode } from 'react';
import { Navigate, useLocation, useNavigate } from 'react-router';
import { ROLE_LABELS, type Role } from '../../contracts/account.contract.js';
import { PageLoading } from '../components/PageLoading.js';
import { useAuth, useMe } from './auth-context.js';

/**
 * Lets signed-in users through; sends everyone else to the login page, remembering where they were
 * going. A user still holding an admin-set password is sent to 我的账号 to change it: the server
 * refuses everything else until then, so any other page would only fail.
 */
export function RequireAuth({ children }: { children: ReactNode }) {
  const { state } = useAuth();
  const location = useLocation();
  if (state.status === 'loading') return <PageLoading />;
  if (state.status === 'anonymous') {
    const next = location.pathname + location.search;
    const to = next === '/' ? '/login' : `/login?next=${encodeURIComponent(next)}`;
    return <Navigate to={to} replace />;
  }
  if (state.me.user.mustChangePassword && location.pathname !== ACCOUNT_PATH) return <Navigate to={ACCOUNT_PATH} replace />;
  return children;
}

const ACCOUNT_PATH = '/account';

/** Shows a page only to users holding `role` (or one of several); the server refuses the others anyway, this just says so kindly. */
export function RequireRole({ role, children }: { role: Role | readonly Role[]; children: ReactNode }) {
  const me = useMe();
  const navigate = useNavigate();
  const roles: readonly Role[] = typeof role === 'string' ? [role] : role;
  if (roles.some((r) => me.user.roles.includes(r))) return children;
  return (
    <Result
      status="403"
      title="没有权限"
      subTitle={`该页面仅对${roles.map((r) => ROLE_LABELS[r]).join('、')}开放，如需使用请联系上级管理员。`}
      extra={
        <Button type="primary" onClick={() => navigate('/')}>
          返回工作台
        </Button>
      }
    />
  );
}
