import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Catalogue } from '../../../contracts/catalogue.contract.js';
import { createTestApp, problemOf, type TestApp } from '../../../../test-support/app.js';
import { DIALECTS } from '../../../../test-support/databases.js';

for (const dialect of DIALECTS) {
  describe(`campaign periods over HTTP (${dialect})`, () => {
    let t: TestApp;
    let admin: string;
    let t1Admin: string;
    let t1Clerk: string;
    let t2Clerk: string;
    let county: number;
    let town1: number;
    let town2: number;
    let countyCampaign: number;
    let town1Campaign: number;

    beforeAll(async () => {
      t = await createTestApp(dialect);
      [admin, t1Admin, t1Clerk, t2Clerk] = await Promise.all([t.login('admin'), t.login('t1-admin'), t.login('t1-clerk'), t.login('t2-clerk')]);
      county = await t.orgId('示例县');
      town1 = await t.orgId('示例县', '城关镇');
      town2 = await t.orgId('示例县', '河口镇');
    });
    afterAll(() => t.close());

    const get = (cookie: string, url: string) => t.app.inject({ method: 'GET', url, headers: { cookie } });
    const send = (cookie: string, method: 'POST' | 'PATCH', url: string, payload: object) => t.app.inject({ method, url, headers: { cookie }, payload });
    const campaignNames = async (cookie: string, includeInactive = false) =>
      ((await get(cookie, `/api/catalogue${includeInactive ? '?includeInactive=true' : ''}`)).json() as Catalogue).campaigns.map((c) => c.name);

    it('lets the county admin define a campaign for the county, audited', async () => {
      const res = await send(admin, 'POST', '/api/catalogue/campaigns', {
        orgId: county,
        name: '民族团结教育月',
        startDate: '2026-05-01',
        endDate: '2026-05-31',
      });
      expect(res.statusCode).toBe(201);
      expect(res.json()).toMatchObject({
        orgId: county,
        orgName: '示例县',
        name: '民族团结教育月',
        startDate: '2026-05-01',
        endDate: '2026-05-31',
        active: true,
      });
      countyCampaign = res.json().id;
      const audit = await t.container.database.db
        .selectFrom('audit_log')
        .selectAll()
        .where('entity', '=', 'campaign')
        .where('entity_id', '=', String(countyCampaign))
        .executeTakeFirstOrThrow();
      expect(audit).toMatchObject({ action: 'catalogue.campaign.create', org_unit_id: county });
    });

    it('lets a township admin define one for their township but not for another (404)', async () => {
      const own = await send(t1Admin, 'POST', '/api/catalogue/campaigns', {
        orgId: town1,
        name: '城关镇民族团结进步宣传周',
        startDate: '2026-09-01',
        endDate: '2026-09-07',
      });
      expect(own.statusCode).toBe(201);
      town1Campaign = own.json().id;
      const other = await send(t1Admin, 'POST', '/api/catalogue/campaigns', { orgId: town2, name: '越界', startDate: '2026-09-01', endDate: '2026-09-07' });
      expect(other.statusCode).toBe(404);
      expect(problemOf(other).errors?.[0]?.pointer).toBe('/body/orgId');
      const above = await send(t1Admin, 'POST', '/api/catalogue/campaigns', { orgId: county, name: '越级', startDate: '2026-09-01', endDate: '2026-09-07' });
      expect(above.statusCode).toBe(404);
    });

    it('shows each user the campaigns of their own unit, its ancestors and its subtree', async () => {
      expect(await campaignNames(t2Clerk)).toEqual(['民族团结教育月']);
      expect(await campaignNames(t1Clerk)).toEqual(['民族团结教育月', '城关镇民族团结进步宣传周']);
      expect(await campaignNames(admin)).toEqual(['民族团结教育月', '城关镇民族团结进步宣传周']);
      expect((await get(t2Clerk, `/api/catalogue/campaigns/${countyCampaign}`)).json().name).toBe('民族团结教育月');
      const hidden = await get(t2Clerk, `/api/catalogue/campaigns/${town1Campaign}`);
      expect(hidden.statusCode).toBe(404);
      expect(problemOf(hidden).detail).toContain('不在您的管辖范围内');
    });

    it('lets only admins of the defining unit or above edit a campaign', async () => {
      const renamed = await send(t1Admin, 'PATCH', `/api/catalogue/campaigns/${town1Campaign}`, { name: '城关镇宣传周', endDate: '2026-09-10' });
      expect(renamed.json()).toMatchObject({ name: '城关镇宣传周', startDate: '2026-09-01', endDate: '2026-09-10' });
      expect((await send(admin, 'PATCH', `/api/catalogue/campaigns/${town1Campaign}`, { name: '城关镇民族团结宣传周' })).statusCode).toBe(200);
      // The county's campaign is visible to the township admin but not theirs to change.
      expect((await send(t1Admin, 'PATCH', `/api/catalogue/campaigns/${countyCampaign}`, { name: '改名' })).statusCode).toBe(404);
      expect(
        (await send(t1Clerk, 'POST', '/api/catalogue/campaigns', { orgId: town1, name: '无权', startDate: '2026-01-01', endDate: '2026-01-02' })).statusCode,
      ).toBe(403);
      expect((await send(t1Clerk, 'PATCH', `/api/catalogue/campaigns/${town1Campaign}`, { name: '无权' })).statusCode).toBe(403);
    });

    it('refuses an end date before the start, on create (400) and when one end of a range moves (422)', async () => {
      const create = await send(admin, 'POST', '/api/catalogue/campaigns', { orgId: county, name: '倒序', startDate: '2026-06-10', endDate: '2026-06-01' });
      expect(create.statusCode).toBe(400);
      expect(problemOf(create).errors?.[0]?.pointer).toBe('/body/endDate');
      const patch = await send(admin, 'PATCH', `/api/catalogue/campaigns/${countyCampaign}`, { startDate: '2026-06-15' });
      expect(patch.statusCode).toBe(422);
      expect(problemOf(patch).errors).toEqual([{ pointer: '/body/startDate', message: '结束日期不能早于开始日期' }]);
    });

    it('deactivates a campaign: out of the entry form, still listed with includeInactive', async () => {
      const res = await send(t1Admin, 'PATCH', `/api/catalogue/campaigns/${town1Campaign}`, { active: false });
      expect(res.json().active).toBe(false);
      expect(await campaignNames(t1Clerk)).toEqual(['民族团结教育月']);
      expect(await campaignNames(t1Admin, true)).toEqual(['民族团结教育月', '城关镇民族团结宣传周']);
      expect(await campaignNames(t2Clerk, true)).toEqual(['民族团结教育月']);
      const actions = await t.container.database.db
        .selectFrom('audit_log')
        .select('action')
        .where('entity', '=', 'campaign')
        .where('entity_id', '=', String(town1Campaign))
        .execute();
      expect(actions.map((a) => a.action)).toEqual([
        'catalogue.campaign.create',
        'catalogue.campaign.update',
        'catalogue.campaign.update',
        'catalogue.campaign.update',
      ]);
    });
  });
}
