import { describe, expect, it } from 'vitest';
import { checkReport } from './index.js';
import { spanOf, spansOf } from './spans.fixture.js';

const debris = (text: string) => spansOf(checkReport(text), 'debris');

describe('debris rule', () => {
  it('flags editor notes of essay sites', () => {
    const text = '以下是小编为大家收集的工作总结，仅供参考，希望能够帮助到大家。欢迎大家借鉴与参考。';
    const findings = checkReport(text);
    expect(spansOf(findings, 'debris')).toEqual([
      spanOf(text, '小编'),
      spanOf(text, '仅供参考'),
      spanOf(text, '希望能够帮助到大家'),
      spanOf(text, '欢迎大家借鉴与参考'),
    ]);
    expect(findings[0]).toMatchObject({ severity: 'error', message: '「小编」是从网站复制带入的残留内容，应删除。' });
  });

  it('flags page furniture, download prompts and the file name', () => {
    const text = [
      '发布时间：2025-03-02  来源：工作总结',
      '字号:',
      '《创建工作总结三篇.docx》',
      '将本文的Word文档下载到电脑，方便收藏和打印',
      '点击下载文档',
      '推荐阅读',
      '相关推荐',
      '免责声明：版权归原作者所有。',
      '本文来源于网络。',
    ].join('\n');
    expect(debris(text).map((f) => f.text)).toEqual([
      '发布时间：',
      '字号:',
      '《创建工作总结三篇.docx》',
      '将本文的Word文档下载到电脑',
      '方便收藏和打印',
      '点击下载文档',
      '推荐阅读',
      '相关推荐',
      '免责声明',
      '版权归原作者',
      '本文来源',
    ]);
  });

  it('flags URLs and a bracketed site banner as one finding each', () => {
    const text = '【www.example-essays.com--工作总结】\n详见https://www.example.cn/fw/12345/，或访问essays.net。';
    expect(debris(text)).toEqual([
      spanOf(text, '【www.example-essays.com--工作总结】'),
      spanOf(text, 'https://www.example.cn/fw/12345/'),
      spanOf(text, 'essays.net'),
    ]);
  });

  it('warns about essay-site collection headers', () => {
    const text = '社区民族团结工作总结汇报材料三篇\n社区民族团结工作总结汇报材料篇2\n学校主题活动总结【汇编五篇】';
    const findings = checkReport(text).filter((f) => f.rule === 'debris');
    expect(findings.map((f) => [f.severity, f.text])).toEqual([
      ['warning', '社区民族团结工作总结汇报材料三篇'],
      ['warning', '社区民族团结工作总结汇报材料篇2'],
      ['warning', '学校主题活动总结【汇编五篇】'],
    ]);
  });

  it.each([
    ['资金来源 and 字号 in a sentence', '资金来源：县财政专项资金。老字号企业与村结对。'],
    ['a sentence that mentions 篇', '全年在县融媒体刊发稿件56篇。'],
    ['a chapter title without a count', '第一篇 总论'],
    ['English abbreviations', '利用LED显示屏、APP和QQ群开展宣传。'],
  ])('does not flag %s', (_label, text) => {
    expect(debris(text)).toEqual([]);
  });
});
