import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, problemOf, type TestApp } from '../../../../../test-support/app.js';
import { DIALECTS } from '../../../../../test-support/databases.js';
import { ledgerHelpers } from '../../../../../test-support/ledger.js';

/** A multipart/form-data body with one file field, as a browser's upload sends it. */
function multipart(content: Buffer) {
  const boundary = '----shiliu-roundtrip-boundary';
  const head = `--${boundary}\r\nContent-Disposition: form-data; name="file"; filename="ledger.xlsx"\r\nContent-Type: application/octet-stream\r\n\r\n`;
  return {
    payload: Buffer.concat([Buffer.from(head), content, Buffer.from(`\r\n--${boundary}--\r\n`)]),
    headers: { 'content-type': `multipart/form-data; boundary=${boundary}` },
  };
}

const download = async (t: TestApp, cookie: string) => {
  const res = await t.app.inject({ method: 'GET', url: '/api/activities/export.xlsx', headers: { cookie } });
  expect(res.statusCode).toBe(200);
  return res.rawPayload;
};

const upload = (t: TestApp, cookie: string, bytes: Buffer, query = '') => {
  const body = multipart(bytes);
  return t.app.inject({ method: 'POST', url: `/api/activities/import${query}`, payload: body.payload, headers: { ...body.headers, cookie } });
};

/** Every live entry as what it records, independent of ids, authors and times: what a round trip must keep. */
async function recordedEntries(t: TestApp) {
  const db = t.container.database.db;
  const rows = await db
    .selectFrom('activity')
    .innerJoin('activity_type', 'activity_type.id', 'activity.type_id')
    .innerJoin('org_unit', 'org_unit.id', 'activity.org_unit_id')
    .select([
      'activity.id',
      'org_unit.name as unit',
      'activity_type.code as type',
      'activity.title',
      'activity.start_date',
      'activity.end_date',
      'activity.place',
      'activity.organiser',
      'activity.summary',
    ])
    .where('activity.deleted_at', 'is', null)
    .execute();
  const entries = [];
  for (const { id, ...entry } of rows) {
    const measures = await db
      .selectFrom('activity_measure')
      .innerJoin('indicator', 'indicator.id', 'activity_measure.indicator_id')
      .select(['indicator.code', 'activity_measure.value'])
      .where('activity_id', '=', id)
      .execute();
    const tags = await db
      .selectFrom('activity_tag')
      .innerJoin('tag', 'tag.id', 'activity_tag.tag_id')
      .select('tag.name')
      .where('activity_id', '=', id)
      .execute();
    entries.push({
      ...entry,
      measures: Object.fromEntries(measures.map((m) => [m.code, Number(m.value)])),
      tags: tags.map((x) => x.name).sort(),
    });
  }
  return entries.sort((a, b) => a.title.localeCompare(b.title));
}

for (const dialect of DIALECTS) {
  describe(`ledger export imported again (${dialect})`, () => {
    let source: TestApp;
    let fresh: TestApp;

    beforeAll(async () => {
      [source, fresh] = await Promise.all([createTestApp(dialect), createTestApp(dialect)]);
      const h = ledgerHelpers(source);
      const clerk = await source.login('t1-clerk');
      const village = await source.orgId('示例县', '城关镇', '东风村');
      const carrier = await h.tagId('carrier', '进村(社区)');
      const theme = await h.tagId('theme', '民族团结一家亲');
      await h.create(clerk, {
        orgId: village,
        typeId: await h.typeId('edu.training'),
        title: '双语培训班',
        startDate: '2026-05-12',
        endDate: '2026-05-14',
        place: '村委会会议室',
        organiser: '村党支部',
        summary: '为期三天的国家通用语言培训，结业考核全部通过。',
        measures: { sessions: 3, attendance: 60, funds: 1234.5 },
        tagIds: [carrier, theme],
      });
      await h.create(clerk, {
        orgId: village,
        typeId: await h.typeId('edu.lecture'),
        title: '政策宣讲',
        startDate: '2026-06-01',
        measures: { sessions: 1, attendance: 86 },
        submit: true,
      });
    });
    afterAll(async () => {
      await Promise.all([source.close(), fresh.close()]);
    });

    it('writes 组织者 and 内容摘要, and the unit as a path from the exporter’s unit', async () => {
      const bytes = await download(source, await source.login('t1-clerk'));
      const dry = await upload(fresh, await fresh.login('t1-clerk'), bytes, '?dryRun=true');
      expect(dry.statusCode, dry.body).toBe(200);
      expect(dry.json().preview).toEqual(
        expect.arrayContaining([expect.objectContaining({ title: '双语培训班', unit: '东风村', organiser: '村党支部', place: '村委会会议室' })]),
      );
    });

    it('imports its own export into a fresh database with the same entries', async () => {
      const bytes = await download(source, await source.login('admin'));
      const res = await upload(fresh, await fresh.login('admin'), bytes);
      expect(res.statusCode, res.body).toBe(200);
      expect(res.json()).toMatchObject({ dryRun: false, rows: 2, created: 2 });
      const [before, after] = await Promise.all([recordedEntries(source), recordedEntries(fresh)]);
      expect(before).toHaveLength(2);
      expect(after).toEqual(before);
    });

    it('refuses the export imported back into the same ledger as already there, saying so once', async () => {
      const clerk = await source.login('t1-clerk');
      const res = await upload(source, clerk, await download(source, clerk), '?dryRun=true');
      expect(res.statusCode).toBe(422);
      const problem = problemOf(res);
      expect(problem.code).toBe('IMPORT_ALREADY_IN_LEDGER');
      expect(problem.detail).toContain('都与系统中已有的台账条目重复');
      expect(problem.errors).toHaveLength(2);
      expect(problem.errors?.[0]?.message).toMatch(/与已有台账条目重复（编号 #\d+）/);
    });

    it('still refuses an unknown column in an otherwise exported file', async () => {
      const ExcelJS = (await import('exceljs')).default;
      const clerk = await source.login('t1-clerk');
      const wb = new ExcelJS.Workbook();
      await wb.xlsx.load((await download(source, clerk)) as unknown as ArrayBuffer);
      const sheet = wb.getWorksheet('活动台账')!;
      sheet.getRow(1).getCell(sheet.columnCount + 1).value = '备注';
      const res = await upload(source, clerk, Buffer.from(await wb.xlsx.writeBuffer()), '?dryRun=true');
      expect(res.statusCode).toBe(422);
      expect(problemOf(res).detail).toContain('「备注」');
    });
  });
}
