import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { StatsResult, StatsTotals } from '../../../contracts/stats.contract.js';
import { DIALECTS } from '../../../../test-support/databases.js';
import { createStatsFixture, INDICATOR_CODES, ok, problemOf, totalsWith, type StatsFixture } from '../../../../test-support/stats.js';

/** Adds the groups' totals figure by figure. */
function sumOfGroups(r: StatsResult): StatsTotals {
  const sum: StatsTotals = {};
  for (const g of r.groups) for (const [k, v] of Object.entries(g.totals)) sum[k] = Math.round(((sum[k] ?? 0) + v) * 100) / 100;
  return sum;
}

/** key → entries of each group, in the order the response lists them. */
const entriesByKey = (r: StatsResult) => r.groups.map((g) => [g.key, g.totals.entries] as const);

// The county's approved figures of 2026: E1–E8 and E10 (E9 is 2024; the rest are not approved).
const COUNTY_2026 = totalsWith({ entries: 9, sessions: 6, attendance: 155, households: 45, projects: 1, funds: 52135.06, disputes_resolved: 3 });

for (const dialect of DIALECTS) {
  describe(`GET /api/stats (${dialect})`, () => {
    let f: StatsFixture;
    let admin: string;
    let t1Admin: string;

    beforeAll(async () => {
      f = await createStatsFixture(dialect);
      ({ admin, t1Admin } = f.cookie);
    });
    afterAll(() => f.close());

    const stats = async (cookie: string, query: Record<string, string | number>) => ok(await f.get(cookie, '/api/stats', query)).json() as StatsResult;

    describe('totals', () => {
      it('counts the approved entries of the county by start date, with every active indicator and money in 元 with cents', async () => {
        const r = await stats(admin, { period: '2026' });
        expect(r).toMatchObject({
          org: { id: f.unit.county, name: '示例县' },
          from: '2026-01-01',
          to: '2026-12-31',
          status: 'approved',
          groupBy: 'none',
          groups: [],
          groupsAddUp: true,
          notes: [],
          treeChanges: [],
        });
        expect(r.totals).toEqual(COUNTY_2026);
        expect(r.indicators.map((i) => i.code)).toEqual(INDICATOR_CODES);
        expect(r.indicators.find((i) => i.code === 'funds')).toEqual({ code: 'funds', name: '投入资金', unit: '元', valueKind: 'money' });
      });

      it('totals a township and a village over their whole subtree', async () => {
        expect((await stats(admin, { org: f.unit.town1, period: '2026' })).totals).toEqual(
          totalsWith({ entries: 5, sessions: 4, attendance: 75, households: 40, projects: 1, funds: 52035.06 }),
        );
        expect((await stats(admin, { org: f.unit.town2, period: '2026' })).totals).toEqual(
          totalsWith({ entries: 4, sessions: 2, attendance: 80, households: 5, funds: 100, disputes_resolved: 3 }),
        );
        const village = await stats(admin, { org: f.unit.dongfeng, period: '2026' });
        expect(village.org).toEqual({ id: f.unit.dongfeng, name: '东风村' });
        expect(village.totals).toEqual(totalsWith({ entries: 2, sessions: 3, attendance: 75, households: 12, funds: 1234.56 }));
      });

      it('counts every live entry with status=all (drafts, submitted, returned) but never a deleted one', async () => {
        const county = await stats(admin, { period: '2026', status: 'all' });
        expect(county.status).toBe('all');
        expect(county.totals).toEqual(
          totalsWith({ entries: 14, sessions: 9, attendance: 265, households: 45, projects: 1, funds: 52335.06, disputes_resolved: 6 }),
        );
        // E14 (5 sessions, 500 people at 新华村) was deleted: 城关镇 gets E11 and E12 only.
        expect((await stats(admin, { org: f.unit.town1, period: '2026', status: 'all' })).totals).toMatchObject({
          entries: 7,
          sessions: 6,
          attendance: 185,
          funds: 52235.06,
        });
        expect((await stats(admin, { org: f.unit.xinhua, period: '2026', status: 'all' })).totals.entries).toBe(0);
      });

      it('totals only the indicators asked for, in the order asked', async () => {
        const r = await stats(admin, { period: '2026', indicators: 'funds,sessions' });
        expect(r.totals).toEqual({ entries: 9, funds: 52135.06, sessions: 6 });
        expect(r.indicators.map((i) => i.code)).toEqual(['funds', 'sessions']);
      });

      it('counts only the given types, a category standing for all of its types', async () => {
        const edu = await stats(admin, { period: '2026', types: f.type.edu });
        expect(edu.totals).toEqual(totalsWith({ entries: 4, sessions: 5, attendance: 155, households: 12, funds: 1334.55 }));
        const mixed = await stats(admin, { period: '2026', types: `${f.type.lecture},${f.type.law}`, indicators: 'attendance,disputes_resolved' });
        expect(mixed.totals).toEqual({ entries: 3, attendance: 90, disputes_resolved: 3 });
      });
    });

    describe('groupBy=child', () => {
      it('lists 本级 with the unit’s own entries, then every child, adding up exactly to the totals', async () => {
        const r = await stats(admin, { org: f.unit.town1, period: '2026', groupBy: 'child' });
        expect(r.groups[0]).toEqual({ key: 'own', label: '城关镇（本级）', totals: totalsWith({ entries: 1, sessions: 1 }) });
        const byKey = new Map(r.groups.map((g) => [g.key, g]));
        expect(byKey.get(String(f.unit.dongfeng))).toEqual({
          key: String(f.unit.dongfeng),
          label: '东风村',
          totals: totalsWith({ entries: 2, sessions: 3, attendance: 75, households: 12, funds: 1234.56 }),
        });
        expect(byKey.get(String(f.unit.xiangyang))?.totals).toEqual(totalsWith({ entries: 1, households: 8, funds: 800.5 }));
        expect(byKey.get(String(f.unit.xingfu))?.totals).toEqual(totalsWith({}));
        expect(r.groupsAddUp).toBe(true);
        expect(sumOfGroups(r)).toEqual(r.totals);
      });

      it('shows a deactivated child only while it holds figures of the period', async () => {
        const r = await stats(admin, { org: f.unit.town1, period: '2026', groupBy: 'child' });
        const keys = r.groups.map((g) => g.key);
        expect(r.groups.find((g) => g.key === String(f.unit.tuanjie))).toMatchObject({ label: '团结村', totals: { entries: 1, funds: 50000, projects: 1 } });
        expect(keys).not.toContain(String(f.unit.guangming));
        // 城关镇 has 15 children; 光明村 is inactive and empty.
        expect(r.groups).toHaveLength(1 + 14);
        // In 2025 团结村 has nothing either, so it disappears as well.
        expect((await stats(admin, { org: f.unit.town1, period: '2025', groupBy: 'child' })).groups.map((g) => g.key)).not.toContain(String(f.unit.tuanjie));
      });

      it('groups the county by township, with status=all putting the county’s own entry under 本级', async () => {
        const approved = await stats(admin, { period: '2026', groupBy: 'child' });
        expect(approved.groups.filter((g) => (g.totals.entries ?? 0) > 0).map((g) => [g.label, g.totals.entries])).toEqual([
          ['城关镇', 5],
          ['河口镇', 4],
        ]);
        expect(sumOfGroups(approved)).toEqual(approved.totals);
        const all = await stats(admin, { period: '2026', groupBy: 'child', status: 'all' });
        expect(all.groups.filter((g) => (g.totals.entries ?? 0) > 0).map((g) => [g.label, g.totals.entries])).toEqual([
          ['示例县（本级）', 1],
          ['城关镇', 7],
          ['河口镇', 6],
        ]);
        expect(sumOfGroups(all)).toEqual(all.totals);
      });
    });

    describe('groupBy month, quarter and year', () => {
      it('lists every month of the range, empty ones with zeros', async () => {
        const r = await stats(admin, { period: '2026', groupBy: 'month', indicators: 'funds' });
        expect(entriesByKey(r)).toEqual([
          ['2026-01', 1],
          ['2026-02', 0],
          ['2026-03', 2],
          ['2026-04', 1],
          ['2026-05', 2],
          ['2026-06', 1],
          ['2026-07', 1],
          ['2026-08', 0],
          ['2026-09', 0],
          ['2026-10', 0],
          ['2026-11', 0],
          ['2026-12', 1],
        ]);
        expect(r.groups[1]).toEqual({ key: '2026-02', label: '2026年2月', totals: { entries: 0, funds: 0 } });
        expect(r.groups[11]).toEqual({ key: '2026-12', label: '2026年12月', totals: { entries: 1, funds: 0.01 } });
        expect(sumOfGroups(r)).toEqual(r.totals);
      });

      it('counts only the days inside the range in its first and last months', async () => {
        // 2026-03-14 (E5) and 2026-05-11 (E6) fall just outside; 2026-03-15 (E2) and 2026-05-10 (E3) just inside.
        const r = await stats(admin, { from: '2026-03-15', to: '2026-05-10', groupBy: 'month', indicators: 'funds' });
        expect(r.groups).toEqual([
          { key: '2026-03', label: '2026年3月', totals: { entries: 1, funds: 1234.56 } },
          { key: '2026-04', label: '2026年4月', totals: { entries: 1, funds: 50000 } },
          { key: '2026-05', label: '2026年5月', totals: { entries: 1, funds: 800.5 } },
        ]);
        expect(r.totals).toEqual({ entries: 3, funds: 52035.06 });
        const all = await stats(admin, { from: '2026-03-15', to: '2026-05-10', groupBy: 'month', status: 'all', indicators: 'funds' });
        expect(entriesByKey(all)).toEqual([
          ['2026-03', 2],
          ['2026-04', 1],
          ['2026-05', 1],
        ]);
        const quarters = await stats(admin, { from: '2026-03-15', to: '2026-05-10', groupBy: 'quarter', indicators: 'funds' });
        expect(entriesByKey(quarters)).toEqual([
          ['2026Q1', 1],
          ['2026Q2', 2],
        ]);
      });

      it.each([
        ['two month tails with no whole month between', '2026-04-30', '2026-05-10', 2],
        ['a whole month and a tail', '2026-03-14', '2026-04-30', 3],
        ['a single day', '2026-05-10', '2026-05-10', 1],
        ['the day before an entry', '2026-05-09', '2026-05-09', 0],
        ['a range across the year end', '2025-12-01', '2026-01-10', 1],
      ])('counts exactly the days of %s (%s – %s)', async (_, from, to, entries) => {
        expect((await stats(admin, { from, to })).totals.entries).toBe(entries);
      });

      it('finds a leap-day entry through the day rows and the month rows alike', async () => {
        expect((await stats(admin, { from: '2024-02-29', to: '2024-03-01' })).totals).toMatchObject({ entries: 1, sessions: 1, attendance: 25 });
        expect((await stats(admin, { from: '2024-02-01', to: '2024-02-28' })).totals.entries).toBe(0);
        expect((await stats(admin, { period: '2024-02' })).totals).toMatchObject({ entries: 1, attendance: 25 });
      });

      it('groups by quarter and by year with Chinese labels, empty buckets included', async () => {
        const q = await stats(admin, { period: '2026', groupBy: 'quarter' });
        expect(q.groups.map((g) => [g.key, g.label, g.totals.entries])).toEqual([
          ['2026Q1', '2026年第一季度', 3],
          ['2026Q2', '2026年第二季度', 4],
          ['2026Q3', '2026年第三季度', 1],
          ['2026Q4', '2026年第四季度', 1],
        ]);
        const y = await stats(admin, { from: '2024-01-01', to: '2026-12-31', groupBy: 'year', indicators: 'attendance' });
        expect(y.groups).toEqual([
          { key: '2024', label: '2024年', totals: { entries: 1, attendance: 25 } },
          { key: '2025', label: '2025年', totals: { entries: 0, attendance: 0 } },
          { key: '2026', label: '2026年', totals: { entries: 9, attendance: 155 } },
        ]);
        expect(sumOfGroups(y)).toEqual(y.totals);
      });
    });

    describe('groupBy category, type and tag', () => {
      it('groups by category in catalogue order, adding up to the totals', async () => {
        const r = await stats(admin, { period: '2026', groupBy: 'category' });
        expect(r.groups.map((g) => [g.label, g.totals.entries])).toEqual([
          ['宣传教育', 4],
          ['交往交流交融', 2],
          ['组织领导', 1],
          ['发展与民生', 1],
          ['依法治理', 1],
        ]);
        expect(r.groups[0]!.key).toBe(String(f.type.edu));
        expect(sumOfGroups(r)).toEqual(r.totals);
      });

      it('groups by type in catalogue order, category by category, with each type’s sums', async () => {
        const r = await stats(admin, { period: '2026', groupBy: 'type', indicators: 'sessions,attendance,households,funds' });
        const byKey = Object.fromEntries(r.groups.map((g) => [g.key, g]));
        // Catalogue order, category by category.
        expect(r.groups.map((g) => g.label)).toEqual(['宣讲/报告会', '专题培训', '走访慰问', '领导小组会议/推进会', '民生项目', '矛盾纠纷排查调处']);
        expect(byKey[f.type.lecture]).toEqual({
          key: String(f.type.lecture),
          label: '宣讲/报告会',
          totals: { entries: 2, sessions: 2, attendance: 90, households: 12, funds: 0 },
        });
        expect(byKey[f.type.training]!.totals).toEqual({ entries: 2, sessions: 3, attendance: 65, households: 0, funds: 1334.55 });
        expect(byKey[f.type.condolence]!.totals).toEqual({ entries: 2, sessions: 0, attendance: 0, households: 13, funds: 800.51 });
        expect([f.type.project, f.type.dispute, f.type.meeting].map((id) => byKey[id]!.totals.entries)).toEqual([1, 1, 1]);
        expect(sumOfGroups(r)).toEqual(r.totals);
      });

      it('groups by tag without adding up, and says why next to the figures', async () => {
        const r = await stats(admin, { period: '2026', groupBy: 'tag', indicators: 'attendance' });
        expect(r.groups.map((g) => [g.key, g.label, g.totals.entries])).toEqual([
          [String(f.tag.village), '进村(社区)', 3],
          [String(f.tag.school), '进学校', 1],
          [String(f.tag.pomegranate), '石榴籽', 2],
          [String(f.tag.activities), '活动开展', 2],
        ]);
        expect(r.groups[0]!.totals.attendance).toBe(135);
        expect(r.totals.entries).toBe(9);
        expect(r.groupsAddUp).toBe(false);
        expect(r.notes).toEqual(['一条台账可带多个标签，各标签之和可能大于合计']);
      });

      it('narrows tag groups to one kind with tagKind', async () => {
        expect(entriesByKey(await stats(admin, { period: '2026', groupBy: 'tag', tagKind: 'carrier' }))).toEqual([
          [String(f.tag.village), 3],
          [String(f.tag.school), 1],
        ]);
        expect(entriesByKey(await stats(admin, { period: '2026', groupBy: 'tag', tagKind: 'theme' }))).toEqual([[String(f.tag.pomegranate), 2]]);
        expect(entriesByKey(await stats(admin, { period: '2026', groupBy: 'tag', tagKind: 'carrier', status: 'all' }))[0]).toEqual([String(f.tag.village), 4]);
      });
    });

    describe('periods', () => {
      it.each([
        ['2026', '2026-01-01', '2026-12-31', 9],
        ['2026H1', '2026-01-01', '2026-06-30', 7],
        ['2026h2', '2026-07-01', '2026-12-31', 2],
        ['2026Q2', '2026-04-01', '2026-06-30', 4],
        ['2026-05', '2026-05-01', '2026-05-31', 2],
        ['2024-02', '2024-02-01', '2024-02-29', 1],
      ])('reads period=%s as %s – %s', async (period, from, to, entries) => {
        const r = await stats(admin, { period });
        expect({ from: r.from, to: r.to, entries: r.totals.entries }).toEqual({ from, to, entries });
      });

      it('reads period=campaign:<id> as the campaign’s dates, for campaigns of the unit, above and below it', async () => {
        const own = await stats(t1Admin, { period: `campaign:${f.campaign.town1}` });
        expect(own).toMatchObject({ org: { name: '城关镇' }, from: '2026-03-01', to: '2026-04-30', totals: { entries: 3, sessions: 1 + 2, funds: 51234.56 } });
        expect(await stats(t1Admin, { period: `campaign:${f.campaign.county}` })).toMatchObject({
          from: '2026-07-01',
          to: '2026-12-31',
          totals: { entries: 0 },
        });
        expect(await stats(admin, { period: `campaign:${f.campaign.town2}` })).toMatchObject({ from: '2026-05-01', to: '2026-06-30', totals: { entries: 3 } });
      });

      it('answers 404 for a campaign of another township or one that does not exist', async () => {
        for (const id of [f.campaign.town2, 999999]) {
          const res = await f.get(t1Admin, '/api/stats', { period: `campaign:${id}` });
          expect(res.statusCode).toBe(404);
          expect(problemOf(res)).toMatchObject({ code: 'CAMPAIGN_NOT_FOUND', title: '未找到', errors: [{ pointer: '/query/period' }] });
        }
      });

      it.each([
        ['period together with from/to', { period: '2026', from: '2026-01-01', to: '2026-01-31' }, '/query/period', 'period 与起止日期只能二选一'],
        ['from after to', { from: '2026-05-01', to: '2026-04-30' }, '/query/to', '开始日期不能晚于结束日期'],
        ['no period at all', {}, '/query/from', '请指定统计时间段（起止日期，或 period，如 2026、2026Q1、2026-05）'],
        ['only from', { from: '2026-01-01' }, '/query/to', '请指定统计时间段（起止日期，或 period，如 2026、2026Q1、2026-05）'],
        ['a period it cannot read', { period: '2026Q5' }, '/query/period', '时间段格式不正确，应为 2026、2026H1、2026Q1、2026-05 或 campaign:编号'],
        ['an unknown indicator', { period: '2026', indicators: 'sessions,nonesuch' }, '/query/indicators', '未知的指标代码：nonesuch'],
        ['an unknown type', { period: '2026', types: '999999' }, '/query/types', '未知的活动类型编号：999999'],
      ])('answers 422 with a field error for %s', async (_, query, pointer, message) => {
        const res = await f.get(admin, '/api/stats', query);
        expect(res.statusCode).toBe(422);
        expect(problemOf(res)).toMatchObject({ status: 422, title: '提交的内容有误', detail: message, errors: [{ pointer, message }] });
      });

      it('answers 422 when types are combined with groupBy=tag', async () => {
        const res = await f.get(admin, '/api/stats', { period: '2026', groupBy: 'tag', types: f.type.edu });
        expect(problemOf(res)).toMatchObject({ status: 422, errors: [{ pointer: '/query/types', message: '按标签分组时不能同时按活动类型筛选' }] });
      });

      it.each([
        ['groupBy=foo', { period: '2026', groupBy: 'foo' }, '/query/groupBy'],
        ['org=abc', { period: '2026', org: 'abc' }, '/query/org'],
        ['status=pending', { period: '2026', status: 'pending' }, '/query/status'],
        ['a malformed date', { from: '2026-02-30', to: '2026-03-01' }, '/query/from'],
        ['indicators with spaces', { period: '2026', indicators: 'funds, sessions' }, '/query/indicators'],
        ['tagKind=colour', { period: '2026', groupBy: 'tag', tagKind: 'colour' }, '/query/tagKind'],
      ])('answers 400 problem+json in Chinese for %s', async (_, query, pointer) => {
        const res = await f.get(admin, '/api/stats', query);
        expect(res.statusCode).toBe(400);
        const p = problemOf(res);
        expect(p).toMatchObject({ status: 400, title: '请求参数有误', code: 'VALIDATION_FAILED' });
        expect(p.errors?.map((e) => e.pointer)).toContain(pointer);
        expect(p.errors?.every((e) => /[\u4e00-\u9fff]/.test(e.message))).toBe(true);
      });
    });

    describe('scope', () => {
      it('answers a township admin about their own township when no org is given', async () => {
        const r = await stats(t1Admin, { period: '2026' });
        expect(r.org).toEqual({ id: f.unit.town1, name: '城关镇' });
        expect(r.totals.entries).toBe(5);
        expect((await stats(f.cookie.t1Clerk, { period: '2026' })).org.name).toBe('东风村');
      });

      it('answers 404 to a township admin asking about another township, its village or the county', async () => {
        for (const org of [f.unit.town2, f.unit.heping2, f.unit.county]) {
          const res = await f.get(t1Admin, '/api/stats', { org, period: '2026' });
          expect(res.statusCode).toBe(404);
          expect(problemOf(res)).toMatchObject({ code: 'ORG_NOT_FOUND', detail: '单位不存在，或不在您的管辖范围内', errors: [{ pointer: '/query/org' }] });
        }
        expect((await f.get(t1Admin, '/api/stats', { org: 999999, period: '2026' })).statusCode).toBe(404);
      });

      it('lets a county viewer ask about any township', async () => {
        expect((await stats(f.cookie.viewer, { period: '2026' })).totals).toEqual(COUNTY_2026);
        expect((await stats(f.cookie.viewer, { org: f.unit.town2, period: '2026' })).totals.entries).toBe(4);
      });

      it('answers 401 without a session', async () => {
        const res = await f.t.app.inject({ method: 'GET', url: '/api/stats?period=2026' });
        expect(res.statusCode).toBe(401);
        expect(problemOf(res).title).toBe('未登录或登录已失效');
      });
    });
  });
}
