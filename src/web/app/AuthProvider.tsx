import { App } from 'antd';
import { useCallback, useEffect, useMemo, useRef, useState, type ReactNode } from 'react';
import type { LoginBody } from '../../contracts/account.contract.js';
import { ApiError } from '../api/api-error.js';
import { setUnauthorizedHandler } from '../api/client.js';
import { getMe, login as postSession, logout as deleteSession } from '../api/session.api.js';
import { AuthContext, type AuthContextValue, type AuthState } from './auth-context.js';

/** Holds who is signed in. Any 401 from any request signs the page out, which leads to the login page. */
export function AuthProvider({ children }: { children: ReactNode }) {
  const { message } = App.useApp();
  const [state, setState] = useState<AuthState>({ status: 'loading' });
  const signedIn = useRef(false);

  useEffect(() => {
    signedIn.current = state.status === 'signed-in';
  }, [state]);

  useEffect(() => {
    setUnauthorizedHandler(() => {
      if (signedIn.current) message.warning('登录已失效，请重新登录');
      setState({ status: 'anonymous' });
    });
    return () => setUnauthorizedHandler(() => {});
  }, [message]);

  useEffect(() => {
    const controller = new AbortController();
    getMe(controller.signal).then(
      (me) => setState({ status: 'signed-in', me }),
      (error: unknown) => {
        if (controller.signal.aborted) return;
        // Only a 401 means "not signed in"; otherwise the server is unreachable and the login page says so on submit.
        if (!(error instanceof ApiError && error.status === 401)) console.error(error);
        setState({ status: 'anonymous' });
      },
    );
    return () => controller.abort();
  }, []);

  const login = useCallback(async (body: LoginBody) => {
    const me = await postSession(body);
    setState({ status: 'signed-in', me });
  }, []);

  const logout = useCallback(async () => {
    signedIn.current = false;
    try {
      await deleteSession();
    } finally {
      setState({ status: 'anonymous' });
    }
  }, []);

  const refresh = useCallback(async () => {
    const me = await getMe();
    setState({ status: 'signed-in', me });
  }, []);

  const value = useMemo<AuthContextValue>(() => ({ state, login, logout, refresh }), [state, login, logout, refresh]);
  return <AuthContext.Provider value={value}>{children}</AuthContext.Provider>;
}
