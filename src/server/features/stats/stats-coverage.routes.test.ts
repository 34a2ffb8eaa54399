import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { CoverageResult } from '../../../contracts/stats.contract.js';
import { DIALECTS } from '../../../../test-support/databases.js';
import { createStatsFixture, ok, problemOf, type StatsFixture } from '../../../../test-support/stats.js';

type Query = Record<string, string | number>;

/** Gap names, sorted, so assertions read like the list a user checks. */
const gapNames = (r: CoverageResult) => r.gaps.map((g) => g.pathName).sort((a, b) => a.localeCompare(b, 'zh-CN'));
const sorted = (names: string[]) => [...names].sort((a, b) => a.localeCompare(b, 'zh-CN'));

// 城关镇's active units: itself and 13 of its 15 children (团结村 and 光明村 are deactivated).
const TOWN1_GAPS_2026 = [
  '城关镇人民政府',
  '城关中心学校',
  '文化路社区',
  '建设路社区',
  '人民路社区',
  '团结路社区',
  '和平村',
  '幸福村',
  '新华村',
  '城关镇幼儿园',
  '示例县石榴食品有限公司',
];

for (const dialect of DIALECTS) {
  describe(`GET /api/stats/coverage (${dialect})`, () => {
    let f: StatsFixture;
    let admin: string;
    let t1Admin: string;
    let activeUnits: number;
    let activeVillages: number;

    beforeAll(async () => {
      f = await createStatsFixture(dialect);
      ({ admin, t1Admin } = f.cookie);
      const db = f.t.container.database.db;
      const count = async (kind?: string) =>
        Number(
          (
            await db
              .selectFrom('org_unit')
              .select((eb) => eb.fn.countAll().as('n'))
              .where('active', '=', 1)
              .$if(kind !== undefined, (q) => q.where('kind', '=', kind!))
              .executeTakeFirstOrThrow()
          ).n,
        );
      [activeUnits, activeVillages] = await Promise.all([count(), count('village')]);
    });
    afterAll(() => f.close());

    const coverage = async (query: Query, cookie = admin) => ok(await f.get(cookie, '/api/stats/coverage', query)).json() as CoverageResult;

    it('counts the active units of a township and names those without an approved entry of their own', async () => {
      const r = await coverage({ org: f.unit.town1, period: '2026' });
      expect(r).toMatchObject({ org: { id: f.unit.town1, name: '城关镇' }, from: '2026-01-01', to: '2026-12-31', status: 'approved', units: 14, reporting: 3 });
      expect(gapNames(r)).toEqual(sorted(TOWN1_GAPS_2026));
      expect(r.gaps.find((g) => g.name === '新华村')).toEqual({ id: f.unit.xinhua, name: '新华村', kind: 'village', pathName: '新华村' });
      // Deactivated units are neither counted nor listed, whatever they recorded (团结村 has E4).
      expect(r.gaps.map((g) => g.id)).not.toContain(f.unit.tuanjie);
      expect(r.gaps.map((g) => g.id)).not.toContain(f.unit.guangming);
    });

    it('lists gaps in the order of the org tree: each unit under its parent, siblings by their sort order', async () => {
      const rows = await f.t.container.database.db.selectFrom('org_unit').select(['id', 'parent_id', 'sort_order']).where('active', '=', 1).execute();
      const children = (parent: number | null) =>
        rows.filter((r) => r.parent_id === parent).sort((a, b) => Number(a.sort_order) - Number(b.sort_order) || a.id - b.id);
      const walk = (parent: number | null): number[] => children(parent).flatMap((r) => [r.id, ...walk(r.id)]);
      const treeOrder = walk(null);
      const gaps = (await coverage({ period: '2026' })).gaps.map((g) => g.id);
      expect(gaps.length).toBeGreaterThan(10);
      expect(gaps).toEqual(treeOrder.filter((id) => gaps.includes(id)));
    });

    it('names gaps by their path below the queried unit, telling apart villages of the same name', async () => {
      const r = await coverage({ period: '2026' });
      expect(r).toMatchObject({ org: { name: '示例县' }, units: activeUnits, reporting: 6 });
      const paths = r.gaps.map((g) => g.pathName);
      expect(paths).toContain('城关镇 / 和平村');
      expect(paths).not.toContain('河口镇 / 和平村');
      expect(paths).toContain('河口镇 / 丰收村');
      expect(paths).toContain('示例县');
      expect(paths).toContain('县委统战部');
      expect(r.gaps).toHaveLength(activeUnits - 6);
    });

    it('breaks the coverage down by child unit', async () => {
      const r = await coverage({ period: '2026' });
      const byLabel = Object.fromEntries(r.byChild.map((c) => [c.label, c]));
      expect(byLabel['城关镇']).toEqual({ key: String(f.unit.town1), label: '城关镇', units: 14, reporting: 3 });
      expect(byLabel['河口镇']).toEqual({ key: String(f.unit.town2), label: '河口镇', units: 16, reporting: 3 });
      expect(byLabel['县委统战部']).toMatchObject({ units: 1, reporting: 0 });
      expect(r.byChild.reduce((n, c) => n + c.reporting, 0)).toBe(6);

      const town = await coverage({ org: f.unit.town1, period: '2026' });
      expect(town.byChild).toHaveLength(13);
      expect(town.byChild.filter((c) => c.reporting > 0).map((c) => c.label)).toEqual(expect.arrayContaining(['东风村', '向阳村']));
      expect(town.byChild.filter((c) => c.reporting > 0)).toHaveLength(2);
    });

    it('counts drafts, submitted and returned entries with status=all, never deleted ones', async () => {
      const town = await coverage({ org: f.unit.town1, period: '2026', status: 'all' });
      expect(town).toMatchObject({ status: 'all', units: 14, reporting: 4 });
      // 幸福村 has a draft (E12); 新华村 only a deleted entry (E14).
      expect(gapNames(town)).toEqual(sorted(TOWN1_GAPS_2026.filter((n) => n !== '幸福村')));
      const county = await coverage({ period: '2026', status: 'all' });
      expect(county.reporting).toBe(8);
      expect(county.gaps.map((g) => g.pathName)).not.toContain('示例县');
    });

    it('narrows to one kind of unit with kind', async () => {
      const r = await coverage({ org: f.unit.town1, period: '2026', kind: 'village' });
      expect(r).toMatchObject({ units: 5, reporting: 2 });
      expect(gapNames(r)).toEqual(sorted(['和平村', '幸福村', '新华村']));
      expect(r.byChild.find((c) => c.label === '城关中心学校')).toMatchObject({ units: 0, reporting: 0 });
      expect(r.byChild.find((c) => c.label === '东风村')).toMatchObject({ units: 1, reporting: 1 });
      expect(await coverage({ org: f.unit.town1, period: '2026', kind: 'village', status: 'all' })).toMatchObject({ units: 5, reporting: 3 });
      expect(await coverage({ period: '2026', kind: 'village' })).toMatchObject({ units: activeVillages, reporting: 4 });
      expect(await coverage({ period: '2026', kind: 'no_such_kind' })).toMatchObject({ units: 0, reporting: 0, gaps: [] });
    });

    it('counts an entry on its start date, within the exact days of the period', async () => {
      // 2026-03-14 (城关镇, E5) is outside; 团结村 (E4) is deactivated.
      const range = await coverage({ from: '2026-03-15', to: '2026-05-10' });
      expect(range.reporting).toBe(2);
      expect(range.gaps.map((g) => g.pathName)).toContain('城关镇');
      expect((await coverage({ period: '2026-05' })).reporting).toBe(2);
      expect((await coverage({ period: '2024' })).reporting).toBe(1);
      expect((await coverage({ period: '2025' })).reporting).toBe(0);
      expect(await coverage({ period: `campaign:${f.campaign.town1}` }, t1Admin)).toMatchObject({
        from: '2026-03-01',
        to: '2026-04-30',
        units: 14,
        reporting: 2,
      });
    });

    it('covers a single village, itself the gap when it recorded nothing', async () => {
      expect(await coverage({ org: f.unit.dongfeng, period: '2026' })).toMatchObject({ units: 1, reporting: 1, gaps: [], byChild: [] });
      expect((await coverage({ org: f.unit.xingfu, period: '2026' })).gaps).toEqual([
        { id: f.unit.xingfu, name: '幸福村', kind: 'village', pathName: '幸福村' },
      ]);
    });

    it.each([
      ['no period', {}, 422, '/query/from'],
      ['period with from/to', { period: '2026', from: '2026-01-01', to: '2026-02-01' }, 422, '/query/period'],
      ['from after to', { from: '2026-02-01', to: '2026-01-01' }, 422, '/query/to'],
      ['a period it cannot read', { period: 'last-year' }, 422, '/query/period'],
      ['org=abc', { period: '2026', org: 'abc' }, 400, '/query/org'],
      ['status=pending', { period: '2026', status: 'pending' }, 400, '/query/status'],
    ])('answers %s with problem+json pointing at the parameter', async (_, query, status, pointer) => {
      const res = await f.get(admin, '/api/stats/coverage', query);
      expect(res.statusCode).toBe(status);
      const p = problemOf(res);
      expect(p.title).toMatch(/[\u4e00-\u9fff]/);
      expect(p.errors?.map((e) => e.pointer)).toContain(pointer);
    });

    describe('scope', () => {
      it('covers a township admin’s own township when no org is given', async () => {
        expect(await coverage({ period: '2026' }, t1Admin)).toMatchObject({ org: { name: '城关镇' }, units: 14, reporting: 3 });
      });

      it('answers 404 to a township admin asking about another township, its village or its campaign', async () => {
        const queries: Query[] = [
          { org: f.unit.town2, period: '2026' },
          { org: f.unit.heping2, period: '2026' },
          { org: f.unit.county, period: '2026' },
          { period: `campaign:${f.campaign.town2}` },
        ];
        for (const query of queries) {
          const res = await f.get(t1Admin, '/api/stats/coverage', query);
          expect(res.statusCode).toBe(404);
          expect(problemOf(res).title).toBe('未找到');
        }
      });

      it('lets a county viewer cover any township', async () => {
        expect(await coverage({ org: f.unit.town2, period: '2026' }, f.cookie.viewer)).toMatchObject({ org: { name: '河口镇' }, units: 16, reporting: 3 });
      });

      it('answers 401 without a session', async () => {
        const res = await f.t.app.inject({ method: 'GET', url: '/api/stats/coverage?period=2026' });
        expect(res.statusCode).toBe(401);
        expect(problemOf(res).title).toBe('未登录或登录已失效');
      });
    });
  });
}
