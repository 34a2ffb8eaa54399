import { ROLES, type Role } from '../contracts/account.contract.js';
import { ForbiddenError, UnauthenticatedError } from './errors.js';
import { isInSubtree } from './org-path.js';

/** The caller's reach: the org unit they belong to, and with it the whole subtree under it. */
export interface Scope {
  rootOrgId: number;
  rootPath: string;
}

/** Who is acting, resolved once per request (or per CLI command) and passed to every service call. */
export interface Actor {
  userId: number | null;
  username: string;
  roles: Role[];
  orgId: number;
  scope: Scope;
}

/** The CLI works on the whole installation, as the operator of the machine: every tree, every role. */
export function systemActor(): Actor {
  return { userId: null, username: 'system', roles: ['admin', 'reviewer', 'inspector', 'clerk', 'viewer'], orgId: 0, scope: { rootOrgId: 0, rootPath: '/' } };
}

/** Request details a write records in the audit log beside the change. */
export interface RequestMeta {
  requestId?: string | null;
}

/**
 * What a set of roles may do. Predicates take the roles, not the actor, so the web asks the same
 * question of the signed-in user that the server asks of the actor (it hides what would be refused).
 */
export type RolePredicate = (roles: readonly Role[]) => boolean;

/** Admins manage units, users, catalogue, campaigns and targets, archive, and restore deleted entries. */
export const canAdminister: RolePredicate = (roles) => roles.includes('admin');

/** Who records ledger entries (and uploads and imports them): clerks, and admins, who may stand in for them. */
export const canRecord: RolePredicate = (roles) => roles.includes('clerk') || roles.includes('admin');

/** Who approves, returns and reopens entries. */
export const canReview: RolePredicate = (roles) => roles.includes('reviewer');

/** Who drafts and edits reports and uploads templates; viewers (领导查看) and inspectors only read and download. */
export const canWriteReports: RolePredicate = (roles) => roles.includes('admin') || roles.includes('clerk') || roles.includes('reviewer');

/** The refusal of an action the actor's roles do not allow; `what` names the action (「登记活动」). */
export function roleRefusal(what: string): ForbiddenError {
  return new ForbiddenError('ROLE_REQUIRED', `您没有${what}的权限`);
}

export function requirePermission(actor: Actor, may: RolePredicate, what: string): void {
  if (!may(actor.roles)) throw roleRefusal(what);
}

export function inScope(actor: Actor, path: string): boolean {
  return isInSubtree(path, actor.scope.rootPath);
}

const OPERATIONAL_ROLES: Role[] = ['clerk', 'reviewer', 'inspector', 'viewer'];

/**
 * Roles with something to do in Shiliu today. 督查员 waits for supervision (inspections, findings):
 * until then the user form does not offer it, though an account that already holds it keeps it.
 */
export const ROLES_WITH_FEATURES: readonly Role[] = ['clerk', 'reviewer', 'admin', 'viewer'];

/** The roles a user form shows: those with a feature, plus any the account already holds. */
export function rolesOffered(held: readonly Role[] = []): Role[] {
  return ROLES.filter((r) => ROLES_WITH_FEATURES.includes(r) || held.includes(r));
}

/**
 * Roles an actor may hand out: an admin manages the operational roles of their subtree, plus any
 * role they hold themselves. Reach is bounded by the subtree, so an admin can never create an
 * admin above their own level.
 */
export function grantableRoles(actor: Actor): Role[] {
  if (!canAdminister(actor.roles)) return [];
  return [...new Set<Role>([...OPERATIONAL_ROLES, ...actor.roles])];
}

/** What an actor is made of: a staff account and the unit it belongs to. */
export interface StaffAccount {
  id: number;
  username: string;
  roles: Role[];
  orgId: number;
  orgPath: string;
}

/** The actor a signed-in staff account acts as: its roles, and its unit's subtree as its scope. */
export function actorOf(user: StaffAccount): Actor {
  return { userId: user.id, username: user.username, roles: user.roles, orgId: user.orgId, scope: { rootOrgId: user.orgId, rootPath: user.orgPath } };
}

export const signInMessages = {
  notLoggedIn: '请先登录',
  sessionExpired: '登录已过期，请重新登录',
};

/** The signed-in actor, or a 401: "expired" when a session was presented but no longer holds. */
export function requireSignedIn(actor: Actor | null, presentedSession: boolean): Actor {
  if (!actor) throw new UnauthenticatedError('NOT_LOGGED_IN', presentedSession ? signInMessages.sessionExpired : signInMessages.notLoggedIn);
  return actor;
}

/**
 * A campaign applies to the subtree of the unit that defines it, so a user sees those of their own
 * unit and its ancestors (a county's 民族团结教育月 reaches its villages) and those inside their subtree.
 */
export function canSeeCampaign(actor: Actor, orgPath: string): boolean {
  return inScope(actor, orgPath) || isInSubtree(actor.scope.rootPath, orgPath);
}
