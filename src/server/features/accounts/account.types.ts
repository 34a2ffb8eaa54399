import type { Role } from '../../../contracts/account.contract.js';
import type { ThrottleState } from '../../../domain/login-throttle.js';

export type { ThrottleState };

export interface UserRecord {
  id: number;
  username: string;
  displayName: string;
  orgId: number;
  orgName: string;
  orgKind: string;
  orgPath: string;
  orgActive: boolean;
  roles: Role[];
  active: boolean;
  mustChangePassword: boolean;
  lastLoginAt: string | null;
  createdAt: string;
}

export interface NewUser {
  username: string;
  displayName: string;
  orgId: number;
  roles: Role[];
  passwordHash: string;
  mustChangePassword: boolean;
}

export interface UserPatch {
  displayName?: string;
  orgId?: number;
  active?: boolean;
}

export interface UserListFilter {
  /** Subtree to list: every user whose unit lies under this path. */
  path: string;
  /** Only users of exactly this unit. */
  orgId?: number;
  text?: string;
  includeInactive: boolean;
  offset: number;
  limit: number;
}

export interface UserStore {
  findById(id: number): Promise<UserRecord | undefined>;
  findByUsername(username: string): Promise<UserRecord | undefined>;
  findPasswordHash(id: number): Promise<string | undefined>;
  list(filter: UserListFilter): Promise<{ items: UserRecord[]; total: number }>;
  insert(user: NewUser, now: string): Promise<number>;
  update(id: number, patch: UserPatch, now: string): Promise<void>;
  setRoles(id: number, roles: Role[]): Promise<void>;
  setPassword(id: number, passwordHash: string, mustChange: boolean, now: string): Promise<void>;
  markLogin(id: number, now: string): Promise<void>;
}

export interface SessionRecord {
  userId: number;
  expiresAt: string;
  lastSeenAt: string;
}

export interface SessionStore {
  create(tokenHash: string, userId: number, now: string, expiresAt: string): Promise<void>;
  find(tokenHash: string): Promise<SessionRecord | undefined>;
  touch(tokenHash: string, now: string, expiresAt: string): Promise<void>;
  remove(tokenHash: string): Promise<void>;
  /** Ends every session of a user except, optionally, the one in use. */
  removeForUser(userId: number, exceptTokenHash?: string): Promise<void>;
  removeExpired(now: string): Promise<void>;
}

export interface ThrottleStore {
  find(key: string): Promise<ThrottleState | undefined>;
  save(key: string, state: ThrottleState): Promise<void>;
  clear(key: string): Promise<void>;
  /** Drops every counter whose key starts with `prefix`. */
  clearPrefix(prefix: string): Promise<void>;
  /** Drops counters whose last failure came before `before` and that hold no lock past `now`. */
  removeStale(before: string, now: string): Promise<void>;
}
