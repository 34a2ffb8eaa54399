import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Target } from '../../../contracts/target.contract.js';
import { createTestApp, problemOf, type TestApp } from '../../../../test-support/app.js';
import { DIALECTS } from '../../../../test-support/databases.js';
import { ledgerHelpers, type LedgerHelpers } from '../../../../test-support/ledger.js';

for (const dialect of DIALECTS) {
  describe(`targets (目标任务) over HTTP (${dialect})`, () => {
    let t: TestApp;
    let h: LedgerHelpers;
    let admin: string;
    let viewer: string;
    let t1Admin: string;
    let t1Clerk: string;
    let t2Admin: string;
    let county: number;
    let town1: number;
    let town2: number;
    let school1: number;
    let training: number;
    let classMeeting: number;
    let eduCategory: number;

    beforeAll(async () => {
      t = await createTestApp(dialect);
      h = ledgerHelpers(t);
      [admin, viewer, t1Admin, t1Clerk, t2Admin] = (await Promise.all(['admin', 'viewer', 't1-admin', 't1-clerk', 't2-admin'].map((u) => t.login(u)))) as [
        string,
        string,
        string,
        string,
        string,
      ];
      county = await t.orgId('示例县');
      town1 = await t.orgId('示例县', '城关镇');
      town2 = await t.orgId('示例县', '河口镇');
      school1 = await t.orgId('示例县', '城关镇', '城关中心学校');
      [training, classMeeting, eduCategory] = await Promise.all([h.typeId('edu.training'), h.typeId('edu.classmeeting'), h.typeId('edu')]);
    });
    afterAll(() => t.close());

    const create = (cookie: string, body: Record<string, unknown>) => h.send(cookie, 'POST', '/api/targets', body);
    /** Creates a target and fails the test on anything but 201. */
    const created = async (cookie: string, body: Record<string, unknown>): Promise<Target> => {
      const res = await create(cookie, body);
      if (res.statusCode !== 201) throw new Error(`create target failed: ${res.statusCode} ${res.body}`);
      return res.json();
    };
    const patch = (cookie: string, id: number, body: Record<string, unknown>) => h.send(cookie, 'PATCH', `/api/targets/${id}`, body);
    const list = async (cookie: string, query: string) => {
      const res = await h.get(cookie, `/api/targets?${query}`);
      if (res.statusCode !== 200) throw new Error(`list failed: ${res.statusCode} ${res.body}`);
      return (res.json() as { items: Target[] }).items;
    };
    const targetCount = async () =>
      Number(
        (
          await t.container.database.db
            .selectFrom('target')
            .select((eb) => eb.fn.countAll().as('n'))
            .executeTakeFirstOrThrow()
        ).n,
      );
    const auditOf = (id: number) =>
      t.container.database.db
        .selectFrom('audit_log')
        .innerJoin('app_user', 'app_user.id', 'audit_log.user_id')
        .select(['audit_log.action', 'audit_log.org_unit_id', 'audit_log.before_json', 'audit_log.after_json', 'app_user.username'])
        .where('audit_log.entity', '=', 'target')
        .where('audit_log.entity_id', '=', String(id))
        .orderBy('audit_log.id')
        .execute();

    describe('create', () => {
      it('sets a yearly indicator target (专题培训 参与人次 ≥ 300) and reads it back by id', async () => {
        const res = await create(admin, { orgId: county, year: 2026, indicatorCode: 'attendance', typeId: training, amount: 300, note: '全年培训覆盖' });
        expect(res.statusCode).toBe(201);
        const body = res.json() as Target;
        expect(body).toEqual({
          id: expect.any(Number),
          orgId: county,
          orgName: '示例县',
          year: 2026,
          indicatorCode: 'attendance',
          metricLabel: '「专题培训」参与人次',
          unit: '人次',
          typeId: training,
          typeName: '专题培训',
          period: 'year',
          amount: 300,
          appliesTo: 'self',
          childKind: null,
          note: '全年培训覆盖',
          active: true,
          version: 1,
          updatedAt: expect.any(String),
        });
        const read = await h.get(viewer, `/api/targets/${body.id}`);
        expect(read.statusCode).toBe(200);
        expect(read.json()).toEqual(body);
      });

      it('keeps a money target to the cent: 12345.67 元 comes back as 12345.67 and is stored in 分', async () => {
        const body = await created(admin, { orgId: county, year: 2026, indicatorCode: 'funds', amount: 12345.67 });
        expect(body).toMatchObject({ indicatorCode: 'funds', metricLabel: '投入资金', unit: '元', typeId: null, typeName: null, amount: 12345.67 });
        const row = await t.container.database.db.selectFrom('target').select('amount').where('id', '=', body.id).executeTakeFirstOrThrow();
        expect(Number(row.amount)).toBe(1234567);
      });

      it('accepts large money amounts with two decimals, whose 分 are not exact in floating point (1.4 亿 元)', async () => {
        // 139213285.7 × 100 is 13921328569.999998 in binary floating point, yet it has only one decimal.
        const body = await created(admin, { orgId: county, year: 2026, indicatorCode: 'funds', amount: 139213285.7 });
        expect(body.amount).toBe(139213285.7);
      });

      it('sets an entry-count quarterly target on a category, counted as 活动数 in 次', async () => {
        const body = await created(t1Admin, { orgId: town1, year: 2026, typeId: eduCategory, period: 'quarter', amount: 3 });
        expect(body).toMatchObject({
          orgId: town1,
          orgName: '城关镇',
          indicatorCode: null,
          metricLabel: '「宣传教育」活动数',
          unit: '次',
          typeId: eduCategory,
          typeName: '宣传教育',
          period: 'quarter',
          amount: 3,
          appliesTo: 'self',
        });
      });

      it('sets a target for every school below the county: ≥ 1 主题班会 a month', async () => {
        const body = await created(admin, {
          orgId: county,
          year: 2026,
          typeId: classMeeting,
          period: 'month',
          amount: 1,
          appliesTo: 'descendants',
          childKind: 'school',
        });
        expect(body).toMatchObject({ metricLabel: '「主题班会/队会」活动数', period: 'month', amount: 1, appliesTo: 'descendants', childKind: 'school' });
      });

      it('answers 422 naming every unknown indicator, type and unit kind at once, and writes nothing', async () => {
        const before = await targetCount();
        const res = await create(admin, {
          orgId: county,
          year: 2026,
          indicatorCode: 'no_such',
          typeId: 999999,
          amount: 5,
          appliesTo: 'descendants',
          childKind: 'castle',
        });
        expect(res.statusCode).toBe(422);
        expect(problemOf(res)).toMatchObject({ code: 'TARGET_INVALID', detail: '指标不存在' });
        expect(problemOf(res).errors).toEqual([
          { pointer: '/body/indicatorCode', message: '指标不存在' },
          { pointer: '/body/typeId', message: '活动类型不存在' },
          { pointer: '/body/childKind', message: '单位类型不存在' },
        ]);
        expect(await targetCount()).toBe(before);
      });

      it('answers 422 for an indicator the type never records, for a type and for a category, and writes nothing', async () => {
        const before = await targetCount();
        // 主题班会/队会 records sessions and attendance, never money; nothing under 宣传教育 records 调处矛盾纠纷.
        for (const body of [
          { indicatorCode: 'funds', typeId: classMeeting },
          { indicatorCode: 'disputes_resolved', typeId: eduCategory },
        ]) {
          const res = await create(admin, { orgId: county, year: 2026, amount: 5, ...body });
          expect(res.statusCode).toBe(422);
          expect(problemOf(res).errors).toEqual([
            { pointer: '/body/indicatorCode', message: '该活动类型的台账不填写这项指标，目标无法统计；请换一项指标，或不限活动类型' },
          ]);
        }
        // A category accepts what any of its types records (专题培训 records funds).
        expect((await create(admin, { orgId: county, year: 2026, amount: 5, indicatorCode: 'funds', typeId: eduCategory })).statusCode).toBe(201);
        expect(await targetCount()).toBe(before + 1);
      });

      it('answers 422 for a fractional amount of a count: an integer indicator or entries', async () => {
        for (const body of [
          { indicatorCode: 'attendance', amount: 2.5 },
          { typeId: training, amount: 1.5 },
        ]) {
          const res = await create(admin, { orgId: county, year: 2026, ...body });
          expect(res.statusCode).toBe(422);
          expect(problemOf(res).errors).toEqual([{ pointer: '/body/amount', message: '按活动数或计数类指标设定的目标应为整数' }]);
        }
      });

      it('answers 422 for money with three decimals', async () => {
        const res = await create(admin, { orgId: county, year: 2026, indicatorCode: 'funds', amount: 100.123 });
        expect(res.statusCode).toBe(422);
        expect(problemOf(res).errors).toEqual([{ pointer: '/body/amount', message: '目标值最多保留两位小数' }]);
      });

      // Shape errors are caught by the contract before the service runs: 400 with the field named.
      // (The table is built before beforeAll runs, so it names no ids.)
      it.each([
        [
          'a unit kind on a target for the unit itself',
          { indicatorCode: 'attendance', amount: 1, appliesTo: 'self', childKind: 'school' },
          '/body/childKind',
          '只有对下级单位的目标才能指定单位类型',
        ],
        ['an entry-count target without a type', { amount: 1 }, '/body/typeId', '按活动数计的目标须指定活动类型'],
        ['an amount of 0', { indicatorCode: 'attendance', amount: 0 }, '/body/amount', '目标值应大于0'],
        ['a negative amount', { indicatorCode: 'attendance', amount: -5 }, '/body/amount', '目标值应大于0'],
        ['the year 1999', { indicatorCode: 'attendance', amount: 5, year: 1999 }, '/body/year', '年份应在2000至2100之间'],
        ['an unknown period', { indicatorCode: 'attendance', amount: 5, period: 'week' }, '/body/period', expect.any(String)],
      ])('answers 400 with the field error for %s', async (_, body, pointer, message) => {
        const before = await targetCount();
        const res = await create(admin, { orgId: county, year: 2026, ...body });
        expect(res.statusCode).toBe(400);
        expect(problemOf(res).errors).toEqual([{ pointer, message }]);
        expect(await targetCount()).toBe(before);
      });

      it('answers 403 to a clerk and a viewer, who set no targets', async () => {
        const before = await targetCount();
        for (const cookie of [t1Clerk, viewer]) {
          const res = await create(cookie, { orgId: town1, year: 2026, indicatorCode: 'attendance', amount: 10 });
          expect(res.statusCode).toBe(403);
          expect(problemOf(res)).toMatchObject({ code: 'ROLE_REQUIRED', detail: '您没有设置目标任务的权限' });
        }
        expect(await targetCount()).toBe(before);
      });

      it('answers 404 to a township admin setting a target for another township or for the county', async () => {
        for (const orgId of [town2, county]) {
          const res = await create(t1Admin, { orgId, year: 2026, indicatorCode: 'attendance', amount: 10 });
          expect(res.statusCode).toBe(404);
          expect(problemOf(res)).toMatchObject({ code: 'ORG_NOT_FOUND', errors: [{ pointer: '/body/orgId', message: '单位不存在，或不在您的管辖范围内' }] });
        }
        expect((await create(t1Admin, { orgId: school1, year: 2026, indicatorCode: 'attendance', amount: 10 })).statusCode).toBe(201);
      });

      it('records who set a target in the audit log, with the amount as stored', async () => {
        const body = await created(t2Admin, { orgId: town2, year: 2026, indicatorCode: 'funds', amount: 800.5, note: '慰问资金' });
        expect(await auditOf(body.id)).toEqual([
          { action: 'target.create', org_unit_id: town2, before_json: null, after_json: expect.any(String), username: 't2-admin' },
        ]);
        const [row] = await auditOf(body.id);
        expect(JSON.parse(row!.after_json!)).toEqual({
          orgId: town2,
          year: 2026,
          indicator: 'funds',
          typeId: null,
          period: 'year',
          amount: 80050,
          appliesTo: 'self',
          childKind: null,
          note: '慰问资金',
          active: true,
        });
      });
    });

    describe('update', () => {
      it('changes amount, period and note with the current version, and refuses the stale version with 409', async () => {
        const target = await created(admin, { orgId: county, year: 2026, indicatorCode: 'funds', amount: 5000 });
        const res = await patch(admin, target.id, { version: 1, amount: 6000.5, period: 'half', note: '上下半年各六千' });
        expect(res.statusCode).toBe(200);
        expect(res.json()).toMatchObject({ id: target.id, amount: 6000.5, period: 'half', note: '上下半年各六千', version: 2, active: true });

        const stale = await patch(admin, target.id, { version: 1, amount: 1 });
        expect(stale.statusCode).toBe(409);
        expect(problemOf(stale)).toMatchObject({ code: 'TARGET_STALE', detail: '该目标已被他人修改，请刷新后重试' });
        expect((await h.get(admin, `/api/targets/${target.id}`)).json()).toMatchObject({ amount: 6000.5, version: 2 });

        const audit = await auditOf(target.id);
        expect(audit.map((a) => a.action)).toEqual(['target.create', 'target.update']);
        expect(JSON.parse(audit[1]!.before_json!)).toMatchObject({ amount: 500000, period: 'year', note: '' });
        expect(JSON.parse(audit[1]!.after_json!)).toMatchObject({ amount: 600050, period: 'half', note: '上下半年各六千' });
      });

      it('answers 422 for three decimals of money or half an entry, and 400 for a missing version', async () => {
        const money = await created(admin, { orgId: county, year: 2026, indicatorCode: 'funds', amount: 100 });
        const bad = await patch(admin, money.id, { version: 1, amount: 1.001 });
        expect(bad.statusCode).toBe(422);
        expect(problemOf(bad).errors).toEqual([{ pointer: '/body/amount', message: '目标值最多保留两位小数' }]);
        const entries = await created(admin, { orgId: county, year: 2026, typeId: training, amount: 4 });
        expect((await patch(admin, entries.id, { version: 1, amount: 4.5 })).statusCode).toBe(422);
        const noVersion = await patch(admin, entries.id, { amount: 5 });
        expect(noVersion.statusCode).toBe(400);
        expect(problemOf(noVersion).errors?.[0]?.pointer).toBe('/body/version');
        expect((await h.get(admin, `/api/targets/${entries.id}`)).json()).toMatchObject({ amount: 4, version: 1 });
      });

      it('answers 404 to a township admin patching a county target that reaches them, and 403 to a clerk', async () => {
        const target = await created(admin, { orgId: county, year: 2026, typeId: training, amount: 2, appliesTo: 'descendants', childKind: 'township' });
        expect((await h.get(t1Admin, `/api/targets/${target.id}`)).statusCode).toBe(200);
        const res = await patch(t1Admin, target.id, { version: 1, amount: 1 });
        expect(res.statusCode).toBe(404);
        expect(problemOf(res).code).toBe('TARGET_NOT_FOUND');
        expect((await patch(t1Clerk, target.id, { version: 1, amount: 1 })).statusCode).toBe(403);
        expect((await patch(admin, 999999, { version: 1, amount: 1 })).statusCode).toBe(404);
        expect((await h.get(admin, `/api/targets/${target.id}`)).json()).toMatchObject({ amount: 2, version: 1 });
      });

      it('retires a target: gone from the list unless includeInactive=true, still readable, and can be restored', async () => {
        const target = await created(t1Admin, { orgId: town1, year: 2030, indicatorCode: 'attendance', amount: 50 });
        expect((await list(t1Admin, 'year=2030')).map((x) => x.id)).toEqual([target.id]);
        const retired = await patch(t1Admin, target.id, { version: 1, active: false });
        expect(retired.json()).toMatchObject({ active: false, version: 2 });
        expect(await list(t1Admin, 'year=2030')).toEqual([]);
        expect(await list(t1Admin, 'year=2030&includeInactive=false')).toEqual([]);
        expect(await list(t1Admin, 'year=2030&includeInactive=true')).toEqual([expect.objectContaining({ id: target.id, active: false })]);
        expect((await h.get(t1Admin, `/api/targets/${target.id}`)).json()).toMatchObject({ active: false });
        expect((await patch(t1Admin, target.id, { version: 2, active: true })).json()).toMatchObject({ active: true, version: 3 });
        expect((await list(t1Admin, 'year=2030')).map((x) => x.id)).toEqual([target.id]);
        expect((await auditOf(target.id)).map((a) => a.action)).toEqual(['target.create', 'target.update', 'target.update']);
      });
    });

    describe('list and read', () => {
      // Year 2027 holds only the targets set here, so each list is exact.
      let countySelf: Target;
      let countyAll: Target;
      let countyTownships: Target;
      let countySchools: Target;
      let countyVillages: Target;
      let town1Self: Target;
      let town1Villages: Target;
      let town2Self: Target;
      let town1Later: Target;

      beforeAll(async () => {
        const base = { year: 2027, typeId: training, amount: 1 };
        countySelf = await created(admin, { ...base, orgId: county });
        countyAll = await created(admin, { ...base, orgId: county, appliesTo: 'descendants' });
        countyTownships = await created(admin, { ...base, orgId: county, appliesTo: 'descendants', childKind: 'township' });
        countySchools = await created(admin, { ...base, orgId: county, appliesTo: 'descendants', childKind: 'school' });
        countyVillages = await created(admin, { ...base, orgId: county, appliesTo: 'descendants', childKind: 'village' });
        town1Self = await created(t1Admin, { ...base, orgId: town1 });
        town1Villages = await created(t1Admin, { ...base, orgId: town1, appliesTo: 'descendants', childKind: 'village' });
        town2Self = await created(t2Admin, { ...base, orgId: town2 });
        town1Later = await created(t1Admin, { ...base, orgId: town1, year: 2028 });
      });

      const ids = (items: Target[]) => items.map((x) => x.id);

      it("shows a township admin their township's own targets and the county's targets that reach townships, not the county's own nor another township's", async () => {
        expect(ids(await list(t1Admin, 'year=2027'))).toEqual([countyAll.id, countyTownships.id, town1Self.id, town1Villages.id]);
        expect(ids(await list(t1Admin, `org=${town1}&year=2027`))).toEqual([countyAll.id, countyTownships.id, town1Self.id, town1Villages.id]);
        expect(ids(await list(t2Admin, 'year=2027'))).toEqual([countyAll.id, countyTownships.id, town2Self.id]);
      });

      it('lists every year without a year, and the county its own targets only', async () => {
        expect(ids(await list(t1Admin, ''))).toContain(town1Later.id);
        expect(ids(await list(t1Admin, 'year=2028'))).toEqual([town1Later.id]);
        expect(ids(await list(admin, `org=${county}&year=2027`))).toEqual([
          countySelf.id,
          countyAll.id,
          countyTownships.id,
          countySchools.id,
          countyVillages.id,
        ]);
      });

      it('shows a school the targets for every unit and for schools, and a village those from the county and its township', async () => {
        expect(ids(await list(t1Admin, `org=${school1}&year=2027`))).toEqual([countyAll.id, countySchools.id]);
        expect(ids(await list(t1Clerk, 'year=2027'))).toEqual([countyAll.id, countyVillages.id, town1Villages.id]);
      });

      it('reads a target set above that reaches the reader, and answers 404 for a county self target or another township', async () => {
        expect((await h.get(t1Admin, `/api/targets/${countyTownships.id}`)).json()).toMatchObject({
          id: countyTownships.id,
          orgName: '示例县',
          childKind: 'township',
        });
        expect((await h.get(t1Clerk, `/api/targets/${countyVillages.id}`)).statusCode).toBe(200);
        expect((await h.get(t1Clerk, `/api/targets/${town1Villages.id}`)).statusCode).toBe(200);
        // A county target for schools reaches a township with a school, not a village without one.
        expect((await h.get(t1Admin, `/api/targets/${countySchools.id}`)).statusCode).toBe(200);
        for (const [cookie, id] of [
          [t1Admin, countySelf.id],
          [t1Admin, town2Self.id],
          [t1Clerk, town1Self.id],
          [t2Admin, town1Villages.id],
          [t1Clerk, countySchools.id],
        ] as const) {
          const res = await h.get(cookie, `/api/targets/${id}`);
          expect(res.statusCode).toBe(404);
          expect(problemOf(res)).toMatchObject({ code: 'TARGET_NOT_FOUND', detail: '目标任务不存在，或不在您的管辖范围内' });
        }
        expect((await h.get(admin, '/api/targets/999999')).statusCode).toBe(404);
      });

      it('answers 404 for listing another township, 400 for a bad year, 401 without a session', async () => {
        const res = await h.get(t1Admin, `/api/targets?org=${town2}`);
        expect(res.statusCode).toBe(404);
        expect(problemOf(res).code).toBe('ORG_NOT_FOUND');
        expect((await h.get(t1Admin, '/api/targets?year=1999')).statusCode).toBe(400);
        expect((await t.app.inject({ method: 'GET', url: '/api/targets' })).statusCode).toBe(401);
      });
    });
  });
}
