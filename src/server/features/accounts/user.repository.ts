import { sql, type Kysely } from 'kysely';
import type { Role } from '../../../contracts/account.contract.js';
import { subtreeUpperBound } from '../../../domain/org-path.js';
import { fromDbBool, toDbBool } from '../../db/columns.js';
import type { Database } from '../../db/schema.js';
import { containsText } from '../../db/text-search.js';
import type { NewUser, UserListFilter, UserPatch, UserRecord, UserStore } from './account.types.js';

export class UserRepository implements UserStore {
  constructor(private readonly db: Kysely<Database>) {}

  private base() {
    return this.db
      .selectFrom('app_user as u')
      .innerJoin('org_unit as o', 'o.id', 'u.org_unit_id')
      .select([
        'u.id',
        'u.username',
        'u.display_name',
        'u.org_unit_id',
        'u.active',
        'u.must_change_password',
        'u.last_login_at',
        'u.created_at',
        'o.name as org_name',
        'o.kind as org_kind',
        'o.path as org_path',
        'o.active as org_active',
      ]);
  }

  private async withRoles(rows: Awaited<ReturnType<ReturnType<UserRepository['base']>['execute']>>): Promise<UserRecord[]> {
    if (rows.length === 0) return [];
    const roleRows = await this.db
      .selectFrom('user_role')
      .select(['user_id', 'role'])
      .where(
        'user_id',
        'in',
        rows.map((r) => r.id),
      )
      .execute();
    const roles = new Map<number, Role[]>();
    for (const r of roleRows) roles.set(r.user_id, [...(roles.get(r.user_id) ?? []), r.role as Role]);
    return rows.map((r) => ({
      id: r.id,
      username: r.username,
      displayName: r.display_name,
      orgId: r.org_unit_id,
      orgName: r.org_name,
      orgKind: r.org_kind,
      orgPath: r.org_path,
      orgActive: fromDbBool(r.org_active),
      roles: (roles.get(r.id) ?? []).sort(),
      active: fromDbBool(r.active),
      mustChangePassword: fromDbBool(r.must_change_password),
      lastLoginAt: r.last_login_at,
      createdAt: r.created_at,
    }));
  }

  async findById(id: number) {
    return (await this.withRoles(await this.base().where('u.id', '=', id).execute()))[0];
  }

  async findByUsername(username: string) {
    // Usernames are matched case-insensitively: `Admin` and `admin` are one account.
    const rows = await this.base()
      .where(sql<string>`lower(u.username)`, '=', username.toLowerCase())
      .execute();
    return (await this.withRoles(rows))[0];
  }

  async findPasswordHash(id: number) {
    const r = await this.db.selectFrom('app_user').select('password_hash').where('id', '=', id).executeTakeFirst();
    return r?.password_hash;
  }

  async list(f: UserListFilter) {
    const filtered = this.base()
      .where('o.path', '>=', f.path)
      .where('o.path', '<', subtreeUpperBound(f.path))
      .$if(f.orgId !== undefined, (q) => q.where('u.org_unit_id', '=', f.orgId!))
      .$if(!f.includeInactive, (q) => q.where('u.active', '=', 1))
      .$if(!!f.text, (q) => q.where((eb) => eb.or([containsText(sql.ref('u.username'), f.text!), containsText(sql.ref('u.display_name'), f.text!)])));
    const [rows, count] = await Promise.all([
      filtered.orderBy('o.path').orderBy('u.username').offset(f.offset).limit(f.limit).execute(),
      filtered
        .clearSelect()
        .select((eb) => eb.fn.countAll<number>().as('n'))
        .executeTakeFirstOrThrow(),
    ]);
    return { items: await this.withRoles(rows), total: Number(count.n) };
  }

  async insert(user: NewUser, now: string) {
    const { id } = await this.db
      .insertInto('app_user')
      .values({
        username: user.username,
        display_name: user.displayName,
        org_unit_id: user.orgId,
        password_hash: user.passwordHash,
        active: 1,
        must_change_password: toDbBool(user.mustChangePassword),
        last_login_at: null,
        created_at: now,
        updated_at: now,
      })
      .returning('id')
      .executeTakeFirstOrThrow();
    await this.setRoles(id, user.roles);
    return id;
  }

  async update(id: number, patch: UserPatch, now: string) {
    await this.db
      .updateTable('app_user')
      .set({
        ...(patch.displayName !== undefined && { display_name: patch.displayName }),
        ...(patch.orgId !== undefined && { org_unit_id: patch.orgId }),
        ...(patch.active !== undefined && { active: toDbBool(patch.active) }),
        updated_at: now,
      })
      .where('id', '=', id)
      .execute();
  }

  async setRoles(id: number, roles: Role[]) {
    await this.db.deleteFrom('user_role').where('user_id', '=', id).execute();
    if (roles.length > 0) {
      await this.db
        .insertInto('user_role')
        .values([...new Set(roles)].map((role) => ({ user_id: id, role })))
        .execute();
    }
  }

  async setPassword(id: number, passwordHash: string, mustChange: boolean, now: string) {
    await this.db
      .updateTable('app_user')
      .set({ password_hash: passwordHash, must_change_password: toDbBool(mustChange), updated_at: now })
      .where('id', '=', id)
      .execute();
  }

  async markLogin(id: number, now: string) {
    await this.db.updateTable('app_user').set({ last_login_at: now }).where('id', '=', id).execute();
  }
}
