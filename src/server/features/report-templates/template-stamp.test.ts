import PizZip from 'pizzip';
import { describe, expect, it } from 'vitest';
import { locateFigureMarks } from '../../../domain/report-check/figures.js';
import { templateDocx } from '../../../../test-support/templates.js';
import { stampFromProperties } from '../../word/docx-stamp.js';
import { readCustomProperties } from '../../ooxml/custom-properties.js';
import { extractReport } from '../../word/report-text.js';
import { fillTemplate, scalarTexts, valueParser, type TemplateValues } from './template-fill.js';
import { compileTemplate, type CompiledTemplate } from './template-inspect.js';
import { buildCatalogue, type ScalarValue } from './template-placeholders.js';
import { templateFigureMarks } from './template-stamp.js';
import type { TaggedParagraph } from './template-text.js';

/** Pure checks of the stamp a filled template carries: no database. */
const indicators = [
  { code: 'sessions', name: '场次', unit: '场次', valueKind: 'integer' as const },
  { code: 'attendance', name: '参与人次', unit: '人次', valueKind: 'integer' as const },
];
const catalogue = buildCatalogue(indicators, [{ id: 1, name: '宣传教育' }], []);
const text = (t: string): ScalarValue => ({ kind: 'text', text: t });
const count = (value: number): ScalarValue => ({ kind: 'count', value });
const values: TemplateValues = {
  scalars: new Map([
    ['单位名称', text('示例县')],
    ['活动数', count(12)],
    ['场次', count(30)],
    ['参与人次', count(312)],
  ]),
  loops: new Map([
    [
      '下级单位',
      [
        new Map([
          ['名称', text('城关镇')],
          ['活动数', count(5)],
        ]),
      ],
    ],
  ]),
};
const PERIOD = { from: '2026-01-01', to: '2026-12-31' };

const tag = (content: string, sections: string[] = []) => ({ tag: { content, mark: '' as const, sections } });

function compiled(bytes: Buffer): CompiledTemplate {
  const result = compileTemplate(bytes, valueParser);
  if (!result.ok) throw new Error(result.problems.join('\n'));
  return result.template;
}

describe('the stamp of a filled template', () => {
  it('marks each numeric tag with its filled context: a tag at the paragraph start, two tags side by side, text tags as filled', () => {
    const paragraphs: TaggedParagraph[] = [
      {
        where: '第1段',
        pieces: [tag('活动数'), { text: '项活动中场次' }, tag('场次'), tag(' 参与人次:约数 '), { text: '人次，由' }, tag('单位名称'), { text: '组织开展。' }],
      },
      // A loop's paragraph repeats per item: none of its tags is marked, whatever it holds.
      { where: '第2段', pieces: [{ tag: { content: '#下级单位', mark: '#', sections: [] } }, tag('名称', ['#']), tag('活动数', ['#'])] },
      { where: '第3段', pieces: [{ text: '下级单位共开展' }, tag('活动数', ['#']), { text: '项' }] },
      // Text tags alone are no figures.
      { where: '第4段', pieces: [tag('单位名称'), { text: '民族团结进步创建工作' }] },
    ];
    const marks = templateFigureMarks(paragraphs, catalogue, scalarTexts(values));
    expect(marks).toEqual([
      { label: '活动数', text: '12', before: '', after: '项活动中场次', atStart: true },
      // Its context stops at the neighbouring figure on either side.
      { label: '场次', text: '30', before: '项活动中场次', after: '' },
      { label: '参与人次:约数', text: '300余', before: '', after: '人次，由示例县组织开展。', atEnd: true },
    ]);
    // The report's rule for a context too weak to anchor: figures written side by side leave each
    // other an empty context on the side they share, so the checker places neither of them.
    const filled = '12项活动中场次30300余人次，由示例县组织开展。';
    expect(locateFigureMarks(filled, marks).map((at) => at?.actual)).toEqual(['12', undefined, undefined]);
  });

  it('writes the stamp into custom properties the checker reads back, replacing an older stamp and keeping other properties', async () => {
    const bytes = await templateDocx([
      '{单位名称}全年开展活动{活动数}项，场次{场次}场次，参与{参与人次:约数}人次。',
      '{#下级单位}{名称}{活动数}项；{/下级单位}',
    ]);
    // A template whose file carries a stamp's part already (one without braces: docxtemplater reads
    // the properties as template text too), and a property of the office's own.
    const zip = new PizZip(bytes);
    const own = '<property fmtid="{D5CDD505-2E9C-101B-9397-08002B2CF9AE}" pid="2" name="密级"><vt:lpwstr>内部</vt:lpwstr></property>';
    const old = '<property fmtid="{D5CDD505-2E9C-101B-9397-08002B2CF9AE}" pid="3" name="石榴台账数字-1"><vt:lpwstr>旧</vt:lpwstr></property>';
    const custom = zip.file('docProps/custom.xml')!.asText();
    zip.file('docProps/custom.xml', custom.replace(/<Properties([^>]*?)\/>\s*$/, `<Properties$1>${own}${old}</Properties>`));
    const filled = fillTemplate(compiled(zip.generate({ type: 'nodebuffer' })), values, { catalogue, ...PERIOD });

    const out = new PizZip(filled);
    const properties = readCustomProperties(out.file('docProps/custom.xml')!.asText());
    expect(properties.get('密级')).toBe('内部');
    expect(stampFromProperties(properties)).toEqual({
      v: 1,
      report: null,
      version: null,
      ...PERIOD,
      figures: [
        { label: '活动数', text: '12', before: '示例县全年开展活动', after: '项，场次', atStart: true },
        { label: '场次', text: '30', before: '项，场次', after: '场次，参与' },
        { label: '参与人次:约数', text: '300余', before: '场次，参与', after: '人次。', atEnd: true },
      ],
    });
    expect(
      out
        .file('[Content_Types].xml')!
        .asText()
        .match(/\/docProps\/custom\.xml/g),
    ).toHaveLength(1);
    expect(
      out
        .file('_rels/.rels')!
        .asText()
        .match(/docProps\/custom\.xml/g),
    ).toHaveLength(1);
    expect(extractReport(filled).stamp?.figures).toHaveLength(3);
  });

  it('adds the custom properties part, its content type and relationship when the template has none', async () => {
    const zip = new PizZip(await templateDocx(['共开展活动{活动数}项。']));
    zip.remove('docProps/custom.xml');
    zip.file(
      '[Content_Types].xml',
      zip
        .file('[Content_Types].xml')!
        .asText()
        .replace(/<Override [^>]*PartName="\/docProps\/custom\.xml"[^>]*\/>/, ''),
    );
    zip.file(
      '_rels/.rels',
      zip
        .file('_rels/.rels')!
        .asText()
        .replace(/<Relationship [^>]*Target="docProps\/custom\.xml"[^>]*\/>/, ''),
    );
    expect(zip.file('[Content_Types].xml')!.asText()).not.toContain('custom.xml');
    expect(zip.file('_rels/.rels')!.asText()).not.toContain('custom.xml');
    const filled = new PizZip(fillTemplate(compiled(zip.generate({ type: 'nodebuffer' })), values, { catalogue, ...PERIOD }));
    expect(filled.file('[Content_Types].xml')!.asText()).toContain(
      '<Override PartName="/docProps/custom.xml" ContentType="application/vnd.openxmlformats-officedocument.custom-properties+xml"/>',
    );
    expect(filled.file('_rels/.rels')!.asText()).toMatch(
      /<Relationship Id="rId\d+" Type="http:\/\/schemas\.openxmlformats\.org\/officeDocument\/2006\/relationships\/custom-properties" Target="docProps\/custom\.xml"\/>/,
    );
    const stamp = extractReport(filled.generate({ type: 'nodebuffer' })).stamp;
    expect(stamp).toMatchObject({ report: null, ...PERIOD, figures: [{ label: '活动数', text: '12', before: '共开展活动', after: '项。', atEnd: true }] });
  });
});
