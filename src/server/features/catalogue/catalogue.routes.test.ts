import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ActivityType, Catalogue } from '../../../contracts/catalogue.contract.js';
import { createTestApp, problemOf, type TestApp } from '../../../../test-support/app.js';
import { DIALECTS } from '../../../../test-support/databases.js';

for (const dialect of DIALECTS) {
  describe(`catalogue over HTTP (${dialect})`, () => {
    let t: TestApp;
    let admin: string;
    let t1Admin: string;
    let t1Clerk: string;

    beforeAll(async () => {
      t = await createTestApp(dialect);
      [admin, t1Admin, t1Clerk] = await Promise.all([t.login('admin'), t.login('t1-admin'), t.login('t1-clerk')]);
    });
    afterAll(() => t.close());

    const db = () => t.container.database.db;
    const get = (cookie: string, url: string) => t.app.inject({ method: 'GET', url, headers: { cookie } });
    const send = (cookie: string, method: 'POST' | 'PATCH', url: string, payload: object) => t.app.inject({ method, url, headers: { cookie }, payload });
    const catalogue = async (cookie: string, includeInactive = false): Promise<Catalogue> =>
      (await get(cookie, `/api/catalogue${includeInactive ? '?includeInactive=true' : ''}`)).json();
    const typeByCode = (c: Catalogue, code: string) => c.types.find((x) => x.code === code);
    const indicatorId = async (code: string) => (await db().selectFrom('indicator').select('id').where('code', '=', code).executeTakeFirstOrThrow()).id;
    const auditActions = async (entity: string, id: number) =>
      (await db().selectFrom('audit_log').select('action').where('entity', '=', entity).where('entity_id', '=', String(id)).orderBy('id').execute()).map(
        (r) => r.action,
      );

    it('answers 401 to anonymous callers', async () => {
      const res = await t.app.inject({ method: 'GET', url: '/api/catalogue' });
      expect(res.statusCode).toBe(401);
      expect(problemOf(res).detail).toBe('请先登录');
    });

    it('gives any signed-in user the seeded catalogue: indicators, two-level types with their indicators, tags', async () => {
      const c = await catalogue(t1Clerk);
      expect(c.indicators).toHaveLength(14);
      expect(c.indicators.find((i) => i.code === 'funds')).toMatchObject({ name: '投入资金', unit: '元', valueKind: 'money', active: true });
      expect(c.types[0]).toMatchObject({ code: 'edu', parentId: null, indicators: [] });
      expect(c.types[1]?.code).toBe('edu.lecture');
      expect(typeByCode(c, 'edu.lecture')?.indicators).toEqual([
        { indicatorId: await indicatorId('sessions'), code: 'sessions', required: true },
        { indicatorId: await indicatorId('attendance'), code: 'attendance', required: true },
        { indicatorId: await indicatorId('households'), code: 'households', required: false },
        { indicatorId: await indicatorId('materials'), code: 'materials', required: false },
      ]);
      expect(c.types.filter((x) => x.parentId === null)).toHaveLength(6);
      // Every type follows its own category.
      let category: ActivityType | undefined;
      for (const type of c.types) {
        if (type.parentId === null) category = type;
        else expect(type.parentId).toBe(category?.id);
      }
      const carriers = c.tags.filter((x) => x.kind === 'carrier').map((x) => x.name);
      expect(carriers).toEqual(['进机关', '进乡镇', '进村(社区)', '进学校', '进企业', '进军(警)营', '进宗教活动场所', '进团场连队']);
      expect(c.tags.filter((x) => x.kind === 'volume')).toHaveLength(10);
      expect(c.campaigns).toEqual([]);
    });

    it('lets the top-level admin add an indicator, stored with the scale of its kind, audited', async () => {
      const res = await send(admin, 'POST', '/api/catalogue/indicators', { code: 'copies_trilingual', name: '三语宣传资料', unit: '份', valueKind: 'integer' });
      expect(res.statusCode).toBe(201);
      const created = res.json();
      expect(created).toMatchObject({ code: 'copies_trilingual', valueKind: 'integer', active: true });
      expect(created.sortOrder).toBeGreaterThan(130);
      const money = (
        await send(admin, 'POST', '/api/catalogue/indicators', { code: 'grant', name: '专项经费', unit: '元', valueKind: 'money', sortOrder: 5 })
      ).json();
      const scales = await db().selectFrom('indicator').select(['code', 'scale']).where('code', 'in', ['copies_trilingual', 'grant']).orderBy('code').execute();
      expect(scales.map((r) => [r.code, Number(r.scale)])).toEqual([
        ['copies_trilingual', 0],
        ['grant', 2],
      ]);
      expect((await catalogue(t1Clerk)).indicators.map((i) => i.code)).toContain('copies_trilingual');
      expect(await auditActions('indicator', money.id)).toEqual(['catalogue.indicator.create']);
    });

    it('refuses a duplicate indicator or type code with 409 and a field error', async () => {
      const ind = await send(admin, 'POST', '/api/catalogue/indicators', { code: 'sessions', name: '场次2', unit: '场', valueKind: 'integer' });
      expect(ind.statusCode).toBe(409);
      expect(problemOf(ind).errors).toEqual([{ pointer: '/body/code', message: '指标代码「sessions」已被使用' }]);
      const type = await send(admin, 'POST', '/api/catalogue/types', { code: 'edu.lecture', name: '重复', parentId: null });
      expect(type.statusCode).toBe(409);
      expect(problemOf(type).errors?.[0]?.pointer).toBe('/body/code');
    });

    it('renames an indicator but never changes its value kind', async () => {
      const id = await indicatorId('boards');
      const renamed = await send(admin, 'PATCH', `/api/catalogue/indicators/${id}`, { name: '展板', unit: '块', valueKind: 'integer' });
      expect(renamed.statusCode).toBe(200);
      expect(renamed.json()).toMatchObject({ name: '展板', unit: '块', valueKind: 'integer' });
      const kind = await send(admin, 'PATCH', `/api/catalogue/indicators/${id}`, { valueKind: 'money' });
      expect(kind.statusCode).toBe(409);
      expect(problemOf(kind)).toMatchObject({ code: 'INDICATOR_VALUE_KIND_LOCKED', errors: [{ pointer: '/body/valueKind' }] });
      expect((await send(admin, 'PATCH', '/api/catalogue/indicators/99999', { name: '无' })).statusCode).toBe(404);
    });

    it('deactivates an indicator: gone from the entry form, still listed for admins, values untouched', async () => {
      const id = (await send(admin, 'POST', '/api/catalogue/indicators', { code: 'retired_measure', name: '旧指标', unit: '个', valueKind: 'integer' })).json()
        .id;
      await send(
        admin,
        'PATCH',
        `/api/catalogue/types/${(await db().selectFrom('activity_type').select('id').where('code', '=', 'org.meeting').executeTakeFirstOrThrow()).id}`,
        {
          indicators: [
            { indicatorId: await indicatorId('sessions'), required: true },
            { indicatorId: id, required: false },
          ],
        },
      );
      const res = await send(admin, 'PATCH', `/api/catalogue/indicators/${id}`, { active: false });
      expect(res.json().active).toBe(false);
      const live = await catalogue(t1Clerk);
      expect(live.indicators.map((i) => i.code)).not.toContain('retired_measure');
      expect(typeByCode(live, 'org.meeting')?.indicators.map((i) => i.code)).toEqual(['sessions']);
      const all = await catalogue(admin, true);
      expect(all.indicators.find((i) => i.id === id)?.active).toBe(false);
      expect(typeByCode(all, 'org.meeting')?.indicators.map((i) => i.code)).toEqual(['sessions', 'retired_measure']);
      // Saving the type's list unchanged is fine; adding the deactivated indicator elsewhere is not.
      const meeting = typeByCode(all, 'org.meeting')!;
      expect((await send(admin, 'PATCH', `/api/catalogue/types/${meeting.id}`, { indicators: meeting.indicators })).statusCode).toBe(200);
      const lecture = typeByCode(all, 'edu.lecture')!;
      const add = await send(admin, 'PATCH', `/api/catalogue/types/${lecture.id}`, { indicators: [{ indicatorId: id, required: false }] });
      expect(add.statusCode).toBe(422);
      expect(problemOf(add).code).toBe('TYPE_INDICATOR_INACTIVE');
    });

    it('creates a category and a type under it with its indicators in the given order', async () => {
      const category = await send(admin, 'POST', '/api/catalogue/types', { code: 'pairing', name: '结对认亲', parentId: null });
      expect(category.statusCode).toBe(201);
      expect(category.json()).toMatchObject({ parentId: null, indicators: [], active: true });
      const res = await send(admin, 'POST', '/api/catalogue/types', {
        code: 'pairing.visit',
        name: '结对走访',
        parentId: category.json().id,
        indicators: [
          { indicatorId: await indicatorId('pairs'), required: true },
          { indicatorId: await indicatorId('attendance'), required: false },
        ],
      });
      expect(res.statusCode).toBe(201);
      expect(res.json().indicators).toEqual([
        { indicatorId: await indicatorId('pairs'), code: 'pairs', required: true },
        { indicatorId: await indicatorId('attendance'), code: 'attendance', required: false },
      ]);
      const codes = (await catalogue(t1Clerk)).types.map((x) => x.code);
      expect(codes.indexOf('pairing.visit')).toBe(codes.indexOf('pairing') + 1);
      expect(await auditActions('activity_type', res.json().id)).toEqual(['catalogue.type.create']);
    });

    it('makes the code when the form leaves it out, so nobody has to invent English words', async () => {
      const first = await send(admin, 'POST', '/api/catalogue/indicators', { name: '结对户数', unit: '户', valueKind: 'integer' });
      expect(first.statusCode).toBe(201);
      const second = await send(admin, 'POST', '/api/catalogue/indicators', { name: '慰问金额', unit: '元', valueKind: 'money' });
      expect([first.json().code, second.json().code]).toEqual(['ind1', 'ind2']);
      // A code someone chose that looks like a generated one is stepped over, not collided with.
      expect((await send(admin, 'POST', '/api/catalogue/indicators', { code: 'ind3', name: '手定代码', unit: '个', valueKind: 'integer' })).statusCode).toBe(
        201,
      );
      expect((await send(admin, 'POST', '/api/catalogue/indicators', { name: '第四个', unit: '个', valueKind: 'integer' })).json().code).toBe('ind4');

      const category = await send(admin, 'POST', '/api/catalogue/types', { name: '结对帮扶', parentId: null });
      expect(category.statusCode).toBe(201);
      expect(category.json().code).toBe('cat1');
      const type = await send(admin, 'POST', '/api/catalogue/types', {
        name: '入户走访',
        parentId: category.json().id,
        indicators: [{ indicatorId: first.json().id, required: true }],
      });
      expect(type.statusCode).toBe(201);
      expect(type.json()).toMatchObject({ code: 'cat1.t1', name: '入户走访' });
      // The generated type is usable at once: its figures are recorded by code like any other.
      expect(typeByCode(await catalogue(t1Clerk), 'cat1.t1')?.indicators.map((i) => i.code)).toEqual(['ind1']);
    });

    it('keeps types to two levels and categories without indicators (422)', async () => {
      const lecture = typeByCode(await catalogue(admin), 'edu.lecture')!;
      const deep = await send(admin, 'POST', '/api/catalogue/types', { code: 'edu.lecture.mini', name: '微宣讲', parentId: lecture.id });
      expect(deep.statusCode).toBe(422);
      expect(problemOf(deep)).toMatchObject({ code: 'TYPE_TOO_DEEP', errors: [{ pointer: '/body/parentId' }] });
      const missing = await send(admin, 'POST', '/api/catalogue/types', { code: 'x.orphan', name: '孤儿', parentId: 99999 });
      expect(problemOf(missing).code).toBe('TYPE_PARENT_NOT_FOUND');
      const withIndicators = await send(admin, 'POST', '/api/catalogue/types', {
        code: 'cat2',
        name: '大类二',
        parentId: null,
        indicators: [{ indicatorId: await indicatorId('sessions'), required: true }],
      });
      expect(withIndicators.statusCode).toBe(422);
      expect(problemOf(withIndicators).errors?.[0]?.pointer).toBe('/body/indicators');
      const edu = typeByCode(await catalogue(admin), 'edu')!;
      const unknown = await send(admin, 'POST', '/api/catalogue/types', {
        code: 'edu.x',
        name: '某类',
        parentId: edu.id,
        indicators: [{ indicatorId: 99999, required: true }],
      });
      expect(problemOf(unknown).errors?.[0]?.pointer).toBe('/body/indicators/0/indicatorId');
      const twice = await send(admin, 'POST', '/api/catalogue/types', {
        code: 'edu.y',
        name: '某类',
        parentId: edu.id,
        indicators: [
          { indicatorId: await indicatorId('sessions'), required: true },
          { indicatorId: await indicatorId('sessions'), required: false },
        ],
      });
      expect(problemOf(twice)).toMatchObject({ code: 'TYPE_INDICATOR_REPEATED', errors: [{ pointer: '/body/indicators/1/indicatorId' }] });
    });

    it("edits a type's indicator list and name without touching values already recorded", async () => {
      const lecture = typeByCode(await catalogue(admin), 'edu.lecture')!;
      const [sessions, attendance, households] = [await indicatorId('sessions'), await indicatorId('attendance'), await indicatorId('households')];
      const org = await t.orgId('示例县', '城关镇', '东风村');
      const now = new Date().toISOString();
      const { id: activityId } = await db()
        .insertInto('activity')
        .values({
          org_unit_id: org,
          type_id: lecture.id,
          title: '宣讲',
          start_date: '2026-05-15',
          end_date: '2026-05-15',
          place: '',
          organiser: '',
          summary: '',
          evidence_count: 0,
          version: 1,
          status: 'approved',
          created_at: now,
          updated_at: now,
        })
        .returning('id')
        .executeTakeFirstOrThrow();
      await db()
        .insertInto('activity_measure')
        .values([
          { activity_id: activityId, indicator_id: sessions, value: 3 },
          { activity_id: activityId, indicator_id: households, value: 40 },
        ])
        .execute();
      const res = await send(admin, 'PATCH', `/api/catalogue/types/${lecture.id}`, {
        name: '宣讲会',
        indicators: [{ indicatorId: attendance, required: true }],
      });
      expect(res.json()).toMatchObject({ name: '宣讲会', indicators: [{ code: 'attendance', required: true }] });
      await send(admin, 'PATCH', `/api/catalogue/indicators/${households}`, { name: '入户数' });
      const measures = await db()
        .selectFrom('activity_measure')
        .select(['indicator_id', 'value'])
        .where('activity_id', '=', activityId)
        .orderBy('indicator_id')
        .execute();
      expect(measures.map((r) => [r.indicator_id, Number(r.value)])).toEqual(
        [
          [sessions, 3],
          [households, 40],
        ].sort((a, b) => a[0]! - b[0]!),
      );
      const entry = await db().selectFrom('activity').select('type_id').where('id', '=', activityId).executeTakeFirstOrThrow();
      expect(entry.type_id).toBe(lecture.id);
      const audit = await db()
        .selectFrom('audit_log')
        .selectAll()
        .where('entity', '=', 'activity_type')
        .where('entity_id', '=', String(lecture.id))
        .executeTakeFirstOrThrow();
      expect(JSON.parse(audit.before_json!).indicators).toHaveLength(4);
      expect(JSON.parse(audit.after_json!).indicators).toHaveLength(1);
    });

    it('hides the types of a deactivated category and will not re-enable one under it', async () => {
      const c = await catalogue(admin);
      const law = typeByCode(c, 'law')!;
      const dispute = typeByCode(c, 'law.dispute')!;
      await send(admin, 'PATCH', `/api/catalogue/types/${dispute.id}`, { active: false });
      expect((await send(admin, 'PATCH', `/api/catalogue/types/${law.id}`, { active: false })).json().active).toBe(false);
      const live = (await catalogue(t1Clerk)).types.map((x) => x.code);
      expect(live).not.toContain('law');
      expect(live).not.toContain('law.legal_edu');
      expect((await catalogue(admin, true)).types.find((x) => x.code === 'law.legal_edu')?.active).toBe(true);
      const revive = await send(admin, 'PATCH', `/api/catalogue/types/${dispute.id}`, { active: true });
      expect(revive.statusCode).toBe(409);
      expect(problemOf(revive).code).toBe('TYPE_PARENT_INACTIVE');
      const under = await send(admin, 'POST', '/api/catalogue/types', { code: 'law.new', name: '新类型', parentId: law.id });
      expect(under.statusCode).toBe(409);
      await send(admin, 'PATCH', `/api/catalogue/types/${law.id}`, { active: true });
      expect((await send(admin, 'PATCH', `/api/catalogue/types/${dispute.id}`, { active: true })).json().active).toBe(true);
    });

    it('adds, renames and deactivates tags; a name is unique within its kind', async () => {
      const res = await send(admin, 'POST', '/api/catalogue/tags', { kind: 'carrier', name: '进园区' });
      expect(res.statusCode).toBe(201);
      const carriers = (await catalogue(t1Clerk)).tags.filter((x) => x.kind === 'carrier').map((x) => x.name);
      expect(carriers.at(-1)).toBe('进园区');
      const dup = await send(admin, 'POST', '/api/catalogue/tags', { kind: 'carrier', name: '进学校' });
      expect(dup.statusCode).toBe(409);
      expect(problemOf(dup).errors).toEqual([{ pointer: '/body/name', message: '“进”载体中已有「进学校」' }]);
      expect((await send(admin, 'POST', '/api/catalogue/tags', { kind: 'theme', name: '进学校' })).statusCode).toBe(201);
      const id = res.json().id;
      expect((await send(admin, 'PATCH', `/api/catalogue/tags/${id}`, { name: '进学校' })).statusCode).toBe(409);
      expect((await send(admin, 'PATCH', `/api/catalogue/tags/${id}`, { name: '进楼宇' })).json().name).toBe('进楼宇');
      expect((await send(admin, 'PATCH', `/api/catalogue/tags/${id}`, { active: false })).json().active).toBe(false);
      expect((await catalogue(t1Clerk)).tags.map((x) => x.name)).not.toContain('进楼宇');
      expect((await catalogue(admin, true)).tags.find((x) => x.id === id)?.active).toBe(false);
      expect(await auditActions('tag', id)).toEqual(['catalogue.tag.create', 'catalogue.tag.update', 'catalogue.tag.update']);
    });

    it('keeps shared configuration to admins of the top-level unit (403 for others)', async () => {
      const lecture = typeByCode(await catalogue(admin), 'edu.lecture')!;
      for (const [cookie, code] of [
        [t1Admin, 'CATALOGUE_TOP_LEVEL_ONLY'],
        [t1Clerk, 'ROLE_REQUIRED'],
      ] as const) {
        for (const res of [
          await send(cookie, 'POST', '/api/catalogue/indicators', { code: 'denied', name: '无权', unit: '个', valueKind: 'integer' }),
          await send(cookie, 'PATCH', `/api/catalogue/types/${lecture.id}`, { name: '无权' }),
          await send(cookie, 'POST', '/api/catalogue/tags', { kind: 'theme', name: '无权' }),
        ]) {
          expect(res.statusCode).toBe(403);
          expect(problemOf(res).code).toBe(code);
        }
      }
      expect(typeByCode(await catalogue(admin), 'edu.lecture')?.name).not.toBe('无权');
    });

    it('refuses a new indicator with 409 once every roll-up sum column is taken', async () => {
      const top = await db()
        .selectFrom('indicator')
        .select((eb) => eb.fn.max('stat_slot').as('top'))
        .executeTakeFirstOrThrow();
      for (let i = Number(top.top) + 1; i <= 32; i++) {
        expect(
          (await send(admin, 'POST', '/api/catalogue/indicators', { code: `filler_${i}`, name: `补充指标${i}`, unit: '个', valueKind: 'integer' })).statusCode,
        ).toBe(201);
      }
      const full = await send(admin, 'POST', '/api/catalogue/indicators', { code: 'one_too_many', name: '多余指标', unit: '个', valueKind: 'integer' });
      expect(full.statusCode).toBe(409);
      expect(problemOf(full).detail).toContain('统计指标已达上限（32个');
      expect(await db().selectFrom('indicator').select('id').where('code', '=', 'one_too_many').executeTakeFirst()).toBeUndefined();
    });
  });
}
