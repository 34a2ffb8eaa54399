import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, problemOf, type TestApp } from '../../../../test-support/app.js';
import { DIALECTS } from '../../../../test-support/databases.js';

for (const dialect of DIALECTS) {
  describe(`org units over HTTP (${dialect})`, () => {
    let t: TestApp;
    let admin: string;
    let t1Admin: string;
    let t1Clerk: string;
    let county: number;
    let town1: number;
    let town2: number;

    beforeAll(async () => {
      t = await createTestApp(dialect);
      [admin, t1Admin, t1Clerk] = await Promise.all([t.login('admin'), t.login('t1-admin'), t.login('t1-clerk')]);
      county = await t.orgId('示例县');
      town1 = await t.orgId('示例县', '城关镇');
      town2 = await t.orgId('示例县', '河口镇');
    });
    afterAll(() => t.close());

    const get = (cookie: string, url: string) => t.app.inject({ method: 'GET', url, headers: { cookie } });
    const send = (cookie: string, method: 'POST' | 'PATCH' | 'DELETE', url: string, payload?: unknown) =>
      t.app.inject({ method, url, headers: { cookie }, ...(payload !== undefined && { payload: payload as object }) });
    const unitCount = async () =>
      Number(
        (
          await t.container.database.db
            .selectFrom('org_unit')
            .select((eb) => eb.fn.countAll().as('n'))
            .executeTakeFirstOrThrow()
        ).n,
      );
    const auditCount = async () =>
      Number(
        (
          await t.container.database.db
            .selectFrom('audit_log')
            .select((eb) => eb.fn.countAll().as('n'))
            .executeTakeFirstOrThrow()
        ).n,
      );

    it('answers 401 problem+json to anonymous callers', async () => {
      const res = await t.app.inject({ method: 'GET', url: '/api/orgs' });
      expect(res.statusCode).toBe(401);
      expect(problemOf(res).detail).toBe('请先登录');
    });

    it('shows a county admin the whole county and a township admin only their township as the top', async () => {
      expect((await get(admin, '/api/orgs')).json().items.map((o: { name: string }) => o.name)).toEqual(['示例县']);
      const top = (await get(t1Admin, '/api/orgs')).json().items;
      expect(top).toHaveLength(1);
      expect(top[0]).toMatchObject({ name: '城关镇', kind: 'township', active: true });
      expect(top[0].childCount).toBeGreaterThan(5);
    });

    it('lists children in their sort order with child counts', async () => {
      const items = (await get(admin, `/api/orgs?parentId=${county}`)).json().items as Array<{ name: string; childCount: number }>;
      expect(items.slice(0, 2).map((o) => o.name)).toEqual(['城关镇', '东城街道']);
      expect(items.find((o) => o.name === '县委统战部')?.childCount).toBe(0);
      expect(items.length).toBeGreaterThanOrEqual(15);
    });

    it("searches names inside the caller's subtree only, with the path to each hit", async () => {
      const county = (await get(admin, `/api/orgs?q=${encodeURIComponent('和平')}`)).json().items as Array<{ pathNames: string[] }>;
      expect(county.map((h) => h.pathNames.join('/'))).toEqual(expect.arrayContaining(['示例县/河口镇/和平村']));
      const town = (await get(t1Admin, `/api/orgs?q=${encodeURIComponent('河口')}`)).json().items;
      expect(town).toEqual([]);
      const own = (await get(t1Admin, `/api/orgs?q=${encodeURIComponent('东风')}`)).json().items as Array<{ pathNames: string[] }>;
      expect(own.map((h) => h.pathNames.join('/'))).toEqual(['城关镇/东风村']);
    });

    it('treats % and _ in a search as plain characters', async () => {
      const res = await get(admin, `/api/orgs?q=${encodeURIComponent('%')}`);
      expect(res.statusCode).toBe(200);
      expect(res.json().items).toEqual([]);
    });

    it('returns a nested tree limited to the requested depth', async () => {
      const tree = (await get(admin, `/api/orgs/tree?rootId=${town1}&depth=1`)).json();
      expect(tree.name).toBe('城关镇');
      expect(tree.children.map((c: { name: string }) => c.name)).toContain('东风村');
      expect(tree.children.every((c: { children: unknown[] }) => c.children.length === 0)).toBe(true);
    });

    it("shows detail with breadcrumbs that stop at the caller's own unit", async () => {
      const village = await t.orgId('示例县', '城关镇', '东风村');
      const asCounty = (await get(admin, `/api/orgs/${village}`)).json();
      expect(asCounty.ancestors.map((a: { name: string }) => a.name)).toEqual(['示例县', '城关镇']);
      expect(asCounty.userCount).toBe(1);
      const asTown = (await get(t1Admin, `/api/orgs/${village}`)).json();
      expect(asTown.ancestors.map((a: { name: string }) => a.name)).toEqual(['城关镇']);
    });

    it('answers 404 for a unit in another township, for reads and writes alike', async () => {
      const other = await t.orgId('示例县', '河口镇', '和平村');
      for (const res of [
        await get(t1Admin, `/api/orgs/${other}`),
        await get(t1Admin, `/api/orgs?parentId=${town2}`),
        await get(t1Admin, `/api/orgs/tree?rootId=${town2}`),
        await get(t1Admin, `/api/orgs/${county}`),
        await send(t1Admin, 'PATCH', `/api/orgs/${other}`, { name: '改名村' }),
        await send(t1Admin, 'POST', `/api/orgs/${other}/deactivate`),
        await send(t1Admin, 'DELETE', `/api/orgs/${other}`),
      ]) {
        expect(res.statusCode).toBe(404);
        expect(problemOf(res).detail).toContain('不在您的管辖范围内');
      }
    });

    it('lets a township admin add a village under their township, audited', async () => {
      const before = await auditCount();
      const res = await send(t1Admin, 'POST', '/api/orgs', { parentId: town1, name: '新时代村', kind: 'village', code: '650101001001' });
      expect(res.statusCode).toBe(201);
      expect(res.json()).toMatchObject({ name: '新时代村', kind: 'village', parentId: town1, depth: 2, active: true, code: '650101001001' });
      const children = (await get(t1Admin, `/api/orgs?parentId=${town1}`)).json().items.map((o: { name: string }) => o.name);
      expect(children).toContain('新时代村');
      expect(await auditCount()).toBe(before + 1);
    });

    it('refuses to add a unit under another township (404) and writes nothing', async () => {
      const before = await unitCount();
      const res = await send(t1Admin, 'POST', '/api/orgs', { parentId: town2, name: '越界村', kind: 'village' });
      expect(res.statusCode).toBe(404);
      expect(problemOf(res).errors?.[0]?.pointer).toBe('/body/parentId');
      expect(await unitCount()).toBe(before);
    });

    it('answers 400 with every field error for missing fields and wrong types, writing nothing', async () => {
      const before = await unitCount();
      const res = await send(admin, 'POST', '/api/orgs', { parentId: 'abc', kind: 7 });
      expect(res.statusCode).toBe(400);
      const problem = problemOf(res);
      expect(problem.title).toBe('请求参数有误');
      expect(problem.errors?.map((e) => e.pointer).sort()).toEqual(['/body/kind', '/body/name', '/body/parentId']);
      expect(problem.errors?.every((e) => /[\u4e00-\u9fa5]/.test(e.message))).toBe(true);
      expect(await unitCount()).toBe(before);
    });

    it('rejects an over-long name, a name with a slash and an unknown kind', async () => {
      const long = await send(admin, 'POST', '/api/orgs', { parentId: town1, name: '村'.repeat(61), kind: 'village' });
      expect(long.statusCode).toBe(400);
      expect(problemOf(long).errors?.[0]).toEqual({ pointer: '/body/name', message: '名称不能超过60个字' });
      const slash = await send(admin, 'POST', '/api/orgs', { parentId: town1, name: '甲/乙', kind: 'village' });
      expect(problemOf(slash).errors?.[0]?.pointer).toBe('/body/name');
      const kind = await send(admin, 'POST', '/api/orgs', { parentId: town1, name: '某村', kind: 'castle' });
      expect(kind.statusCode).toBe(422);
      expect(problemOf(kind).errors?.[0]).toMatchObject({ pointer: '/body/kind' });
    });

    it('refuses a duplicate sibling name and a duplicate code with 409', async () => {
      const dup = await send(admin, 'POST', '/api/orgs', { parentId: town1, name: '东风村', kind: 'village' });
      expect(dup.statusCode).toBe(409);
      expect(problemOf(dup).detail).toBe('同一上级下已有名为「东风村」的组织');
      await send(admin, 'POST', '/api/orgs', { parentId: town2, name: '代码村甲', kind: 'village', code: 'X-1' });
      const code = await send(admin, 'POST', '/api/orgs', { parentId: town2, name: '代码村乙', kind: 'village', code: 'X-1' });
      expect(code.statusCode).toBe(409);
      expect(problemOf(code).errors?.[0]?.pointer).toBe('/body/code');
    });

    it('renames a unit and records before and after in the audit log', async () => {
      const id = (await send(admin, 'POST', '/api/orgs', { parentId: town2, name: '旧名村', kind: 'village' })).json().id;
      const res = await send(admin, 'PATCH', `/api/orgs/${id}`, { name: '新名村' });
      expect(res.statusCode).toBe(200);
      expect(res.json().name).toBe('新名村');
      const audit = await t.container.database.db
        .selectFrom('audit_log')
        .selectAll()
        .where('entity_id', '=', String(id))
        .where('action', '=', 'org.update')
        .executeTakeFirstOrThrow();
      expect(JSON.parse(audit.before_json!).name).toBe('旧名村');
      expect(JSON.parse(audit.after_json!).name).toBe('新名村');
    });

    it('refuses a PATCH with nothing to change', async () => {
      const res = await send(admin, 'PATCH', `/api/orgs/${town1}`, {});
      expect(res.statusCode).toBe(400);
      expect(problemOf(res).detail).toContain('请至少修改一项');
    });

    it('moves a unit with its whole subtree in one go', async () => {
      const a = (await send(admin, 'POST', '/api/orgs', { parentId: town1, name: '搬迁片区', kind: 'other' })).json().id;
      const b = (await send(admin, 'POST', '/api/orgs', { parentId: a, name: '搬迁小组', kind: 'other' })).json().id;
      const res = await send(admin, 'POST', `/api/orgs/${a}/move`, { parentId: town2 });
      expect(res.statusCode).toBe(200);
      expect(res.json()).toMatchObject({ parentId: town2, depth: 2 });
      const child = (await get(admin, `/api/orgs/${b}`)).json();
      expect(child.depth).toBe(3);
      expect(child.ancestors.map((x: { name: string }) => x.name)).toEqual(['示例县', '河口镇', '搬迁片区']);
      // The old township's subtree no longer holds it; the new one's does.
      expect((await get(admin, `/api/orgs?q=${encodeURIComponent('搬迁小组')}`)).json().items[0].pathNames).toEqual([
        '示例县',
        '河口镇',
        '搬迁片区',
        '搬迁小组',
      ]);
      expect((await get(t1Admin, `/api/orgs/${b}`)).statusCode).toBe(404);
    });

    it('refuses to move a unit under itself or its own descendant (409), changing nothing', async () => {
      const village = await t.orgId('示例县', '城关镇', '东风村');
      const res = await send(admin, 'POST', `/api/orgs/${town1}/move`, { parentId: village });
      expect(res.statusCode).toBe(409);
      expect(problemOf(res).code).toBe('ORG_MOVE_CYCLE');
      const self = await send(admin, 'POST', `/api/orgs/${town1}/move`, { parentId: town1 });
      expect(self.statusCode).toBe(409);
      expect((await get(admin, `/api/orgs/${town1}`)).json()).toMatchObject({ parentId: county, depth: 1 });
    });

    it('does not let a township admin move a unit out of their subtree, nor move their own unit', async () => {
      const village = await t.orgId('示例县', '城关镇', '向阳村');
      const out = await send(t1Admin, 'POST', `/api/orgs/${village}/move`, { parentId: town2 });
      expect(out.statusCode).toBe(404);
      const own = await send(t1Admin, 'POST', `/api/orgs/${town1}/move`, { parentId: town1 });
      expect(own.statusCode).toBe(403);
      expect((await get(admin, `/api/orgs/${village}`)).json().parentId).toBe(town1);
    });

    it('deactivates a unit with its subtree, hides it by default, and can re-enable it', async () => {
      const area = (await send(admin, 'POST', '/api/orgs', { parentId: town2, name: '停用片区', kind: 'other' })).json().id;
      const inner = (await send(admin, 'POST', '/api/orgs', { parentId: area, name: '停用小组', kind: 'other' })).json().id;
      const res = await send(admin, 'POST', `/api/orgs/${area}/deactivate`);
      expect(res.json()).toEqual({ deactivated: 2 });
      expect((await get(admin, `/api/orgs/${inner}`)).json().active).toBe(false);
      const visible = (await get(admin, `/api/orgs?parentId=${town2}`)).json().items.map((o: { name: string }) => o.name);
      expect(visible).not.toContain('停用片区');
      const all = (await get(admin, `/api/orgs?parentId=${town2}&includeInactive=true`)).json().items.map((o: { name: string }) => o.name);
      expect(all).toContain('停用片区');
      expect((await send(admin, 'POST', '/api/orgs', { parentId: area, name: '新组', kind: 'other' })).statusCode).toBe(409);
      expect((await send(admin, 'PATCH', `/api/orgs/${inner}`, { active: true })).statusCode).toBe(409);
      expect((await send(admin, 'PATCH', `/api/orgs/${area}`, { active: true })).json().active).toBe(true);
    });

    it('hard-deletes only an empty unit; a unit with children or users must be deactivated instead', async () => {
      const empty = (await send(admin, 'POST', '/api/orgs', { parentId: town2, name: '误建单位', kind: 'other' })).json().id;
      expect((await send(admin, 'DELETE', `/api/orgs/${empty}`)).statusCode).toBe(204);
      expect((await get(admin, `/api/orgs/${empty}`)).statusCode).toBe(404);
      const withChildren = await send(admin, 'DELETE', `/api/orgs/${town1}`);
      expect(withChildren.statusCode).toBe(409);
      expect(problemOf(withChildren).code).toBe('ORG_HAS_CHILDREN');
      const withUsers = await send(admin, 'DELETE', `/api/orgs/${await t.orgId('示例县', '城关镇', '东风村')}`);
      expect(problemOf(withUsers).code).toBe('ORG_HAS_USERS');
    });

    it('keeps org changes to admins: a clerk can read but gets 403 on writes', async () => {
      expect((await get(t1Clerk, '/api/orgs')).statusCode).toBe(200);
      const res = await send(t1Clerk, 'POST', '/api/orgs', { parentId: await t.orgId('示例县', '城关镇', '东风村'), name: '某组', kind: 'other' });
      expect(res.statusCode).toBe(403);
      expect(problemOf(res).detail).toBe('您没有管理组织机构的权限');
    });

    it('lists the configured org kinds with Chinese names', async () => {
      const kinds = (await get(t1Clerk, '/api/org-kinds')).json().items as Array<{ code: string; name: string }>;
      expect(kinds.map((k) => k.code)).toEqual(
        expect.arrayContaining(['province', 'county', 'township', 'village', 'school', 'religious_venue', 'corps_farm', 'hospital', 'other']),
      );
      expect(kinds.find((k) => k.code === 'village')?.name).toBe('村');
    });
  });
}
