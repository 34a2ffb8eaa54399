import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, problemOf, type TestApp } from '../../../../test-support/app.js';
import { DIALECTS } from '../../../../test-support/databases.js';
import { anchorPath } from './org-import.service.js';
import { encodeGb18030 } from '../../../../test-support/encoding.js';

/** A multipart/form-data body with one file field, as a browser's upload sends it. */
function multipart(filename: string, content: Buffer | string, contentType = 'application/octet-stream') {
  const boundary = '----shiliu-test-boundary';
  const head = `--${boundary}\r\nContent-Disposition: form-data; name="file"; filename="${filename}"\r\nContent-Type: ${contentType}\r\n\r\n`;
  const payload = Buffer.concat([Buffer.from(head), Buffer.isBuffer(content) ? content : Buffer.from(content), Buffer.from(`\r\n--${boundary}--\r\n`)]);
  return { payload, headers: { 'content-type': `multipart/form-data; boundary=${boundary}` } };
}

async function xlsx(rows: string[][]): Promise<Buffer> {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet('组织机构');
  for (const r of rows) ws.addRow(r);
  return Buffer.from(await wb.xlsx.writeBuffer());
}

describe('anchorPath', () => {
  const chain = ['示例县', '城关镇'];
  it("accepts a path from the top of the tree or from the caller's unit", () => {
    expect(anchorPath('示例县/城关镇/东风村', chain)).toEqual(['东风村']);
    expect(anchorPath('城关镇/东风村', chain)).toEqual(['东风村']);
    expect(anchorPath('城关镇', chain)).toEqual([]);
    expect(anchorPath(' 示例县 ／ 城关镇 ', chain)).toEqual([]);
  });
  it("refuses a path that does not pass through the caller's unit", () => {
    expect(anchorPath('示例县/河口镇', chain)).toBeUndefined();
    expect(anchorPath('示例县', chain)).toBeUndefined();
    expect(anchorPath('', chain)).toBeUndefined();
  });
});

for (const dialect of DIALECTS) {
  describe(`org import (${dialect})`, () => {
    let t: TestApp;
    let admin: string;
    let t1Admin: string;

    beforeAll(async () => {
      t = await createTestApp(dialect);
      [admin, t1Admin] = await Promise.all([t.login('admin'), t.login('t1-admin')]);
    });
    afterAll(() => t.close());

    const upload = (cookie: string, filename: string, content: Buffer | string, dryRun = false) => {
      const body = multipart(filename, content);
      return t.app.inject({ method: 'POST', url: `/api/orgs/import?dryRun=${dryRun}`, payload: body.payload, headers: { ...body.headers, cookie } });
    };
    const unitCount = async () =>
      Number(
        (
          await t.container.database.db
            .selectFrom('org_unit')
            .select((eb) => eb.fn.countAll().as('n'))
            .executeTakeFirstOrThrow()
        ).n,
      );

    it('creates a whole tree from a CSV, parents before or after their children', async () => {
      const csv = [
        '上级路径,名称,类型,代码',
        '示例县/新区镇,新区一村,村,',
        '示例县,新区镇,乡镇,650199',
        '示例县/新区镇,新区学校,学校,',
        '示例县/新区镇/新区一村,一组,其他,',
      ].join('\r\n');
      const res = await upload(admin, 'tree.csv', csv);
      expect(res.statusCode).toBe(200);
      expect(res.json()).toEqual({ dryRun: false, rows: 4, created: 4 });
      const hits = (await t.app.inject({ method: 'GET', url: `/api/orgs?q=${encodeURIComponent('一组')}`, headers: { cookie: admin } })).json().items;
      expect(hits[0].pathNames).toEqual(['示例县', '新区镇', '新区一村', '一组']);
      const town = (await t.app.inject({ method: 'GET', url: `/api/orgs/${await t.orgId('示例县', '新区镇')}`, headers: { cookie: admin } })).json();
      expect(town).toMatchObject({ kind: 'township', code: '650199', childCount: 2 });
    });

    it('reads .xlsx and accepts kinds by Chinese name or code', async () => {
      const file = await xlsx([
        ['上级路径', '名称', '类型', '代码'],
        ['城关镇', '表格一村', '村', ''],
        ['示例县/城关镇', '表格二村', 'community', ''],
      ]);
      const res = await upload(t1Admin, 'units.xlsx', file);
      expect(res.json()).toMatchObject({ created: 2 });
      const kinds = (await t.app.inject({ method: 'GET', url: `/api/orgs?q=${encodeURIComponent('表格')}`, headers: { cookie: t1Admin } }))
        .json()
        .items.map((o: { kind: string }) => o.kind);
      expect(kinds.sort()).toEqual(['community', 'village']);
    });

    it('reads a GBK-encoded CSV as saved by Excel on Chinese Windows', async () => {
      const text = '上级路径,名称,类型\r\n示例县/城关镇,编码测试村,村\r\n';
      const bytes = encodeGb18030(text);
      expect(bytes.equals(Buffer.from(text))).toBe(false);
      const res = await upload(admin, 'gbk.csv', bytes);
      expect(res.statusCode).toBe(200);
      expect(res.json().created).toBe(1);
    });

    it('dry-runs without writing anything', async () => {
      const before = await unitCount();
      const res = await upload(admin, 'dry.csv', '上级路径,名称,类型\n示例县/河口镇,试运行村,村\n', true);
      expect(res.json()).toEqual({ dryRun: true, rows: 1, created: 0 });
      expect(await unitCount()).toBe(before);
    });

    it('reports every bad row in Chinese and imports nothing when any row is wrong', async () => {
      const before = await unitCount();
      const csv = [
        '上级路径,名称,类型,代码',
        '示例县/河口镇,好的村,村,',
        '示例县/不存在镇,孤儿村,村,',
        '示例县/河口镇,,村,',
        '示例县/河口镇,怪类型村,城堡,',
        '示例县/河口镇,和平村,村,',
        '示例县/河口镇,重复村,村,',
        '示例县/河口镇,重复村,村,',
        '示例县/河口镇,坏代码村,村,有 空格',
      ].join('\n');
      const res = await upload(admin, 'bad.csv', csv);
      expect(res.statusCode).toBe(422);
      const problem = problemOf(res);
      expect(problem.detail).toContain('未导入任何数据');
      const messages = problem.errors!.map((e) => e.message);
      expect(messages).toEqual([
        '第3行「上级路径」「示例县/不存在镇」不存在（本文件中也没有这个上级）',
        '第4行「名称」不能为空',
        '第5行「类型」「城堡」不是已知的组织类型',
        '第6行「名称」「和平村」在「河口镇」下已存在',
        '第8行「名称」「重复村」与第7行重复（同一上级下名称不能相同）',
        '第9行「代码」只能由数字、字母和“-”组成，最长32位',
      ]);
      expect(problem.errors![0]!.pointer).toBe('/rows/3/上级路径');
      expect(await unitCount()).toBe(before);
    });

    it("refuses rows outside a township admin's subtree", async () => {
      const res = await upload(t1Admin, 'out.csv', '上级路径,名称,类型\n示例县/河口镇,越界村,村\n示例县,越界镇,乡镇\n');
      expect(res.statusCode).toBe(422);
      expect(problemOf(res).errors!.map((e) => e.pointer)).toEqual(['/rows/2/上级路径', '/rows/3/上级路径']);
    });

    it('answers clearly for an empty file, a header-only file, a missing column and a renamed binary', async () => {
      const empty = problemOf(await upload(admin, 'empty.csv', ''));
      expect(empty.detail).toBe('上传的文件是空的');
      expect(problemOf(await upload(admin, 'head.csv', '上级路径,名称,类型\n')).detail).toBe('文件只有表头，没有数据行');
      expect(problemOf(await upload(admin, 'cols.csv', '名称,备注\n某村,x\n')).detail).toContain('缺少列：「上级路径」、「类型」');
      const exe = Buffer.concat([Buffer.from('MZ'), Buffer.alloc(64), Buffer.from('This program cannot be run in DOS mode')]);
      const binary = await upload(admin, 'units.xlsx', exe);
      expect(binary.statusCode).toBe(422);
      expect(problemOf(binary).detail).toContain('请上传 .xlsx 或 .csv 文件');
    });

    it('answers clearly for a corrupt .xlsx', async () => {
      const broken = Buffer.concat([Buffer.from([0x50, 0x4b, 0x03, 0x04]), Buffer.from('not really a zip')]);
      const res = await upload(admin, 'broken.xlsx', broken);
      expect(res.statusCode).toBe(422);
      expect(problemOf(res).detail).toContain('无法读取该 Excel 文件');
    });

    it('answers 422 when the request carries no file', async () => {
      const res = await t.app.inject({ method: 'POST', url: '/api/orgs/import', headers: { cookie: admin, 'content-type': 'application/json' }, payload: {} });
      expect(res.statusCode).toBe(422);
      expect(problemOf(res).code).toBe('IMPORT_NO_FILE');
    });

    it('serves an import template whose headers the importer accepts', async () => {
      const res = await t.app.inject({ method: 'GET', url: '/api/orgs/import-template.xlsx', headers: { cookie: admin } });
      expect(res.headers['content-type']).toContain('spreadsheetml');
      const wb = new ExcelJS.Workbook();
      await wb.xlsx.load(res.rawPayload as unknown as ArrayBuffer);
      expect(wb.worksheets.map((w) => w.name)).toEqual(['组织机构', '类型', '说明']);
      expect((wb.worksheets[0]!.getRow(1).values as string[]).slice(1)).toEqual(['上级路径', '名称', '类型', '代码']);
      expect(wb.worksheets[0]!.actualRowCount).toBe(1);
      // Filled in the way its instructions say, the template imports.
      wb.worksheets[0]!.addRow(['示例县', '模板新建村', '村', '']);
      const filled = Buffer.from(await wb.xlsx.writeBuffer());
      expect((await upload(admin, 'template.xlsx', filled, true)).json()).toEqual({ dryRun: true, rows: 1, created: 0 });
    });
  });
}
