import { CompiledQuery, sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, problemOf, type TestApp } from '../../../../test-support/app.js';
import { DIALECTS } from '../../../../test-support/databases.js';
import { ledgerHelpers, type LedgerHelpers } from '../../../../test-support/ledger.js';
import { termMatches, textMatches } from './activity-query.repository.js';

for (const dialect of DIALECTS) {
  describe(`activity search, filters and pages (${dialect})`, () => {
    let t: TestApp;
    let h: LedgerHelpers;
    let t1Admin: string;
    let t1Clerk: string;
    let tuanjie: number;
    let xingfu: number;
    let tags: { village: number; pomegranate: number; school: number };
    const ids: Record<string, number> = {};

    beforeAll(async () => {
      t = await createTestApp(dialect);
      h = ledgerHelpers(t);
      [t1Admin, t1Clerk] = await Promise.all([t.login('t1-admin'), t.login('t1-clerk')]);
      tuanjie = await t.orgId('示例县', '城关镇', '团结村');
      xingfu = await t.orgId('示例县', '城关镇', '幸福村');
      tags = { village: await h.tagId('carrier', '进村(社区)'), pomegranate: await h.tagId('theme', '石榴籽'), school: await h.tagId('carrier', '进学校') };
      const lecture = await h.typeId('edu.lecture');
      const culture = await h.typeId('exchange.culture');
      const base = { orgId: tuanjie, measures: { sessions: 1, attendance: 50 } };
      const fixtures: Array<[string, Record<string, unknown>]> = [
        [
          '宣讲',
          {
            typeId: lecture,
            title: '民族团结宣讲进村',
            place: '团结村村委会',
            summary: '宣讲队走进村里',
            startDate: '2026-05-10',
            tagIds: [tags.village],
            submit: true,
          },
        ],
        [
          '家园',
          {
            typeId: culture,
            title: '石榴籽家园活动',
            place: '文化广场',
            summary: '各族群众共度节日',
            startDate: '2026-06-01',
            tagIds: [tags.village, tags.pomegranate],
          },
        ],
        [
          '汇演',
          {
            typeId: culture,
            title: '文艺汇演',
            place: '石榴籽广场',
            summary: '歌舞表演',
            startDate: '2026-09-15',
            endDate: '2026-09-16',
            tagIds: [tags.pomegranate],
          },
        ],
        ['植树', { typeId: lecture, title: '民族团结一家亲', place: '村小学', summary: '共种石榴树', startDate: '2026-03-12', submit: true }],
      ];
      for (const [key, body] of fixtures) ids[key] = (await h.create(t1Admin, { ...base, ...body })).id;
    });
    afterAll(() => t.close());

    const titles = async (query: string, cookie = t1Admin) => {
      const res = await h.get(cookie, `/api/activities?orgId=${tuanjie}&${query}`);
      expect(res.statusCode, res.body).toBe(200);
      return (res.json().items as Array<{ id: number }>).map((a) => Object.keys(ids).find((k) => ids[k] === a.id)).sort();
    };
    const q = (text: string) => `q=${encodeURIComponent(text)}`;

    it('finds a 2-character term in title, summary or place, and nothing else', async () => {
      expect(await titles(q('石榴'))).toEqual(['植树', '汇演', '家园'].sort());
      expect(await titles(q('广场'))).toEqual(['汇演', '家园'].sort());
    });

    it('finds a longer term as a whole substring, not its pieces', async () => {
      expect(await titles(q('石榴籽家'))).toEqual(['家园']);
      expect(await titles(q('石榴籽'))).toEqual(['汇演', '家园'].sort());
      expect(await titles(q('走进村里'))).toEqual(['宣讲']);
      expect(await titles(q('石榴籽家园活动啊'))).toEqual([]);
    });

    it('treats quotes, wildcards and FTS syntax in a search as plain characters', async () => {
      for (const text of ['"石榴', '石榴" OR "宣讲', '%%', '__', 'a*b', 'NEAR(石榴 宣讲)']) expect(await titles(q(text))).toEqual([]);
      const short = await h.get(t1Admin, `/api/activities?${q('石')}`);
      expect(short.statusCode).toBe(400);
      expect(problemOf(short).errors?.[0]?.message).toBe('搜索词至少2个字');
    });

    it('combines the search with a status filter and a date range', async () => {
      expect(await titles(`${q('石榴')}&status=draft`)).toEqual(['汇演', '家园'].sort());
      expect(await titles(`${q('石榴')}&status=submitted,approved`)).toEqual(['植树']);
      expect(await titles(`${q('石榴')}&from=2026-09-01&to=2026-09-30`)).toEqual(['汇演']);
      expect(await titles(`${q('民族团结')}&from=2026-05-01`)).toEqual(['宣讲']);
    });

    it('matches entries whose date range overlaps [from, to]', async () => {
      expect(await titles('from=2026-09-16&to=2026-09-20')).toEqual(['汇演']);
      expect(await titles('from=2026-09-10&to=2026-09-15')).toEqual(['汇演']);
      expect(await titles('from=2026-09-17')).toEqual([]);
      expect(await titles('to=2026-03-12')).toEqual(['植树']);
    });

    it('filters by tags (all of them), by type or whole category, and by status list', async () => {
      expect(await titles(`tagIds=${tags.village}`)).toEqual(['宣讲', '家园'].sort());
      expect(await titles(`tagIds=${tags.village},${tags.pomegranate}`)).toEqual(['家园']);
      expect(await titles(`tagIds=${tags.school}`)).toEqual([]);
      expect(await titles(`typeId=${await h.typeId('exchange')}`)).toEqual(['汇演', '家园'].sort());
      expect(await titles(`typeId=${await h.typeId('edu')}`)).toEqual(['宣讲', '植树'].sort());
      expect(await titles(`typeId=${await h.typeId('edu.lecture')}`)).toEqual(['宣讲', '植树'].sort());
      expect(await titles('typeId=999999')).toEqual([]);
      expect(await titles('status=submitted')).toEqual(['宣讲', '植树'].sort());
    });

    it("lists only the caller's subtree by default, narrowed by orgId", async () => {
      const clerk = await h.get(t1Clerk, '/api/activities?pageSize=200');
      expect(clerk.json().items.map((a: { id: number }) => a.id)).not.toContain(ids['家园']);
      expect((await h.get(t1Clerk, `/api/activities?orgId=${tuanjie}`)).statusCode).toBe(404);
    });

    it('pages with an exact total and sorts by date either way, newest first by default', async () => {
      const lecture = await h.typeId('edu.lecture');
      const dates = ['2026-01-05', '2026-03-01', '2026-02-10', '2026-05-20', '2026-04-02'];
      for (const [i, startDate] of dates.entries()) {
        await h.create(t1Admin, { orgId: xingfu, typeId: lecture, title: `分页条目${i + 1}`, startDate, measures: { sessions: 1, attendance: i } });
      }
      const page = async (query: string) => (await h.get(t1Admin, `/api/activities?orgId=${xingfu}&${query}`)).json();
      const first = await page('pageSize=2');
      expect(first).toMatchObject({ total: 5, page: 1, pageSize: 2 });
      expect(first.items.map((a: { startDate: string }) => a.startDate)).toEqual(['2026-05-20', '2026-04-02']);
      const last = await page('pageSize=2&page=3');
      expect(last).toMatchObject({ total: 5, page: 3 });
      expect(last.items.map((a: { startDate: string }) => a.startDate)).toEqual(['2026-01-05']);
      expect((await page('sort=date&pageSize=3')).items.map((a: { startDate: string }) => a.startDate)).toEqual(['2026-01-05', '2026-02-10', '2026-03-01']);
      expect(await page('pageSize=2&page=9')).toMatchObject({ total: 5, items: [] });
      expect((await page(`${q('分页')}&pageSize=1`)).total).toBe(5);
    });

    it.each([
      ['a term', (eb: Parameters<typeof textMatches>[0]) => textMatches(eb, '石榴籽家', dialect === 'postgres')],
      // A unit's name as another way to match must not cost the text its index.
      [
        'a term or a unit name',
        (eb: Parameters<typeof textMatches>[0]) => termMatches(eb, { text: '石榴籽家', unitIds: [tuanjie], splits: [] }, dialect === 'postgres'),
      ],
    ])('searches %s through the index each database has for it', async (_, where) => {
      const db = t.container.database.db;
      const query = db.selectFrom('activity').innerJoin('org_unit', 'org_unit.id', 'activity.org_unit_id').select('activity.id').where(where).compile();
      if (dialect === 'postgres') {
        const plan = await db.transaction().execute(async (trx) => {
          // With sequential scans priced out, the planner takes the trigram index if the expression is the indexed one.
          await sql`set local enable_seqscan = off`.execute(trx);
          return trx.executeQuery<{ 'QUERY PLAN': string }>(CompiledQuery.raw(`explain ${query.sql}`, [...query.parameters]));
        });
        expect(plan.rows.map((r) => r['QUERY PLAN']).join('\n')).toContain('activity_search_trgm_idx');
      } else {
        const plan = await db.executeQuery<{ detail: string }>(CompiledQuery.raw(`explain query plan ${query.sql}`, [...query.parameters]));
        expect(plan.rows.map((r) => r.detail).join('\n')).toMatch(/activity_fts VIRTUAL TABLE/);
      }
    });
  });
}
