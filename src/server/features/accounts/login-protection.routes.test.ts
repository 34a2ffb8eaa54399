import { describe, it, expect, beforeAll, afterAll } from 'vitest';
import type { FastifyInstance } from 'fastify';
import type { Role } from '../../../contracts/account.contract.js';
import { systemActor } from '../../../domain/access.js';
import { buildApp } from '../../app.js';
import { loadConfig } from '../../config.js';
import { cookieOf, createTestApp, problemOf, type TestApp } from '../../../../test-support/app.js';
import { DIALECTS } from '../../../../test-support/databases.js';

/**
 * The faults a first hour turned up: a lock-out nobody could lift and anyone could cause, a
 * per-address limit that a rotated X-Forwarded-For bypassed, and a must-change password the API ignored.
 */
for (const dialect of DIALECTS) {
  describe(`login protection (${dialect})`, () => {
    let t: TestApp;
    let nextIp = 1;
    const freshIp = () => `10.2.${Math.floor(nextIp / 250)}.${(nextIp++ % 250) + 1}`;

    beforeAll(async () => {
      t = await createTestApp(dialect);
    });
    afterAll(async () => {
      await t?.close();
    });

    const db = () => t.container.database.db;
    function login(username: string, password: string, ip: string, app: FastifyInstance = t.app, headers: Record<string, string> = {}) {
      return app.inject({ method: 'POST', url: '/api/session', payload: { username, password }, remoteAddress: ip, headers });
    }
    /** A throwaway account of 城关镇 (inside t1-admin's subtree, outside t2-admin's). */
    async function makeUser(username: string, password: string, options: { roles?: Role[]; mustChangePassword?: boolean } = {}) {
      const orgId = await t.orgId('示例县', '城关镇');
      return t.container.users.create(
        systemActor(),
        { username, displayName: username, orgId, roles: options.roles ?? ['clerk'], password },
        { mustChangePassword: options.mustChangePassword ?? false },
      );
    }
    async function failTimes(username: string, n: number, ip: string) {
      for (let i = 1; i <= n; i++) await login(username, `wrong-pass-${i}`, ip);
    }
    /** Lets time pass for the throttle: every wait already imposed is over. */
    async function waitsAreOver() {
      await db()
        .updateTable('login_throttle')
        .set({ locked_until: new Date(Date.now() - 1000).toISOString() })
        .execute();
    }

    describe('throttling by username and source', () => {
      it('warns how many tries are left before a wait begins', async () => {
        await makeUser('warned', 'right-pass-1');
        const ip = freshIp();
        const first = await login('warned', 'wrong-pass-1', ip);
        expect(first.statusCode).toBe(401);
        const p = problemOf(first) as ReturnType<typeof problemOf> & { triesLeft?: number };
        expect(p.code).toBe('LOGIN_FAILED');
        expect(p.triesLeft).toBe(4);
        expect(p.detail).toBe('用户名或密码错误，还可再试4次');
        await failTimes('warned', 3, ip);
        const fifth = problemOf(await login('warned', 'wrong-pass-5', ip)) as ReturnType<typeof problemOf> & { triesLeft?: number };
        expect(fifth.triesLeft).toBe(0);
        expect(fifth.detail).toBe('用户名或密码错误，请1分钟后再试');
      });

      it('does not let a stranger at another address lock the owner out', async () => {
        await makeUser('county-leader', 'right-pass-1');
        const stranger = freshIp();
        await failTimes('county-leader', 5, stranger);
        expect((await login('county-leader', 'right-pass-1', stranger)).statusCode).toBe(429);
        expect((await login('county-leader', 'right-pass-1', freshIp())).statusCode).toBe(200);
      });

      it('grows the wait with every failure past the free tries, instead of one 15-minute lock', async () => {
        await makeUser('slowed', 'right-pass-1');
        const ip = freshIp();
        await failTimes('slowed', 5, ip);
        const first = await login('slowed', 'right-pass-1', ip);
        expect(first.statusCode).toBe(429);
        expect(Number(first.headers['retry-after'])).toBeLessThanOrEqual(60);
        expect((problemOf(first) as { retryAfter?: number }).retryAfter).toBe(Number(first.headers['retry-after']));
        await waitsAreOver();
        expect((await login('slowed', 'wrong-again-1', ip)).statusCode).toBe(401);
        const second = await login('slowed', 'right-pass-1', ip);
        expect(second.statusCode).toBe(429);
        expect(Number(second.headers['retry-after'])).toBeGreaterThan(60);
        expect(Number(second.headers['retry-after'])).toBeLessThanOrEqual(120);
      });

      it('slows a username tried from many addresses, more loosely than one address', async () => {
        await makeUser('spread', 'right-pass-1');
        for (let i = 0; i < 20; i++) expect((await login('spread', `wrong-${i}`, freshIp())).statusCode, `attempt ${i + 1}`).toBe(401);
        const res = await login('spread', 'right-pass-1', freshIp());
        expect(res.statusCode).toBe(429);
        expect(Number(res.headers['retry-after'])).toBeLessThanOrEqual(60);
      });
    });

    describe('lifting the throttle', () => {
      it('lets an admin whose subtree holds the user unlock them, and audits it', async () => {
        const user = await makeUser('to-unlock', 'right-pass-1');
        const ip = freshIp();
        await failTimes('to-unlock', 5, ip);
        expect((await login('to-unlock', 'right-pass-1', ip)).statusCode).toBe(429);

        const outsider = await t.login('t2-admin');
        const refused = await t.app.inject({ method: 'POST', url: `/api/users/${user.id}/unlock`, headers: { cookie: outsider } });
        expect(refused.statusCode).toBe(404);
        const clerk = await t.login('t1-clerk');
        expect((await t.app.inject({ method: 'POST', url: `/api/users/${user.id}/unlock`, headers: { cookie: clerk } })).statusCode).toBe(403);
        expect((await login('to-unlock', 'right-pass-1', ip)).statusCode).toBe(429);

        const admin = await t.login('t1-admin');
        const res = await t.app.inject({ method: 'POST', url: `/api/users/${user.id}/unlock`, headers: { cookie: admin } });
        expect(res.statusCode).toBe(204);
        expect((await login('to-unlock', 'right-pass-1', ip)).statusCode).toBe(200);

        const audit = await db()
          .selectFrom('audit_log')
          .select(['action', 'user_id'])
          .where('entity_id', '=', String(user.id))
          .where('action', '=', 'user.unlock')
          .execute();
        expect(audit).toEqual([{ action: 'user.unlock', user_id: (await t.container.stores.users.findByUsername('t1-admin'))!.id }]);
      });

      it('lifts the throttle when an admin resets the password', async () => {
        const user = await makeUser('reset-lifts', 'right-pass-1');
        const ip = freshIp();
        await failTimes('reset-lifts', 5, ip);
        const admin = await t.login('admin');
        const reset = await t.app.inject({
          method: 'POST',
          url: `/api/users/${user.id}/reset-password`,
          headers: { cookie: admin },
          payload: { password: 'fresh-pass-1' },
        });
        expect(reset.statusCode).toBe(200);
        expect((await login('reset-lifts', 'fresh-pass-1', ip)).statusCode).toBe(200);
      });
    });

    describe('client address behind a proxy', () => {
      /** An app configured as the environment says, over the same data. */
      async function appTrusting(setting: string) {
        const { trustProxy } = loadConfig({ SHILIU_TRUST_PROXY: setting });
        const app = await buildApp({ config: { trustedOrigins: [], trustProxy, logLevel: 'silent', maxUploadMb: 20 }, container: t.container, logger: false });
        await app.ready();
        return app;
      }

      it('ignores X-Forwarded-For from a peer that is not a configured proxy, so rotating it does not bypass the per-address limit', async () => {
        const app = await appTrusting('true');
        try {
          const peer = freshIp();
          for (let i = 0; i < 30; i++) await login(`ghost-xff-${i}`, 'whatever-123', peer, app, { 'x-forwarded-for': `198.51.100.${i + 1}` });
          const blocked = await login(`ghost-xff-last`, 'whatever-123', peer, app, { 'x-forwarded-for': '198.51.100.200' });
          expect(blocked.statusCode).toBe(429);
        } finally {
          await app.close();
        }
      });

      it('trusts only loopback when SHILIU_TRUST_PROXY is true, the usual nginx on the same host', async () => {
        const app = await appTrusting('true');
        try {
          const user = await makeUser('via-nginx', 'right-pass-1');
          expect((await login('via-nginx', 'right-pass-1', '127.0.0.1', app, { 'x-forwarded-for': '198.51.100.78' })).statusCode).toBe(200);
          const row = await db()
            .selectFrom('audit_log')
            .select('after_json')
            .where('entity_id', '=', String(user.id))
            .where('action', '=', 'session.login')
            .executeTakeFirstOrThrow();
          expect(JSON.parse(row.after_json!)).toEqual({ ip: '198.51.100.78' });
        } finally {
          await app.close();
        }
      });

      it('takes the client address from X-Forwarded-For when the request comes from a configured proxy', async () => {
        const app = await appTrusting('10.9.9.0/24, 192.0.2.1');
        try {
          const user = await makeUser('behind-proxy', 'right-pass-1');
          const res = await login('behind-proxy', 'right-pass-1', '10.9.9.9', app, { 'x-forwarded-for': '203.0.113.5, 198.51.100.77' });
          expect(res.statusCode).toBe(200);
          const row = await db()
            .selectFrom('audit_log')
            .select('after_json')
            .where('entity_id', '=', String(user.id))
            .where('action', '=', 'session.login')
            .executeTakeFirstOrThrow();
          expect(JSON.parse(row.after_json!)).toEqual({ ip: '198.51.100.77' });
        } finally {
          await app.close();
        }
      });
    });

    describe('a password that must be changed', () => {
      it('refuses every API request but the own session, the password change and logout until the password is changed', async () => {
        await makeUser('must-change', 'initial-pass-1', { mustChangePassword: true });
        const cookie = cookieOf(await login('must-change', 'initial-pass-1', freshIp()));
        const headers = { cookie };

        expect((await t.app.inject({ method: 'GET', url: '/api/me', headers })).statusCode).toBe(200);
        for (const [method, url] of [
          ['GET', '/api/orgs/tree'],
          ['GET', '/api/activities'],
          ['POST', '/api/activities'],
          ['GET', '/api/no-such-route'],
        ] as const) {
          const res = await t.app.inject({ method, url, headers, ...(method === 'POST' && { payload: {} }) });
          expect(res.statusCode, `${method} ${url}`).toBe(403);
          const p = problemOf(res);
          expect(p.code).toBe('PASSWORD_CHANGE_REQUIRED');
          expect(p.detail).toContain('请先修改密码');
        }

        const changed = await t.app.inject({
          method: 'POST',
          url: '/api/me/password',
          headers,
          payload: { currentPassword: 'initial-pass-1', newPassword: 'own-pass-123' },
        });
        expect(changed.statusCode).toBe(204);
        expect((await t.app.inject({ method: 'GET', url: '/api/activities', headers })).statusCode).toBe(200);
        expect((await t.app.inject({ method: 'DELETE', url: '/api/session', headers })).statusCode).toBe(204);
      });

      it('lets such a user log out', async () => {
        await makeUser('must-change-2', 'initial-pass-1', { mustChangePassword: true });
        const cookie = cookieOf(await login('must-change-2', 'initial-pass-1', freshIp()));
        expect((await t.app.inject({ method: 'DELETE', url: '/api/session', headers: { cookie } })).statusCode).toBe(204);
      });
    });
  });
}
