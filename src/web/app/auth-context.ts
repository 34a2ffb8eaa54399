import { createContext, useContext } from 'react';
import type { LoginBody, Me } from '../../contracts/account.contract.js';
import { canAdminister, type RolePredicate } from '../../domain/access.js';

export type AuthState = { status: 'loading' } | { status: 'anonymous' } | { status: 'signed-in'; me: Me };

export interface AuthContextValue {
  state: AuthState;
  login: (body: LoginBody) => Promise<void>;
  logout: () => Promise<void>;
  /** Reloads the signed-in user, e.g. after a password change clears `mustChangePassword`. */
  refresh: () => Promise<void>;
}

export const AuthContext = createContext<AuthContextValue | null>(null);

export function useAuth(): AuthContextValue {
  const auth = useContext(AuthContext);
  if (!auth) throw new Error('useAuth must be used inside <AuthProvider>');
  return auth;
}

/** The signed-in user; only for pages behind <RequireAuth>, where there always is one. */
export function useMe(): Me {
  const { state } = useAuth();
  if (state.status !== 'signed-in') throw new Error('useMe must be used behind <RequireAuth>');
  return state.me;
}

/** Asks a role rule of `domain/access` about the signed-in user: the page offers what the server would allow. */
export function useCan(may: RolePredicate): boolean {
  return may(useMe().user.roles);
}

export function useIsAdmin(): boolean {
  return useCan(canAdminister);
}
