import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { requireSignedIn, type Actor } from '../../domain/access.js';
import { ForbiddenError } from '../../domain/errors.js';

export const SESSION_COOKIE = 'shiliu_session';

declare module 'fastify' {
  interface FastifyRequest {
    /** The signed-in staff user and their scope, resolved once per request; null when anonymous. */
    actor: Actor | null;
    sessionToken: string | null;
  }
  interface FastifyContextConfig {
    /**
     * Open to a signed-in user who must still replace an admin-set password: reading their own
     * session, changing the password, signing in and out. Every other route answers 403 until then.
     */
    beforePasswordChange?: boolean;
  }
}

const SAFE_METHODS = new Set(['GET', 'HEAD', 'OPTIONS']);

/** The signed-in actor, or a 401 problem. Every protected route starts here. */
export function requireActor(request: FastifyRequest): Actor {
  return requireSignedIn(request.actor, request.sessionToken !== null);
}

export function setSessionCookie(reply: FastifyReply, request: FastifyRequest, token: string, expiresAt: string) {
  reply.setCookie(SESSION_COOKIE, token, {
    path: '/',
    httpOnly: true,
    sameSite: 'lax',
    secure: request.protocol === 'https',
    expires: new Date(expiresAt),
  });
}

export function clearSessionCookie(reply: FastifyReply) {
  reply.clearCookie(SESSION_COOKIE, { path: '/' });
}

function allowedOrigins(request: FastifyRequest, trusted: string[]): string[] {
  return [`${request.protocol}://${request.host}`, ...trusted];
}

/** A live session: who acts, and whether they must replace an admin-set password before anything else. */
export interface SignedIn {
  actor: Actor;
  mustChangePassword: boolean;
}

/** Turns a session token into the session behind it (null when it no longer holds); the accounts feature supplies it. */
export type ActorResolver = (sessionToken: string) => Promise<SignedIn | null>;

/**
 * Resolves the session cookie to an actor and guards cookie-authenticated writes against CSRF:
 * a browser always sends Origin on cross-site writes, so a write carrying the session cookie must
 * come from our own origin (or a configured trusted one). Clients without a browser send no Origin.
 * A password someone else set (new account, reset) is enforced here, in one place: until the owner
 * replaces it, only routes marked `beforePasswordChange` answer.
 */
export function registerAuth(app: FastifyInstance, resolveActor: ActorResolver, trustedOrigins: string[]) {
  app.decorateRequest('actor', null);
  app.decorateRequest('sessionToken', null);
  app.addHook('onRequest', async (request) => {
    if (!request.url.startsWith('/api/')) return;
    const token = request.cookies[SESSION_COOKIE];
    if (!token) return;
    if (!SAFE_METHODS.has(request.method)) {
      const origin = request.headers.origin;
      const fetchSite = request.headers['sec-fetch-site'];
      const foreignOrigin = origin !== undefined && !allowedOrigins(request, trustedOrigins).includes(origin);
      const foreignFetch = origin === undefined && fetchSite !== undefined && fetchSite !== 'same-origin' && fetchSite !== 'none';
      if (foreignOrigin || foreignFetch) {
        throw new ForbiddenError('CSRF_REJECTED', '请求来源不被信任：请从本系统页面内操作');
      }
    }
    request.sessionToken = token;
    const signedIn = await resolveActor(token);
    request.actor = signedIn?.actor ?? null;
    if (signedIn?.mustChangePassword && request.routeOptions.config.beforePasswordChange !== true) {
      throw new ForbiddenError('PASSWORD_CHANGE_REQUIRED', '请先修改密码：把管理员设置的密码改为您自己的密码后，才能继续使用');
    }
  });
}
