import type { Role } from '../contracts/account.contract.js';
import { ForbiddenError } from './errors.js';
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

export function hasRole(actor: Actor, role: Role): boolean {
  return actor.roles.includes(role);
}

export function requireRole(actor: Actor, role: Role, what: string): void {
  if (!hasRole(actor, role)) {
    throw new ForbiddenError('ROLE_REQUIRED', `您没有${what}的权限`);
  }
}

export function inScope(actor: Actor, path: string): boolean {
  return isInSubtree(path, actor.scope.rootPath);
}

const OPERATIONAL_ROLES: Role[] = ['clerk', 'reviewer', 'inspector', 'viewer'];

/**
 * Roles an actor may hand out: an admin manages the operational roles of their subtree, plus any
 * role they hold themselves. Reach is bounded by the subtree, so an admin can never create an
 * admin above their own level.
 */
export function grantableRoles(actor: Actor): Role[] {
  if (!hasRole(actor, 'admin')) return [];
  return [...new Set<Role>([...OPERATIONAL_ROLES, ...actor.roles])];
}

/**
 * A campaign applies to the subtree of the unit that defines it, so a user sees those of their own
 * unit and its ancestors (a county's 民族团结教育月 reaches its villages) and those inside their subtree.
 */
export function canSeeCampaign(actor: Actor, orgPath: string): boolean {
  return inScope(actor, orgPath) || isInSubtree(actor.scope.rootPath, orgPath);
}
