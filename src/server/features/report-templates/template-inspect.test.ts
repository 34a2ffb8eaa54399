import { Document, Footer, Header, Packer, Paragraph } from 'docx';
import PizZip from 'pizzip';
import { describe, expect, it } from 'vitest';
import { docxParagraphs, templateDocx } from '../../../../test-support/templates.js';
import { GbtReportDocxWriter } from '../../word/report-docx.writer.js';
import { sampleReport } from '../../word/report-sample.fixture.js';
import { fillTemplate, valueParser, type TemplateValues } from './template-fill.js';
import { checkTags, compileTemplate, nearest, templateProblems, type CompiledTemplate } from './template-inspect.js';
import { buildCatalogue, formatValue, scalarNamed, typeShortName, type CatalogueType, type ScalarValue } from './template-placeholders.js';

/** Pure checks of the template machinery over bytes and a catalogue: no database. */
const indicators = [
  { code: 'sessions', name: '场次', unit: '场次', valueKind: 'integer' as const },
  { code: 'attendance', name: '参与人次', unit: '人次', valueKind: 'integer' as const },
  { code: 'funds', name: '投入资金', unit: '元', valueKind: 'money' as const },
];
const types: CatalogueType[] = [
  { id: 11, name: '宣讲/报告会', indicators: ['sessions', 'attendance'] },
  { id: 12, name: '专题培训', indicators: ['sessions', 'funds', 'retired'] },
  { id: 13, name: '媒体宣传（电视专栏、公众号）', indicators: ['attendance'] },
];
const catalogue = buildCatalogue(indicators, [{ id: 1, name: '宣传教育' }], types);

const text = (t: string): ScalarValue => ({ kind: 'text', text: t });

function compiled(bytes: Buffer): CompiledTemplate {
  const result = compileTemplate(bytes, valueParser);
  if (!result.ok) throw new Error(result.problems.join('\n'));
  return result.template;
}

describe('template inspection and filling', () => {
  it('finds and fills tags in headers and footers, and says so when one is wrong', async () => {
    const doc = (header: string) =>
      Packer.toBuffer(
        new Document({
          sections: [
            {
              headers: { default: new Header({ children: [new Paragraph(header)] }) },
              footers: { default: new Footer({ children: [new Paragraph('{成文日期}')] }) },
              children: [new Paragraph('正文{单位名称}')],
            },
          ],
        }),
      );
    const template = compiled(await doc('{单位名称}简报'));
    expect(checkTags(template.tags, catalogue)).toEqual([]);
    const values: TemplateValues = {
      scalars: new Map([
        ['单位名称', text('示例县')],
        ['成文日期', text('2026年11月29日')],
      ]),
      loops: new Map(),
    };
    const zip = new PizZip(fillTemplate(template, values));
    const partText = (prefix: string) =>
      Object.keys(zip.files)
        .filter((n) => n.startsWith(prefix))
        .map((n) =>
          zip
            .file(n)!
            .asText()
            .replace(/<[^>]+>/g, ''),
        )
        .join('');
    expect(partText('word/header')).toContain('示例县简报');
    expect(partText('word/footer')).toContain('2026年11月29日');
    expect(checkTags(compiled(await doc('{单位名}简报')).tags, catalogue)).toEqual(['页眉：未知占位符「{单位名}」，是否为「{单位名称}」？']);
  });

  it('shows {^loop} content only when the loop is empty, and refuses item fields there', async () => {
    const template = compiled(await templateDocx(['{#下级单位}{名称}、{/下级单位}{^下级单位}本单位没有下级单位{/下级单位}']));
    expect(checkTags(template.tags, catalogue)).toEqual([]);
    const empty = fillTemplate(template, { scalars: new Map(), loops: new Map([['下级单位', []]]) });
    expect(docxParagraphs(empty)).toEqual(['本单位没有下级单位']);
    const bad = compiled(await templateDocx(['{^下级单位}{名称}{/下级单位}']));
    expect(checkTags(bad.tags, catalogue)).toEqual([expect.stringContaining('「{名称}」是循环中每一项的字段')]);
  });

  it('refuses a unit total inside a loop, where each row would repeat it, but lets text and item fields stand there', async () => {
    const ok = compiled(await templateDocx(['{#下级单位}{单位名称}下辖{名称}开展活动{活动数}项、{场次:约数}场次。{/下级单位}', '全县共{场次}场次。']));
    expect(checkTags(ok.tags, catalogue)).toEqual([]);
    const bad = compiled(await templateDocx(['{#下级单位}{名称}开展宣讲{宣讲场次}场次，投入{投入资金:金额}。{/下级单位}']));
    expect(checkTags(bad.tags, catalogue)).toEqual([
      expect.stringMatching(/^第1段：「\{宣讲场次\}」是本单位的合计，写在循环「\{#下级单位\}」之内会在每一项都重复同一个数；循环内请用每一项的字段（如\{/),
    ]);
  });

  it('takes a report downloaded from Shiliu, with a tag added in Word, as a template: its stamp is not read as tags', async () => {
    const report = await new GbtReportDocxWriter().write({
      ...sampleReport(undefined),
      source: { report: 7, version: 3, from: '2026-01-01', to: '2026-12-31' },
    });
    const zip = new PizZip(report);
    // The stamp's JSON, braces and all, sits in the custom properties.
    expect(zip.file('docProps/custom.xml')!.asText()).toContain('{&quot;v&quot;');
    const xml = zip.file('word/document.xml')!.asText();
    zip.file('word/document.xml', xml.replace('</w:body>', '<w:p><w:r><w:t>{单位名称}</w:t></w:r></w:p></w:body>'));
    const template = compiled(zip.generate({ type: 'nodebuffer' }));
    expect(checkTags(template.tags, catalogue)).toEqual([]);
    expect(template.tags.map((t) => t.name)).toEqual(['单位名称']);
  });

  it('writes plain numbers as exact digits without a unit, styles as reports write them', () => {
    expect(formatValue({ kind: 'count', value: 312 }, undefined)).toBe('312');
    expect(formatValue({ kind: 'count', value: 312 }, '约数')).toBe('300余');
    expect(formatValue({ kind: 'money', value: 1234.5 }, undefined)).toBe('1234.5');
    expect(formatValue({ kind: 'money', value: 124_000_000 }, '金额')).toBe('1.24亿元');
    expect(formatValue({ kind: 'ratio', value: 0.42962 }, undefined)).toBe('42.96');
    expect(formatValue({ kind: 'ratio', value: 0.42962 }, '百分比')).toBe('42.96%');
    // A value a style cannot write still shows as digits, never a blank.
    expect(formatValue({ kind: 'count', value: -3 }, '约数')).toBe('-3');
  });

  it('keeps the fixed placeholders when an indicator takes one of their names, and skips names braces cannot hold', () => {
    const clashing = buildCatalogue(
      [
        { code: 'x', name: '活动数', unit: '次', valueKind: 'integer' },
        { code: 'y', name: '比例:新', unit: '个', valueKind: 'integer' },
        { code: 'z', name: '月份', unit: '个', valueKind: 'integer' },
      ],
      [],
    );
    expect(clashing.scalars.get('活动数')).toMatchObject({ group: 'basic' });
    expect(clashing.loops.get('月份')).toBeDefined();
    expect([...clashing.scalars.keys()].some((n) => n.includes(':'))).toBe(false);
  });

  it('suggests a near name only when it is a plausible slip', () => {
    const known = ['单位名称', '参与人次', '场次', '序号'];
    expect(nearest('参加人次', known)).toBe('参与人次');
    expect(nearest('单位', known)).toBeUndefined();
    expect(nearest('名称', known)).toBeUndefined();
    // Equally near: the name of the same length is the likelier slip, whatever the order.
    expect(nearest('宣讲次数', ['宣讲活动数', '宣讲场次'])).toBe('宣讲场次');
  });

  describe('type-scoped placeholders', () => {
    const typeNames = (c = catalogue) => [...c.scalars.values()].filter((d) => d.group === 'type').map((d) => d.name);

    it('offers per type its entry count and each indicator it measures, under the type’s short name', () => {
      expect(typeNames()).toEqual([
        '宣讲/报告会活动数',
        '宣讲/报告会场次',
        '宣讲/报告会参与人次',
        '专题培训活动数',
        '专题培训场次',
        '专题培训投入资金',
        '媒体宣传活动数',
        '媒体宣传参与人次',
      ]);
      expect(catalogue.scalars.get('宣讲/报告会场次')).toMatchObject({ kind: 'count', source: { type: 11, total: 'sessions' } });
      expect(catalogue.scalars.get('专题培训投入资金')).toMatchObject({ kind: 'money', source: { type: 12, total: 'funds' } });
      expect(catalogue.scalars.get('媒体宣传活动数')).toMatchObject({ kind: 'count', source: { type: 13, total: 'entries' } });
    });

    it('cuts trailing parentheticals of either width from the name', () => {
      expect(typeShortName('媒体宣传(电视专栏、公众号)')).toBe('媒体宣传');
      expect(typeShortName('媒体宣传（电视专栏、公众号）')).toBe('媒体宣传');
      expect(typeShortName('走访（慰问）(含节日)')).toBe('走访');
      expect(typeShortName('（其他）')).toBe('');
      expect(typeShortName('宣讲/报告会')).toBe('宣讲/报告会');
    });

    it('accepts each side of a name with “/” as an alias, lists only the full name and names the aliases in its description', () => {
      expect(scalarNamed(catalogue, '宣讲场次')?.name).toBe('宣讲/报告会场次');
      expect(scalarNamed(catalogue, '报告会场次')?.name).toBe('宣讲/报告会场次');
      expect(scalarNamed(catalogue, '宣讲活动数')?.name).toBe('宣讲/报告会活动数');
      expect(catalogue.scalars.has('宣讲场次')).toBe(false);
      expect(catalogue.scalars.get('宣讲/报告会场次')!.description).toBe(
        '报告期内本单位及所辖单位「宣讲/报告会」活动的场次合计（场次）；可简写为「宣讲场次」「报告会场次」',
      );
      expect(catalogue.scalars.get('专题培训场次')!.description).not.toContain('可简写');
    });

    it('lets fixed, indicator and category names win, gives a name two types claim to neither, and makes no alias of a shared side', () => {
      const c = buildCatalogue(
        [...indicators, { code: 'x', name: '培训场次', unit: '场', valueKind: 'integer' }],
        [{ id: 1, name: '宣传' }],
        [
          { id: 21, name: '宣讲/报告会', indicators: ['sessions'] },
          { id: 22, name: '宣讲/座谈', indicators: ['sessions'] },
          { id: 23, name: '其他', indicators: ['sessions'] },
          { id: 24, name: '其他(备注)', indicators: [] },
          { id: 25, name: '宣传/展览', indicators: [] },
          { id: 26, name: '培训', indicators: ['sessions'] },
          { id: 27, name: '（未命名）', indicators: ['sessions'] },
        ],
      );
      // 宣讲 is a side of two types: only 报告会 and 座谈 are aliases.
      expect(scalarNamed(c, '宣讲场次')).toBeUndefined();
      expect(scalarNamed(c, '报告会场次')?.name).toBe('宣讲/报告会场次');
      expect(scalarNamed(c, '座谈场次')?.name).toBe('宣讲/座谈场次');
      // Two types whose short name is 其他: neither gets a placeholder.
      expect(typeNames(c).some((n) => n.startsWith('其他'))).toBe(false);
      // 宣传 is a category: 宣传活动数 stays the category's, and the side 宣传 gives no alias.
      expect(c.scalars.get('宣传活动数')).toMatchObject({ group: 'category' });
      expect(scalarNamed(c, '展览活动数')?.name).toBe('宣传/展览活动数');
      // An indicator named 培训场次 keeps its name; the type 培训 keeps its 活动数.
      expect(c.scalars.get('培训场次')).toMatchObject({ group: 'indicator' });
      expect(typeNames(c)).toContain('培训活动数');
      // A name that is only a parenthetical gives nothing (no bare 活动数 or 场次 of a type).
      expect(typeNames(c).every((n) => n !== '活动数' && n !== '场次')).toBe(true);
    });

    it('takes styles as other numbers do, and suggests the alias a near miss meant', async () => {
      const template = compiled(await templateDocx(['{宣讲场次:约数}{报告会参与人次:中文}{专题培训投入资金:金额}']));
      expect(checkTags(template.tags, catalogue)).toEqual([]);
      expect(checkTags(compiled(await templateDocx(['{宣讲场次:百分比}{宣讲次数}'])).tags, catalogue)).toEqual([
        '第1段：「{宣讲场次:百分比}」不是比率，不能用“百分比”写法',
        '第1段：未知占位符「{宣讲次数}」，是否为「{宣讲场次}」？',
      ]);
    });
  });

  describe('a template whose syntax is broken: the names are checked too', () => {
    const problems = async (body: string[]) => templateProblems(compileTemplate(await templateDocx(body), valueParser), catalogue);

    it('reports an unclosed loop and an unknown name together, syntax first, without calling the loop’s fields strays', async () => {
      expect(await problems(['本期开展宣讲{宣讲次数}场次。', '{#下级单位}', '{名称}开展活动{活动数}次。'])).toEqual([
        '第2段：循环「{#下级单位}」缺少结束标记「{/下级单位}」',
        '第1段：未知占位符「{宣讲次数}」，是否为「{宣讲场次}」？',
      ]);
    });

    it('does not call a closing mark without its opening one unknown, nor the loop it closes', async () => {
      expect(await problems(['{名称}', '{/下级部门}', '{单位名称:约数}'])).toEqual([
        '第2段：结束标记「{/下级部门}」之前没有对应的开始标记「{#下级部门}」',
        '第3段：「{单位名称:约数}」是文字，不能加“:写法”',
      ]);
    });

    it('gives a tag with a doubled brace one message, and checks the rest', async () => {
      expect(await problems(['{{宣讲次数}', '{单位名称}}', '{单位明称}'])).toEqual([
        '第1段：占位符「{{宣讲次数」多了一个左花括号「{」',
        '第2段：占位符「单位名称}}」多了一个右花括号「}」',
        '第3段：未知占位符「{单位明称}」，是否为「{单位名称}」？',
      ]);
    });

    it('still checks loops that are whole when another loop of the same part is broken', async () => {
      expect(await problems(['{#下级部门}{名称}{/下级部门}', '{#月份}{名称}', '{#活动类别}{/下级单位}'])).toEqual([
        '第2段：循环「{#月份}」缺少结束标记「{/月份}」',
        '第3段：循环「{#活动类别}」的结束标记写成了「{/下级单位}」，应为「{/活动类别}」',
        '第1段：未知占位符「{#下级部门}」，是否为「{#下级单位}」？',
      ]);
    });

    it('checks the parts that did parse in full', async () => {
      const bytes = await Packer.toBuffer(
        new Document({ sections: [{ headers: { default: new Header({ children: [new Paragraph('{名称}')] }) }, children: [new Paragraph('{#下级单位}')] }] }),
      );
      expect(templateProblems(compileTemplate(bytes, valueParser), catalogue)).toEqual([
        '第1段：循环「{#下级单位}」缺少结束标记「{/下级单位}」',
        '页眉：「{名称}」是循环中每一项的字段，只能写在循环之内（如「{#下级单位}…{名称}…{/下级单位}」）',
      ]);
    });
  });
});
