import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, problemOf, type TestApp } from '../../../../../test-support/app.js';
import { DIALECTS } from '../../../../../test-support/databases.js';
import { ledgerHelpers, type LedgerHelpers } from '../../../../../test-support/ledger.js';

async function readSheet(bytes: Buffer) {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(bytes as unknown as ArrayBuffer);
  const sheet = wb.getWorksheet('活动台账')!;
  const header = (sheet.getRow(1).values as string[]).slice(1);
  const rows: Array<Record<string, unknown>> = [];
  sheet.eachRow((row, n) => {
    if (n === 1) return;
    const values = (row.values as unknown[]).slice(1);
    rows.push(Object.fromEntries(header.map((h, i) => [h, values[i]])));
  });
  return { header, rows };
}

for (const dialect of DIALECTS) {
  describe(`ledger export to Excel (${dialect})`, () => {
    let t: TestApp;
    let h: LedgerHelpers;
    let t1Clerk: string;
    let t2Clerk: string;
    let admin: string;

    beforeAll(async () => {
      t = await createTestApp(dialect);
      h = ledgerHelpers(t);
      [t1Clerk, t2Clerk, admin] = await Promise.all([t.login('t1-clerk'), t.login('t2-clerk'), t.login('admin')]);
      const village1 = await t.orgId('示例县', '城关镇', '东风村');
      const village2 = await t.orgId('示例县', '河口镇', '和平村');
      const training = await h.typeId('edu.training');
      const lecture = await h.typeId('edu.lecture');
      const carrier = await h.tagId('carrier', '进村(社区)');
      await h.create(t1Clerk, {
        orgId: village1,
        typeId: training,
        title: '双语培训班',
        startDate: '2026-05-12',
        measures: { sessions: 2, attendance: 60, funds: 1234.5 },
        tagIds: [carrier],
      });
      await h.create(t1Clerk, {
        orgId: village1,
        typeId: lecture,
        title: '政策宣讲',
        startDate: '2026-06-01',
        measures: { sessions: 1, attendance: 86 },
        submit: true,
      });
      await h.create(t2Clerk, { orgId: village2, typeId: lecture, title: '河口宣讲', startDate: '2026-05-20', measures: { sessions: 1, attendance: 40 } });
    });
    afterAll(() => t.close());

    const download = (cookie: string, query = '') => t.app.inject({ method: 'GET', url: `/api/activities/export.xlsx${query}`, headers: { cookie } });

    it("exports the caller's subtree with one column per indicator, money in 元 and Chinese labels", async () => {
      const res = await download(t1Clerk);
      expect(res.statusCode).toBe(200);
      expect(res.headers['content-type']).toContain('spreadsheetml');
      expect(res.headers['x-total-count']).toBe('2');
      expect(String(res.headers['content-disposition'])).toContain(encodeURIComponent('活动台账'));
      const { header, rows } = await readSheet(res.rawPayload);
      expect(header.slice(0, 5)).toEqual(['编号', '单位', '类别', '活动类型', '标题']);
      expect(header).toEqual(expect.arrayContaining(['组织者', '内容摘要', '参与人次（人次）', '投入资金（元）', '“进”载体']));
      expect(rows.map((r) => r['标题'])).toEqual(['政策宣讲', '双语培训班']);
      const training = rows.find((r) => r['标题'] === '双语培训班')!;
      expect(training).toMatchObject({
        单位: '东风村',
        活动类型: '专题培训',
        状态: '草稿',
        '参与人次（人次）': 60,
        '投入资金（元）': 1234.5,
        '“进”载体': '进村(社区)',
      });
      expect(rows.find((r) => r['标题'] === '政策宣讲')!['状态']).toBe('待审核');
    });

    it('applies the list filters: status and date range', async () => {
      const { rows } = await readSheet((await download(admin, '?status=draft&from=2026-05-01&to=2026-05-31')).rawPayload);
      expect(rows.map((r) => r['标题']).sort()).toEqual(['双语培训班', '河口宣讲']);
    });

    it('answers problem+json before streaming when the query is bad or out of scope', async () => {
      const bad = await download(admin, '?from=2026-13-45');
      expect(bad.statusCode).toBe(400);
      expect(problemOf(bad).errors?.[0]?.pointer).toBe('/query/from');
      const other = await download(t1Clerk, `?orgId=${await t.orgId('示例县', '河口镇')}`);
      expect(other.statusCode).toBe(404);
      expect((await download(t1Clerk, '?deleted=true')).statusCode).toBe(403);
    });
  });
}
