import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { systemActor } from '../../../domain/access.js';
import { ROLLUP_TABLES } from '../../../domain/rollup-delta.js';
import { createTestApp, type TestApp } from '../../../../test-support/app.js';
import { DIALECTS } from '../../../../test-support/databases.js';
import type { Container } from '../../container.js';
import { migrateDatabase } from '../../bootstrap.js';
import { fillRollupAfterMigration, ROLLUP_STORE_MIGRATION } from './rollup-fill.repository.js';
import { readAllRows } from './rollup.repository.js';

const actor = systemActor();

/** A multipart/form-data body with one file field, as a browser's upload sends it. */
function multipart(filename: string, content: string) {
  const boundary = '----shiliu-rollup-boundary';
  const head = `--${boundary}\r\nContent-Disposition: form-data; name="file"; filename="${filename}"\r\nContent-Type: text/csv\r\n\r\n`;
  return {
    payload: Buffer.concat([Buffer.from(head), Buffer.from(content), Buffer.from(`\r\n--${boundary}--\r\n`)]),
    headers: { 'content-type': `multipart/form-data; boundary=${boundary}` },
  };
}

for (const dialect of DIALECTS) {
  describe(`roll-up store maintenance (${dialect})`, () => {
    let t: TestApp;
    let c: Container;
    let county: number;

    beforeAll(async () => {
      // A slice of the demo ledger, written as `shiliu demo` writes it (bulk, through the importer's insert).
      t = await createTestApp(dialect, { ledgerEntries: 400 });
      c = t.container;
      county = await t.orgId('示例县');
    });
    afterAll(() => t.close());

    const db = () => c.database.db;
    const count = async (table: string) => Number((await sql<{ n: unknown }>`select count(*) as n from ${sql.table(table)}`.execute(db())).rows[0]!.n);
    const liveEntries = async () =>
      Number(
        (
          await db()
            .selectFrom('activity')
            .select((eb) => eb.fn.countAll().as('n'))
            .where('deleted_at', 'is', null)
            .executeTakeFirstOrThrow()
        ).n,
      );
    /** Entries the store counts at the county (every entry is in its subtree), all statuses. */
    const countedAtCounty = async () =>
      Number(
        (
          await db()
            .selectFrom('stat_month')
            .select((eb) => eb.fn.sum<number>('n').as('n'))
            .where('anc_id', '=', county)
            .executeTakeFirstOrThrow()
        ).n ?? 0,
      );
    /** Every row of every table, in key order: the whole store as data. */
    const wholeStore = async () =>
      Promise.all(
        ROLLUP_TABLES.map(async (table) =>
          (await readAllRows(db(), table)).sort((a, b) => a.anc - b.anc || a.approved - b.approved || a.period - b.period || a.dim - b.dim),
        ),
      );

    it('fills the store as the demo ledger is seeded, matching the ledger row for row', async () => {
      expect(await liveEntries()).toBeGreaterThan(300);
      expect(await c.rollupMaintenance.verify()).toEqual([]);
      for (const table of ROLLUP_TABLES) expect(await count(table), table).toBeGreaterThan(0);
      expect(await countedAtCounty()).toBe(await liveEntries());
      const approved = await db()
        .selectFrom('stat_month')
        .select((eb) => eb.fn.sum<number>('n').as('n'))
        .where('anc_id', '=', county)
        .where('approved', '=', 1)
        .executeTakeFirstOrThrow();
      expect(Number(approved.n)).toBe(
        Number(
          (
            await db()
              .selectFrom('activity')
              .select((eb) => eb.fn.countAll().as('n'))
              .where('status', '=', 'approved')
              .executeTakeFirstOrThrow()
          ).n,
        ),
      );
    });

    it('adds the entries of a ledger import to the store in the import transaction', async () => {
      const funds = await db().selectFrom('indicator').select(['id', 'stat_slot']).where('code', '=', 'funds').executeTakeFirstOrThrow();
      const fundsAt = async (month: number) =>
        Number(
          (
            await sql<{
              total: unknown;
            }>`select sum(${sql.ref(`s${funds.stat_slot}`)}) as total from stat_month where anc_id = ${county} and month = ${month}`.execute(db())
          ).rows[0]!.total ?? 0,
        );
      const before = { entries: await countedAtCounty(), funds: await fundsAt(202402) };
      const header = ['单位', '活动类型', '标题', '开始日期', '场次（场次）', '参与人次（人次）', '投入资金（元）', '“进”载体'];
      const rows = Array.from({ length: 12 }, (_, i) => [
        '城关镇/东风村',
        '专题培训',
        `汇总导入测试第${i + 1}场`,
        '2024-02-29',
        '1',
        String(10 + i),
        '1234.56',
        '进村(社区)',
      ]);
      const body = multipart('ledger.csv', [header, ...rows].map((r) => r.join(',')).join('\r\n') + '\r\n');
      const cookie = await t.login('admin');
      const res = await t.app.inject({ method: 'POST', url: '/api/activities/import', payload: body.payload, headers: { ...body.headers, cookie } });
      expect(res.statusCode, res.body).toBe(200);
      expect(res.json()).toMatchObject({ created: 12 });

      expect(await countedAtCounty()).toBe(before.entries + 12);
      // 12 × 1234.56 元, in 分.
      expect(await fundsAt(202402)).toBe(before.funds + 12 * 123456);
      expect(await c.rollupMaintenance.verify()).toEqual([]);
    });

    it('writes nothing to the store when an edit changes only what is not counted (title, place, summary)', async () => {
      const entry = await c.activities.create(actor, {
        orgId: await t.orgId('示例县', '河口镇'),
        typeId: (await db().selectFrom('activity_type').select('id').where('code', '=', 'edu.lecture').executeTakeFirstOrThrow()).id,
        title: '只改标题的活动',
        startDate: '2024-12-31',
        measures: { sessions: 1, attendance: 30 },
        tagIds: [],
        evidenceIds: [],
      });
      const before = await wholeStore();
      const counts = await Promise.all(ROLLUP_TABLES.map(count));
      await c.activities.update(actor, entry.id, { version: entry.version, title: '只改标题的活动（已改）', place: '镇文化站', summary: '补写摘要' });
      expect(await Promise.all(ROLLUP_TABLES.map(count))).toEqual(counts);
      expect(await wholeStore()).toEqual(before);
    });

    it('gives an indicator created after the migration the next sum column at creation, and counts its values there', async () => {
      const category = (await db().selectFrom('activity_type').select('parent_id').where('code', '=', 'edu.lecture').executeTakeFirstOrThrow()).parent_id!;
      const indicator = await c.catalogue.createIndicator(actor, { code: 'bilingual_hours', name: '双语课时', unit: '课时', valueKind: 'decimal' });
      const type = await c.catalogue.createType(actor, {
        code: 'edu.bilingual',
        name: '双语课堂',
        parentId: category,
        indicators: [{ indicatorId: indicator.id, required: true }],
      });
      const slotOf = async () => (await db().selectFrom('indicator').select('stat_slot').where('id', '=', indicator.id).executeTakeFirstOrThrow()).stat_slot;
      const taken = (await db().selectFrom('indicator').select('stat_slot').where('id', '<>', indicator.id).execute()).map((r) => r.stat_slot);
      expect(await slotOf()).toBe(Math.max(...(taken as number[])) + 1);

      await c.activities.create(actor, {
        orgId: county,
        typeId: type.id,
        title: '双语课堂开课',
        startDate: '2025-01-31',
        measures: { bilingual_hours: 2.5 },
        tagIds: [],
        evidenceIds: [],
      });
      const slot = await slotOf();
      const row = await sql<{
        total: unknown;
      }>`select ${sql.ref(`s${slot}`)} as total from stat_month where anc_id = ${county} and approved = 0 and month = 202501 and type_id = ${type.id}`.execute(
        db(),
      );
      expect(Number(row.rows[0]?.total)).toBe(250);
      expect(await c.rollupMaintenance.verify()).toEqual([]);
    });

    it('stays exact when entries are edited, reviewed and their units moved at the same time', { timeout: 60_000 }, async () => {
      const lecture = (await db().selectFrom('activity_type').select('id').where('code', '=', 'edu.lecture').executeTakeFirstOrThrow()).id;
      const east = await c.orgs.create(actor, { parentId: county, name: '并发测试东片', kind: 'township' });
      const west = await c.orgs.create(actor, { parentId: county, name: '并发测试西片', kind: 'township' });
      const village = await c.orgs.create(actor, { parentId: east.id, name: '并发测试村', kind: 'village' });
      const ids: number[] = [];
      for (let i = 0; i < 16; i++) {
        const a = await c.activities.create(actor, {
          orgId: i % 2 === 0 ? village.id : west.id,
          typeId: lecture,
          title: `并发测试活动${i}`,
          startDate: i % 3 === 0 ? '2024-02-29' : '2024-03-01',
          measures: { sessions: 1, attendance: 10 + i },
          tagIds: [],
          evidenceIds: [],
          submit: i % 4 === 0,
        });
        ids.push(a.id);
      }
      // Entries cross between the two places in both directions while the village moves back and forth.
      const work = ids.map(async (id) => {
        const a = await c.activities.get(actor, id);
        if (a.status === 'submitted') return c.activityReview.approve(actor, id);
        return c.activities.update(actor, id, { version: a.version, orgId: a.orgId === west.id ? village.id : west.id });
      });
      const moves = (async () => {
        await c.orgs.move(actor, village.id, west.id);
        await c.orgs.move(actor, village.id, east.id);
        await c.orgs.move(actor, village.id, west.id);
      })();
      const results = await Promise.allSettled([...work, moves]);
      expect(results.filter((r) => r.status === 'rejected')).toEqual([]);
      expect(await c.rollupMaintenance.verify()).toEqual([]);
    });

    it('names the tables a hand edit corrupted, and rebuild restores them', async () => {
      const victim = await db()
        .selectFrom('stat_month')
        .select(['anc_id', 'approved', 'month', 'type_id'])
        .where('anc_id', '=', county)
        .orderBy('month')
        .executeTakeFirstOrThrow();
      await db()
        .updateTable('stat_month')
        .set((eb) => ({ n: eb('n', '+', 5) }))
        .where('anc_id', '=', victim.anc_id)
        .where('approved', '=', victim.approved)
        .where('month', '=', victim.month)
        .where('type_id', '=', victim.type_id)
        .execute();
      const gone = await db().selectFrom('stat_tag_day').select(['anc_id', 'approved', 'day', 'tag_id']).orderBy('day', 'desc').executeTakeFirstOrThrow();
      await db()
        .deleteFrom('stat_tag_day')
        .where('anc_id', '=', gone.anc_id)
        .where('approved', '=', gone.approved)
        .where('day', '=', gone.day)
        .where('tag_id', '=', gone.tag_id)
        .execute();

      expect(await c.rollupMaintenance.verify()).toEqual([
        { table: 'stat_month', extra: 1, missing: 1 },
        { table: 'stat_tag_day', extra: 0, missing: 1 },
      ]);
      const written = await c.rollupMaintenance.rebuild();
      for (const table of ROLLUP_TABLES) expect(written[table], table).toBe(await count(table));
      expect(await c.rollupMaintenance.verify()).toEqual([]);
    });

    it('fills an empty store after the migration that creates it ran on a database with entries', async () => {
      const expected = await wholeStore();
      // As 0003 leaves an upgraded database: entries in the ledger, nothing in the store.
      for (const table of ROLLUP_TABLES) await sql`delete from ${sql.table(table)}`.execute(db());
      const differences = await c.rollupMaintenance.verify();
      expect(differences.map((d) => [d.table, d.extra, d.missing > 0])).toEqual(ROLLUP_TABLES.map((table) => [table, 0, true]));

      // Runs that did not apply 0003 leave the store alone.
      expect(await fillRollupAfterMigration(db(), [])).toBeUndefined();
      expect(await migrateDatabase(c.database)).toEqual({ applied: [], rollupFilled: undefined });
      expect(await count('stat_day')).toBe(0);

      const filled = await fillRollupAfterMigration(db(), ['0002_create_catalogue_and_ledger', ROLLUP_STORE_MIGRATION]);
      expect(filled).toEqual(Object.fromEntries(ROLLUP_TABLES.map((table, i) => [table, expected[i]!.length])));
      expect(await wholeStore()).toEqual(expected);
      expect(await c.rollupMaintenance.verify()).toEqual([]);
    });
  });
}
