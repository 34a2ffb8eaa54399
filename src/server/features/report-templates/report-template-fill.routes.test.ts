import type { LightMyRequestResponse } from 'fastify';
import PizZip from 'pizzip';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { PlaceholderList, ReportTemplate } from '../../../contracts/report-template.contract.js';
import { CheckResultSchema, type CheckResult } from '../../../contracts/report.contract.js';
import type { StatsResult } from '../../../contracts/stats.contract.js';
import { DIALECTS } from '../../../../test-support/databases.js';
import { createStatsFixture, ok, problemOf, type StatsFixture } from '../../../../test-support/stats.js';
import { docxParagraphs, docxTableRows, multipartUpload, templateDocx } from '../../../../test-support/templates.js';
import { extractReport } from '../../word/report-text.js';

const YEAR = { from: '2026-01-01', to: '2026-12-31' };
const NUMERALS = ['一', '二', '三', '四', '五', '六', '七', '八', '九', '十'];

for (const dialect of DIALECTS) {
  describe(`user templates (自定义模板): placeholders and filling from the statistics (${dialect})`, () => {
    let f: StatsFixture;
    let countyTemplate: ReportTemplate;
    let town2Template: ReportTemplate;

    const upload = async (cookie: string, bytes: Buffer, name: string): Promise<ReportTemplate> => {
      const body = multipartUpload(`${name}.docx`, bytes, { name });
      return ok(
        await f.t.app.inject({ method: 'POST', url: '/api/report-templates', headers: { cookie, ...body.headers }, payload: body.payload }),
        201,
      ).json();
    };
    const fill = (cookie: string, id: number, body: Record<string, unknown>): Promise<LightMyRequestResponse> =>
      f.t.app.inject({ method: 'POST', url: `/api/report-templates/${id}/fill`, headers: { cookie }, payload: body });
    const stats = async (org: number, groupBy: string, status = 'approved'): Promise<StatsResult> =>
      ok(await f.get(f.cookie.admin, '/api/stats', { org, ...YEAR, groupBy, status })).json();

    beforeAll(async () => {
      f = await createStatsFixture(dialect);
      const bytes = await templateDocx([
        '{单位名称}{报告年度}年统计',
        '报告期：{报告期}；上级：{上级单位}',
        ['全年开展活动', '{活动', '数}项，场次{场次}，参与{参与人次:约数}人次（{参与人次:多}）', '，投入资金{投入资金}元，即{投入资金:金额}'],
        '宣传教育类{宣传教育活动数}项，填报率{填报率:百分比}，场次中文{场次:中文}',
        '{#活动类别}',
        '{序号:中文}是{名称}{活动数}项',
        '{/活动类别}',
        {
          table: [
            ['序号', '单位', '活动数', '场次', '投入资金'],
            ['{#下级单位}{序号}', '{名称}', '{活动数}', '{场次}', '{投入资金:金额}{/下级单位}'],
          ],
        },
        '{#月份}{名称}{活动数};{/月份}',
        '{单位名称}',
        '{成文日期}',
      ]);
      countyTemplate = await upload(f.cookie.admin, bytes, '县级统计');
      town2Template = await upload(f.cookie.t2Admin, await templateDocx(['{单位名称}']), '河口镇统计');
    });
    afterAll(() => f.close());

    describe('the placeholder list', () => {
      it('offers basic facts, every active indicator, every category and the four loops, with the styles', async () => {
        const list = ok(await f.get(f.cookie.t1Clerk, '/api/report-templates/placeholders')).json() as PlaceholderList;
        const byName = new Map(list.items.map((p) => [p.name, p]));
        expect(byName.get('单位名称')).toMatchObject({ group: 'basic', numeric: false });
        expect(byName.get('场次')).toMatchObject({ group: 'indicator', numeric: true, description: '报告期内本单位及所辖单位的场次合计（场次）' });
        expect(byName.get('宣传教育活动数')).toMatchObject({ group: 'category', numeric: true });
        expect(list.items.filter((p) => p.group === 'loop').map((p) => p.name)).toEqual(['下级单位', '下级单位及本级', '活动类别', '活动类型', '月份']);
        expect(byName.get('下级单位')!.fields!.map((x) => x.name)).toEqual(expect.arrayContaining(['名称', '序号', '活动数', '场次', '投入资金']));
        expect(list.items.every((p) => p.example === undefined)).toBe(true);
        expect(list.styles.map((s) => [s.name, s.example])).toEqual([
          ['约数', '312 → 300余'],
          ['多', '312 → 300多'],
          ['万', '14230 → 1.42万'],
          ['中文', '312 → 三百一十二'],
          ['金额', '124000000 → 1.24亿元'],
          ['百分比', '0.4296 → 42.96%'],
        ]);
      });

      it('gives each placeholder its value for a unit and period, equal to the statistics', async () => {
        const list = ok(await f.get(f.cookie.admin, '/api/report-templates/placeholders', { org: f.unit.county, ...YEAR })).json() as PlaceholderList;
        const example = (name: string) => list.items.find((p) => p.name === name)?.example;
        const { totals, groups } = await stats(f.unit.county, 'child');
        expect(example('单位名称')).toBe('示例县');
        expect(example('活动数')).toBe(String(totals.entries));
        expect(example('投入资金')).toBe(String(totals.funds));
        expect(example('下级单位')).toBe(`共${groups.length - 1}项`);
      });

      it('answers 404 for a unit outside the caller’s scope', async () => {
        const res = await f.get(f.cookie.t1Admin, '/api/report-templates/placeholders', { org: f.unit.town2, ...YEAR });
        expect(problemOf(res)).toMatchObject({ status: 404, code: 'ORG_NOT_FOUND' });
      });
    });

    describe('type-scoped placeholders (宣讲场次)', () => {
      const statsOf = async (org: number, type: number): Promise<StatsResult> =>
        ok(await f.get(f.cookie.admin, '/api/stats', { org, ...YEAR, types: type })).json();

      it('offers per active type its 活动数 and each indicator it measures, listed by full name with the aliases in the description', async () => {
        const list = ok(await f.get(f.cookie.t1Clerk, '/api/report-templates/placeholders')).json() as PlaceholderList;
        const names = list.items.filter((p) => p.group === 'type').map((p) => p.name);
        // 宣讲/报告会 measures 场次 and 参与人次 (required), 覆盖户数 and 发放资料 (optional); nothing else.
        expect(names.filter((n) => n.startsWith('宣讲/报告会'))).toEqual([
          '宣讲/报告会活动数',
          '宣讲/报告会场次',
          '宣讲/报告会参与人次',
          '宣讲/报告会覆盖户数',
          '宣讲/报告会发放资料',
        ]);
        expect(names).toEqual(expect.arrayContaining(['专题培训场次', '专题培训投入资金', '媒体宣传活动数', '媒体宣传媒体报道/信息']));
        expect(names).not.toContain('宣讲场次');
        expect(list.items.find((p) => p.name === '宣讲/报告会场次')).toMatchObject({
          group: 'type',
          numeric: true,
          description: '报告期内本单位及所辖单位「宣讲/报告会」活动的场次合计（场次）；可简写为「宣讲场次」「报告会场次」',
        });
      });

      it('equals GET /api/stats asked for that type alone, in the list and in the filled document, styles applied', async () => {
        const template = await upload(
          f.cookie.admin,
          await templateDocx([
            '{宣讲场次}|{报告会参与人次}|{宣讲/报告会覆盖户数}|{宣讲活动数}|{宣讲场次:中文}',
            '{专题培训活动数}|{专题培训场次}|{专题培训投入资金}|{专题培训投入资金:金额}|{民生项目住房}',
          ]),
          '分类型统计',
        );
        expect(template.placeholders).toEqual(expect.arrayContaining(['宣讲场次', '报告会参与人次', '专题培训投入资金:金额']));
        for (const org of [f.unit.county, f.unit.town1, f.unit.town2]) {
          const lecture = (await statsOf(org, f.type.lecture)).totals;
          const training = (await statsOf(org, f.type.training)).totals;
          const project = (await statsOf(org, f.type.project)).totals;
          const list = ok(await f.get(f.cookie.admin, '/api/report-templates/placeholders', { org, ...YEAR })).json() as PlaceholderList;
          const example = (name: string) => list.items.find((p) => p.name === name)?.example;
          expect(example('宣讲/报告会场次')).toBe(String(lecture.sessions));
          expect(example('宣讲/报告会参与人次')).toBe(String(lecture.attendance));
          expect(example('宣讲/报告会活动数')).toBe(String(lecture.entries));
          expect(example('专题培训投入资金')).toBe(String(training.funds));
          const [first, second] = docxParagraphs(ok(await fill(f.cookie.admin, template.id, { org, ...YEAR })).rawPayload);
          expect(first).toBe(`${lecture.sessions}|${lecture.attendance}|${lecture.households}|${lecture.entries}|${NUMERALS[lecture.sessions! - 1] ?? '零'}`);
          expect(second).toMatch(new RegExp(`^${training.entries}\\|${training.sessions}\\|${training.funds}\\|[^|]+元\\|${project.dwellings}$`));
        }
        // The county's figures, worked out by hand from the fixture: E1 and E6 are 宣讲, E2 and E8 专题培训.
        const county = docxParagraphs(ok(await fill(f.cookie.admin, template.id, { org: f.unit.county, ...YEAR })).rawPayload);
        expect(county).toEqual(['2|90|12|2|二', '2|3|1334.55|1334.55元|0']);
      });
    });

    describe('filling', () => {
      let county: { paragraphs: string[]; rows: string[][]; res: LightMyRequestResponse };

      beforeAll(async () => {
        const res = ok(await fill(f.cookie.admin, countyTemplate.id, { org: f.unit.county, ...YEAR }));
        county = { res, paragraphs: docxParagraphs(res.rawPayload), rows: docxTableRows(res.rawPayload) };
      });

      it('writes the unit, the period and figures equal to GET /api/stats, styles applied', async () => {
        const { totals } = await stats(f.unit.county, 'child');
        const byCategory = await stats(f.unit.county, 'category');
        const edu = byCategory.groups.find((g) => g.label === '宣传教育')!;
        // The fixture's approved 2026 entries, worked out by hand (test-support/stats.ts).
        expect(totals).toMatchObject({ entries: 9, sessions: 6, attendance: 155, funds: 52135.06 });
        const p = county.paragraphs;
        expect(p[0]).toBe('示例县2026年统计');
        expect(p[1]).toBe('报告期：2026年1月1日至12月31日；上级：');
        expect(p[2]).toBe(`全年开展活动${totals.entries}项，场次${totals.sessions}，参与100余人次（100多），投入资金52135.06元，即5.21万元`);
        expect(p[3]).toMatch(new RegExp(`^宣传教育类${edu.totals.entries}项，填报率\\d+(\\.\\d+)?%，场次中文六$`));
        expect(p.at(-1)).toMatch(/^\d{4}年\d{1,2}月\d{1,2}日$/);
        expect(p.at(-2)).toBe('示例县');
      });

      it('repeats the category paragraph once per category with activity, numbered in Chinese', async () => {
        const { groups } = await stats(f.unit.county, 'category');
        const lines = county.paragraphs.filter((line) => /^[一二三四五六七八九十]+是/.test(line));
        expect(lines).toEqual(groups.map((g, i) => `${NUMERALS[i]}是${g.label}${g.totals.entries}项`));
        // The paragraphs that only held {#活动类别} and {/活动类别} are gone.
        expect(county.paragraphs.some((line) => line.includes('{') || line.includes('}'))).toBe(false);
      });

      it('repeats the table row once per child unit, with the child’s figures', async () => {
        const children = (await stats(f.unit.county, 'child')).groups.filter((g) => g.key !== 'own');
        const [header, ...rows] = county.rows;
        expect(header).toEqual(['序号', '单位', '活动数', '场次', '投入资金']);
        expect(rows.map((r) => r.slice(0, 4))).toEqual(children.map((g, i) => [String(i + 1), g.label, String(g.totals.entries), String(g.totals.sessions)]));
        expect(rows.find((r) => r[1] === '城关镇')![4]).toBe('5.2万元');
        expect(rows.find((r) => r[1] === '河口镇')![4]).toBe('100元');
      });

      it('lists every month of the period inline', async () => {
        const { groups } = await stats(f.unit.county, 'month');
        expect(groups).toHaveLength(12);
        expect(county.paragraphs).toContain(groups.map((g) => `${g.label}${g.totals.entries};`).join(''));
      });

      it('downloads as 「模板名」-单位-期间.docx', () => {
        expect(county.res.headers['content-type']).toContain('wordprocessingml');
        expect(county.res.headers['content-disposition']).toContain(`filename*=UTF-8''${encodeURIComponent('「县级统计」-示例县-2026年.docx')}`);
      });

      it('counts unapproved entries too when asked for status all', async () => {
        const all = await stats(f.unit.county, 'child', 'all');
        const res = ok(await fill(f.cookie.admin, countyTemplate.id, { org: f.unit.county, ...YEAR, status: 'all' }));
        expect(all.totals.entries).toBeGreaterThan(9);
        expect(docxParagraphs(res.rawPayload)[2]).toContain(`全年开展活动${all.totals.entries}项`);
      });

      it('serves a township with the county’s template, for the township', async () => {
        const res = ok(await fill(f.cookie.t1Admin, countyTemplate.id, { org: f.unit.town1, ...YEAR }));
        const { totals } = await stats(f.unit.town1, 'child');
        const p = docxParagraphs(res.rawPayload);
        expect(p[0]).toBe('城关镇2026年统计');
        expect(p[1]).toBe('报告期：2026年1月1日至12月31日；上级：示例县');
        expect(p[2]).toContain(`全年开展活动${totals.entries}项`);
      });

      it('answers 404 for a unit outside the caller’s scope, and for a sibling’s template', async () => {
        expect(problemOf(await fill(f.cookie.t1Admin, countyTemplate.id, { org: f.unit.town2, ...YEAR }))).toMatchObject({
          status: 404,
          code: 'ORG_NOT_FOUND',
        });
        expect(problemOf(await fill(f.cookie.t1Admin, town2Template.id, { org: f.unit.town1, ...YEAR }))).toMatchObject({
          status: 404,
          code: 'TEMPLATE_NOT_FOUND',
        });
      });

      it('refuses a period that ends before it starts (400)', async () => {
        expect(problemOf(await fill(f.cookie.admin, countyTemplate.id, { org: f.unit.county, from: '2026-12-31', to: '2026-01-01' })).status).toBe(400);
      });
    });

    describe('a table by unit that adds up to the total (下级单位及本级)', () => {
      it('lists each child and then 本级, the groups of GET /api/stats by child, so the rows add up to {活动数}', async () => {
        const template = await upload(
          f.cookie.admin,
          await templateDocx([
            '{活动数}|{场次}|{投入资金}',
            {
              table: [
                ['单位', '活动数', '场次', '投入资金'],
                ['{#下级单位及本级}{名称}', '{活动数}', '{场次}', '{投入资金}{/下级单位及本级}'],
              ],
            },
          ]),
          '按单位合计',
        );
        // 城关镇 records E5 itself: without 本级 its table would fall one entry short.
        const cases: Array<[org: number, status: string]> = [
          [f.unit.county, 'approved'],
          [f.unit.county, 'all'],
          [f.unit.town1, 'approved'],
          [f.unit.dongfeng, 'all'],
        ];
        for (const [org, status] of cases) {
          const byChild = await stats(org, 'child', status);
          const own = byChild.groups.find((g) => g.key === 'own')!;
          if (org === f.unit.town1) expect(own.totals.entries).toBeGreaterThan(0);
          const filled = ok(await fill(f.cookie.admin, template.id, { org, ...YEAR, status })).rawPayload;
          const { entries, sessions, funds } = byChild.totals;
          expect(docxParagraphs(filled)[0]).toBe(`${entries}|${sessions}|${funds}`);
          const rows = docxTableRows(filled).slice(1);
          const groups = [...byChild.groups.filter((g) => g.key !== 'own'), own];
          expect(rows).toEqual(groups.map((g) => [g.label, String(g.totals.entries), String(g.totals.sessions), String(g.totals.funds)]));
          const column = (i: number) => rows.reduce((sum, r) => sum + Number(r[i]), 0);
          expect(column(1)).toBe(entries);
          expect(column(2)).toBe(sessions);
          expect(column(3)).toBeCloseTo(funds!, 2);
        }
      });

      it('lists the loop with its own description, and says the plain loop leaves 本级 out', async () => {
        const list = ok(await f.get(f.cookie.admin, '/api/report-templates/placeholders', { org: f.unit.town1, ...YEAR })).json() as PlaceholderList;
        const byName = new Map(list.items.map((p) => [p.name, p]));
        const groups = (await stats(f.unit.town1, 'child')).groups;
        expect(byName.get('下级单位及本级')).toMatchObject({ group: 'loop', example: `共${groups.length}项` });
        expect(byName.get('下级单位及本级')!.description).toContain('本级');
        expect(byName.get('下级单位')!.description).toContain('不含本级');
      });
    });

    describe('the sample template', () => {
      it('is a .docx that uploads as it is and fills for the county', async () => {
        const res = ok(await f.get(f.cookie.t1Clerk, '/api/report-templates/sample'));
        expect(res.headers['content-disposition']).toContain(encodeURIComponent('自定义模板示例.docx'));
        const sample = await upload(f.cookie.admin, res.rawPayload, '示例');
        expect(sample.placeholders).toEqual(
          expect.arrayContaining(['单位名称', '场次:约数', '投入资金:金额', '#活动类别', '序号:中文', '宣讲场次', '#下级单位及本级', '成文日期']),
        );
        const lecture = ok(await f.get(f.cookie.admin, '/api/stats', { org: f.unit.county, ...YEAR, types: f.type.lecture })).json() as StatsResult;
        for (const [org, name] of [
          [f.unit.county, '示例县'],
          [f.unit.town1, '城关镇'],
        ] as const) {
          const filled = ok(await fill(f.cookie.admin, sample.id, { org, ...YEAR })).rawPayload;
          const byChild = await stats(org, 'child');
          const groups = [...byChild.groups.filter((g) => g.key !== 'own'), byChild.groups.find((g) => g.key === 'own')!];
          expect(docxParagraphs(filled)[0]).toBe(`${name}2026年民族团结进步创建工作情况`);
          expect(docxParagraphs(filled).join('\n')).toContain(`报告期内共开展活动${byChild.totals.entries}项`);
          // The table's rows: each child, then 本级, adding up to the text's total.
          const rows = docxTableRows(filled).slice(1);
          expect(rows.map((r) => r[1])).toEqual(groups.map((g) => g.label));
          expect(rows.reduce((sum, r) => sum + Number(r[2]), 0)).toBe(byChild.totals.entries);
        }
        const county = ok(await fill(f.cookie.admin, sample.id, { org: f.unit.county, ...YEAR })).rawPayload;
        expect(docxParagraphs(county)).toContain(`各类活动中，宣讲共开展${lecture.totals.sessions}场次。`);
      });
    });

    describe('the stamp of a filled template (材料体检 of the downloaded file)', () => {
      let filled: Buffer;
      let sessions: number;
      const check = async (bytes: Buffer, fields: Record<string, string> = {}): Promise<CheckResult> => {
        const body = multipartUpload('填报.docx', bytes, fields);
        return CheckResultSchema.parse(
          ok(
            await f.t.app.inject({ method: 'POST', url: '/api/reports/check', headers: { cookie: f.cookie.admin, ...body.headers }, payload: body.payload }),
          ).json(),
        );
      };
      const figureFindings = (r: CheckResult) => r.findings.filter((x) => x.rule === 'figure_mismatch');

      beforeAll(async () => {
        const sample = await upload(f.cookie.admin, ok(await f.get(f.cookie.t1Clerk, '/api/report-templates/sample')).rawPayload, '示例（体检）');
        filled = ok(await fill(f.cookie.admin, sample.id, { org: f.unit.county, ...YEAR })).rawPayload;
        sessions = (ok(await f.get(f.cookie.admin, '/api/stats', { org: f.unit.county, ...YEAR, types: f.type.lecture })).json() as StatsResult).totals
          .sessions!;
      });

      it('carries the fill’s period and its numeric placeholders outside loops, and checks clean against that period', async () => {
        const stamp = extractReport(filled).stamp;
        expect(stamp).toMatchObject({ v: 1, report: null, version: null, ...YEAR });
        expect(stamp!.figures.map((m) => m.label)).toEqual([
          '下级单位数',
          '活动数',
          '场次:约数',
          '场次',
          '投入资金:金额',
          '填报单位数',
          '填报率:百分比',
          '宣讲场次',
        ]);
        const result = await check(filled);
        expect(figureFindings(result)).toEqual([]);
        expect(result.findings.filter((x) => x.rule.startsWith('date'))).toEqual([]);
        // The period came from the file: another one given by the caller wins and flags its 2026 dates.
        const otherYear = await check(filled, { from: '2025-01-01', to: '2025-12-31' });
        expect(otherYear.findings.some((x) => x.rule === 'date_out_of_period')).toBe(true);
      });

      it('flags a figure typed over in the filled file at its span, naming the placeholder', async () => {
        const zip = new PizZip(filled);
        const xml = zip.file('word/document.xml')!.asText();
        const written = `宣讲共开展${sessions}场次`;
        expect(xml).toContain(written);
        zip.file('word/document.xml', xml.replace(written, `宣讲共开展${sessions + 7}场次`));
        const result = await check(zip.generate({ type: 'nodebuffer' }));
        const at = result.text.indexOf(`宣讲共开展${sessions + 7}场次`) + 5;
        const typed = String(sessions + 7);
        expect(figureFindings(result)).toEqual([
          { rule: 'figure_mismatch', severity: 'error', start: at, end: at + typed.length, text: typed, message: expect.stringContaining('「宣讲场次」') },
        ]);
        expect(figureFindings(result)[0]!.message).toContain(`原为「${sessions}」`);
      });
    });

    describe('after the catalogue changed', () => {
      it('refuses to fill a template naming a deactivated indicator, naming it (422), and lists it no more', async () => {
        const indicator = await f.t.container.database.db.selectFrom('indicator').select('id').where('code', '=', 'sessions').executeTakeFirstOrThrow();
        ok(
          await f.t.app.inject({
            method: 'PATCH',
            url: `/api/catalogue/indicators/${indicator.id}`,
            headers: { cookie: f.cookie.admin },
            payload: { active: false },
          }),
        );
        const problem = problemOf(await fill(f.cookie.admin, countyTemplate.id, { org: f.unit.county, ...YEAR }));
        expect(problem).toMatchObject({ status: 422, code: 'TEMPLATE_OUTDATED' });
        expect(problem.detail).toContain('统计指标或活动类别可能已停用或改名');
        expect(problem.errors).toEqual([
          { pointer: '/params/id', message: '第3段：未知占位符「{场次}」' },
          { pointer: '/params/id', message: '第4段：未知占位符「{场次:中文}」' },
          { pointer: '/params/id', message: '表格第2行第4列：未知占位符「{场次}」' },
        ]);
        const list = ok(await f.get(f.cookie.admin, '/api/report-templates/placeholders')).json() as PlaceholderList;
        expect(list.items.some((p) => p.name === '场次')).toBe(false);
        // The types' 场次 went with it; their other figures stay.
        expect(list.items.some((p) => p.name === '宣讲/报告会场次')).toBe(false);
        expect(list.items.some((p) => p.name === '宣讲/报告会参与人次')).toBe(true);
      });

      it('lists a deactivated activity type no more, and refuses to fill a template naming it', async () => {
        const template = await upload(f.cookie.admin, await templateDocx(['{矛盾纠纷排查调处活动数}']), '调处');
        ok(
          await f.t.app.inject({
            method: 'PATCH',
            url: `/api/catalogue/types/${f.type.dispute}`,
            headers: { cookie: f.cookie.admin },
            payload: { active: false },
          }),
        );
        const list = ok(await f.get(f.cookie.admin, '/api/report-templates/placeholders')).json() as PlaceholderList;
        expect(list.items.some((p) => p.name.startsWith('矛盾纠纷排查调处'))).toBe(false);
        const problem = problemOf(await fill(f.cookie.admin, template.id, { org: f.unit.county, ...YEAR }));
        expect(problem).toMatchObject({
          status: 422,
          code: 'TEMPLATE_OUTDATED',
          errors: [{ pointer: '/params/id', message: '第1段：未知占位符「{矛盾纠纷排查调处活动数}」' }],
        });
      });
    });
  });
}
