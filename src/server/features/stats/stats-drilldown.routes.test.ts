import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ActivityPage, ActivitySummary } from '../../../contracts/ledger.contract.js';
import type { StatsResult } from '../../../contracts/stats.contract.js';
import { isInSubtree } from '../../../domain/org-path.js';
import { bucketRange } from '../../../domain/period.js';
import { createTestApp, type TestApp } from '../../../../test-support/app.js';
import { DIALECTS } from '../../../../test-support/databases.js';
import { ledgerHelpers, type LedgerHelpers } from '../../../../test-support/ledger.js';
import { createStatsFixture, ok, problemOf, queryString, type StatsFixture } from '../../../../test-support/stats.js';

type Query = Record<string, string | number>;

for (const dialect of DIALECTS) {
  describe(`GET /api/stats/entries (${dialect})`, () => {
    let f: StatsFixture;
    let admin: string;
    let t1Admin: string;
    let categoryOf: Map<number, number>;
    let pathOf: Map<number, string>;

    beforeAll(async () => {
      f = await createStatsFixture(dialect);
      ({ admin, t1Admin } = f.cookie);
      const catalogue = ok(await f.get(admin, '/api/catalogue', { includeInactive: 'true' })).json() as {
        types: Array<{ id: number; parentId: number | null }>;
      };
      categoryOf = new Map(catalogue.types.map((t) => [t.id, t.parentId ?? t.id]));
      const units = await f.t.container.database.db.selectFrom('org_unit').select(['id', 'path']).execute();
      pathOf = new Map(units.map((u) => [u.id, u.path]));
    });
    afterAll(() => f.close());

    const stats = async (query: Query, cookie = admin) => ok(await f.get(cookie, '/api/stats', query)).json() as StatsResult;
    const entries = async (query: Query, cookie = admin) => ok(await f.get(cookie, '/api/stats/entries', { pageSize: 200, ...query })).json() as ActivityPage;

    /** What an entry must satisfy to be behind the group `key` of a result grouped by `groupBy`. */
    function belongs(r: StatsResult, groupBy: string, key: string, item: ActivitySummary): boolean {
      const inRange = item.startDate >= r.from && item.startDate <= r.to;
      const inOrg = isInSubtree(pathOf.get(item.orgId)!, pathOf.get(r.org.id)!);
      const status = r.status === 'all' || item.status === 'approved';
      const group = (() => {
        if (groupBy === 'child') return key === 'own' ? item.orgId === r.org.id : isInSubtree(pathOf.get(item.orgId)!, pathOf.get(Number(key))!);
        if (groupBy === 'month' || groupBy === 'quarter' || groupBy === 'year') {
          const { from, to } = bucketRange(key);
          return item.startDate >= from && item.startDate <= to;
        }
        if (groupBy === 'category') return categoryOf.get(item.typeId) === Number(key);
        if (groupBy === 'type') return item.typeId === Number(key);
        return item.tagIds.includes(Number(key));
      })();
      return inRange && inOrg && status && group;
    }

    const questions: Array<[string, Query]> = [
      ['the county by child', { period: '2026', groupBy: 'child' }],
      ['the county by child with status=all (本级 holds a draft)', { period: '2026', groupBy: 'child', status: 'all' }],
      ['城关镇 by child (本级 included)', { period: '2026', groupBy: 'child', org: 'town1' }],
      ['城关镇 by child with status=all', { period: '2026', groupBy: 'child', org: 'town1', status: 'all' }],
      ['the county by month', { period: '2026', groupBy: 'month' }],
      ['a range cutting months by month', { from: '2026-03-15', to: '2026-05-10', groupBy: 'month', status: 'all' }],
      ['a range cutting quarters by quarter', { from: '2026-03-15', to: '2026-05-10', groupBy: 'quarter' }],
      ['three years by year', { from: '2024-01-01', to: '2026-12-31', groupBy: 'year' }],
      ['the county by category', { period: '2026', groupBy: 'category' }],
      ['the county by category, only 宣传教育 and 依法治理', { period: '2026', groupBy: 'category', types: 'edu,law' }],
      ['the county by type', { period: '2026', groupBy: 'type', status: 'all' }],
      ['the county by tag', { period: '2026', groupBy: 'tag' }],
      ['河口镇 by tag', { period: '2026', groupBy: 'tag', org: 'town2', status: 'all' }],
    ];

    it.each(questions)('lists, for every group of %s, exactly the entries the group counts', async (_, raw) => {
      const query: Query = { ...raw };
      if (raw.org) query.org = f.unit[raw.org as 'town1' | 'town2'];
      if (raw.types) query.types = `${f.type.edu},${f.type.law}`;
      const r = await stats(query);
      expect(r.groups.length).toBeGreaterThan(0);
      expect(r.groups.some((g) => (g.totals.entries ?? 0) > 0)).toBe(true);
      let seen = 0;
      for (const g of r.groups) {
        const page = await entries({ ...query, key: g.key });
        expect(page.total, `${g.label} (${g.key})`).toBe(g.totals.entries);
        expect(page.items).toHaveLength(g.totals.entries ?? -1);
        for (const item of page.items) expect(belongs(r, String(raw.groupBy), g.key, item), `${item.title} under ${g.label}`).toBe(true);
        seen += page.total;
      }
      // Without a key, the entries behind the totals; groups other than tags partition them.
      const all = await entries(query);
      expect(all.total).toBe(r.totals.entries);
      if (r.groupsAddUp) expect(seen).toBe(all.total);
    });

    it('lists the entries behind the totals: approved, in the subtree and the period, newest first', async () => {
      const page = await entries({ period: '2026', org: f.unit.town1 });
      expect(page).toMatchObject({ total: 5, page: 1, pageSize: 200 });
      expect(page.items.map((i) => i.title)).toEqual(['统计样例E3', '统计样例E4', '统计样例E2', '统计样例E5', '统计样例E1']);
      expect(page.items.find((i) => i.title === '统计样例E2')).toMatchObject({
        orgName: '东风村',
        status: 'approved',
        measures: { sessions: 2, attendance: 45, funds: 1234.56 },
      });
    });

    it('serves 20 entries a page unless told otherwise', async () => {
      const res = ok(await f.get(admin, '/api/stats/entries', { period: '2026', status: 'all' })).json() as ActivityPage;
      expect(res).toMatchObject({ page: 1, pageSize: 20, total: 14 });
    });

    it('pages through the entries with the same total on every page', async () => {
      const pages = await Promise.all([1, 2, 3, 4].map((page) => entries({ period: '2026', page, pageSize: 4 })));
      expect(pages.map((p) => [p.page, p.pageSize, p.total, p.items.length])).toEqual([
        [1, 4, 9, 4],
        [2, 4, 9, 4],
        [3, 4, 9, 1],
        [4, 4, 9, 0],
      ]);
      const dates = pages.flatMap((p) => p.items.map((i) => i.startDate));
      expect(dates).toEqual([...dates].sort().reverse());
      expect(new Set(pages.flatMap((p) => p.items.map((i) => i.id))).size).toBe(9);
    });

    it('answers 400 for a page size over 200 or a page below 1', async () => {
      expect((await f.get(admin, '/api/stats/entries', { period: '2026', pageSize: 201 })).statusCode).toBe(400);
      expect(problemOf(await f.get(admin, '/api/stats/entries', { period: '2026', page: 0 })).errors?.[0]?.pointer).toBe('/query/page');
    });

    it.each<[string, Record<string, string>]>([
      ['a month outside the range', { period: '2026', groupBy: 'month', key: '2025-12' }],
      ['a month that is no month', { period: '2026', groupBy: 'month', key: '2026-13' }],
      ['a quarter under groupBy=month', { period: '2026', groupBy: 'month', key: '2026Q1' }],
      ['本级 under groupBy=month', { period: '2026', groupBy: 'month', key: 'own' }],
      ['a grandchild under groupBy=child', { period: '2026', groupBy: 'child', key: 'dongfeng' }],
      ['a unit of another township under groupBy=child', { period: '2026', groupBy: 'child', org: 'town1', key: 'town2' }],
      ['a word under groupBy=type', { period: '2026', groupBy: 'type', key: 'abc' }],
      ['an unknown type', { period: '2026', groupBy: 'type', key: '999999' }],
      ['a category under groupBy=type', { period: '2026', groupBy: 'type', key: 'edu' }],
      ['a type under groupBy=category', { period: '2026', groupBy: 'category', key: 'lecture' }],
      ['an unknown tag', { period: '2026', groupBy: 'tag', key: '999999' }],
      ['a theme tag when only carriers are grouped', { period: '2026', groupBy: 'tag', tagKind: 'carrier', key: 'pomegranate' }],
    ])('answers 422 pointing at key for %s', async (_, raw) => {
      const ids: Record<string, number> = { ...f.unit, ...f.type, ...f.tag };
      const query: Query = { ...raw };
      if (typeof raw.org === 'string') query.org = ids[raw.org]!;
      const key = raw.key!;
      if (ids[key] !== undefined) query.key = ids[key];
      const res = await f.get(admin, '/api/stats/entries', query);
      expect(res.statusCode).toBe(422);
      expect(problemOf(res)).toMatchObject({ code: 'STATS_KEY_INVALID', errors: [{ pointer: '/query/key', message: '分组项不存在，请从统计结果中点击进入' }] });
    });

    it('answers 422 for a key without groupBy', async () => {
      const res = await f.get(admin, '/api/stats/entries', { period: '2026', key: '2026-05' });
      expect(problemOf(res)).toMatchObject({ status: 422, code: 'STATS_KEY_INVALID', errors: [{ pointer: '/query/key', message: '未分组的统计没有分组项' }] });
    });

    it('asks the same question as /api/stats: a bad period or type is the same 422', async () => {
      expect(problemOf(await f.get(admin, '/api/stats/entries', {})).errors).toEqual([
        { pointer: '/query/from', message: expect.stringContaining('请指定统计时间段') },
      ]);
      expect(problemOf(await f.get(admin, '/api/stats/entries', { period: '2026', types: '999999' })).errors?.[0]?.pointer).toBe('/query/types');
      expect((await f.get(admin, '/api/stats/entries', { period: '2026', groupBy: 'foo' })).statusCode).toBe(400);
    });

    describe('scope', () => {
      it('lists a township admin’s own township when no org is given', async () => {
        const page = await entries({ period: '2026' }, t1Admin);
        expect(page.total).toBe(5);
        expect(page.items.every((i) => isInSubtree(pathOf.get(i.orgId)!, pathOf.get(f.unit.town1)!))).toBe(true);
      });

      it('answers 404 to a township admin asking about another township or its village, with or without a key', async () => {
        const queries: Query[] = [{ org: f.unit.town2 }, { org: f.unit.heping2 }, { org: f.unit.town2, groupBy: 'child', key: 'own' }];
        for (const query of queries) {
          const res = await f.get(t1Admin, '/api/stats/entries', { period: '2026', ...query });
          expect(res.statusCode).toBe(404);
          expect(problemOf(res).code).toBe('ORG_NOT_FOUND');
        }
      });

      it('answers 404 for a campaign period of another township', async () => {
        expect(problemOf(await f.get(t1Admin, '/api/stats/entries', { period: `campaign:${f.campaign.town2}` })).code).toBe('CAMPAIGN_NOT_FOUND');
        expect((await entries({ period: `campaign:${f.campaign.town1}` }, t1Admin)).total).toBe(3);
      });

      it('lets a county viewer list any township’s entries', async () => {
        expect((await entries({ period: '2026', org: f.unit.town2 }, f.cookie.viewer)).total).toBe(4);
      });

      it('answers 401 without a session', async () => {
        const res = await f.t.app.inject({ method: 'GET', url: '/api/stats/entries?period=2026' });
        expect(res.statusCode).toBe(401);
        expect(problemOf(res).title).toBe('未登录或登录已失效');
      });
    });
  });
}

for (const dialect of DIALECTS) {
  describe(`statistics follow the ledger at once (${dialect})`, () => {
    let t: TestApp;
    let h: LedgerHelpers;
    let admin: string;
    let t1Admin: string;
    let t1Clerk: string;
    let t2Admin: string;
    let county: number;
    let town1: number;
    let town2: number;
    let dongfeng: number;
    let entryId: number;

    beforeAll(async () => {
      t = await createTestApp(dialect);
      h = ledgerHelpers(t);
      [admin, t1Admin, t1Clerk, t2Admin] = await Promise.all([t.login('admin'), t.login('t1-admin'), t.login('t1-clerk'), t.login('t2-admin')]);
      county = await t.orgId('示例县');
      town1 = await t.orgId('示例县', '城关镇');
      town2 = await t.orgId('示例县', '河口镇');
      dongfeng = await t.orgId('示例县', '城关镇', '东风村');
    });
    afterAll(() => t.close());

    const get = (cookie: string, path: string, query: Query) => t.app.inject({ method: 'GET', url: `${path}?${queryString(query)}`, headers: { cookie } });
    const stats = async (query: Query, cookie = admin) => ok(await get(cookie, '/api/stats', { org: town1, period: '2026', ...query })).json() as StatsResult;
    const figures = async (status: 'approved' | 'all') => (await stats({ status, indicators: 'sessions,attendance,funds' })).totals;
    const send = async (cookie: string, method: 'POST' | 'PATCH' | 'DELETE', url: string, payload?: object) => {
      const res = await h.send(cookie, method, url, payload);
      if (res.statusCode >= 300) throw new Error(`${method} ${url}: ${res.statusCode} ${res.body}`);
      return res.statusCode === 204 ? undefined : (res.json() as { version: number; status: string });
    };

    it('counts a new entry under status=all at once, and under approved once it is approved', async () => {
      const created = await h.create(t1Clerk, {
        orgId: dongfeng,
        typeId: await h.typeId('edu.lecture'),
        title: '实时统计宣讲',
        startDate: '2026-06-15',
        measures: { sessions: 2, attendance: 40 },
        tagIds: [await h.tagId('carrier', '进村(社区)')],
      });
      entryId = created.id;
      expect(await figures('all')).toEqual({ entries: 1, sessions: 2, attendance: 40, funds: 0 });
      expect(await figures('approved')).toEqual({ entries: 0, sessions: 0, attendance: 0, funds: 0 });

      await send(t1Clerk, 'POST', `/api/activities/${entryId}/submit`);
      expect((await figures('approved')).entries).toBe(0);
      await send(t1Admin, 'POST', `/api/activities/${entryId}/approve`);
      expect(await figures('approved')).toEqual({ entries: 1, sessions: 2, attendance: 40, funds: 0 });
      expect((await stats({ org: county })).totals.entries).toBe(1);
      const months = await stats({ groupBy: 'month' });
      expect(months.groups.find((g) => g.key === '2026-06')?.totals.entries).toBe(1);
      expect((await stats({ groupBy: 'tag' })).groups.map((g) => [g.label, g.totals.entries])).toEqual([['进村(社区)', 1]]);
      const page = ok(await get(admin, '/api/stats/entries', { org: town1, period: '2026', groupBy: 'month', key: '2026-06' })).json() as ActivityPage;
      expect(page.items.map((i) => i.id)).toEqual([entryId]);
    });

    it('moves a reopened entry out of the approved figures and follows its edits: measures, date, type and tags', async () => {
      await send(admin, 'POST', `/api/activities/${entryId}/reopen`, { reason: '数据需要更正' });
      expect((await figures('approved')).entries).toBe(0);
      expect((await figures('all')).entries).toBe(1);

      const { version } = ok(await h.get(t1Clerk, `/api/activities/${entryId}`)).json() as { version: number };
      await send(t1Clerk, 'PATCH', `/api/activities/${entryId}`, {
        version,
        typeId: await h.typeId('edu.training'),
        startDate: '2026-07-02',
        endDate: '2026-07-02',
        measures: { sessions: 3, attendance: 55, funds: 1234.56 },
        tagIds: [await h.tagId('theme', '石榴籽')],
      });
      expect(await figures('all')).toEqual({ entries: 1, sessions: 3, attendance: 55, funds: 1234.56 });
      const months = await stats({ groupBy: 'month', status: 'all' });
      expect(months.groups.filter((g) => (g.totals.entries ?? 0) > 0).map((g) => g.key)).toEqual(['2026-07']);
      expect((await stats({ groupBy: 'type', status: 'all' })).groups.map((g) => g.label)).toEqual(['专题培训']);
      expect((await stats({ groupBy: 'tag', status: 'all' })).groups.map((g) => g.label)).toEqual(['石榴籽']);
    });

    it('drops a deleted entry from every figure and brings it back on restore', async () => {
      await send(t1Clerk, 'DELETE', `/api/activities/${entryId}`);
      expect(await figures('all')).toEqual({ entries: 0, sessions: 0, attendance: 0, funds: 0 });
      expect((await stats({ groupBy: 'tag', status: 'all' })).groups).toEqual([]);
      expect((ok(await get(admin, '/api/stats/entries', { org: town1, period: '2026', status: 'all' })).json() as ActivityPage).total).toBe(0);

      await send(admin, 'POST', `/api/activities/${entryId}/restore`);
      expect(await figures('all')).toEqual({ entries: 1, sessions: 3, attendance: 55, funds: 1234.56 });
      await send(t1Clerk, 'POST', `/api/activities/${entryId}/submit`);
      await send(t1Admin, 'POST', `/api/activities/${entryId}/approve`);
      expect(await figures('approved')).toEqual({ entries: 1, sessions: 3, attendance: 55, funds: 1234.56 });
    });

    it('carries a moved village’s figures to its new township and says so to both', async () => {
      await send(admin, 'POST', `/api/orgs/${dongfeng}/move`, { parentId: town2 });
      const today = new Date().toISOString().slice(0, 10);

      const before = await stats({ org: town1 });
      expect(before.totals.entries).toBe(0);
      expect(before.treeChanges).toEqual([
        {
          at: expect.stringMatching(/^\d{4}-\d{2}-\d{2}T/),
          orgId: dongfeng,
          orgName: '东风村',
          direction: 'out',
          fromParentName: '城关镇',
          toParentName: '河口镇',
        },
      ]);
      expect(before.notes).toEqual([`统计按当前组织架构汇总：东风村于${today}由城关镇调整至河口镇，其全部台账（含调整前）不再计入本单位`]);

      const after = await stats({ org: town2, groupBy: 'child' });
      expect(after.totals).toMatchObject({ entries: 1, sessions: 3, funds: 1234.56 });
      expect(after.groups.find((g) => g.key === String(dongfeng))).toMatchObject({ label: '东风村', totals: { entries: 1 } });
      expect(after.treeChanges).toMatchObject([{ orgId: dongfeng, direction: 'in', fromParentName: '城关镇', toParentName: '河口镇' }]);
      expect(after.notes).toEqual([`统计按当前组织架构汇总：东风村于${today}由城关镇调整至河口镇，其全部台账（含调整前）计入本单位`]);

      // The county holds the village either way; a period starting after the move is not affected.
      const whole = await stats({ org: county });
      expect({ entries: whole.totals.entries, treeChanges: whole.treeChanges, notes: whole.notes }).toEqual({ entries: 1, treeChanges: [], notes: [] });
      expect((await stats({ org: town1, period: '2999' })).treeChanges).toEqual([]);
      // The moved unit itself did not change subtree: no remark when asking about it.
      expect((await stats({ org: dongfeng })).treeChanges).toEqual([]);

      // Scope follows the tree too: 东风村 now belongs to 河口镇.
      expect((await get(t1Admin, '/api/stats', { org: dongfeng, period: '2026' })).statusCode).toBe(404);
      expect((await stats({ org: dongfeng }, t2Admin)).totals.entries).toBe(1);
    });

    it('totals every active indicator by default, a deactivated one only when asked for', async () => {
      const catalogue = ok(await h.get(admin, '/api/catalogue')).json() as { indicators: Array<{ id: number; code: string }> };
      const dwellings = catalogue.indicators.find((i) => i.code === 'dwellings')!;
      await send(admin, 'PATCH', `/api/catalogue/indicators/${dwellings.id}`, { active: false });
      const r = await stats({});
      expect(r.indicators.map((i) => i.code)).not.toContain('dwellings');
      expect(Object.keys(r.totals)).not.toContain('dwellings');
      expect(Object.keys(r.totals)).toHaveLength(1 + 13);
      expect((await stats({ indicators: 'dwellings' })).totals).toEqual({ entries: 0, dwellings: 0 });
    });

    it('knows an indicator created after the roll-up store, before and after its first value', async () => {
      const created = await send(admin, 'POST', '/api/catalogue/indicators', { code: 'volunteers', name: '志愿者人数', unit: '人', valueKind: 'integer' });
      const indicatorId = (created as unknown as { id: number }).id;
      const fresh = await stats({ org: town2 });
      expect(fresh.indicators.map((i) => i.code)).toContain('volunteers');
      expect((await stats({ org: town2, indicators: 'volunteers' })).totals).toEqual({ entries: 1, volunteers: 0 });

      const type = await send(admin, 'POST', '/api/catalogue/types', {
        code: 'exchange.volunteer_day',
        name: '志愿服务日',
        parentId: await h.typeId('exchange'),
        indicators: [{ indicatorId, required: true }],
      });
      const clerk2 = await t.login('t2-clerk');
      await h.create(clerk2, {
        orgId: await t.orgId('示例县', '河口镇', '和平村'),
        typeId: (type as unknown as { id: number }).id,
        title: '志愿服务',
        startDate: '2026-08-01',
        measures: { volunteers: 12 },
      });
      expect((await stats({ org: town2, indicators: 'volunteers', status: 'all' })).totals).toEqual({ entries: 2, volunteers: 12 });
    });
  });
}
