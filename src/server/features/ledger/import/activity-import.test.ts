import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, problemOf, type TestApp } from '../../../../../test-support/app.js';
import { DIALECTS } from '../../../../../test-support/databases.js';
import { IMPORT_PREVIEW_ROWS, type ImportActivitiesResult } from '../../../../contracts/ledger.contract.js';
import { encodeGb18030 } from '../../../../../test-support/encoding.js';

/** A multipart/form-data body with one file field, as a browser's upload sends it. */
function multipart(filename: string, content: Buffer | string) {
  const boundary = '----shiliu-test-boundary';
  const head = `--${boundary}\r\nContent-Disposition: form-data; name="file"; filename="${filename}"\r\nContent-Type: application/octet-stream\r\n\r\n`;
  const payload = Buffer.concat([Buffer.from(head), Buffer.isBuffer(content) ? content : Buffer.from(content), Buffer.from(`\r\n--${boundary}--\r\n`)]);
  return { payload, headers: { 'content-type': `multipart/form-data; boundary=${boundary}` } };
}

const HEADER = ['单位', '活动类型', '标题', '开始日期', '结束日期', '场次（场次）', '参与人次（人次）', '投入资金（元）', '“进”载体', '主题'];

function csv(rows: Array<Array<string | number>>, header = HEADER): string {
  const quote = (v: string | number) => (/[",\n]/.test(String(v)) ? `"${String(v).replaceAll('"', '""')}"` : String(v));
  return [header, ...rows].map((r) => r.map(quote).join(',')).join('\r\n') + '\r\n';
}

async function xlsx(rows: Array<Array<string | number | Date | null>>, header = HEADER): Promise<Buffer> {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet('活动台账');
  ws.addRow(header);
  for (const r of rows) ws.addRow(r);
  ws.getColumn(4).numFmt = 'yyyy-mm-dd';
  return Buffer.from(await wb.xlsx.writeBuffer());
}

/** `n` valid rows for the county admin, spread over units, types and days; titles unique. */
function bulkRows(n: number, tag: string): Array<Array<string | number>> {
  const units = ['城关镇/东风村', '城关镇/向阳村', '河口镇/和平村', '青山乡', '示例县第一中学', '县委统战部'];
  const types: Array<[string, boolean]> = [
    ['宣讲/报告会', false],
    ['专题培训', true],
    ['民族团结公益日', false],
  ];
  return Array.from({ length: n }, (_, i) => {
    const [type, money] = types[i % types.length]!;
    const day = new Date(Date.UTC(2024, 0, 1 + (i % 700))).toISOString().slice(0, 10);
    return [
      units[i % units.length]!,
      type,
      `${tag}民族团结活动第${i + 1}场`,
      day,
      '',
      1 + (i % 3),
      20 + (i % 280),
      money ? (i % 50) * 100 + 0.5 : '',
      '进村(社区)',
      '',
    ];
  });
}

for (const dialect of DIALECTS) {
  describe(`activity import (${dialect})`, () => {
    let t: TestApp;
    let admin: string;
    let clerk: string;
    let viewer: string;

    beforeAll(async () => {
      t = await createTestApp(dialect);
      [admin, clerk, viewer] = await Promise.all([t.login('admin'), t.login('t1-clerk'), t.login('viewer')]);
    });
    afterAll(() => t.close());

    const db = () => t.container.database.db;
    const upload = (cookie: string, filename: string, content: Buffer | string, query = '') => {
      const body = multipart(filename, content);
      return t.app.inject({ method: 'POST', url: `/api/activities/import${query}`, payload: body.payload, headers: { ...body.headers, cookie } });
    };
    const count = async (table: 'activity' | 'activity_measure' | 'activity_tag' | 'audit_log') =>
      Number(
        (
          await db()
            .selectFrom(table)
            .select((eb) => eb.fn.countAll().as('n'))
            .executeTakeFirstOrThrow()
        ).n,
      );
    const entryByTitle = async (title: string) => {
      const entry = await db().selectFrom('activity').selectAll().where('title', '=', title).executeTakeFirstOrThrow();
      const measures = await db()
        .selectFrom('activity_measure')
        .innerJoin('indicator', 'indicator.id', 'activity_measure.indicator_id')
        .select(['indicator.code', 'activity_measure.value'])
        .where('activity_id', '=', entry.id)
        .execute();
      const tags = await db()
        .selectFrom('activity_tag')
        .innerJoin('tag', 'tag.id', 'activity_tag.tag_id')
        .select('tag.name')
        .where('activity_id', '=', entry.id)
        .execute();
      return { entry, measures: Object.fromEntries(measures.map((m) => [m.code, Number(m.value)])), tags: tags.map((x) => x.name).sort() };
    };

    it('serves a template with Chinese headers, one column per indicator, drop-downs and instructions', async () => {
      const res = await t.app.inject({ method: 'GET', url: '/api/activities/import-template.xlsx', headers: { cookie: clerk } });
      expect(res.statusCode).toBe(200);
      expect(res.headers['content-type']).toContain('spreadsheetml');
      const wb = new ExcelJS.Workbook();
      await wb.xlsx.load(res.rawPayload as unknown as ArrayBuffer);
      expect(wb.worksheets.map((w) => [w.name, w.state])).toEqual([
        ['活动台账', 'visible'],
        ['说明', 'visible'],
        ['选项', 'hidden'],
      ]);
      const sheet = wb.getWorksheet('活动台账')!;
      const headers = (sheet.getRow(1).values as string[]).slice(1);
      expect(headers.slice(0, 8)).toEqual(['单位', '活动类型', '标题', '开始日期', '结束日期', '地点', '组织者', '内容摘要']);
      expect(headers).toContain('参与人次（人次）');
      expect(headers).toContain('投入资金（元）');
      expect(headers.slice(-3)).toEqual(['“进”载体', '主题', '台账卷']);
      expect(headers).toHaveLength(8 + 14 + 3);
      expect(sheet.actualRowCount).toBe(1);
      expect(sheet.getCell('B2').dataValidation).toMatchObject({ type: 'list', formulae: [expect.stringContaining('选项')] });
      expect(sheet.getCell('D2').numFmt).toBe('yyyy-mm-dd');
      const notes = wb.getWorksheet('说明')!;
      const noteText: string[] = [];
      notes.eachRow((row) => noteText.push((row.values as unknown[]).slice(1).join(' ')));
      expect(noteText.join('\n')).toContain('东风村');
      expect(noteText.join('\n')).toContain('整个文件都不会导入');
      expect(noteText.join('\n')).toContain('进机关、进乡镇、进村(社区)');

      // Filled in the way its instructions say, the template imports.
      const row: Record<string, string | number | Date> = {
        单位: '东风村',
        活动类型: '宣讲/报告会',
        标题: '模板导入测试',
        开始日期: new Date(Date.UTC(2025, 4, 12)),
        '场次（场次）': 1,
        '参与人次（人次）': 80,
      };
      sheet.addRow(headers.map((h) => row[h] ?? null));
      const filled = Buffer.from(await wb.xlsx.writeBuffer());
      expect((await upload(clerk, 'template.xlsx', filled, '?dryRun=true')).json()).toMatchObject({ dryRun: true, rows: 1, created: 0 });
    });

    it('imports a valid .xlsx as drafts with measures scaled, tags and one audit record per entry', async () => {
      const auditBefore = await count('audit_log');
      const res = await upload(
        clerk,
        'a.xlsx',
        await xlsx([
          ['城关镇/东风村', '宣讲/报告会', '民族团结政策宣讲', new Date(Date.UTC(2025, 4, 12)), null, 2, 150, null, '进村（社区）', '民族团结一家亲、石榴籽'],
          ['东风村', '专题培训', '双语骨干培训', '2025年6月3日', '2025/6/5', 3, 45, '1,234.5', null, null],
        ]),
      );
      expect(res.statusCode, res.body).toBe(200);
      expect(res.json()).toMatchObject({ dryRun: false, rows: 2, created: 2 });
      // Only the columns a file needs: here a type whose required indicator is 发放资料.
      const materials = await xlsx(
        [['东风村', 'edu.materials', '宣传资料发放', '2025.7.1', 600, 800]],
        ['单位', '活动类型', '标题', '开始日期', '发放资料（份）', '投入资金（元）'],
      );
      expect((await upload(clerk, 'm.xlsx', materials)).json()).toMatchObject({ dryRun: false, rows: 1, created: 1 });

      const lecture = await entryByTitle('民族团结政策宣讲');
      expect(lecture.entry).toMatchObject({
        org_unit_id: await t.orgId('示例县', '城关镇', '东风村'),
        start_date: '2025-05-12',
        end_date: '2025-05-12',
        status: 'draft',
        submitted_at: null,
      });
      expect(lecture.measures).toEqual({ sessions: 2, attendance: 150 });
      expect(lecture.tags).toEqual(['民族团结一家亲', '石榴籽', '进村(社区)'].sort());
      const training = await entryByTitle('双语骨干培训');
      expect(training.entry).toMatchObject({ start_date: '2025-06-03', end_date: '2025-06-05' });
      expect(training.measures).toEqual({ sessions: 3, attendance: 45, funds: 123450 });
      expect((await entryByTitle('宣传资料发放')).measures).toEqual({ materials: 600, funds: 80000 });

      const audits = await db()
        .selectFrom('audit_log')
        .selectAll()
        .where('action', '=', 'activity.import')
        .where('entity_id', '=', String(training.entry.id))
        .execute();
      expect(audits).toHaveLength(1);
      expect(JSON.parse(audits[0]!.after_json!)).toMatchObject({ row: 3, title: '双语骨干培训', status: 'draft', measures: { funds: 1234.5 } });
      expect(await count('audit_log')).toBe(auditBefore + 3);
    });

    it('finds the header below a title row and reports spreadsheet row numbers', async () => {
      const wb = new ExcelJS.Workbook();
      const ws = wb.addWorksheet('活动台账');
      ws.addRow(['东风村2025年民族团结活动台账']);
      ws.addRow([]);
      ws.addRow(['单位', '活动类型', '标题', '开始日期', '参与人次（人次）', '场次（场次）']);
      ws.addRow(['东风村', '宣讲/报告会', '标题行下的宣讲', '2025-10-09', -1, 1]);
      const res = await upload(clerk, 'titled.xlsx', Buffer.from(await wb.xlsx.writeBuffer()));
      expect(problemOf(res).errors).toEqual([{ pointer: '/rows/4/参与人次', message: '第4行「参与人次」应为非负整数' }]);
    });

    it('creates the entries as submitted when asked to', async () => {
      const res = await upload(clerk, 's.csv', csv([['东风村', '宣讲/报告会', '直接提交的宣讲', '2025-08-01', '', 1, 60, '', '', '']]), '?submit=true');
      expect(res.json()).toMatchObject({ dryRun: false, rows: 1, created: 1 });
      const { entry } = await entryByTitle('直接提交的宣讲');
      expect(entry.status).toBe('submitted');
      expect(entry.submitted_at).not.toBeNull();
    });

    it('dry-runs without writing anything', async () => {
      const before = await Promise.all([count('activity'), count('activity_measure'), count('audit_log')]);
      const res = await upload(admin, 'dry.csv', csv(bulkRows(30, '试运行')), '?dryRun=true');
      expect(res.json()).toMatchObject({ dryRun: true, rows: 30, created: 0 });
      // The first rows as the server read them: resolved unit path and type, ISO dates, figures in 元.
      const preview = (res.json() as ImportActivitiesResult).preview;
      expect(preview).toHaveLength(IMPORT_PREVIEW_ROWS);
      expect(preview[0]).toEqual({
        row: 2,
        unit: '示例县/城关镇/东风村',
        typeName: '宣讲/报告会',
        title: '试运行民族团结活动第1场',
        startDate: '2024-01-01',
        endDate: '2024-01-01',
        place: '',
        organiser: '',
        summary: '',
        measures: [
          { name: '场次', unit: '场次', value: 1 },
          { name: '参与人次', unit: '人次', value: 20 },
        ],
        tags: ['进村(社区)'],
      });
      expect(preview[1]).toMatchObject({
        row: 3,
        unit: '示例县/城关镇/向阳村',
        typeName: '专题培训',
        measures: expect.arrayContaining([{ name: '投入资金', unit: '元', value: 100.5 }]),
      });
      expect(await Promise.all([count('activity'), count('activity_measure'), count('audit_log')])).toEqual(before);
    });

    it('reports every bad row by row and column in Chinese and imports nothing', async () => {
      const before = await count('activity');
      const ok = ['城关镇/东风村', '宣讲/报告会'];
      const res = await upload(
        admin,
        'bad.csv',
        csv([
          ['城关镇/不存在村', '宣讲/报告会', '未知单位', '2025-05-12', '', 1, 100, '', '', ''],
          ['城关镇/东风村', '茶话会', '未知类型', '2025-05-12', '', 1, 100, '', '', ''],
          ['城关镇/东风村', '宣传教育', '类别', '2025-05-12', '', 1, 100, '', '', ''],
          [...ok, '坏日期', '明天', '', 1, 100, '', '', ''],
          [...ok, '不存在的日期', '2025-02-30', '', 1, 100, '', '', ''],
          [...ok, '结束早于开始', '2025-05-12', '2025-05-10', 1, 100, '', '', ''],
          [...ok, '负数', '2025-05-12', '', 1, -5, '', '', ''],
          [...ok, '非数字', '2025-05-12', '', 1, '很多', '', '', ''],
          [...ok, '小数', '2025-05-12', '', 1, 12.5, '', '', ''],
          ['城关镇/东风村', '专题培训', '金额三位小数', '2025-05-12', '', 1, 30, '100.123', '', ''],
          [...ok, '缺必填', '2025-05-12', '', 1, '', '', '', ''],
          [...ok, '多余指标', '2025-05-12', '', 1, 100, 500, '', ''],
          [...ok, '未知标签', '2025-05-12', '', 1, 100, '', '进学堂', ''],
          [...ok, '', '2025-05-12', '', 1, 100, '', '', ''],
          [...ok, '重复行', '2025-05-12', '', 1, 100, '', '', ''],
          [...ok, '重复行', '2025/5/12', '', 2, 90, '', '', ''],
          ['和平村', '宣讲/报告会', '同名单位', '2025-05-12', '', 1, 100, '', '', ''],
          [...ok, '民族团结政策宣讲', '2025-05-12', '', 1, 100, '', '', ''],
        ]),
      );
      expect(res.statusCode).toBe(422);
      const problem = problemOf(res);
      expect(problem.code).toBe('IMPORT_ROWS_INVALID');
      expect(problem.detail).toBe('文件中有17处问题，未导入任何数据。请修改后重新上传。');
      const existingId = (await entryByTitle('民族团结政策宣讲')).entry.id;
      expect(problem.errors!.map((e) => e.message)).toEqual([
        '第2行「单位」「城关镇/不存在村」不存在或不在您的管辖范围内（只能填写「示例县」及其下级单位）',
        '第3行「活动类型」「茶话会」不是已知的活动类型，请从下拉列表中选择',
        '第4行「活动类型」「宣传教育」是活动类别，请填写其下的具体活动类型（如「宣讲/报告会」）',
        '第5行「开始日期」「明天」不是有效日期，请写作 2025-05-12、2025/5/12 或 2025年5月12日',
        '第6行「开始日期」「2025-02-30」不是真实存在的日期',
        '第7行「结束日期」不能早于开始日期',
        '第8行「参与人次」应为非负整数',
        '第9行「参与人次」应为非负整数',
        '第10行「参与人次」应为非负整数',
        '第11行「投入资金」应为非负金额（元），最多两位小数',
        '第12行「参与人次」不能为空（活动类型「宣讲/报告会」必须填写此项）',
        '第13行「投入资金」不适用于活动类型「宣讲/报告会」，请留空',
        '第14行「“进”载体」「进学堂」不是可选项，可选：进机关、进乡镇、进村(社区)、进学校、进企业、进军(警)营、进宗教活动场所、进团场连队',
        '第15行「标题」不能为空',
        '第17行「标题」与第16行重复（单位、活动类型、标题、开始日期均相同）',
        '第18行「单位」「和平村」有多个同名单位，请写出名称路径，如「示例县/城关镇/和平村」、「示例县/河口镇/和平村」、「示例县/柳树乡/和平村」',
        `第19行「标题」与已有台账条目重复（编号 #${existingId}）`,
      ]);
      expect(problem.errors!.map((e) => e.pointer).slice(0, 3)).toEqual(['/rows/2/单位', '/rows/3/活动类型', '/rows/4/活动类型']);
      expect(problem.errors!.find((e) => e.message.startsWith('第8行'))!.pointer).toBe('/rows/8/参与人次');
      expect(await count('activity')).toBe(before);
    });

    it('refuses a required indicator whose column the file lacks, on that column', async () => {
      const res = await upload(clerk, 'lack.csv', csv([['东风村', 'edu.materials', '缺少发放资料列', '2025-07-02', '', '', '', '', '', '']]));
      expect(problemOf(res).errors).toEqual([
        { pointer: '/rows/2/发放资料', message: '第2行「发放资料」不能为空（活动类型「宣传品发放/阵地建设」必须填写此项）' },
      ]);
    });

    it("refuses a unit outside the clerk's scope on the 单位 column", async () => {
      const res = await upload(clerk, 'scope.csv', csv([['河口镇/和平村', '宣讲/报告会', '越界', '2025-05-12', '', 1, 100, '', '', '']]));
      expect(res.statusCode).toBe(422);
      expect(problemOf(res).errors).toEqual([
        { pointer: '/rows/2/单位', message: '第2行「单位」「河口镇/和平村」不存在或不在您的管辖范围内（只能填写「东风村」及其下级单位）' },
      ]);
    });

    it('answers 403 to a user who records no entries', async () => {
      const res = await upload(viewer, 'v.csv', csv(bulkRows(1, '查看')));
      expect(res.statusCode).toBe(403);
      expect(problemOf(res).detail).toBe('您没有导入活动台账的权限');
    });

    it('answers clearly for an empty file, a header-only file, missing columns, a renamed binary and a corrupt .xlsx', async () => {
      expect(problemOf(await upload(admin, 'empty.csv', '')).detail).toBe('上传的文件是空的');
      expect(problemOf(await upload(admin, 'head.csv', csv([]))).detail).toBe('文件只有表头，没有数据行');
      expect(problemOf(await upload(admin, 'head.xlsx', await xlsx([]))).detail).toBe('文件只有表头，没有数据行');
      expect(problemOf(await upload(admin, 'cols.csv', '标题,备注\n某活动,x\n')).detail).toBe(
        '第1行应为表头，缺少列：「单位」、「活动类型」、「开始日期」。请使用导入模板',
      );
      const exe = Buffer.concat([Buffer.from('MZ'), Buffer.alloc(64), Buffer.from('This program cannot be run in DOS mode')]);
      const binary = problemOf(await upload(admin, 'ledger.xlsx', exe));
      expect(binary).toMatchObject({ status: 422, code: 'IMPORT_FILE_TYPE', detail: '不支持的文件类型（ledger.xlsx）：请上传 .xlsx 或 .csv 文件' });
      const xls = Buffer.concat([Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]), Buffer.alloc(512)]);
      expect(problemOf(await upload(admin, 'old.xls', xls)).detail).toBe('这是旧版 Excel 文件（.xls），请在 Excel 中“另存为” .xlsx 后再上传');
      const broken = Buffer.concat([Buffer.from([0x50, 0x4b, 0x03, 0x04]), Buffer.from('not really a zip')]);
      expect(problemOf(await upload(admin, 'broken.xlsx', broken)).detail).toContain('无法读取该 Excel 文件');
    });

    it('reads a GBK-encoded CSV as saved by Excel on Chinese Windows', async () => {
      const text = csv([['东风村', '宣讲/报告会', '编码测试宣讲', '2025-09-01', '', 1, 88, '', '进村(社区)', '']]);
      const bytes = encodeGb18030(text);
      expect(bytes.equals(Buffer.from(text))).toBe(false);
      const res = await upload(clerk, 'gbk.csv', bytes);
      expect(res.json()).toMatchObject({ dryRun: false, rows: 1, created: 1 });
      expect((await entryByTitle('编码测试宣讲')).tags).toEqual(['进村(社区)']);
    });

    it('lists the first 1000 problems and says how many more there are', async () => {
      const rows = bulkRows(1200, '过多错误').map((r) => [...r.slice(0, 6), -1, ...r.slice(7)]);
      const problem = problemOf(await upload(admin, 'many.csv', csv(rows), '?dryRun=true'));
      expect(problem.errors).toHaveLength(1000);
      expect(problem.detail).toBe('文件中有1200处问题，未导入任何数据。请修改后重新上传。以下列出前1000处，另有200处未列出。');
    });

    it('refuses more than 50,000 rows before checking any', async () => {
      const lines = ['单位,活动类型,标题,开始日期', ...Array.from({ length: 50_001 }, (_, i) => `东风村,宣讲/报告会,超限${i},2025-01-01`)];
      expect(problemOf(await upload(admin, 'huge.csv', lines.join('\n'))).detail).toBe('一次最多导入50000行，本文件有50001行，请分批导入');
    });

    it('dry-runs a 50,000-row CSV', { timeout: 120_000 }, async () => {
      const started = Date.now();
      const res = await upload(admin, 'big.csv', csv(bulkRows(50_000, '五万')), '?dryRun=true');
      expect(res.json()).toMatchObject({ dryRun: true, rows: 50_000, created: 0 });
      expect(Date.now() - started).toBeLessThan(60_000);
    });

    it('commits a 5,000-row CSV in one go', { timeout: 120_000 }, async () => {
      const [entries, audits] = await Promise.all([count('activity'), count('audit_log')]);
      const res = await upload(admin, 'five.csv', csv(bulkRows(5_000, '五千')));
      expect(res.json()).toMatchObject({ dryRun: false, rows: 5_000, created: 5_000 });
      expect(await count('activity')).toBe(entries + 5_000);
      expect(await count('audit_log')).toBe(audits + 5_000);
      expect((await entryByTitle('五千民族团结活动第5000场')).measures).toEqual({
        sessions: 2,
        attendance: 20 + (4999 % 280),
        funds: (4999 % 50) * 10000 + 50,
      });
      // The same file again is refused row by row: every entry now exists.
      const again = problemOf(await upload(admin, 'five.csv', csv(bulkRows(3, '五千')), '?dryRun=true'));
      expect(again.errors![0]!.message).toMatch(/^第2行「标题」与已有台账条目重复（编号 #\d+）$/);
    });
  });
}
