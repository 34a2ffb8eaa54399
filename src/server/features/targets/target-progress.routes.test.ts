import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Target, TargetProgress, TargetProgressItem } from '../../../contracts/target.contract.js';
import { createTestApp, problemOf, type TestApp } from '../../../../test-support/app.js';
import { DIALECTS } from '../../../../test-support/databases.js';
import { ledgerHelpers, type LedgerHelpers } from '../../../../test-support/ledger.js';
import { queryString } from '../../../../test-support/stats.js';

/**
 * GET /api/targets/progress. Each scenario lives in its own year, so its targets and entries are
 * the only ones judged and every figure below is worked out by hand.
 */
for (const dialect of DIALECTS) {
  describe(`target progress over HTTP (${dialect})`, () => {
    let t: TestApp;
    let h: LedgerHelpers;
    let admin: string;
    let viewer: string;
    let t1Admin: string;
    let t1Clerk: string;
    let t2Admin: string;
    let t2Clerk: string;
    const unit = { county: 0, town1: 0, town2: 0, dongfeng: 0, xiangyang: 0, heping2: 0, shengli: 0, school1: 0 };
    const type = { lecture: 0, training: 0, classMeeting: 0 };

    beforeAll(async () => {
      t = await createTestApp(dialect);
      h = ledgerHelpers(t);
      [admin, viewer, t1Admin, t1Clerk, t2Admin, t2Clerk] = (await Promise.all(
        ['admin', 'viewer', 't1-admin', 't1-clerk', 't2-admin', 't2-clerk'].map((u) => t.login(u)),
      )) as [string, string, string, string, string, string];
      Object.assign(unit, {
        county: await t.orgId('示例县'),
        town1: await t.orgId('示例县', '城关镇'),
        town2: await t.orgId('示例县', '河口镇'),
        dongfeng: await t.orgId('示例县', '城关镇', '东风村'),
        xiangyang: await t.orgId('示例县', '城关镇', '向阳村'),
        heping2: await t.orgId('示例县', '河口镇', '和平村'),
        shengli: await t.orgId('示例县', '河口镇', '胜利村'),
        school1: await t.orgId('示例县', '城关镇', '城关中心学校'),
      });
      Object.assign(type, {
        lecture: await h.typeId('edu.lecture'),
        training: await h.typeId('edu.training'),
        classMeeting: await h.typeId('edu.classmeeting'),
      });
    });
    afterAll(() => t.close());

    const expectStatus = (res: { statusCode: number; body: string }, status: number) => {
      if (res.statusCode !== status) throw new Error(`expected ${status}, got ${res.statusCode}: ${res.body}`);
    };
    const target = async (cookie: string, body: Record<string, unknown>): Promise<Target> => {
      const res = await h.send(cookie, 'POST', '/api/targets', body);
      expectStatus(res, 201);
      return res.json();
    };
    /** Records an entry as `by`; `approver` (a reviewer above) approves it, else it stays submitted or a draft. */
    const entry = async (
      by: string,
      orgId: number,
      typeId: number,
      startDate: string,
      measures: Record<string, number>,
      status: { approver?: string; submit?: boolean } = {},
    ) => {
      const e = await h.create(by, {
        orgId,
        typeId,
        title: `目标测试${startDate}`,
        startDate,
        measures,
        submit: status.submit ?? status.approver !== undefined,
      });
      if (status.approver) expectStatus(await h.send(status.approver, 'POST', `/api/activities/${e.id}/approve`), 200);
      return e.id;
    };
    const progressRes = (cookie: string, query: Record<string, string | number>) => h.get(cookie, `/api/targets/progress?${queryString(query)}`);
    const progress = async (cookie: string, query: Record<string, string | number>): Promise<TargetProgress> => {
      const res = await progressRes(cookie, query);
      expectStatus(res, 200);
      return res.json();
    };
    const item = (p: TargetProgress, id: number): TargetProgressItem => {
      const found = p.items.find((i) => i.target.id === id);
      if (!found) throw new Error(`target ${id} not judged: ${JSON.stringify(p.items.map((i) => i.target.id))}`);
      return found;
    };
    const summary = (i: TargetProgressItem) => ({ goal: i.goal, actual: i.actual, percent: i.percent, state: i.state });

    describe("a township's own targets (2025): sums, counts, money, approved entries only", () => {
      let attendance: Target;
      let count: Target;
      let funds: Target;
      let submitted: number;

      beforeAll(async () => {
        const base = { orgId: unit.town1, year: 2025 };
        attendance = await target(t1Admin, { ...base, indicatorCode: 'attendance', typeId: type.training, amount: 100 });
        count = await target(t1Admin, { ...base, typeId: type.training, amount: 2 });
        funds = await target(t1Admin, { ...base, indicatorCode: 'funds', amount: 1000 });
        await entry(t1Clerk, unit.dongfeng, type.training, '2025-03-10', { sessions: 1, attendance: 80, funds: 600.5 }, { approver: t1Admin });
        await entry(t1Clerk, unit.dongfeng, type.training, '2025-06-20', { sessions: 1, attendance: 70, funds: 500.2 }, { approver: t1Admin });
        // The township's own entry counts as part of its subtree.
        await entry(t1Admin, unit.town1, type.training, '2025-09-09', { sessions: 1, attendance: 20 }, { approver: admin });
        // Not counted: another type, an entry awaiting review, a draft, another township.
        await entry(t1Clerk, unit.dongfeng, type.lecture, '2025-04-01', { sessions: 1, attendance: 40 }, { approver: t1Admin });
        submitted = await entry(t1Clerk, unit.dongfeng, type.training, '2025-07-01', { sessions: 1, attendance: 500, funds: 9999 }, { submit: true });
        await entry(t1Clerk, unit.dongfeng, type.training, '2025-08-01', { sessions: 1, attendance: 1000 });
        await entry(t2Clerk, unit.heping2, type.training, '2025-05-05', { sessions: 1, attendance: 300, funds: 5000 }, { approver: t2Admin });
      });

      it('judges each target on the approved entries of the whole subtree at year end; a yearly target may pass 100 %', async () => {
        const p = await progress(t1Admin, { year: 2025, asOf: '2025-12-31' });
        expect(p).toMatchObject({ org: { id: unit.town1, name: '城关镇' }, year: 2025, asOf: '2025-12-31', ranking: [] });
        expect(p.items.map((i) => i.target.id)).toEqual([attendance.id, count.id, funds.id]);
        expect(item(p, attendance.id)).toEqual({
          target: attendance,
          org: { id: unit.town1, name: '城关镇' },
          goal: 100,
          actual: 170,
          percent: 170,
          state: 'met',
          periods: [{ key: '2025', label: '2025年', from: '2025-01-01', to: '2025-12-31', goal: 100, actual: 170, expected: 100, percent: 170, state: 'met' }],
        });
        expect(summary(item(p, count.id))).toEqual({ goal: 2, actual: 3, percent: 150, state: 'met' });
        // Money in 元: 600.50 + 500.20.
        expect(summary(item(p, funds.id))).toEqual({ goal: 1000, actual: 1100.7, percent: 110.1, state: 'met' });
      });

      it('judges at the asOf day: only entries started by then count, against the pro-rata share of the year', async () => {
        const april = await progress(t1Admin, { year: 2025, asOf: '2025-04-30' });
        // 120 of 365 days have passed.
        expect(summary(item(april, attendance.id))).toEqual({ goal: 100, actual: 80, percent: 80, state: 'on_track' });
        expect(item(april, attendance.id).periods[0]).toMatchObject({ expected: 32.88, state: 'on_track' });
        expect(summary(item(april, count.id))).toEqual({ goal: 2, actual: 1, percent: 50, state: 'on_track' });
        expect(item(april, count.id).periods[0]!.expected).toBe(0.66);
        expect(summary(item(april, funds.id))).toEqual({ goal: 1000, actual: 600.5, percent: 60.1, state: 'on_track' });
        expect(item(april, funds.id).periods[0]!.expected).toBe(328.77);

        const march = await progress(t1Admin, { year: 2025, asOf: '2025-03-05' });
        expect(march.items.map(summary)).toEqual([
          { goal: 100, actual: 0, percent: 0, state: 'behind' },
          { goal: 2, actual: 0, percent: 0, state: 'behind' },
          { goal: 1000, actual: 0, percent: 0, state: 'behind' },
        ]);
      });

      it('counts an entry the moment it is approved', async () => {
        expectStatus(await h.send(t1Admin, 'POST', `/api/activities/${submitted}/approve`), 200);
        const p = await progress(t1Admin, { year: 2025, asOf: '2025-12-31' });
        expect(summary(item(p, attendance.id))).toEqual({ goal: 100, actual: 670, percent: 670, state: 'met' });
        expect(summary(item(p, count.id))).toEqual({ goal: 2, actual: 4, percent: 200, state: 'met' });
        expect(summary(item(p, funds.id))).toEqual({ goal: 1000, actual: 11099.7, percent: 1110, state: 'met' });
      });

      it('shows the same progress to the county, and drops a retired target', async () => {
        const before = await progress(viewer, { org: unit.town1, year: 2025, asOf: '2025-12-31' });
        expect(before.items).toHaveLength(3);
        expectStatus(await h.send(admin, 'PATCH', `/api/targets/${count.id}`, { version: count.version, active: false }), 200);
        const after = await progress(viewer, { org: unit.town1, year: 2025, asOf: '2025-12-31' });
        expect(after.items.map((i) => i.target.id)).toEqual([attendance.id, funds.id]);
      });
    });

    describe('periods (2024): every quarter must be met', () => {
      let quarterly: Target;
      let yearly: Target;

      beforeAll(async () => {
        // Set for 城关镇 by the county, and by the township itself.
        quarterly = await target(admin, { orgId: unit.town1, year: 2024, typeId: type.lecture, period: 'quarter', amount: 1 });
        yearly = await target(t1Admin, { orgId: unit.town1, year: 2024, typeId: type.lecture, amount: 4 });
        await entry(t1Clerk, unit.dongfeng, type.lecture, '2024-04-10', { sessions: 1, attendance: 30 }, { approver: t1Admin });
        await entry(t1Clerk, unit.dongfeng, type.lecture, '2024-05-02', { sessions: 1, attendance: 30 }, { approver: t1Admin });
        // Q1 has only an entry awaiting review and a draft: not counted.
        await entry(t1Clerk, unit.dongfeng, type.lecture, '2024-03-01', { sessions: 1, attendance: 30 }, { submit: true });
        await entry(t1Clerk, unit.dongfeng, type.lecture, '2024-02-01', { sessions: 1, attendance: 30 });
      });

      it('judges a quarterly target with entries only in Q2, mid-Q2: Q1 missed, Q2 met, the rest upcoming, behind at 25 %', async () => {
        const p = await progress(t1Admin, { year: 2024, asOf: '2024-05-15' });
        const q = item(p, quarterly.id);
        expect(summary(q)).toEqual({ goal: 4, actual: 2, percent: 25, state: 'behind' });
        expect(q.periods).toEqual([
          { key: '2024Q1', label: '2024年第一季度', from: '2024-01-01', to: '2024-03-31', goal: 1, actual: 0, expected: 1, percent: 0, state: 'missed' },
          // 45 of Q2's 91 days have passed.
          { key: '2024Q2', label: '2024年第二季度', from: '2024-04-01', to: '2024-06-30', goal: 1, actual: 2, expected: 0.49, percent: 200, state: 'met' },
          { key: '2024Q3', label: '2024年第三季度', from: '2024-07-01', to: '2024-09-30', goal: 1, actual: 0, expected: 0, percent: 0, state: 'upcoming' },
          { key: '2024Q4', label: '2024年第四季度', from: '2024-10-01', to: '2024-12-31', goal: 1, actual: 0, expected: 0, percent: 0, state: 'upcoming' },
        ]);
        // The same two entries keep a yearly target of 4 on track: 136 of 366 days → 1.49 expected.
        const y = item(p, yearly.id);
        expect(summary(y)).toEqual({ goal: 4, actual: 2, percent: 50, state: 'on_track' });
        expect(y.periods[0]!.expected).toBe(1.49);
      });

      it('does not count Q2 entries when judging in February: Q1 behind, the rest upcoming', async () => {
        const q = item(await progress(t1Admin, { year: 2024, asOf: '2024-02-15' }), quarterly.id);
        expect(summary(q)).toEqual({ goal: 4, actual: 0, percent: 0, state: 'behind' });
        expect(q.periods.map((x) => [x.state, x.actual, x.expected])).toEqual([
          ['behind', 0, 0.51],
          ['upcoming', 0, 0],
          ['upcoming', 0, 0],
          ['upcoming', 0, 0],
        ]);
      });

      it('is missed once the year is over short of it, and upcoming before the year starts', async () => {
        const end = await progress(t1Admin, { year: 2024, asOf: '2024-12-31' });
        expect(item(end, quarterly.id).periods.map((x) => x.state)).toEqual(['missed', 'met', 'missed', 'missed']);
        expect(summary(item(end, quarterly.id))).toEqual({ goal: 4, actual: 2, percent: 25, state: 'missed' });
        expect(summary(item(end, yearly.id))).toEqual({ goal: 4, actual: 2, percent: 50, state: 'missed' });
        const early = await progress(t1Admin, { year: 2024, asOf: '2023-12-01' });
        expect(early.items.map(summary)).toEqual([
          { goal: 4, actual: 0, percent: 0, state: 'upcoming' },
          { goal: 4, actual: 0, percent: 0, state: 'upcoming' },
        ]);
      });

      it('judges a past year at its last day when no asOf is given', async () => {
        const p = await progress(t1Admin, { year: 2024 });
        expect(p.asOf).toBe('2024-12-31');
        expect(item(p, quarterly.id).state).toBe('missed');
      });
    });

    describe('targets for every village (2023): the ranking of children', () => {
      let villages: Target;
      let pending: number;

      beforeAll(async () => {
        villages = await target(admin, { orgId: unit.county, year: 2023, typeId: type.lecture, amount: 2, appliesTo: 'descendants', childKind: 'village' });
        for (const day of ['2023-02-01', '2023-02-15', '2023-03-01'])
          await entry(t1Clerk, unit.dongfeng, type.lecture, day, { sessions: 1, attendance: 20 }, { approver: t1Admin });
        await entry(t1Admin, unit.xiangyang, type.lecture, '2023-03-10', { sessions: 1, attendance: 20 }, { approver: admin });
        for (const day of ['2023-01-20', '2023-03-20'])
          await entry(t2Clerk, unit.heping2, type.lecture, day, { sessions: 1, attendance: 20 }, { approver: t2Admin });
        pending = await entry(t2Admin, unit.shengli, type.lecture, '2023-02-02', { sessions: 1, attendance: 20 }, { submit: true });
      });

      // Townships with villages: 城关镇 7, 河口镇 12, 青山乡 11, 石榴乡 12, 红旗镇 11, 柳树乡 11, 白杨镇 12.
      const idle = [
        ['白杨镇', 12],
        ['红旗镇', 11],
        ['柳树乡', 11],
        ['青山乡', 11],
        ['石榴乡', 12],
      ] as const;

      it("ranks the county's townships by their villages' mean completion, counting missed villages as behind", async () => {
        const p = await progress(admin, { year: 2023, asOf: '2023-12-31' });
        // The target is judged on villages, not on the county itself.
        expect(p.items).toEqual([]);
        expect(p.ranking.slice(0, 2)).toEqual([
          // 东风村 3/2 capped at 100, 向阳村 1/2 = 50, five villages 0: 150 / 7.
          { orgId: unit.town1, name: '城关镇', percent: 21.4, targets: 7, behind: 6 },
          // 和平村 2/2; 胜利村's entry awaits review: 100 / 12.
          { orgId: unit.town2, name: '河口镇', percent: 8.3, targets: 12, behind: 11 },
        ]);
        const rest = p.ranking.slice(2);
        expect(rest.map((r) => r.name).sort()).toEqual(idle.map(([name]) => name).sort());
        for (const [name, villageCount] of idle)
          expect(rest.find((r) => r.name === name)).toMatchObject({ percent: 0, targets: villageCount, behind: villageCount });
        expect(await progress(viewer, { year: 2023, asOf: '2023-12-31' })).toEqual(p);
      });

      it('counts as behind only the villages below their pro-rata share in mid-year', async () => {
        // 30 June: 2 × 181/365 = 0.99 expected; 向阳村's one entry is on track.
        const p = await progress(admin, { year: 2023, asOf: '2023-06-30' });
        expect(p.ranking.slice(0, 2)).toEqual([
          { orgId: unit.town1, name: '城关镇', percent: 21.4, targets: 7, behind: 5 },
          { orgId: unit.town2, name: '河口镇', percent: 8.3, targets: 12, behind: 11 },
        ]);
      });

      it("ranks a township's villages, each judged on its own figures", async () => {
        const p = await progress(t1Admin, { year: 2023, asOf: '2023-12-31' });
        expect(p.items).toEqual([]);
        expect(p.ranking.slice(0, 2)).toEqual([
          { orgId: unit.dongfeng, name: '东风村', percent: 100, targets: 1, behind: 0 },
          { orgId: unit.xiangyang, name: '向阳村', percent: 50, targets: 1, behind: 1 },
        ]);
        expect(
          p.ranking
            .slice(2)
            .map((r) => r.name)
            .sort(),
        ).toEqual(['光明村', '和平村', '团结村', '幸福村', '新华村'].sort());
        expect(p.ranking.slice(2).every((r) => r.percent === 0 && r.targets === 1 && r.behind === 1)).toBe(true);
      });

      it("judges the county's target on a village itself for its clerk, uncapped", async () => {
        const p = await progress(t1Clerk, { year: 2023, asOf: '2023-12-31' });
        expect(p.org).toEqual({ id: unit.dongfeng, name: '东风村' });
        expect(p.items).toHaveLength(1);
        expect(p.items[0]).toMatchObject({
          target: { id: villages.id, orgName: '示例县' },
          org: { id: unit.dongfeng, name: '东风村' },
          goal: 2,
          actual: 3,
          percent: 150,
          state: 'met',
        });
        expect(p.ranking).toEqual([]);
      });

      it('moves a township up the ranking as soon as an entry of its villages is approved', async () => {
        expectStatus(await h.send(admin, 'POST', `/api/activities/${pending}/approve`), 200);
        const p = await progress(admin, { year: 2023, asOf: '2023-12-31' });
        // 胜利村 1/2 = 50: (100 + 50) / 12.
        expect(p.ranking[1]).toEqual({ orgId: unit.town2, name: '河口镇', percent: 12.5, targets: 12, behind: 11 });
      });

      it('answers 404 for the progress of a unit outside the reader’s subtree', async () => {
        for (const [cookie, org] of [
          [t1Admin, unit.town2],
          [t1Clerk, unit.town1],
          [t2Clerk, unit.dongfeng],
        ] as const) {
          const res = await progressRes(cookie, { org, year: 2023 });
          expect(res.statusCode).toBe(404);
          expect(problemOf(res)).toMatchObject({ code: 'ORG_NOT_FOUND', errors: [{ pointer: '/query/org' }] });
        }
      });
    });

    describe('monthly targets for every school (2022)', () => {
      let schools: Target;

      beforeAll(async () => {
        schools = await target(admin, {
          orgId: unit.county,
          year: 2022,
          typeId: type.classMeeting,
          period: 'month',
          amount: 1,
          appliesTo: 'descendants',
          childKind: 'school',
        });
        await entry(t1Admin, unit.school1, type.classMeeting, '2022-01-08', { sessions: 1, attendance: 40 }, { approver: admin });
      });

      it('judges a school month by month: January met, February behind, the rest upcoming', async () => {
        const p = await progress(t1Admin, { org: unit.school1, year: 2022, asOf: '2022-02-10' });
        const s = item(p, schools.id);
        // Mean of capped months: 1 of 12.
        expect(summary(s)).toEqual({ goal: 12, actual: 1, percent: 8.3, state: 'behind' });
        expect(s.periods).toHaveLength(12);
        expect(s.periods.slice(0, 3)).toEqual([
          { key: '2022-01', label: '2022年1月', from: '2022-01-01', to: '2022-01-31', goal: 1, actual: 1, expected: 1, percent: 100, state: 'met' },
          // 10 of February's 28 days.
          { key: '2022-02', label: '2022年2月', from: '2022-02-01', to: '2022-02-28', goal: 1, actual: 0, expected: 0.36, percent: 0, state: 'behind' },
          { key: '2022-03', label: '2022年3月', from: '2022-03-01', to: '2022-03-31', goal: 1, actual: 0, expected: 0, percent: 0, state: 'upcoming' },
        ]);
      });

      it("ranks the county's own schools beside the townships whose schools carry the target", async () => {
        const p = await progress(admin, { year: 2022, asOf: '2022-02-10' });
        expect(p.items).toEqual([]);
        const byName = new Map(p.ranking.map((r) => [r.name, r]));
        // 城关镇 has two schools: 城关中心学校 (8.3) and 城关镇幼儿园 (0).
        expect(byName.get('城关镇')).toEqual({ orgId: unit.town1, name: '城关镇', percent: 4.2, targets: 2, behind: 2 });
        expect(byName.get('河口镇')).toEqual({ orgId: unit.town2, name: '河口镇', percent: 0, targets: 1, behind: 1 });
        for (const name of ['示例县第一中学', '示例县实验小学', '示例县职业技术学校'])
          expect(byName.get(name)).toMatchObject({ percent: 0, targets: 1, behind: 1 });
        expect(p.ranking[0]!.name).toBe('城关镇');
        // Units with no school below them are not ranked.
        expect(byName.has('县委统战部')).toBe(false);
      });
    });

    it('finds no progress of an indicator no entry has carried yet, rather than counting entries', async () => {
      const created = await h.send(admin, 'POST', '/api/catalogue/indicators', { code: 'lessons', name: '授课课时', unit: '课时', valueKind: 'integer' });
      expectStatus(created, 201);
      const lessons = await target(t1Admin, { orgId: unit.town1, year: 2021, indicatorCode: 'lessons', amount: 10 });
      await entry(t1Clerk, unit.dongfeng, type.lecture, '2021-03-01', { sessions: 1, attendance: 30 }, { approver: t1Admin });
      const p = await progress(t1Admin, { year: 2021, asOf: '2021-12-31' });
      expect(summary(item(p, lessons.id))).toEqual({ goal: 10, actual: 0, percent: 0, state: 'missed' });
    });

    it('answers 400 for a missing or out-of-range year or a malformed day, and 422 for a day that does not exist', async () => {
      const malformed: Array<Record<string, string | number>> = [{}, { year: 1999 }, { year: 2026, asOf: '2026/05/01' }];
      for (const query of malformed) {
        const res = await progressRes(admin, query);
        expect(res.statusCode).toBe(400);
        expect(problemOf(res).code).toBe('VALIDATION_FAILED');
      }
      // 2025 has targets to judge, so a day that does not exist would reach the period maths.
      const res = await progressRes(admin, { org: unit.town1, year: 2025, asOf: '2025-02-30' });
      expect(res.statusCode).toBe(422);
      expect(problemOf(res).errors).toEqual([{ pointer: '/query/asOf', message: '不是有效的日期' }]);
      expect((await t.app.inject({ method: 'GET', url: '/api/targets/progress?year=2026' })).statusCode).toBe(401);
    });
  });
}
