import { Document, Footer, Header, Packer, Paragraph } from 'docx';
import PizZip from 'pizzip';
import { describe, expect, it } from 'vitest';
import { docxParagraphs, templateDocx } from '../../../../test-support/templates.js';
import { fillTemplate, valueParser, type TemplateValues } from './template-fill.js';
import { checkTags, compileTemplate, nearest, type CompiledTemplate } from './template-inspect.js';
import { buildCatalogue, formatValue, type ScalarValue } from './template-placeholders.js';

/** Pure checks of the template machinery over bytes and a catalogue: no database. */
const catalogue = buildCatalogue(
  [
    { code: 'sessions', name: '场次', unit: '场次', valueKind: 'integer' },
    { code: 'funds', name: '投入资金', unit: '元', valueKind: 'money' },
  ],
  [{ id: 1, name: '宣传教育' }],
);

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
          sections: [{ headers: { default: new Header({ children: [new Paragraph(header)] }) }, footers: { default: new Footer({ children: [new Paragraph('{成文日期}')] }) }, children: [new Paragraph('正文{单位名称}')] }],
        }),
      );
    const template = compiled(await doc('{单位名称}简报'));
    expect(checkTags(template.tags, catalogue)).toEqual([]);
    const values: TemplateValues = { scalars: new Map([['单位名称', text('示例县')], ['成文日期', text('2026年11月29日')]]), loops: new Map() };
    const zip = new PizZip(fillTemplate(template, values));
    const partText = (prefix: string) => Object.keys(zip.files).filter((n) => n.startsWith(prefix)).map((n) => zip.file(n)!.asText().replace(/<[^>]+>/g, '')).join('');
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
  });
});
