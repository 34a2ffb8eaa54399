import { describe, it, expect, beforeAll, afterAll } from 'vitest';
import { createTestApp, cookieOf, DEMO_PASSWORD, problemOf, type TestApp } from '../../../../test-support/app.js';
import { DIALECTS } from '../../../../test-support/databases.js';

const DEMO_USERNAMES = ['admin', 'viewer', 't1-admin', 't1-clerk', 't2-admin', 't2-clerk'];

interface UserBody {
  id: number;
  username: string;
  displayName: string;
  orgId: number;
  orgName: string;
  roles: string[];
  active: boolean;
  mustChangePassword: boolean;
}

for (const dialect of DIALECTS) {
  describe(`user administration (${dialect})`, () => {
    let t: TestApp;
    let admin: string;
    let t1Admin: string;

    beforeAll(async () => {
      t = await createTestApp(dialect);
      admin = await t.login('admin');
      t1Admin = await t.login('t1-admin');
    });
    afterAll(async () => {
      await t?.close();
    });

    const db = () => t.container.database.db;
    const userCount = async () =>
      Number(
        (
          await db()
            .selectFrom('app_user')
            .select((eb) => eb.fn.countAll().as('n'))
            .executeTakeFirstOrThrow()
        ).n,
      );
    const idOf = async (username: string) => (await t.container.stores.users.findByUsername(username))!.id;

    function get(cookie: string, url: string) {
      return t.app.inject({ method: 'GET', url, headers: { cookie } });
    }
    function send(cookie: string, method: 'POST' | 'PATCH', url: string, payload?: object) {
      return t.app.inject({ method, url, headers: { cookie }, ...(payload !== undefined && { payload }) });
    }
    function login(username: string, password: string) {
      return t.app.inject({ method: 'POST', url: '/api/session', payload: { username, password } });
    }
    async function createAs(cookie: string, body: { username: string; orgId: number; roles?: string[]; password?: string; displayName?: string }) {
      return send(cookie, 'POST', '/api/users', { displayName: '测试用户', roles: ['clerk'], password: 'initial-pass-1', ...body });
    }

    describe('as the county admin', () => {
      it('lists every active user of the county, the six demo accounts included', async () => {
        const res = await get(admin, '/api/users?pageSize=200');
        expect(res.statusCode).toBe(200);
        const page = res.json() as { items: UserBody[]; total: number };
        expect(page.items.map((u) => u.username)).toEqual(expect.arrayContaining(DEMO_USERNAMES));
        const active = await db().selectFrom('app_user').select('username').where('active', '=', 1).execute();
        expect(page.total).toBe(active.length);
        expect(page.items).toHaveLength(active.length);
        // Password hashes never leave the server.
        expect(res.body).not.toMatch(/argon2|passwordHash|password_hash/i);
      });

      it('creates a user in a village of 城关镇, who must change the password and can log in', async () => {
        const orgId = await t.orgId('示例县', '城关镇', '向阳村');
        const res = await createAs(admin, { username: 'new-clerk', displayName: '向阳村填报员', orgId, password: 'first-pass-1' });
        expect(res.statusCode).toBe(201);
        const user = res.json() as UserBody;
        expect(user).toMatchObject({
          username: 'new-clerk',
          displayName: '向阳村填报员',
          orgId,
          orgName: '向阳村',
          roles: ['clerk'],
          active: true,
          mustChangePassword: true,
        });

        const fetched = await get(admin, `/api/users/${user.id}`);
        expect(fetched.statusCode).toBe(200);
        expect(fetched.json().username).toBe('new-clerk');

        const loggedIn = await login('new-clerk', 'first-pass-1');
        expect(loggedIn.statusCode).toBe(200);
        expect(loggedIn.json().user.mustChangePassword).toBe(true);
      });

      it('answers 409 with a field error on username for a name already taken in another case', async () => {
        const before = await userCount();
        const res = await createAs(admin, { username: 'T1-Clerk', orgId: await t.orgId('示例县', '城关镇') });
        expect(res.statusCode).toBe(409);
        const p = problemOf(res);
        expect(p.code).toBe('USERNAME_TAKEN');
        expect(p.errors?.map((e) => e.pointer)).toEqual(['/body/username']);
        expect(p.errors?.[0]?.message).toContain('已被使用');
        expect(await userCount()).toBe(before);
      });

      it('answers 400 listing every invalid field at once, and writes nothing', async () => {
        const before = await userCount();
        const res = await send(admin, 'POST', '/api/users', { username: 'x', displayName: '长'.repeat(33), orgId: 'abc', roles: 'clerk' });
        expect(res.statusCode).toBe(400);
        const p = problemOf(res);
        expect(p.code).toBe('VALIDATION_FAILED');
        const pointers = p.errors?.map((e) => e.pointer) ?? [];
        expect(pointers).toEqual(expect.arrayContaining(['/body/username', '/body/displayName', '/body/orgId', '/body/roles', '/body/password']));
        // Messages are for users, so they are Chinese.
        for (const e of p.errors ?? []) expect(e.message, e.pointer).toMatch(/[\u4e00-\u9fff]/);
        expect(p.errors?.find((e) => e.pointer === '/body/displayName')?.message).toBe('姓名不能超过32个字');
        expect(await userCount()).toBe(before);
      });

      it('answers 400 for an unknown role and an empty role list', async () => {
        const orgId = await t.orgId('示例县', '城关镇');
        const unknown = await createAs(admin, { username: 'bad-role', orgId, roles: ['superuser'] });
        expect(unknown.statusCode).toBe(400);
        expect(problemOf(unknown).errors?.[0]?.pointer).toMatch(/^\/body\/roles/);
        const empty = await createAs(admin, { username: 'no-role', orgId, roles: [] });
        expect(empty.statusCode).toBe(400);
        expect(problemOf(empty).errors).toEqual([{ pointer: '/body/roles', message: '请至少选择一个角色' }]);
        expect(await t.container.stores.users.findByUsername('bad-role')).toBeUndefined();
        expect(await t.container.stores.users.findByUsername('no-role')).toBeUndefined();
      });

      it('answers 404 for a user id that does not exist', async () => {
        const res = await get(admin, '/api/users/999999');
        expect(res.statusCode).toBe(404);
        expect(problemOf(res).code).toBe('USER_NOT_FOUND');
      });

      it('records who created and who changed a user in the audit log', async () => {
        const adminId = await idOf('admin');
        const created = await createAs(admin, { username: 'audited', orgId: await t.orgId('示例县', '河口镇') });
        expect(created.statusCode).toBe(201);
        const id = (created.json() as UserBody).id;
        expect((await send(admin, 'PATCH', `/api/users/${id}`, { displayName: '改过的名字' })).statusCode).toBe(200);

        const rows = await db()
          .selectFrom('audit_log')
          .selectAll()
          .where('entity', '=', 'app_user')
          .where('entity_id', '=', String(id))
          .orderBy('id')
          .execute();
        expect(rows.map((r) => [r.action, r.user_id])).toEqual([
          ['user.create', adminId],
          ['user.update', adminId],
        ]);
        expect(JSON.parse(rows[1]!.before_json!)).toMatchObject({ displayName: '测试用户' });
        expect(JSON.parse(rows[1]!.after_json!)).toMatchObject({ displayName: '改过的名字' });
        // No secret reaches the log.
        expect(rows.map((r) => `${r.before_json} ${r.after_json}`).join(' ')).not.toMatch(/password|argon2|initial-pass-1/i);
      });
    });

    describe('self-protection', () => {
      it('refuses to let an admin disable themselves', async () => {
        const res = await send(admin, 'PATCH', `/api/users/${await idOf('admin')}`, { active: false });
        expect(res.statusCode).toBe(403);
        expect(problemOf(res).code).toBe('USER_SELF_EDIT');
        expect((await get(admin, '/api/me')).statusCode).toBe(200);
        expect((await t.container.stores.users.findByUsername('admin'))!.active).toBe(true);
      });

      it('refuses to let an admin change their own roles', async () => {
        const res = await send(admin, 'PATCH', `/api/users/${await idOf('admin')}`, { roles: ['admin'] });
        expect(res.statusCode).toBe(403);
        expect(problemOf(res).code).toBe('USER_SELF_EDIT');
        expect((await t.container.stores.users.findByUsername('admin'))!.roles).toEqual(['admin', 'reviewer']);
      });

      it('lets an admin correct their own display name', async () => {
        const res = await send(t1Admin, 'PATCH', `/api/users/${await idOf('t1-admin')}`, { displayName: '城关镇管理员' });
        expect(res.statusCode).toBe(200);
        expect((await get(t1Admin, '/api/me')).statusCode).toBe(200);
      });
    });

    describe('disabling and resetting', () => {
      it("ends a disabled user's sessions and keeps them from logging in", async () => {
        const created = await createAs(admin, { username: 'to-disable', orgId: await t.orgId('示例县', '城关镇'), password: 'their-pass-1' });
        const id = (created.json() as UserBody).id;
        const theirs = cookieOf(await login('to-disable', 'their-pass-1'));
        expect((await get(theirs, '/api/me')).statusCode).toBe(200);

        const res = await send(admin, 'PATCH', `/api/users/${id}`, { active: false });
        expect(res.statusCode).toBe(200);
        expect(res.json().active).toBe(false);

        const me = await get(theirs, '/api/me');
        expect(me.statusCode).toBe(401);
        problemOf(me);
        const again = await login('to-disable', 'their-pass-1');
        expect(again.statusCode).toBe(401);
        expect(problemOf(again).code).toBe('ACCOUNT_DISABLED');

        // Hidden from the default list, shown when inactive users are asked for.
        const list = (await get(admin, '/api/users?pageSize=200')).json() as { items: UserBody[] };
        expect(list.items.map((u) => u.username)).not.toContain('to-disable');
        const all = (await get(admin, '/api/users?pageSize=200&includeInactive=true')).json() as { items: UserBody[] };
        expect(all.items.map((u) => u.username)).toContain('to-disable');
      });

      it('resets a password to a generated one, ends old sessions and forces a change at next login', async () => {
        const created = await createAs(admin, { username: 'to-reset', orgId: await t.orgId('示例县', '城关镇'), password: 'their-pass-1' });
        const id = (created.json() as UserBody).id;
        const theirs = cookieOf(await login('to-reset', 'their-pass-1'));

        const res = await send(admin, 'POST', `/api/users/${id}/reset-password`);
        expect(res.statusCode).toBe(200);
        const { password } = res.json() as { password: string };
        expect(password.length).toBeGreaterThanOrEqual(12);

        expect((await get(theirs, '/api/me')).statusCode).toBe(401);
        expect((await login('to-reset', 'their-pass-1')).statusCode).toBe(401);
        const fresh = await login('to-reset', password);
        expect(fresh.statusCode).toBe(200);
        expect(fresh.json().user.mustChangePassword).toBe(true);

        const audit = await db()
          .selectFrom('audit_log')
          .select(['action', 'user_id'])
          .where('entity_id', '=', String(id))
          .where('action', '=', 'user.reset_password')
          .execute();
        expect(audit).toEqual([{ action: 'user.reset_password', user_id: await idOf('admin') }]);
      });

      it('generates a different password on every reset', async () => {
        const id = (await createAs(admin, { username: 'reset-twice', orgId: await t.orgId('示例县', '城关镇') })).json().id as number;
        const first = (await send(admin, 'POST', `/api/users/${id}/reset-password`, {})).json().password as string;
        const second = (await send(admin, 'POST', `/api/users/${id}/reset-password`, {})).json().password as string;
        expect(first).not.toBe(second);
        expect((await login('reset-twice', first)).statusCode).toBe(401);
        expect((await login('reset-twice', second)).statusCode).toBe(200);
      });
    });

    describe('as a township admin (城关镇)', () => {
      it("lists only users of their own subtree, never another township's", async () => {
        const res = await get(t1Admin, '/api/users?pageSize=200');
        expect(res.statusCode).toBe(200);
        const page = res.json() as { items: UserBody[]; total: number };
        const names = page.items.map((u) => u.username);
        expect(names).toEqual(expect.arrayContaining(['t1-admin', 't1-clerk']));
        for (const other of ['admin', 'viewer', 't2-admin', 't2-clerk']) expect(names).not.toContain(other);

        const chengguan = await t.container.stores.orgs.findById(await t.orgId('示例县', '城关镇'));
        for (const u of page.items) {
          const org = await t.container.stores.orgs.findById(u.orgId);
          expect(org!.path.startsWith(chengguan!.path), `${u.username} in ${u.orgName}`).toBe(true);
        }
        expect(page.total).toBe(page.items.length);
      });

      it("answers 404 for a user outside the admin's subtree", async () => {
        const res = await get(t1Admin, `/api/users/${await idOf('t2-clerk')}`);
        expect(res.statusCode).toBe(404);
        const p = problemOf(res);
        expect(p.code).toBe('USER_NOT_FOUND');
        expect(p.detail).toBe('用户不存在，或不在您的管辖范围内');
      });

      it('answers 404 to changing or disabling a user outside the subtree, and changes nothing', async () => {
        const id = await idOf('t2-clerk');
        const res = await send(t1Admin, 'PATCH', `/api/users/${id}`, { active: false, displayName: '越权修改' });
        expect(res.statusCode).toBe(404);
        expect(problemOf(res).code).toBe('USER_NOT_FOUND');
        const after = (await t.container.stores.users.findById(id))!;
        expect(after).toMatchObject({ active: true, displayName: '和平村填报员' });
      });

      it('answers 404 to resetting the password of a user outside the subtree, and the old password keeps working', async () => {
        const res = await send(t1Admin, 'POST', `/api/users/${await idOf('t2-clerk')}/reset-password`, {});
        expect(res.statusCode).toBe(404);
        expect(problemOf(res).code).toBe('USER_NOT_FOUND');
        expect(res.body).not.toMatch(/"password"/);
        expect((await login('t2-clerk', DEMO_PASSWORD)).statusCode).toBe(200);
      });

      it('answers 404 with a field error on orgId when creating a user in another township', async () => {
        const before = await userCount();
        const res = await createAs(t1Admin, { username: 'cross-town', orgId: await t.orgId('示例县', '河口镇', '和平村') });
        expect(res.statusCode).toBe(404);
        const p = problemOf(res);
        expect(p.code).toBe('ORG_NOT_FOUND');
        expect(p.errors?.map((e) => e.pointer)).toEqual(['/body/orgId']);
        expect(await userCount()).toBe(before);
      });

      it('answers 404 when creating a user at the county, above their own level', async () => {
        const before = await userCount();
        const res = await createAs(t1Admin, { username: 'above-me', orgId: await t.orgId('示例县'), roles: ['admin'] });
        expect(res.statusCode).toBe(404);
        expect(problemOf(res).errors?.map((e) => e.pointer)).toEqual(['/body/orgId']);
        expect(await userCount()).toBe(before);
      });

      it('answers 404 when moving one of their users to another township', async () => {
        const id = await idOf('t1-clerk');
        const res = await send(t1Admin, 'PATCH', `/api/users/${id}`, { orgId: await t.orgId('示例县', '河口镇') });
        expect(res.statusCode).toBe(404);
        expect(problemOf(res).errors?.map((e) => e.pointer)).toEqual(['/body/orgId']);
        expect((await t.container.stores.users.findById(id))!.orgName).toBe('东风村');
      });

      it('may create an admin for a village inside their subtree', async () => {
        const orgId = await t.orgId('示例县', '城关镇', '团结村');
        const res = await createAs(t1Admin, { username: 'village-admin', orgId, roles: ['admin'] });
        expect(res.statusCode).toBe(201);
        expect(res.json()).toMatchObject({ username: 'village-admin', orgName: '团结村', roles: ['admin'] });
        const audit = await db()
          .selectFrom('audit_log')
          .select('user_id')
          .where('action', '=', 'user.create')
          .where('entity_id', '=', String(res.json().id))
          .execute();
        expect(audit).toEqual([{ user_id: await idOf('t1-admin') }]);
      });
    });

    describe('as a non-admin', () => {
      it('answers 403 to a clerk listing users', async () => {
        const clerk = await t.login('t1-clerk');
        const res = await get(clerk, '/api/users');
        expect(res.statusCode).toBe(403);
        const p = problemOf(res);
        expect(p.code).toBe('ROLE_REQUIRED');
        expect(p.detail).toBe('您没有管理用户的权限');
      });

      it('answers 403 to a clerk or a viewer creating a user, and writes nothing', async () => {
        const before = await userCount();
        for (const username of ['t1-clerk', 'viewer']) {
          const cookie = await t.login(username);
          const res = await createAs(cookie, { username: `made-by-${username}`, orgId: await t.orgId('示例县', '城关镇', '东风村') });
          expect(res.statusCode, username).toBe(403);
          expect(problemOf(res).code).toBe('ROLE_REQUIRED');
        }
        expect(await userCount()).toBe(before);
      });

      it("answers 403 to a clerk resetting someone else's password", async () => {
        const clerk = await t.login('t1-clerk');
        const res = await send(clerk, 'POST', `/api/users/${await idOf('t1-admin')}/reset-password`, {});
        expect(res.statusCode).toBe(403);
        expect((await login('t1-admin', DEMO_PASSWORD)).statusCode).toBe(200);
      });

      it('answers 401 to anonymous requests', async () => {
        const res = await t.app.inject({ method: 'GET', url: '/api/users' });
        expect(res.statusCode).toBe(401);
        expect(problemOf(res).code).toBe('NOT_LOGGED_IN');
      });
    });
  });
}
