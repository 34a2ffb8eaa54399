import { systemActor } from '../domain/access.js';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../../test-support/app.js';
import { DIALECTS } from '../../test-support/databases.js';
import { generateDemoLedger } from './demo-ledger.js';
import { formatLedger, seedDemo } from './demo-seed.js';

for (const dialect of DIALECTS) {
  describe(`demo ledger (${dialect})`, () => {
    let t: TestApp;
    const db = () => t.container.database.db;

    beforeAll(async () => {
      t = await createTestApp(dialect);
    });
    afterAll(() => t.close());

    it('generates about 20,000 entries over two years and this one, the same each time', async () => {
      const s = t.container.stores.activityImport;
      const county = (await t.container.stores.orgs.findRoot())!;
      const [catalogue, units] = await Promise.all([s.loadCatalogue(), s.listScopeUnits(county.path)]);
      const input = { units, catalogue, people: { creatorOf: () => null, reviewerOf: () => null }, today: new Date('2026-11-28T08:00:00Z') };
      const entries = generateDemoLedger(input);
      expect(entries.length).toBeGreaterThan(17_000);
      expect(entries.length).toBeLessThan(23_000);
      expect(generateDemoLedger(input).map((e) => e.title)).toEqual(entries.map((e) => e.title));
      expect(entries.every((e) => e.startDate >= '2024-01-01' && e.startDate <= '2026-11-28')).toBe(true);
      const perMonth = (m: string) => entries.filter((e) => e.startDate.slice(5, 7) === m).length;
      expect(perMonth('05')).toBeGreaterThan(perMonth('04') * 1.4);
      expect(perMonth('09')).toBeGreaterThan(perMonth('10') * 1.2);
      const kinds = new Map(units.map((u) => [u.id, u.kind]));
      const byKind = (kind: string) => entries.filter((e) => kinds.get(e.orgId) === kind).length;
      expect(byKind('village')).toBeGreaterThan(byKind('school'));
      expect(byKind('school')).toBeGreaterThan(byKind('county'));
    });

    it('fills the ledger through seedDemo, with campaigns, attributed and reviewed by the demo accounts', async () => {
      const result = await seedDemo(t.container, undefined, { ledgerEntries: 600 });
      expect(result.ledgerEntries).toBe(600);
      expect(formatLedger(result)).toBe('已生成演示台账600条（近两年及今年以来）。');
      const rows = await db().selectFrom('activity').selectAll().execute();
      expect(rows).toHaveLength(600);
      expect(new Set(rows.map((r) => r.status))).toEqual(new Set(['draft', 'submitted', 'returned', 'approved']));
      for (const r of rows) {
        expect(r.reviewed_by === null || r.reviewed_by !== r.created_by).toBe(true);
        if (r.status === 'draft') expect(r.submitted_at).toBeNull();
        if (r.status === 'approved' || r.status === 'returned') expect(r.reviewed_at! >= r.submitted_at! && r.submitted_at! >= r.created_at).toBe(true);
        if (r.status === 'returned') expect(r.return_reason).toBeTruthy();
      }
      const clerk = (await t.container.stores.users.findByUsername('t1-clerk'))!;
      const village = await t.orgId('示例县', '城关镇', '东风村');
      expect(rows.filter((r) => r.org_unit_id === village).every((r) => r.created_by === clerk.id)).toBe(true);

      const missing = await db()
        .selectFrom('activity')
        .innerJoin('activity_type_indicator as l', (j) => j.onRef('l.type_id', '=', 'activity.type_id').on('l.required', '=', 1))
        .leftJoin('activity_measure as m', (j) => j.onRef('m.activity_id', '=', 'activity.id').onRef('m.indicator_id', '=', 'l.indicator_id'))
        .select('activity.id')
        .where('m.activity_id', 'is', null)
        .execute();
      expect(missing).toEqual([]);
      const campaigns = await db().selectFrom('campaign').select(['name', 'start_date', 'end_date']).orderBy('start_date').execute();
      expect(campaigns).toHaveLength(3);
      expect(campaigns[0]).toMatchObject({ name: '民族团结教育月', start_date: expect.stringMatching(/-05-01$/), end_date: expect.stringMatching(/-05-31$/) });
      const audits = await db()
        .selectFrom('audit_log')
        .select((eb) => eb.fn.countAll().as('n'))
        .where('action', '=', 'activity.demo')
        .executeTakeFirstOrThrow();
      expect(Number(audits.n)).toBe(600);
    });

    it("sets this year's demo targets from last year's approved figures, so the targets page has progress to show", async () => {
      const year = new Date().getUTCFullYear();
      const county = await t.orgId('示例县');
      const targets = await db().selectFrom('target').select(['org_unit_id', 'year', 'applies_to', 'child_kind', 'amount']).execute();
      expect(targets).toHaveLength(6);
      expect(targets.every((r) => r.year === year && Number(r.amount) > 0)).toBe(true);
      expect(
        targets
          .filter((r) => r.applies_to === 'descendants')
          .map((r) => r.child_kind)
          .sort(),
      ).toEqual(['school', 'village']);
      const progress = await t.container.targetProgress.progress(systemActor(), { org: county, year });
      expect(progress.items).toHaveLength(3);
      expect(progress.ranking.length).toBeGreaterThan(0);
    });

    it('adds nothing when run again', async () => {
      const again = await seedDemo(t.container, undefined, { ledgerEntries: 600 });
      expect(again.ledgerEntries).toBe(0);
      expect(formatLedger(again)).toBe('演示台账已有数据，未新增台账条目。');
      expect(
        Number(
          (
            await db()
              .selectFrom('activity')
              .select((eb) => eb.fn.countAll().as('n'))
              .executeTakeFirstOrThrow()
          ).n,
        ),
      ).toBe(600);
      expect(
        Number(
          (
            await db()
              .selectFrom('campaign')
              .select((eb) => eb.fn.countAll().as('n'))
              .executeTakeFirstOrThrow()
          ).n,
        ),
      ).toBe(3);
      expect(
        Number(
          (
            await db()
              .selectFrom('target')
              .select((eb) => eb.fn.countAll().as('n'))
              .executeTakeFirstOrThrow()
          ).n,
        ),
      ).toBe(6);
    });
  });
}
