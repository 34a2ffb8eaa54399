import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ReportTemplate, ReportTemplateList } from '../../../contracts/report-template.contract.js';
import { createTestApp, problemOf, type TestApp } from '../../../../test-support/app.js';
import { DIALECTS } from '../../../../test-support/databases.js';
import { makePdf, makeZip } from '../../../../test-support/files.js';
import { ok } from '../../../../test-support/stats.js';
import { bombDocx, docxParagraphs, multipartUpload, templateDocx, withMacros, type ParagraphSpec, type TableSpec } from '../../../../test-support/templates.js';

for (const dialect of DIALECTS) {
  describe(`user templates (自定义模板): upload, visibility, archive (${dialect})`, () => {
    let t: TestApp;
    let admin: string;
    let viewer: string;
    let t1Admin: string;
    let t1Clerk: string;
    let t2Admin: string;
    let county: number;
    let town1: number;
    let town2: number;
    let good: Buffer;

    beforeAll(async () => {
      t = await createTestApp(dialect);
      [admin, viewer, t1Admin, t1Clerk, t2Admin] = (await Promise.all(['admin', 'viewer', 't1-admin', 't1-clerk', 't2-admin'].map((u) => t.login(u)))) as [
        string,
        string,
        string,
        string,
        string,
      ];
      county = await t.orgId('示例县');
      town1 = await t.orgId('示例县', '城关镇');
      town2 = await t.orgId('示例县', '河口镇');
      good = await templateDocx([
        '{单位名称}{报告年度}年创建工作统计',
        // Word splits text into runs as it is edited; the tag spans three of them.
        ['全年开展活动', '{活动', '数}项，', '场次{场次：约数}'],
        '{#下级单位}',
        '{序号}. {名称}：{活动数}项，参与{参与人次}人次',
        '{/下级单位}',
        {
          table: [
            ['类别', '活动数'],
            ['{#活动类别}{名称}', '{活动数}{/活动类别}'],
          ],
        },
      ]);
    });
    afterAll(() => t.close());

    const upload = (cookie: string, bytes: Buffer, fields: Record<string, string | number> = {}, filename = '县级统计模板.docx') =>
      t.app.inject({
        method: 'POST',
        url: '/api/report-templates',
        headers: { cookie, ...multipartUpload(filename, bytes, fields).headers },
        payload: multipartUpload(filename, bytes, fields).payload,
      });
    const get = (cookie: string, url: string) => t.app.inject({ method: 'GET', url, headers: { cookie } });
    const post = (cookie: string, url: string) => t.app.inject({ method: 'POST', url, headers: { cookie } });
    const list = async (cookie: string, archived = false) =>
      (ok(await get(cookie, `/api/report-templates${archived ? '?archived=true' : ''}`)).json() as ReportTemplateList).items;
    const templateAudit = () =>
      t.container.database.db
        .selectFrom('audit_log')
        .select(['action', 'entity_id', 'org_unit_id', 'after_json'])
        .where('entity', '=', 'report_template')
        .orderBy('id')
        .execute();
    const templateRows = async () =>
      Number(
        (
          await t.container.database.db
            .selectFrom('report_template')
            .select((eb) => eb.fn.countAll().as('n'))
            .executeTakeFirstOrThrow()
        ).n,
      );

    /** Uploads a template built from `body` and expects it refused; returns the field errors' messages. */
    const refused = async (body: Buffer | Array<ParagraphSpec | TableSpec>, code = 'TEMPLATE_INVALID') => {
      const before = { rows: await templateRows(), audit: (await templateAudit()).length };
      const res = await upload(admin, Buffer.isBuffer(body) ? body : await templateDocx(body));
      expect(res.statusCode, res.body).toBe(422);
      const problem = problemOf(res);
      expect(problem.code).toBe(code);
      expect(problem.errors!.every((e) => e.pointer === '/body/file')).toBe(true);
      // Nothing is stored for a refused upload: no row, no audit entry.
      expect(await templateRows()).toBe(before.rows);
      expect((await templateAudit()).length).toBe(before.audit);
      return problem.errors!.map((e) => e.message);
    };

    describe('upload', () => {
      it('is refused while nothing is stored: the list starts empty', async () => {
        expect(await list(admin)).toEqual([]);
      });

      it('stores a good template, lists its placeholders in document order without repeats, and audits it', async () => {
        const res = await upload(admin, good, { name: '县级统计' });
        expect(res.statusCode, res.body).toBe(201);
        const created = res.json() as ReportTemplate;
        expect(created).toMatchObject({
          orgId: county,
          orgName: '示例县',
          name: '县级统计',
          filename: '县级统计模板.docx',
          size: good.length,
          createdBy: '县创建办管理员',
          archivedAt: null,
          warnings: [],
        });
        expect(created.placeholders).toEqual(['单位名称', '报告年度', '活动数', '场次:约数', '#下级单位', '序号', '名称', '参与人次', '#活动类别']);
        expect(ok(await get(admin, `/api/report-templates/${created.id}`)).json()).toEqual(created);
        expect(await list(admin)).toEqual([created]);
        const audit = await templateAudit();
        expect(audit).toEqual([{ action: 'report_template.create', entity_id: String(created.id), org_unit_id: county, after_json: expect.any(String) }]);
        expect(JSON.parse(audit[0]!.after_json!)).toMatchObject({ orgId: county, name: '县级统计', placeholders: created.placeholders });
      });

      it('gives back the original file byte for byte', async () => {
        const [template] = await list(admin);
        const res = ok(await get(admin, `/api/report-templates/${template!.id}/file`));
        expect(res.headers['content-type']).toContain('wordprocessingml');
        expect(res.headers['content-disposition']).toContain(`filename*=UTF-8''${encodeURIComponent('县级统计模板.docx')}`);
        expect(res.rawPayload.equals(good)).toBe(true);
      });

      it('names a template after its file when no name is given, and stores it for the unit asked', async () => {
        const res = ok(await upload(t1Admin, good, { orgId: town1 }, '城关镇月报.docx'), 201).json() as ReportTemplate;
        expect(res).toMatchObject({ name: '城关镇月报', orgId: town1, orgName: '城关镇' });
      });

      it('refuses viewers (403) and units outside the uploader’s subtree (404)', async () => {
        expect(problemOf(await upload(viewer, good)).status).toBe(403);
        const outside = problemOf(await upload(t1Admin, good, { orgId: town2 }));
        expect(outside).toMatchObject({
          status: 404,
          code: 'ORG_NOT_FOUND',
          errors: [{ pointer: '/body/orgId', message: '单位不存在，或不在您的管辖范围内' }],
        });
      });

      it('wants a file', async () => {
        const res = await t.app.inject({
          method: 'POST',
          url: '/api/report-templates',
          headers: { cookie: admin, 'content-type': 'multipart/form-data; boundary=x' },
          payload: '--x\r\nContent-Disposition: form-data; name="name"\r\n\r\n空\r\n--x--\r\n',
        });
        expect(problemOf(res)).toMatchObject({
          status: 422,
          code: 'TEMPLATE_NO_FILE',
          errors: [{ pointer: '/body/file', message: '请选择要上传的 .docx 模板文件' }],
        });
      });
    });

    describe('template syntax errors: one Chinese message per problem, saying where', () => {
      it('an unclosed tag', async () => {
        expect(await refused(['第一段没有占位符', '甲{单位名称 乙'])).toEqual(['第2段：占位符「{单位名称」缺少右花括号「}」']);
      });

      it('a tag never opened', async () => {
        expect(await refused(['甲 单位名称} 乙'])).toEqual(['第1段：占位符「单位名称}」缺少左花括号「{」']);
      });

      it('doubled braces, each side', async () => {
        expect(await refused(['{{单位名称}'])).toEqual(['第1段：占位符「{{单位名称」多了一个左花括号「{」']);
        expect(await refused(['{单位名称}}'])).toEqual(['第1段：占位符「单位名称}}」多了一个右花括号「}」']);
      });

      it('a loop never closed, a close never opened, a close that does not match', async () => {
        expect(await refused(['{#下级单位}', '{名称}'])).toEqual(['第1段：循环「{#下级单位}」缺少结束标记「{/下级单位}」']);
        expect(await refused(['{单位名称}', '{/下级单位}'])).toEqual(['第2段：结束标记「{/下级单位}」之前没有对应的开始标记「{#下级单位}」']);
        expect(await refused(['{#下级单位}', '{名称}', '{/活动类别}'])).toEqual([
          '第1段：循环「{#下级单位}」的结束标记写成了「{/活动类别}」，应为「{/下级单位}」',
        ]);
      });

      it('lists every problem of a file, not just the first; blank paragraphs are not counted', async () => {
        expect(await refused(['{单位名称', '', '正文', '{报告期}}'])).toEqual([
          '第1段：占位符「{单位名称」缺少右花括号「}」',
          '第3段：占位符「报告期}}」多了一个右花括号「}」',
        ]);
      });

      it('with the names beside them: syntax first, each tag once, no false alarm from the broken loop', async () => {
        expect(await refused(['本期共开展宣讲{宣讲次数}场次。', '{#下级单位}', '{名称}开展活动{活动次数}次。', '{{单位名称}'])).toEqual([
          '第2段：循环「{#下级单位}」缺少结束标记「{/下级单位}」',
          '第4段：占位符「{{单位名称」多了一个左花括号「{」',
          '第1段：未知占位符「{宣讲次数}」，是否为「{宣讲场次}」？',
          '第3段：未知占位符「{活动次数}」，是否为「{活动数}」？',
        ]);
        expect(await refused(['{单位名称}', '{/下级部门}', '{下级单位}'])).toEqual([
          '第2段：结束标记「{/下级部门}」之前没有对应的开始标记「{#下级部门}」',
          '第3段：「{下级单位}」是循环，请写成「{#下级单位}…{/下级单位}」',
        ]);
      });

      it('a tag split across runs is found where it is', async () => {
        expect(await refused(['{单位名称}', ['开展', '{活', '动数']])).toEqual(['第2段：占位符「{活动数」缺少右花括号「}」']);
      });
    });

    describe('placeholders checked against the catalogue', () => {
      it('an unknown placeholder, with the nearest known name when it is close', async () => {
        expect(await refused(['参与{参加人次}人次，约{参加人次:约数}'])).toEqual([
          '第1段：未知占位符「{参加人次}」，是否为「{参与人次}」？',
          '第1段：未知占位符「{参加人次:约数}」，是否为「{参与人次:约数}」？',
        ]);
        // Near an alias (宣讲场次 for 宣讲/报告会场次), it suggests the alias as the user would write it.
        expect(await refused(['{宣讲次数}'])).toEqual(['第1段：未知占位符「{宣讲次数}」，是否为「{宣讲场次}」？']);
        expect(await refused(['{甲乙丙丁}'])).toEqual(['第1段：未知占位符「{甲乙丙丁}」']);
        expect(await refused(['{#下级部门}{名称}{/下级部门}'])).toEqual(['第1段：未知占位符「{#下级部门}」，是否为「{#下级单位}」？']);
      });

      it('names a table cell by row and column, and counts paragraphs outside tables', async () => {
        expect(await refused(['标题{单位名称}', { table: [['{#下级单位}{名称}', '{活动次数}{/下级单位}']] }])).toEqual([
          '表格第1行第2列：未知占位符「{活动次数}」，是否为「{活动数}」？',
        ]);
        expect(await refused(['标题{单位名称}', { table: [['甲']] }, '正文{未知一}', { table: [['乙'], ['{未知二}']] }])).toEqual([
          '第2段：未知占位符「{未知一}」',
          '第2个表格第2行第1列：未知占位符「{未知二}」',
        ]);
      });

      it('styles that do not exist or do not fit the value', async () => {
        expect(await refused(['{场次:大约}'])).toEqual(['第1段：「{场次:大约}」中的写法「大约」不存在，可用的写法有：约数、多、万、中文、金额、百分比']);
        expect(await refused(['{场次:金额}{单位名称：约数}{投入资金:中文}{活动数:百分比}{填报率:约数}'])).toEqual([
          '第1段：「{场次:金额}」不是金额，不能用“金额”写法',
          '第1段：「{单位名称:约数}」是文字，不能加“:写法”',
          '第1段：「{投入资金:中文}」可能带小数，不能用“中文”写法',
          '第1段：「{活动数:百分比}」不是比率，不能用“百分比”写法',
          '第1段：「{填报率:约数}」是比率，只能不加写法或用“百分比”，不能用“约数”',
        ]);
      });

      it('loop fields outside loops, loops used as values, values used as loops, loops in loops', async () => {
        expect(await refused(['{名称}'])).toEqual(['第1段：「{名称}」是循环中每一项的字段，只能写在循环之内（如「{#下级单位}…{名称}…{/下级单位}」）']);
        expect(await refused(['{下级单位}'])).toEqual(['第1段：「{下级单位}」是循环，请写成「{#下级单位}…{/下级单位}」']);
        expect(await refused(['{#单位名称}有{/单位名称}'])).toEqual([
          '第1段：「{#单位名称}」不是循环；可以循环的有：下级单位、下级单位及本级、活动类别、活动类型、月份',
        ]);
        expect(await refused(['{#下级单位}', '{#月份}{名称}{/月份}', '{/下级单位}'])).toEqual(['第2段：循环「{#月份}」不能写在循环「{#下级单位}」之内']);
      });

      it('raw XML tags and empty braces', async () => {
        expect(await refused(['{@正文}'])).toEqual(['第1段：不支持「{@正文}」这种占位符，请去掉“@”']);
        expect(await refused(['{单位名称}{}'])).toEqual(['第1段：有一对空的花括号「{}」，请写上占位符名称或删除']);
      });

      it('a document without any placeholder', async () => {
        expect(await refused(['只有正文，没有占位符'], 'TEMPLATE_NO_PLACEHOLDERS')).toEqual(['文档中没有任何占位符；占位符写在花括号内，如「{单位名称}」']);
      });
    });

    describe('files that are no template', () => {
      it('an empty file, a legacy .doc, a PDF, a workbook', async () => {
        expect(await refused(Buffer.alloc(0), 'TEMPLATE_FILE_EMPTY')).toEqual(['上传的文件是空的']);
        const ole = Buffer.concat([Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]), Buffer.alloc(512)]);
        expect(await refused(ole, 'TEMPLATE_LEGACY_DOC')).toEqual(['这是旧版 Word 文档（.doc），请在 Word 中“另存为” .docx 格式后再上传']);
        expect(await refused(makePdf(), 'TEMPLATE_NOT_DOCX')).toEqual(['上传的文件不是 Word 文档（.docx）']);
        expect(await refused(makeZip({ '[Content_Types].xml': '<Types/>', 'xl/workbook.xml': '<workbook/>' }), 'TEMPLATE_NOT_DOCX')).toEqual([
          '上传的文件不是 Word 文档（.docx）',
        ]);
      });

      it('a macro-enabled document renamed .docx', async () => {
        expect(await refused(withMacros(good), 'TEMPLATE_MACRO')).toEqual(['模板不能包含宏（.docm），请另存为普通的 .docx 文档后再上传']);
      });

      it('a zip that inflates far beyond its declared size', async () => {
        const bomb = bombDocx(80 * 1024 * 1024);
        expect(bomb.length).toBeLessThan(200_000);
        expect(await refused(bomb, 'TEMPLATE_TOO_LARGE')).toEqual(['文档解压后超过64MB（图片过多或文件异常），无法作为模板使用']);
      });

      it('a file over the upload limit is 413 with the limit named', async () => {
        const res = await upload(admin, Buffer.alloc(21 * 1024 * 1024, 0x41));
        expect(problemOf(res)).toMatchObject({ status: 413, detail: '文件超过20MB上限' });
      });
    });

    describe('visibility: a unit’s templates serve its subtree; siblings do not see each other’s', () => {
      let countyTemplate: number;
      let town1Template: number;
      let town2Template: number;

      beforeAll(async () => {
        const items = await list(admin);
        countyTemplate = items.find((i) => i.orgId === county)!.id;
        town1Template = items.find((i) => i.orgId === town1)!.id;
        town2Template = (ok(await upload(t2Admin, good, { name: '河口镇统计' }), 201).json() as ReportTemplate).id;
      });

      it('a township sees its own and the county’s templates, not its sibling’s (404)', async () => {
        expect((await list(t1Admin)).map((i) => i.id).sort()).toEqual([countyTemplate, town1Template].sort());
        expect(ok(await get(t1Admin, `/api/report-templates/${countyTemplate}`)).json()).toMatchObject({ orgName: '示例县' });
        for (const url of [`/api/report-templates/${town2Template}`, `/api/report-templates/${town2Template}/file`]) {
          expect(problemOf(await get(t1Admin, url))).toMatchObject({ status: 404, code: 'TEMPLATE_NOT_FOUND' });
        }
      });

      it('a village clerk sees the templates of every unit above', async () => {
        expect((await list(t1Clerk)).map((i) => i.id).sort()).toEqual([countyTemplate, town1Template].sort());
      });

      it('the county sees its townships’ templates', async () => {
        expect((await list(admin)).map((i) => i.id).sort()).toEqual([countyTemplate, town1Template, town2Template].sort());
        expect(ok(await get(viewer, `/api/report-templates/${town2Template}`)).json()).toMatchObject({ orgName: '河口镇' });
      });

      it('archiving: admins only (403), of their own subtree (403 above, 404 beside); never deleted', async () => {
        expect(problemOf(await post(t1Clerk, `/api/report-templates/${town1Template}/archive`))).toMatchObject({ status: 403 });
        expect(problemOf(await post(t1Admin, `/api/report-templates/${countyTemplate}/archive`))).toMatchObject({ status: 403, code: 'TEMPLATE_NOT_OWN' });
        expect(problemOf(await post(t2Admin, `/api/report-templates/${town1Template}/archive`))).toMatchObject({ status: 404 });
        expect((await post(t1Admin, `/api/report-templates/${town1Template}/archive`)).statusCode).toBe(204);
        expect((await list(t1Admin)).map((i) => i.id)).toEqual([countyTemplate]);
        const archived = await list(t1Admin, true);
        expect(archived).toEqual([expect.objectContaining({ id: town1Template, archivedAt: expect.any(String) })]);
        expect(ok(await get(t1Admin, `/api/report-templates/${town1Template}`)).json()).toMatchObject({ archivedAt: expect.any(String) });
        expect(problemOf(await post(t1Admin, `/api/report-templates/${town1Template}/archive`))).toMatchObject({ status: 409 });
        expect(await templateRows()).toBe(3);
        expect((await templateAudit()).filter((a) => a.action === 'report_template.archive').map((a) => a.entity_id)).toEqual([String(town1Template)]);
      });

      it('an archived template fills no more (409)', async () => {
        const res = await t.app.inject({
          method: 'POST',
          url: `/api/report-templates/${town1Template}/fill`,
          headers: { cookie: t1Admin },
          payload: { org: town1, from: '2026-01-01', to: '2026-12-31' },
        });
        expect(problemOf(res)).toMatchObject({ status: 409, code: 'TEMPLATE_ARCHIVED' });
      });

      it('no route deletes a template', async () => {
        const res = await t.app.inject({ method: 'DELETE', url: `/api/report-templates/${countyTemplate}`, headers: { cookie: admin } });
        expect(res.statusCode).toBe(404);
        expect(await templateRows()).toBe(3);
      });
    });

    describe('leftovers in the template’s own text (XX县, 20XX年, 某某, 小编): stored and told where, never refused', () => {
      const fill = (id: number) =>
        t.app.inject({
          method: 'POST',
          url: `/api/report-templates/${id}/fill`,
          headers: { cookie: admin },
          payload: { org: county, from: '2026-01-01', to: '2026-12-31' },
        });

      it('answers 201 with each leftover located, and the placeholder to write where one obviously fits', async () => {
        const leftovers = await templateDocx([
          '{单位名称}20XX年民族团结进步创建工作总结',
          'XX县共有乡镇{下级单位数}个，全年开展活动{活动数}项。',
          '某某同志在讲话中指出，要铸牢中华民族共同体意识。',
          {
            table: [
              ['单位', '活动数'],
              ['{#下级单位}{名称}', '{活动数}{/下级单位}'],
            ],
          },
          ['以上内容由', '小编整理，仅供参考。'],
        ]);
        const res = await upload(admin, leftovers, { name: '网上下载的模板' });
        expect(res.statusCode, res.body).toBe(201);
        const created = res.json() as ReportTemplate;
        expect(created.warnings).toEqual([
          '第1段：「20XX年」像是没有填写的占位符，生成的文档会原样保留；可改为「{报告年度}年」或删去',
          '第2段：「XX县」像是没有填写的占位符，生成的文档会原样保留；可改为「{单位名称}」或删去',
          '第3段：「某某同志」中的「某某」是未填写的占位符',
          '第4段：「小编」是从网站复制带入的残留内容，应删除',
          '第4段：「仅供参考」是从网站复制带入的残留内容，应删除',
        ]);
        expect(created.placeholders).toEqual(['单位名称', '下级单位数', '活动数', '#下级单位', '名称']);
        // Stored with the template: the list and the template itself say it again.
        expect(ok(await get(admin, `/api/report-templates/${created.id}`)).json()).toEqual(created);
        expect((await list(admin)).find((i) => i.id === created.id)).toEqual(created);
        const audit = (await templateAudit()).filter((a) => a.entity_id === String(created.id));
        expect(JSON.parse(audit[0]!.after_json!)).toMatchObject({ warnings: created.warnings });
        // The leftovers are the user's text: the template fills, and keeps them.
        const filled = docxParagraphs(ok(await fill(created.id)).rawPayload);
        expect(filled[0]).toBe('示例县20XX年民族团结进步创建工作总结');
        expect(filled).toContain('某某同志在讲话中指出，要铸牢中华民族共同体意识。');
      });

      it('finds nothing in a clean template whose tags stand beside measure words: the tags are read as stand-ins, not holes', async () => {
        const clean = await templateDocx([
          '{单位名称}{报告年度}年民族团结进步创建工作情况',
          ['全县共有', '{下级单位数}', '个乡镇，下辖{单位总数}个单位，开展活动{活动数}项，参与{参与人次:约数}人次。'],
          '累计{场次}场次，其中{填报单位数}个单位有台账，填报率{填报率:百分比}（{填报率}%）。',
          '{#下级单位}{序号}. {名称}开展活动{活动数}项、{场次:中文}场次；{/下级单位}',
          {
            table: [
              ['单位', '场次（场次）'],
              ['{#下级单位}{名称}', '{场次}{/下级单位}'],
            ],
          },
          '{单位名称}',
          '{成文日期}',
        ]);
        const created = ok(await upload(admin, clean, { name: '干净的模板' }), 201).json() as ReportTemplate;
        expect(created.warnings).toEqual([]);
      });

      it('finds nothing in the sample template', async () => {
        const sample = ok(await get(admin, '/api/report-templates/sample')).rawPayload;
        const created = ok(await upload(admin, sample, { name: '示例' }), 201).json() as ReportTemplate;
        expect(created.placeholders.length).toBeGreaterThan(5);
        expect(created.warnings).toEqual([]);
      });
    });
  });
}
