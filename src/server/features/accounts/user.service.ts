import { ROLE_LABELS, type CreateUserBody, type ListUsersQuery, type Role, type UpdateUserBody, type User } from '../../../contracts/account.contract.js';
import { canAdminister, grantableRoles, inScope, requirePermission, type Actor, type RequestMeta } from '../../../domain/access.js';
import { ConflictError, ForbiddenError, NotFoundError } from '../../../domain/errors.js';
import { usernameKeys } from '../../../domain/login-throttle.js';
import type { AuditStore } from '../audit/audit.types.js';
import { getOrgInScope } from '../orgs/org.service.js';
import type { OrgStore } from '../orgs/org.types.js';
import type { Transactor } from '../transactor.js';
import { accountMessages as m } from './account.messages.js';
import type { SessionStore, ThrottleStore, UserRecord, UserStore } from './account.types.js';
import { generatePassword, hashPassword } from './password.js';

export interface UserStores {
  users: UserStore;
  sessions: SessionStore;
  throttle: ThrottleStore;
  orgs: OrgStore;
  audit: AuditStore;
}

export function toUser(u: UserRecord): User {
  return {
    id: u.id,
    username: u.username,
    displayName: u.displayName,
    orgId: u.orgId,
    orgName: u.orgName,
    roles: u.roles,
    active: u.active,
    mustChangePassword: u.mustChangePassword,
    lastLoginAt: u.lastLoginAt,
    createdAt: u.createdAt,
  };
}

function auditView(u: UserRecord) {
  return { username: u.username, displayName: u.displayName, orgId: u.orgId, roles: u.roles, active: u.active };
}

async function clearLoginFailures(throttle: ThrottleStore, username: string) {
  const keys = usernameKeys(username);
  await throttle.clear(keys.exact);
  await throttle.clearPrefix(keys.prefix);
}

/** Staff accounts of the caller's subtree; only admins manage them. */
export class UserService {
  constructor(
    private readonly stores: UserStores,
    private readonly transact: Transactor<UserStores>,
  ) {}

  async getInScope(actor: Actor, id: number, stores: UserStores = this.stores): Promise<UserRecord> {
    const user = await stores.users.findById(id);
    if (!user || !inScope(actor, user.orgPath)) throw new NotFoundError('USER_NOT_FOUND', m.userNotFound);
    return user;
  }

  async list(actor: Actor, q: ListUsersQuery) {
    requirePermission(actor, canAdminister, m.manageUsers);
    const page = q.page ?? 1;
    const pageSize = q.pageSize ?? 20;
    let path = actor.scope.rootPath;
    let orgId: number | undefined;
    if (q.orgId !== undefined) {
      const org = await getOrgInScope(this.stores.orgs, actor, q.orgId, { pointer: '/query/orgId' });
      path = org.path;
      if (q.includeDescendants !== 'true') orgId = org.id;
    }
    const { items, total } = await this.stores.users.list({
      path,
      ...(orgId !== undefined && { orgId }),
      ...(q.q && { text: q.q }),
      includeInactive: q.includeInactive === 'true',
      offset: (page - 1) * pageSize,
      limit: pageSize,
    });
    return { items: items.map(toUser), total, page, pageSize };
  }

  async get(actor: Actor, id: number): Promise<UserRecord> {
    requirePermission(actor, canAdminister, m.manageUsers);
    return this.getInScope(actor, id);
  }

  /** `mustChangePassword` defaults to true: whoever set the password is not the account's owner. */
  async create(actor: Actor, body: CreateUserBody, meta: RequestMeta & { mustChangePassword?: boolean } = {}): Promise<UserRecord> {
    requirePermission(actor, canAdminister, m.manageUsers);
    this.assertGrantable(actor, body.roles);
    const passwordHash = await hashPassword(body.password);
    return this.transact(async (s) => {
      const org = await getOrgInScope(s.orgs, actor, body.orgId, { pointer: '/body/orgId' });
      if (!org.active) throw new ConflictError('ORG_INACTIVE', m.orgInactive, [{ pointer: '/body/orgId', message: m.orgInactive }]);
      if (await s.users.findByUsername(body.username)) {
        throw new ConflictError('USERNAME_TAKEN', m.usernameTaken(body.username), [{ pointer: '/body/username', message: m.usernameTaken(body.username) }]);
      }
      const id = await s.users.insert(
        {
          username: body.username,
          displayName: body.displayName,
          orgId: org.id,
          roles: body.roles,
          passwordHash,
          mustChangePassword: meta.mustChangePassword ?? true,
        },
        new Date().toISOString(),
      );
      const user = (await s.users.findById(id))!;
      await s.audit.record({
        userId: actor.userId,
        action: 'user.create',
        entity: 'app_user',
        entityId: id,
        orgUnitId: org.id,
        after: auditView(user),
        requestId: meta.requestId ?? null,
      });
      return user;
    });
  }

  async update(actor: Actor, id: number, body: UpdateUserBody, meta: RequestMeta = {}): Promise<UserRecord> {
    requirePermission(actor, canAdminister, m.manageUsers);
    return this.transact(async (s) => {
      const user = await this.getInScope(actor, id, s);
      const self = user.id === actor.userId;
      if (self && (body.active === false || body.roles !== undefined || (body.orgId !== undefined && body.orgId !== user.orgId))) {
        throw new ForbiddenError('USER_SELF_EDIT', m.notSelf);
      }
      if (body.roles) {
        // Removing a role the actor could not grant is as much an escalation as adding one.
        const changed = [...body.roles.filter((r) => !user.roles.includes(r)), ...user.roles.filter((r) => !body.roles!.includes(r))];
        this.assertGrantable(actor, changed);
      }
      if (body.orgId !== undefined && body.orgId !== user.orgId) {
        const org = await getOrgInScope(s.orgs, actor, body.orgId, { pointer: '/body/orgId' });
        if (!org.active) throw new ConflictError('ORG_INACTIVE', m.orgInactive, [{ pointer: '/body/orgId', message: m.orgInactive }]);
      }
      const now = new Date().toISOString();
      await s.users.update(
        user.id,
        {
          ...(body.displayName !== undefined && { displayName: body.displayName }),
          ...(body.orgId !== undefined && { orgId: body.orgId }),
          ...(body.active !== undefined && { active: body.active }),
        },
        now,
      );
      if (body.roles) await s.users.setRoles(user.id, body.roles);
      // A disabled account, or one moved to another unit, must not keep using its old sessions.
      if (body.active === false || (body.orgId !== undefined && body.orgId !== user.orgId) || body.roles) {
        await s.sessions.removeForUser(user.id);
      }
      const after = (await s.users.findById(user.id))!;
      await s.audit.record({
        userId: actor.userId,
        action: 'user.update',
        entity: 'app_user',
        entityId: user.id,
        orgUnitId: after.orgId,
        before: auditView(user),
        after: auditView(after),
        requestId: meta.requestId ?? null,
      });
      return after;
    });
  }

  /**
   * Lifts the login throttle of a user (their failures from every address), for an owner slowed by
   * someone else's guessing or their own. Failures counted against an address stay.
   */
  async unlock(actor: Actor, id: number, meta: RequestMeta = {}): Promise<void> {
    requirePermission(actor, canAdminister, m.manageUsers);
    await this.transact(async (s) => {
      const user = await this.getInScope(actor, id, s);
      await clearLoginFailures(s.throttle, user.username);
      await s.audit.record({
        userId: actor.userId,
        action: 'user.unlock',
        entity: 'app_user',
        entityId: user.id,
        orgUnitId: user.orgId,
        requestId: meta.requestId ?? null,
      });
    });
  }

  /** Sets a new password (generated unless given), forces a change at next login, ends all sessions, lifts the login throttle. */
  async resetPassword(actor: Actor, id: number, password: string | undefined, meta: RequestMeta & { mustChangePassword?: boolean } = {}): Promise<string> {
    requirePermission(actor, canAdminister, m.manageUsers);
    const plain = password ?? generatePassword();
    const hash = await hashPassword(plain);
    await this.transact(async (s) => {
      const user = await this.getInScope(actor, id, s);
      await s.users.setPassword(user.id, hash, meta.mustChangePassword ?? true, new Date().toISOString());
      await s.sessions.removeForUser(user.id);
      await clearLoginFailures(s.throttle, user.username);
      await s.audit.record({
        userId: actor.userId,
        action: 'user.reset_password',
        entity: 'app_user',
        entityId: user.id,
        orgUnitId: user.orgId,
        requestId: meta.requestId ?? null,
      });
    });
    return plain;
  }

  private assertGrantable(actor: Actor, roles: Role[]) {
    const allowed = grantableRoles(actor);
    const refused = roles.filter((r) => !allowed.includes(r));
    if (refused.length > 0) {
      const msg = m.cannotGrant(refused.map((r) => ROLE_LABELS[r]).join('、'));
      throw new ForbiddenError('ROLE_NOT_GRANTABLE', msg, [{ pointer: '/body/roles', message: msg }]);
    }
  }
}
