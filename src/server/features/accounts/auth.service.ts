import { createHash, randomBytes } from 'node:crypto';
import type { ChangePasswordBody, LoginBody } from '../../../contracts/account.contract.js';
import { actorOf, signInMessages, type Actor } from '../../../domain/access.js';
import { ConflictError, InvalidError, LoginFailedError, TooManyRequestsError, UnauthenticatedError } from '../../../domain/errors.js';
import {
  IP_POLICY,
  PAIR_POLICY,
  USERNAME_POLICY,
  afterFailure,
  lockedForSeconds,
  minutesText,
  throttleKeys,
  triesLeft,
  type ThrottlePolicy,
} from '../../../domain/login-throttle.js';
import type { AuditStore } from '../audit/audit.types.js';
import type { Transactor } from '../transactor.js';
import { accountMessages as m } from './account.messages.js';
import type { SessionStore, ThrottleStore, UserRecord, UserStore } from './account.types.js';
import { burnVerifyTime, hashPassword, verifyPassword } from './password.js';

export interface AuthStores {
  users: UserStore;
  sessions: SessionStore;
  throttle: ThrottleStore;
  audit: AuditStore;
}

export interface AuthOptions {
  sessionTtlHours: number;
}

// A day is far longer than any throttle's quiet period (an hour) or wait (15 minutes at most).
const STALE_THROTTLE_MS = 24 * 3600_000;

// Refresh a session's expiry at most this often, so reads do not each cost a write.
const TOUCH_INTERVAL_MS = 5 * 60_000;

/** A live session: who acts, and whether they must replace an admin-set password before anything else. */
export interface SignedIn {
  actor: Actor;
  mustChangePassword: boolean;
}

export function hashToken(token: string): string {
  return createHash('sha256').update(token).digest('hex');
}

/** Login, logout, session resolution and the user's own password. */
export class AuthService {
  constructor(
    private readonly stores: AuthStores,
    private readonly transact: Transactor<AuthStores>,
    private readonly options: AuthOptions,
  ) {}

  async login(body: LoginBody, ip: string): Promise<{ token: string; user: UserRecord; expiresAt: string }> {
    const now = new Date();
    const keys = throttleKeys(body.username, ip);
    // The username from this address, this address for any username, this username from anywhere.
    const counters: Array<{ key: string; policy: ThrottlePolicy }> = [
      { key: keys.pair, policy: PAIR_POLICY },
      { key: keys.ip, policy: IP_POLICY },
      { key: keys.user, policy: USERNAME_POLICY },
    ];
    const states = await Promise.all(counters.map((c) => this.stores.throttle.find(c.key)));
    const wait = Math.max(...states.map((state) => lockedForSeconds(state, now)));
    if (wait > 0) throw new TooManyRequestsError('LOGIN_THROTTLED', m.tooManyAttempts(minutesText(wait)), wait);

    const user = await this.stores.users.findByUsername(body.username);
    const hash = user && (await this.stores.users.findPasswordHash(user.id));
    const ok = hash ? await verifyPassword(hash, body.password) : (await burnVerifyTime(body.password), false);
    if (!user || !ok) {
      const after = counters.map((c, i) => afterFailure(states[i], now, c.policy));
      for (const [i, c] of counters.entries()) await this.stores.throttle.save(c.key, after[i]!);
      const left = Math.min(...counters.map((c, i) => triesLeft(after[i]!, c.policy)));
      const nextWait = Math.max(...after.map((state) => lockedForSeconds(state, now)));
      // The same answer whether or not the username exists, so accounts cannot be enumerated.
      throw nextWait > 0
        ? new LoginFailedError('LOGIN_FAILED', m.loginFailedWait(minutesText(nextWait)), 0, nextWait)
        : new LoginFailedError('LOGIN_FAILED', m.loginFailedTriesLeft(left), left, null);
    }
    // Disabled accounts are told so only after the right password, so the answer reveals nothing.
    if (!user.active) throw new UnauthenticatedError('ACCOUNT_DISABLED', m.accountDisabled);
    if (!user.orgActive) throw new UnauthenticatedError('ORG_DISABLED', m.orgDisabled);

    const token = randomBytes(32).toString('base64url');
    const expiresAt = new Date(now.getTime() + this.options.sessionTtlHours * 3600_000).toISOString();
    await this.transact(async (s) => {
      // The owner proved the password: their own failures no longer count against them.
      await s.throttle.clear(keys.pair);
      await s.throttle.clear(keys.user);
      // Logins are rare next to reads: a good moment to drop sessions that have run out, and
      // failure counters (one per IP ever seen) that no longer count towards any lock.
      await s.sessions.removeExpired(now.toISOString());
      await s.throttle.removeStale(new Date(now.getTime() - STALE_THROTTLE_MS).toISOString(), now.toISOString());
      await s.sessions.create(hashToken(token), user.id, now.toISOString(), expiresAt);
      await s.users.markLogin(user.id, now.toISOString());
      await s.audit.record({ userId: user.id, action: 'session.login', entity: 'app_user', entityId: user.id, orgUnitId: user.orgId, after: { ip } });
    });
    return { token, user, expiresAt };
  }

  /** The user behind a session token, or undefined when the token is unknown, expired or the account is off. */
  async resolveSession(token: string): Promise<UserRecord | undefined> {
    const tokenHash = hashToken(token);
    const session = await this.stores.sessions.find(tokenHash);
    const now = Date.now();
    if (!session) return undefined;
    if (Date.parse(session.expiresAt) <= now) {
      await this.stores.sessions.remove(tokenHash);
      return undefined;
    }
    const user = await this.stores.users.findById(session.userId);
    if (!user || !user.active || !user.orgActive) return undefined;
    if (now - Date.parse(session.lastSeenAt) > TOUCH_INTERVAL_MS) {
      const expiresAt = new Date(now + this.options.sessionTtlHours * 3600_000).toISOString();
      await this.stores.sessions.touch(tokenHash, new Date(now).toISOString(), expiresAt);
    }
    return user;
  }

  /** The actor behind a session token, or null when the session is unknown, expired or its account disabled. */
  async resolveSignIn(token: string): Promise<SignedIn | null> {
    const user = await this.resolveSession(token);
    return user ? { actor: actorOf(user), mustChangePassword: user.mustChangePassword } : null;
  }

  async logout(token: string): Promise<void> {
    await this.stores.sessions.remove(hashToken(token));
  }

  /** Changes the caller's own password and ends their other sessions. */
  async changePassword(actor: Actor, token: string, body: ChangePasswordBody): Promise<void> {
    if (actor.userId === null) throw new UnauthenticatedError('NOT_LOGGED_IN', signInMessages.notLoggedIn);
    const userId = actor.userId;
    const hash = await this.stores.users.findPasswordHash(userId);
    if (!hash || !(await verifyPassword(hash, body.currentPassword))) {
      throw new InvalidError('PASSWORD_WRONG', m.wrongCurrentPassword, [{ pointer: '/body/currentPassword', message: m.wrongCurrentPassword }]);
    }
    if (body.currentPassword === body.newPassword) {
      throw new ConflictError('PASSWORD_UNCHANGED', m.samePassword, [{ pointer: '/body/newPassword', message: m.samePassword }]);
    }
    const newHash = await hashPassword(body.newPassword);
    await this.transact(async (s) => {
      await s.users.setPassword(userId, newHash, false, new Date().toISOString());
      await s.sessions.removeForUser(userId, hashToken(token));
      await s.audit.record({ userId, action: 'user.change_password', entity: 'app_user', entityId: userId, orgUnitId: actor.orgId });
    });
  }
}
