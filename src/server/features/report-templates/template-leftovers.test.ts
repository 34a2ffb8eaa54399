import { Document, Footer, Header, Packer, Paragraph, TextRun } from 'docx';
import { describe, expect, it } from 'vitest';
import { checkReport } from '../../../domain/report-check/index.js';
import { templateDocx, type ParagraphSpec, type TableSpec } from '../../../../test-support/templates.js';
import { valueParser } from './template-fill.js';
import { compileTemplate, type CompiledTemplate } from './template-inspect.js';
import { leftoverWarnings, MAX_LEFTOVER_WARNINGS, standInParagraphs, templateLeftovers } from './template-leftovers.js';
import { buildCatalogue } from './template-placeholders.js';

/** Pure: the text a template's leftovers are looked for in, and the warnings made of them. */
const catalogue = buildCatalogue(
  [
    { code: 'sessions', name: '场次', unit: '场次', valueKind: 'integer' },
    { code: 'attendance', name: '参与人次', unit: '人次', valueKind: 'integer' },
    { code: 'funds', name: '投入资金', unit: '元', valueKind: 'money' },
  ],
  [{ id: 1, name: '宣传教育' }],
  [{ id: 11, name: '宣讲/报告会', indicators: ['sessions'] }],
);

function compiled(bytes: Buffer): CompiledTemplate {
  const result = compileTemplate(bytes, valueParser);
  if (!result.ok) throw new Error(result.problems.join('\n'));
  return result.template;
}

const paragraphsOf = async (body: Array<ParagraphSpec | TableSpec>) => standInParagraphs(compiled(await templateDocx(body)).parts, catalogue);
const warningsOf = async (body: Array<ParagraphSpec | TableSpec>) => templateLeftovers(compiled(await templateDocx(body)), catalogue);

describe('the stand-in text of a template', () => {
  it('reads numbers as a digit, text as 示例 and loop marks as nothing, paragraph by paragraph with where each is', async () => {
    const paragraphs = await paragraphsOf([
      '{单位名称}{报告年度}年工作总结',
      // Word splits a tag over runs; a style, half- or full-width colon, changes nothing.
      ['共有下级单位', '{下级单', '位数}个，开展宣讲{宣讲场次：约数}场次，投入{投入资金:金额}'],
      '{#下级单位}',
      '{序号}. {名称}：{活动数}项，参与{参与人次}人次；{单位名称}',
      '{/下级单位}',
      {
        table: [
          ['类别', '活动数'],
          ['{#活动类别}{名称}', '{活动数}个{/活动类别}'],
        ],
      },
      'A&B <甲>',
    ]);
    expect(paragraphs).toEqual([
      { where: '第1段', text: '示例示例年工作总结' },
      { where: '第2段', text: '共有下级单位8个，开展宣讲8场次，投入8' },
      // The paragraphs of the loop's marks (第3段, 第5段) read as nothing and are left out.
      { where: '第4段', text: '8. 示例：8项，参与8人次；示例' },
      { where: '表格第1行第1列', text: '类别' },
      { where: '表格第1行第2列', text: '活动数' },
      { where: '表格第2行第1列', text: '示例' },
      { where: '表格第2行第2列', text: '8个' },
      // XML entities are read as the characters Word shows.
      { where: '第6段', text: 'A&B <甲>' },
    ]);
  });

  it('without stand-ins the checker would see a measure word with no number: that is what they avoid', async () => {
    const [withStandIns] = await paragraphsOf(['全镇共有{下级单位数}个村（社区）']);
    expect(withStandIns!.text).toBe('全镇共有8个村（社区）');
    expect(checkReport(withStandIns!.text)).toEqual([]);
    expect(checkReport('全镇共有个村（社区）').map((f) => f.rule)).toEqual(['placeholder']);
  });

  it('reads an item field inside {#loop} and the unit’s value of that name outside and inside {^loop}', async () => {
    // 名称 is text inside a loop; 活动数 is the unit's count outside and the item's inside, numeric either way.
    const paragraphs = await paragraphsOf(['{活动数}{#下级单位}{名称}{活动数}{/下级单位}{^下级单位}无{活动数}{/下级单位}']);
    expect(paragraphs.map((p) => p.text)).toEqual(['8示例8无8']);
  });

  it('reads headers and footers, named as such, before and after the body', async () => {
    const bytes = await Packer.toBuffer(
      new Document({
        sections: [
          {
            headers: { default: new Header({ children: [new Paragraph('XX县{单位名称}简报')] }) },
            footers: { default: new Footer({ children: [new Paragraph({ children: [new TextRun('第{报告年度}期')] })] }) },
            children: [new Paragraph('正文')],
          },
        ],
      }),
    );
    expect(standInParagraphs(compiled(bytes).parts, catalogue)).toEqual([
      { where: '页眉', text: 'XX县示例简报' },
      { where: '第1段', text: '正文' },
      { where: '页脚', text: '第示例期' },
    ]);
    expect(templateLeftovers(compiled(bytes), catalogue)).toEqual(['页眉：「XX县」像是没有填写的占位符，生成的文档会原样保留；可改为「{单位名称}」或删去']);
  });
});

describe('leftover warnings', () => {
  it('says where each leftover is, with the placeholder that obviously fits', async () => {
    expect(
      await warningsOf([
        '{单位名称}20XX年民族团结进步创建工作总结',
        'XX县XX镇共有村（社区）{下级单位数}个',
        '某某同志指出，本文来源于网络，仅供参考',
        '区****领导到XX村调研',
        { table: [['XX乡', '{活动数}']] },
        '{单位名称}',
        '20XX年X月X日',
      ]),
    ).toEqual([
      '第1段：「20XX年」像是没有填写的占位符，生成的文档会原样保留；可改为「{报告年度}年」或删去',
      // XX县XX镇 is a township's county: the one in front is the unit above.
      '第2段：「XX县」像是没有填写的占位符，生成的文档会原样保留；可改为「{上级单位}」或删去',
      '第2段：「XX镇」像是没有填写的占位符，生成的文档会原样保留；可改为「{单位名称}」或删去',
      '第3段：「某某同志」中的「某某」是未填写的占位符',
      '第3段：「本文来源」是从网站复制带入的残留内容，应删除',
      '第3段：「仅供参考」是从网站复制带入的残留内容，应删除',
      '第4段：「区****领导」中的「****」是被屏蔽的文字，需补回原文',
      '第4段：「XX村」像是没有填写的占位符，生成的文档会原样保留；可改为「{单位名称}」或删去',
      '表格第1行第1列：「XX乡」像是没有填写的占位符，生成的文档会原样保留；可改为「{单位名称}」或删去',
      // The date under the signature is the day the document is written.
      '第6段：「20XX年X月X日」像是没有填写的占位符，生成的文档会原样保留；可改为「{成文日期}」或删去',
    ]);
  });

  it('suggests nothing where no placeholder obviously fits: a date in a sentence, a blank with no unit after it, a third level up', async () => {
    expect(await warningsOf(['{单位名称}于X月X日召开大会，XX同志讲话', 'XX市XX县XX镇{单位名称}'])).toEqual([
      '第1段：「X月X日」是未填写完整的日期占位符',
      '第1段：「XX同志」中的「XX」是未填写的占位符',
      '第2段：「XX市」中的「XX」是未填写的占位符',
      '第2段：「XX县」像是没有填写的占位符，生成的文档会原样保留；可改为「{上级单位}」或删去',
      '第2段：「XX镇」像是没有填写的占位符，生成的文档会原样保留；可改为「{单位名称}」或删去',
    ]);
    expect(await warningsOf(['XX县XX镇XX村{单位名称}'])).toEqual([
      '第1段：「XX县」中的「XX」是未填写的占位符',
      '第1段：「XX镇」像是没有填写的占位符，生成的文档会原样保留；可改为「{上级单位}」或删去',
      '第1段：「XX村」像是没有填写的占位符，生成的文档会原样保留；可改为「{单位名称}」或删去',
    ]);
  });

  it('finds nothing in a clean template whose tags sit next to measure words and dates', async () => {
    expect(
      await warningsOf([
        '{单位名称}{报告年度}年民族团结进步创建工作情况',
        '共有直属下级单位{下级单位数}个，开展活动{活动数}项，其中宣讲{宣讲场次:约数}场次、参与{参与人次}人次，投入资金{投入资金:金额}。',
        '累计{场次}场次，填报率{填报率:百分比}（{填报单位数}个单位）。',
        '{#下级单位}{序号}. {名称}开展活动{活动数}项；{/下级单位}',
        {
          table: [
            ['单位', '场次'],
            ['{#下级单位}{名称}', '{场次}{/下级单位}'],
          ],
        },
        '{单位名称}',
        '{成文日期}',
      ]),
    ).toEqual([]);
  });

  it('lists every leftover, for the page to count, up to a bound on what one upload stores', () => {
    const paragraphs = Array.from({ length: 25 }, (_, i) => ({ where: `第${i + 1}段`, text: '某某同志' }));
    const warnings = leftoverWarnings(paragraphs);
    expect(warnings).toHaveLength(25);
    expect(warnings[24]).toBe('第25段：「某某同志」中的「某某」是未填写的占位符');
    const many = Array.from({ length: MAX_LEFTOVER_WARNINGS + 5 }, (_, i) => ({ where: `第${i + 1}段`, text: '某某同志' }));
    expect(leftoverWarnings(many)).toHaveLength(MAX_LEFTOVER_WARNINGS);
  });
});
