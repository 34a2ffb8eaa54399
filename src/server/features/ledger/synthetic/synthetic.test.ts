import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../../../../../test-support/app.js';
import { createTestDatabase, DIALECTS } from '../../../../../test-support/databases.js';
import { subtreeUpperBound } from '../../../../domain/org-path.js';
import { createContainer, type Container } from '../../../container.js';
import type { Db } from '../../../db/database.js';
import { syntheticLedger } from './synthetic-ledger.js';
import { syntheticRegion } from './synthetic-region.js';
import type { SyntheticResult } from './synthetic.service.js';

const TODAY = new Date('2026-06-30T12:00:00Z');
const OPTIONS = { scale: 'county' as const, entries: 2000, seed: 7, today: TODAY, batchSize: 700 };

/** The generated ledger by unit name and indicator code (ids differ between databases), in id order. */
async function fingerprint(db: Db['db'], regionPath: string): Promise<string[]> {
  const rows = await db
    .selectFrom('activity as a')
    .innerJoin('org_unit as u', 'u.id', 'a.org_unit_id')
    .innerJoin('activity_type as t', 't.id', 'a.type_id')
    .select(['a.id', 'u.name', 't.code', 'a.title', 'a.start_date', 'a.status', 'a.created_at', 'a.reviewed_at', 'a.summary'])
    .where('u.path', '>=', regionPath)
    .where('u.path', '<', subtreeUpperBound(regionPath))
    .orderBy('a.id')
    .execute();
  const measures = await db
    .selectFrom('activity_measure as m')
    .innerJoin('indicator as i', 'i.id', 'm.indicator_id')
    .select(['m.activity_id', 'i.code', 'm.value'])
    .execute();
  const tags = await db.selectFrom('activity_tag as g').innerJoin('tag', 'tag.id', 'g.tag_id').select(['g.activity_id', 'tag.name']).execute();
  const extra = new Map<number, string[]>();
  for (const m of measures) extra.set(m.activity_id, [...(extra.get(m.activity_id) ?? []), `${m.code}=${Number(m.value)}`]);
  for (const g of tags) extra.set(g.activity_id, [...(extra.get(g.activity_id) ?? []), `#${g.name}`]);
  return rows.map(({ id, ...r }) => [...Object.values(r), ...(extra.get(id) ?? []).sort()].join('|'));
}

for (const dialect of DIALECTS) {
  describe(`synthetic benchmark region (${dialect})`, () => {
    let t: TestApp;
    let result: SyntheticResult;
    const db = () => t.container.database.db;
    const regionPath = async () => (await t.container.stores.orgs.findById(result.regionId))!.path;

    beforeAll(async () => {
      t = await createTestApp(dialect);
      result = await t.container.synthetic.generate(OPTIONS);
    }, 120_000);
    afterAll(() => t.close());

    it('creates 合成县 beside 示例县 with the expected units per level', async () => {
      expect(result).toMatchObject({ created: true, region: '合成县', summary: { scale: 'county', seed: 7, entries: 2000 } });
      const expected = syntheticRegion('county');
      const path = await regionPath();
      const units = await db().selectFrom('org_unit').selectAll().where('path', '>=', path).where('path', '<', subtreeUpperBound(path)).execute();
      expect(units).toHaveLength(expected.length);
      const count = (kind: string) => units.filter((u) => u.kind === kind).length;
      expect([count('county'), count('township'), count('village')]).toEqual([1, 12, expected.filter((u) => u.kind === 'village').length]);
      expect(count('village')).toBeGreaterThan(450);
      const byDepth = [0, 1, 2].map((d) => units.filter((u) => Number(u.depth) === d).length);
      expect(byDepth).toEqual([1, 12 + 8, units.length - 21]);
      // 示例县 keeps its own tree.
      const demo = (await t.container.stores.orgs.findSiblingByName(null, '示例县'))!;
      expect(units.some((u) => u.path.startsWith(demo.path))).toBe(false);
    });

    it('gives every unit the path and depth of its parent plus itself', async () => {
      const path = await regionPath();
      const units = await db()
        .selectFrom('org_unit')
        .select(['id', 'parent_id', 'path', 'depth', 'name'])
        .where('path', '>=', path)
        .where('path', '<', subtreeUpperBound(path))
        .execute();
      const byId = new Map(units.map((u) => [u.id, u]));
      for (const u of units) {
        if (u.parent_id === null) {
          expect(u).toMatchObject({ path: `/${u.id}/`, id: result.regionId });
          expect(Number(u.depth)).toBe(0);
          continue;
        }
        const parent = byId.get(u.parent_id)!;
        expect(u.path).toBe(`${parent.path}${u.id}/`);
        expect(Number(u.depth)).toBe(Number(parent.depth) + 1);
      }
      expect(new Set(units.map((u) => `${u.parent_id}/${u.name}`)).size).toBe(units.length);
    });

    it('attaches the entries to units of the region, with measures of their type only, and no per-entry audit', async () => {
      const path = await regionPath();
      const inRegion = await db()
        .selectFrom('activity as a')
        .innerJoin('org_unit as u', 'u.id', 'a.org_unit_id')
        .select(['a.id', 'u.kind', 'a.status', 'a.created_by', 'a.start_date'])
        .where('u.path', '>=', path)
        .where('u.path', '<', subtreeUpperBound(path))
        .execute();
      expect(inRegion).toHaveLength(2000);
      expect(
        Number(
          (
            await db()
              .selectFrom('activity')
              .select((eb) => eb.fn.countAll().as('n'))
              .executeTakeFirstOrThrow()
          ).n,
        ),
      ).toBe(2000);
      expect(inRegion.filter((e) => e.kind === 'village').length / 2000).toBeGreaterThan(0.78);
      expect(inRegion.filter((e) => e.status === 'approved').length / 2000).toBeGreaterThan(0.85);
      expect(inRegion.every((e) => e.created_by === null && e.start_date >= '2024-07-01' && e.start_date <= '2026-06-30')).toBe(true);

      const foreign = await db()
        .selectFrom('activity_measure as m')
        .innerJoin('activity as a', 'a.id', 'm.activity_id')
        .leftJoin('activity_type_indicator as l', (j) => j.onRef('l.type_id', '=', 'a.type_id').onRef('l.indicator_id', '=', 'm.indicator_id'))
        .select('m.activity_id')
        .where('l.type_id', 'is', null)
        .execute();
      expect(foreign).toEqual([]);
      const missing = await db()
        .selectFrom('activity as a')
        .innerJoin('activity_type_indicator as l', (j) => j.onRef('l.type_id', '=', 'a.type_id').on('l.required', '=', 1))
        .leftJoin('activity_measure as m', (j) => j.onRef('m.activity_id', '=', 'a.id').onRef('m.indicator_id', '=', 'l.indicator_id'))
        .select('a.id')
        .where('m.activity_id', 'is', null)
        .execute();
      expect(missing).toEqual([]);
      const perEntry = await db()
        .selectFrom('activity_measure')
        .select((eb) => ['activity_id', eb.fn.countAll().as('n')])
        .groupBy('activity_id')
        .execute();
      expect(perEntry.every((r) => Number(r.n) >= 1 && Number(r.n) <= 4)).toBe(true);
      expect(perEntry.filter((r) => Number(r.n) >= 2).length / 2000).toBeGreaterThan(0.6);

      const audits = await db().selectFrom('audit_log').select(['action', 'entity_id']).where('action', 'like', '%synthetic%').execute();
      expect(audits).toEqual([{ action: 'demo.synthetic', entity_id: String(result.regionId) }]);
      expect(await db().selectFrom('audit_log').select('id').where('entity', '=', 'activity').execute()).toEqual([]);
    });

    it('adds nothing when run again, and says what is there', async () => {
      const before = await fingerprint(db(), await regionPath());
      const again = await t.container.synthetic.generate({ ...OPTIONS, seed: 8 });
      expect(again).toMatchObject({
        created: false,
        region: '合成县',
        regionId: result.regionId,
        units: syntheticRegion('county').length,
        summary: { entries: 2000, seed: 7 },
      });
      expect(await fingerprint(db(), await regionPath())).toEqual(before);
    });

    it('generates the same ledger from the same seed on a fresh database', { timeout: 120_000 }, async () => {
      const other = await createTestDatabase(dialect);
      let c: Container | undefined;
      try {
        c = createContainer(other.db, { sessionTtlHours: 1, dataDir: t.dataDir });
        const second = await c.synthetic.generate(OPTIONS);
        const secondPath = (await c.stores.orgs.findById(second.regionId))!.path;
        expect(await fingerprint(other.db.db, secondPath)).toEqual(await fingerprint(db(), await regionPath()));
      } finally {
        await other.drop();
      }
    });
  });
}

describe('synthetic ledger generator', () => {
  it('changes with the seed and spreads entries evenly over the two years, in date order', async () => {
    const database = await createTestDatabase('sqlite');
    try {
      const c = createContainer(database.db, { sessionTtlHours: 1, dataDir: '/tmp' });
      const catalogue = await c.stores.activityImport.loadCatalogue();
      const units = syntheticRegion('prefecture').map((u, i) => ({ id: i + 1, name: u.name, kind: u.kind, tier: u.tier }));
      const run = (seed: number) => [...syntheticLedger({ units, catalogue, seed, total: 20_000, today: TODAY }, 6000)].flat();
      const [a, b] = [run(1), run(2)];
      expect(a).toHaveLength(20_000);
      expect(a.map((e) => e.title)).not.toEqual(b.map((e) => e.title));
      expect(a.every((e, i) => i === 0 || e.startDate >= a[i - 1]!.startDate)).toBe(true);
      const firstYear = a.filter((e) => e.startDate < '2025-07-01').length;
      expect(Math.abs(firstYear - 10_000)).toBeLessThan(200);
      const tierOf = new Map(units.map((u) => [u.id, u.tier]));
      const share = (tier: string) => a.filter((e) => tierOf.get(e.orgId) === tier).length / a.length;
      expect(share('village')).toBeCloseTo(0.85, 1);
      expect(share('township')).toBeCloseTo(0.1, 1);
      expect(share('county') + share('upper')).toBeCloseTo(0.05, 1);
    } finally {
      await database.drop();
    }
  });
});
