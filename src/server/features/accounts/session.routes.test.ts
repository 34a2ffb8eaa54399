import { describe, it, expect, beforeAll, afterAll } from 'vitest';
import type { LightMyRequestResponse } from 'fastify';
import type { Role } from '../../../contracts/account.contract.js';
import { systemActor } from '../../../domain/access.js';
import { openDatabase } from '../../db/database.js';
import { buildTestAppOn, cookieOf, createTestApp, DEMO_PASSWORD, problemOf, type TestApp } from '../../../../test-support/app.js';
import { DIALECTS } from '../../../../test-support/databases.js';

// inject() sends Host `localhost:80`, so this is the request's own origin.
const OWN_ORIGIN = 'http://localhost:80';

for (const dialect of DIALECTS) {
  describe(`sessions (${dialect})`, () => {
    let t: TestApp;
    // Every failure test gets its own client address, so the per-IP counter of one test never spills into another.
    let nextIp = 1;
    const freshIp = () => `10.1.0.${nextIp++}`;

    beforeAll(async () => {
      t = await createTestApp(dialect);
    });
    afterAll(async () => {
      if (!t) return;
      await t.app.close();
      await t.container.database.close();
      // pg-pool's end() resolves before its sockets have closed; with two pools on this database a
      // DROP ... WITH (FORCE) can then kill a closing connection, which surfaces as an uncaught error.
      await t.database.drop();
    });

    function login(username: string, password: string, ip = '127.0.0.1') {
      return t.app.inject({ method: 'POST', url: '/api/session', payload: { username, password }, remoteAddress: ip });
    }
    function me(cookie: string) {
      return t.app.inject({ method: 'GET', url: '/api/me', headers: { cookie } });
    }
    /** A throwaway staff account of 城关镇, so tests that lock, disable or re-password never touch the demo accounts. */
    async function makeUser(username: string, password: string, roles: Role[] = ['clerk']) {
      const orgId = await t.orgId('示例县', '城关镇');
      return t.container.users.create(systemActor(), { username, displayName: username, orgId, roles, password }, { mustChangePassword: false });
    }
    function setCookieHeader(res: LightMyRequestResponse): string {
      const set = res.headers['set-cookie'];
      const found = (Array.isArray(set) ? set : [set]).find((c) => c?.startsWith('shiliu_session='));
      if (!found) throw new Error('no session cookie set');
      return found;
    }

    describe('login and logout', () => {
      it('logs in with the right password and sets an HttpOnly, SameSite=Lax session cookie for the whole site', async () => {
        const res = await login('t1-clerk', DEMO_PASSWORD);
        expect(res.statusCode).toBe(200);
        const body = res.json();
        expect(body.user.username).toBe('t1-clerk');
        expect(body.org.name).toBe('东风村');
        const cookie = setCookieHeader(res);
        expect(cookie).toMatch(/;\s*HttpOnly/i);
        expect(cookie).toMatch(/;\s*SameSite=Lax/i);
        expect(cookie).toMatch(/;\s*Path=\/(;|$)/);
        expect(cookie).toMatch(/;\s*Expires=/i);
      });

      it('does not mark the cookie Secure on a plain-HTTP install', async () => {
        const res = await login('viewer', DEMO_PASSWORD);
        expect(res.statusCode).toBe(200);
        expect(setCookieHeader(res)).not.toMatch(/;\s*Secure/i);
      });

      it('answers GET /api/me with the signed-in user and their unit', async () => {
        const cookie = await t.login('t1-admin');
        const res = await me(cookie);
        expect(res.statusCode).toBe(200);
        const body = res.json();
        expect(body.user).toMatchObject({ username: 't1-admin', active: true });
        expect(body.user.roles).toContain('admin');
        expect(body.org).toMatchObject({ name: '城关镇', kind: 'township' });
      });

      it('answers 401 problem on GET /api/me without a session cookie', async () => {
        const res = await t.app.inject({ method: 'GET', url: '/api/me' });
        expect(res.statusCode).toBe(401);
        const p = problemOf(res);
        expect(p.code).toBe('NOT_LOGGED_IN');
        expect(p.detail).toBe('请先登录');
      });

      it('answers 401 for a made-up session token', async () => {
        const res = await me('shiliu_session=not-a-real-token');
        expect(res.statusCode).toBe(401);
        expect(problemOf(res).code).toBe('NOT_LOGGED_IN');
      });

      it('ends the session on logout, so the old cookie no longer works', async () => {
        const cookie = await t.login('t2-clerk');
        expect((await me(cookie)).statusCode).toBe(200);
        const out = await t.app.inject({ method: 'DELETE', url: '/api/session', headers: { cookie } });
        expect(out.statusCode).toBe(204);
        // The browser is told to drop the cookie.
        expect(setCookieHeader(out)).toMatch(/shiliu_session=;.*Expires=Thu, 01 Jan 1970/i);
        const after = await me(cookie);
        expect(after.statusCode).toBe(401);
        expect(problemOf(after).detail).toBe('登录已过期，请重新登录');
      });

      it('answers 401 with a Chinese message for a wrong password', async () => {
        await makeUser('wrong-pw', 'right-pass-1');
        const res = await login('wrong-pw', 'not-the-password', freshIp());
        expect(res.statusCode).toBe(401);
        const p = problemOf(res);
        expect(p.code).toBe('LOGIN_FAILED');
        expect(p.detail).toBe('用户名或密码错误，还可再试4次');
        expect(res.headers['set-cookie']).toBeUndefined();
      });

      it('answers an unknown username exactly like a wrong password, so accounts cannot be enumerated', async () => {
        await makeUser('known-user', 'right-pass-1');
        const unknown = problemOf(await login('no-such-user', 'whatever-123', freshIp()));
        const wrong = problemOf(await login('known-user', 'whatever-123', freshIp()));
        expect(unknown.status).toBe(401);
        const strip = ({ status, title, detail, code, errors }: typeof unknown) => ({ status, title, detail, code, errors });
        expect(strip(unknown)).toEqual(strip(wrong));
      });

      it('matches usernames case-insensitively', async () => {
        const res = await login('T1-Clerk', DEMO_PASSWORD);
        expect(res.statusCode).toBe(200);
        expect(res.json().user.username).toBe('t1-clerk');
      });

      it('tells a disabled user their account is off, but only after the right password', async () => {
        const user = await makeUser('off-user', 'right-pass-1');
        await t.container.stores.users.update(user.id, { active: false }, new Date().toISOString());

        const wrong = await login('off-user', 'wrong-pass-1', freshIp());
        expect(wrong.statusCode).toBe(401);
        expect(problemOf(wrong).detail).toMatch(/^用户名或密码错误，/);

        const right = await login('off-user', 'right-pass-1', freshIp());
        expect(right.statusCode).toBe(401);
        const p = problemOf(right);
        expect(p.code).toBe('ACCOUNT_DISABLED');
        expect(p.detail).toContain('账号已停用');
        expect(right.headers['set-cookie']).toBeUndefined();
      });

      it('answers 401 once the session has expired', async () => {
        const user = await makeUser('expiring', 'right-pass-1');
        const res = await login('expiring', 'right-pass-1');
        const cookie = cookieOf(res);
        expect((await me(cookie)).statusCode).toBe(200);
        await t.container.database.db
          .updateTable('session')
          .set({ expires_at: new Date(Date.now() - 60_000).toISOString() })
          .where('user_id', '=', user.id)
          .execute();
        const after = await me(cookie);
        expect(after.statusCode).toBe(401);
        expect(problemOf(after).detail).toBe('登录已过期，请重新登录');
      });
    });

    describe('login throttling', () => {
      it('holds a username back at one address after 5 failures: the 6th attempt answers 429 even with the right password', async () => {
        await makeUser('locked-one', 'right-pass-1');
        const ip = freshIp();
        for (let i = 1; i <= 5; i++) {
          const res = await login('locked-one', `wrong-pass-${i}`, ip);
          expect(res.statusCode, `attempt ${i}`).toBe(401);
        }
        const sixth = await login('locked-one', 'right-pass-1', ip);
        expect(sixth.statusCode).toBe(429);
        const p = problemOf(sixth);
        expect(p.code).toBe('LOGIN_THROTTLED');
        expect(p.detail).toMatch(/^登录失败次数过多，请\d+分钟后再试$/);
        const retryAfter = Number(sixth.headers['retry-after']);
        expect(retryAfter).toBeGreaterThan(0);
        expect(retryAfter).toBeLessThanOrEqual(15 * 60);
        expect(sixth.headers['set-cookie']).toBeUndefined();
      });

      it('does not lock other usernames from the same address after one username is locked', async () => {
        await makeUser('locked-three', 'right-pass-1');
        await makeUser('neighbour', 'right-pass-2');
        const ip = freshIp();
        for (let i = 1; i <= 5; i++) await login('locked-three', `wrong-pass-${i}`, ip);
        expect((await login('neighbour', 'right-pass-2', ip)).statusCode).toBe(200);
      });

      it('resets the failure count after a successful login', async () => {
        await makeUser('recovers', 'right-pass-1');
        const ip = freshIp();
        for (let i = 1; i <= 4; i++) await login('recovers', `wrong-pass-${i}`, ip);
        expect((await login('recovers', 'right-pass-1', ip)).statusCode).toBe(200);
        for (let i = 1; i <= 4; i++) expect((await login('recovers', `wrong-again-${i}`, ip)).statusCode).toBe(401);
        expect((await login('recovers', 'right-pass-1', ip)).statusCode).toBe(200);
      });

      it('forgets day-old failure counters at the next login but keeps live locks', async () => {
        const db = t.container.database.db;
        const old = new Date(Date.now() - 2 * 24 * 3600_000).toISOString();
        const future = new Date(Date.now() + 10 * 60_000).toISOString();
        await db
          .insertInto('login_throttle')
          .values([
            { key: 'ip:203.0.113.250', failures: 3, window_start: old, locked_until: null },
            { key: 'user:still-locked', failures: 0, window_start: old, locked_until: future },
          ])
          .execute();
        expect((await login('viewer', DEMO_PASSWORD, freshIp())).statusCode).toBe(200);
        const keys = (await db.selectFrom('login_throttle').select('key').execute()).map((r) => r.key);
        expect(keys).not.toContain('ip:203.0.113.250');
        expect(keys).toContain('user:still-locked');
      });

      it('locks an address after 30 failures across different usernames, without locking other addresses', async () => {
        const ip = freshIp();
        for (let i = 0; i < 30; i++) {
          const res = await login(`ghost-${i}`, 'whatever-123', ip);
          expect(res.statusCode, `attempt ${i + 1}`).toBe(401);
        }
        const blocked = await login('viewer', DEMO_PASSWORD, ip);
        expect(blocked.statusCode).toBe(429);
        expect(problemOf(blocked).detail).toMatch(/登录失败次数过多/);
        expect(Number(blocked.headers['retry-after'])).toBeGreaterThan(0);

        // `viewer` itself has no failures, so from another address it logs in.
        expect((await login('viewer', DEMO_PASSWORD, freshIp())).statusCode).toBe(200);
      });
    });

    describe('CSRF protection of cookie-authenticated writes', () => {
      let cookie: string;
      let targetId: number;
      const displayNameOf = async (id: number) => (await t.container.stores.users.findById(id))!.displayName;
      const userCount = async () =>
        Number(
          (
            await t.container.database.db
              .selectFrom('app_user')
              .select((eb) => eb.fn.countAll().as('n'))
              .executeTakeFirstOrThrow()
          ).n,
        );

      beforeAll(async () => {
        cookie = await t.login('admin');
        targetId = (await makeUser('csrf-target', 'right-pass-1')).id;
      });

      it('rejects a POST from a foreign Origin with 403 CSRF_REJECTED and writes nothing', async () => {
        const before = await userCount();
        const res = await t.app.inject({
          method: 'POST',
          url: '/api/users',
          headers: { cookie, origin: 'http://evil.example' },
          payload: { username: 'planted', displayName: '植入', orgId: await t.orgId('示例县'), roles: ['admin'], password: 'planted-pass-1' },
        });
        expect(res.statusCode).toBe(403);
        const p = problemOf(res);
        expect(p.code).toBe('CSRF_REJECTED');
        expect(p.detail).toMatch(/请求来源不被信任/);
        expect(await userCount()).toBe(before);
        expect(await t.container.stores.users.findByUsername('planted')).toBeUndefined();
      });

      it('rejects a PATCH from a foreign Origin and leaves the user unchanged', async () => {
        const res = await t.app.inject({
          method: 'PATCH',
          url: `/api/users/${targetId}`,
          headers: { cookie, origin: 'http://evil.example' },
          payload: { displayName: '被篡改' },
        });
        expect(res.statusCode).toBe(403);
        expect(problemOf(res).code).toBe('CSRF_REJECTED');
        expect(await displayNameOf(targetId)).toBe('csrf-target');
      });

      it('rejects a logout from a foreign Origin, so the session survives', async () => {
        const own = await t.login('viewer');
        const res = await t.app.inject({ method: 'DELETE', url: '/api/session', headers: { cookie: own, origin: 'http://evil.example' } });
        expect(res.statusCode).toBe(403);
        expect((await me(own)).statusCode).toBe(200);
      });

      it('rejects a cross-site write that carries no Origin but says Sec-Fetch-Site: cross-site', async () => {
        const res = await t.app.inject({
          method: 'PATCH',
          url: `/api/users/${targetId}`,
          headers: { cookie, 'sec-fetch-site': 'cross-site' },
          payload: { displayName: '被篡改' },
        });
        expect(res.statusCode).toBe(403);
        expect(problemOf(res).code).toBe('CSRF_REJECTED');
        expect(await displayNameOf(targetId)).toBe('csrf-target');
      });

      it("allows a write from the request's own origin", async () => {
        const res = await t.app.inject({
          method: 'PATCH',
          url: `/api/users/${targetId}`,
          headers: { cookie, origin: OWN_ORIGIN, 'sec-fetch-site': 'same-origin' },
          payload: { displayName: '同源修改' },
        });
        expect(res.statusCode).toBe(200);
        expect(await displayNameOf(targetId)).toBe('同源修改');
      });

      it('allows a write without Origin, as non-browser clients send', async () => {
        const res = await t.app.inject({ method: 'PATCH', url: `/api/users/${targetId}`, headers: { cookie }, payload: { displayName: '脚本修改' } });
        expect(res.statusCode).toBe(200);
        expect(await displayNameOf(targetId)).toBe('脚本修改');
      });
    });

    describe("changing one's own password", () => {
      function changePassword(cookie: string, payload: object) {
        return t.app.inject({ method: 'POST', url: '/api/me/password', headers: { cookie }, payload });
      }

      it('answers 422 with a field error on currentPassword when the current password is wrong', async () => {
        await makeUser('pw-wrong', 'old-pass-123');
        const cookie = cookieOf(await login('pw-wrong', 'old-pass-123'));
        const res = await changePassword(cookie, { currentPassword: 'not-it-123', newPassword: 'new-pass-456' });
        expect(res.statusCode).toBe(422);
        const p = problemOf(res);
        expect(p.errors).toEqual([{ pointer: '/body/currentPassword', message: '当前密码不正确' }]);
        // Nothing changed: the old password still works.
        expect((await login('pw-wrong', 'old-pass-123')).statusCode).toBe(200);
      });

      it('answers 400 with a field error on newPassword when the new password is too short', async () => {
        await makeUser('pw-short', 'old-pass-123');
        const cookie = cookieOf(await login('pw-short', 'old-pass-123'));
        const res = await changePassword(cookie, { currentPassword: 'old-pass-123', newPassword: 'short' });
        expect(res.statusCode).toBe(400);
        const p = problemOf(res);
        expect(p.errors?.map((e) => e.pointer)).toEqual(['/body/newPassword']);
        expect(p.errors?.[0]?.message).toBe('密码至少8位');
        expect((await login('pw-short', 'old-pass-123')).statusCode).toBe(200);
      });

      it('answers 401 when nobody is logged in', async () => {
        const res = await t.app.inject({ method: 'POST', url: '/api/me/password', payload: { currentPassword: 'old-pass-123', newPassword: 'new-pass-456' } });
        expect(res.statusCode).toBe(401);
        expect(problemOf(res).code).toBe('NOT_LOGGED_IN');
      });

      it("switches to the new password and ends the user's other sessions, keeping the current one", async () => {
        await makeUser('pw-change', 'old-pass-123');
        const current = cookieOf(await login('pw-change', 'old-pass-123'));
        const other = cookieOf(await login('pw-change', 'old-pass-123'));
        const bystander = await t.login('t1-admin');

        const res = await changePassword(current, { currentPassword: 'old-pass-123', newPassword: 'new-pass-456' });
        expect(res.statusCode).toBe(204);

        expect((await me(current)).statusCode).toBe(200);
        expect((await me(other)).statusCode).toBe(401);
        expect((await me(bystander)).statusCode).toBe(200);
        const old = await login('pw-change', 'old-pass-123', freshIp());
        expect(old.statusCode).toBe(401);
        const fresh = await login('pw-change', 'new-pass-456');
        expect(fresh.statusCode).toBe(200);
        expect(fresh.json().user.mustChangePassword).toBe(false);
      });

      it('clears the must-change flag once a user sets their own password', async () => {
        const user = await makeUser('pw-forced', 'old-pass-123');
        await t.container.stores.users.setPassword(user.id, (await t.container.stores.users.findPasswordHash(user.id))!, true, new Date().toISOString());
        const res = await login('pw-forced', 'old-pass-123');
        expect(res.json().user.mustChangePassword).toBe(true);
        expect((await changePassword(cookieOf(res), { currentPassword: 'old-pass-123', newPassword: 'new-pass-456' })).statusCode).toBe(204);
        expect((await login('pw-forced', 'new-pass-456')).json().user.mustChangePassword).toBe(false);
      });
    });

    describe('sessions shared between server instances', () => {
      let b: TestApp;
      let closeSecond: () => Promise<void>;

      beforeAll(async () => {
        // A second connection to the same data, as a second server process would open.
        const second = openDatabase(t.database.sqliteFile ? { sqliteFile: t.database.sqliteFile } : { databaseUrl: t.database.url, poolSize: 2 });
        closeSecond = () => second.close();
        b = await buildTestAppOn({ db: second, url: t.database.url, sqliteFile: t.database.sqliteFile, drop: closeSecond }, { seed: false });
      });
      afterAll(async () => {
        await b?.close();
        await closeSecond?.();
      });

      it('accepts on instance B a session created on instance A', async () => {
        const cookie = await t.login('t2-admin');
        const res = await b.app.inject({ method: 'GET', url: '/api/me', headers: { cookie } });
        expect(res.statusCode).toBe(200);
        expect(res.json().user.username).toBe('t2-admin');
      });

      it('ends the session on instance A after logout on instance B', async () => {
        const cookie = await t.login('t2-admin');
        expect((await me(cookie)).statusCode).toBe(200);
        expect((await b.app.inject({ method: 'DELETE', url: '/api/session', headers: { cookie } })).statusCode).toBe(204);
        const res = await me(cookie);
        expect(res.statusCode).toBe(401);
        expect(problemOf(res).code).toBe('NOT_LOGGED_IN');
      });

      it('shares the login lock between instances', async () => {
        await makeUser('lock-shared', 'right-pass-1');
        const ip = freshIp();
        for (let i = 1; i <= 5; i++) await login('lock-shared', `wrong-pass-${i}`, ip);
        const res = await b.app.inject({
          method: 'POST',
          url: '/api/session',
          payload: { username: 'lock-shared', password: 'right-pass-1' },
          remoteAddress: ip,
        });
        expect(res.statusCode).toBe(429);
      });
    });
  });
}
