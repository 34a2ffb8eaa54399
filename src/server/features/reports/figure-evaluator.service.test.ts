import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { FigureQuery } from '../../../contracts/report.contract.js';
import type { CoverageResult, StatsResult } from '../../../contracts/stats.contract.js';
import { createTestApp, type TestApp } from '../../../../test-support/app.js';
import { DIALECTS } from '../../../../test-support/databases.js';
import { ok, queryString } from '../../../../test-support/stats.js';
import { actorOf, type Actor } from '../../../domain/access.js';
import { FigureEvaluatorService } from './figure-evaluator.service.js';

const YEAR = new Date().getUTCFullYear() - 1;

for (const dialect of DIALECTS) {
  describe(`FigureEvaluatorService (${dialect})`, () => {
    let t: TestApp;
    let cookie: string;
    let admin: Actor;
    let townAdmin: Actor;
    let evaluator: FigureEvaluatorService;
    let county: number;
    let town: number;
    let otherTown: number;
    let lecture: number;
    let edu: number;
    let villageTag: number;
    let unusedTag: number;

    const q = (parts: Partial<FigureQuery> & { metric: string }): FigureQuery => ({
      org: county,
      from: `${YEAR}-01-01`,
      to: `${YEAR}-12-31`,
      status: 'approved',
      ...parts,
    });
    const stats = async (query: Record<string, string | number>) =>
      ok(await t.app.inject({ method: 'GET', url: `/api/stats?${queryString(query)}`, headers: { cookie } })).json() as StatsResult;
    const coverage = async (query: Record<string, string | number>) =>
      ok(await t.app.inject({ method: 'GET', url: `/api/stats/coverage?${queryString(query)}`, headers: { cookie } })).json() as CoverageResult;
    const period = { org: 0, from: `${YEAR}-01-01`, to: `${YEAR}-12-31` };

    beforeAll(async () => {
      t = await createTestApp(dialect, { ledgerEntries: 1500 });
      cookie = await t.login('admin');
      admin = actorOf((await t.container.stores.users.findByUsername('admin'))!);
      townAdmin = actorOf((await t.container.stores.users.findByUsername('t1-admin'))!);
      evaluator = new FigureEvaluatorService(t.container.stats);
      county = await t.orgId('示例县');
      town = await t.orgId('示例县', '城关镇');
      otherTown = await t.orgId('示例县', '河口镇');
      period.org = county;
      const catalogue = await t.container.catalogue.getCatalogue(admin, true);
      lecture = catalogue.types.find((x) => x.code === 'edu.lecture')!.id;
      edu = catalogue.types.find((x) => x.code === 'edu')!.id;
      villageTag = catalogue.tags.find((x) => x.kind === 'carrier' && x.name === '进村(社区)')!.id;
      unusedTag = catalogue.tags.find((x) => x.kind === 'carrier' && x.name === '进团场连队')!.id;
    });
    afterAll(() => t.close());

    it('answers entries and indicator sums as GET /api/stats does, for a type or a whole category', async () => {
      const all = await stats(period);
      expect(all.totals.entries).toBeGreaterThan(0);
      expect(await evaluator.evaluate(admin, q({ metric: 'entries' }))).toBe(all.totals.entries);
      expect(await evaluator.evaluate(admin, q({ metric: 'attendance' }))).toBe(all.totals.attendance);
      expect(await evaluator.evaluate(admin, q({ metric: 'funds' }))).toBe(all.totals.funds);
      const lectures = await stats({ ...period, types: lecture, indicators: 'sessions' });
      expect(lectures.totals.sessions).toBeGreaterThan(0);
      expect(await evaluator.evaluate(admin, q({ metric: 'sessions', types: [lecture] }))).toBe(lectures.totals.sessions);
      const category = await stats({ ...period, types: edu });
      expect(await evaluator.evaluate(admin, q({ metric: 'entries', types: [edu] }))).toBe(category.totals.entries);
      const ofTown = await stats({ ...period, org: town });
      expect(await evaluator.evaluate(admin, q({ org: town, metric: 'attendance' }))).toBe(ofTown.totals.attendance);
    });

    it('answers a tag’s figure from its group, and 0 for a tag nothing carried', async () => {
      const byTag = await stats({ ...period, groupBy: 'tag' });
      const village = byTag.groups.find((g) => g.key === String(villageTag))!;
      expect(village.totals.entries).toBeGreaterThan(0);
      expect(await evaluator.evaluate(admin, q({ metric: 'entries', tagId: villageTag }))).toBe(village.totals.entries);
      expect(await evaluator.evaluate(admin, q({ metric: 'attendance', tagId: villageTag }))).toBe(village.totals.attendance);
      expect(await evaluator.evaluate(admin, q({ metric: 'entries', tagId: unusedTag }))).toBe(0);
    });

    it('counts units (of a kind) and reporting units as GET /api/stats/coverage does', async () => {
      const all = await coverage({ ...period, status: 'approved' });
      const villages = await coverage({ ...period, status: 'approved', kind: 'village' });
      expect(await evaluator.evaluate(admin, q({ metric: 'units' }))).toBe(all.units);
      expect(await evaluator.evaluate(admin, q({ metric: 'reporting_units' }))).toBe(all.reporting);
      expect(await evaluator.evaluate(admin, q({ metric: 'units', unitKind: 'village' }))).toBe(villages.units);
      expect(await evaluator.evaluate(admin, q({ metric: 'reporting_units', unitKind: 'village' }))).toBe(villages.reporting);
      expect(villages.units).toBeGreaterThan(50);
    });

    it('counts drafts too when the question says status all', async () => {
      const all = await stats({ ...period, status: 'all' });
      expect(await evaluator.evaluate(admin, q({ metric: 'entries', status: 'all' }))).toBe(all.totals.entries);
    });

    it('answers 404 for a unit outside the actor’s subtree', async () => {
      await expect(evaluator.evaluate(townAdmin, q({ org: otherTown, metric: 'entries' }))).rejects.toMatchObject({ kind: 'not_found' });
      await expect(evaluator.evaluate(townAdmin, q({ org: otherTown, metric: 'units' }))).rejects.toMatchObject({ kind: 'not_found' });
      expect(await evaluator.evaluate(townAdmin, q({ org: town, metric: 'entries' }))).toBeGreaterThanOrEqual(0);
    });

    it('refuses questions that cannot be answered: an unknown indicator, filters a metric cannot take', async () => {
      await expect(evaluator.evaluate(admin, q({ metric: 'no_such_indicator' }))).rejects.toMatchObject({ kind: 'invalid' });
      await expect(evaluator.evaluate(admin, q({ metric: 'units', types: [lecture] }))).rejects.toMatchObject({ kind: 'invalid' });
      await expect(evaluator.evaluate(admin, q({ metric: 'entries', unitKind: 'village' }))).rejects.toMatchObject({ kind: 'invalid' });
      await expect(evaluator.evaluate(admin, q({ metric: 'entries', tagId: villageTag, types: [lecture] }))).rejects.toMatchObject({ kind: 'invalid' });
    });
  });
}
