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
      spanOf(text, '为大家收集的'),
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

  it.each([
    ['希望本文能对你有所帮助。', '希望本文能对你有所帮助'],
    ['希望以上内容能给各位网友带来一些启发。', '希望以上内容能给各位网友带来一些启发'],
    ['但愿能帮到大家。', '但愿能帮到大家'],
    ['以上就是关于民族团结活动总结的全部内容了。', '以上就是关于民族团结活动总结的全部内容了'],
    ['以上是小编为大家带来的范文。', '小编'],
    ['以上是为大家准备的几篇总结。', '以上是为大家'],
    ['欢迎阅读。', '欢迎阅读'],
    ['感谢您的阅读！', '感谢您的阅读'],
    ['谢谢大家的收藏。', '谢谢大家的收藏'],
    ['本文由网友投稿整理。', '本文由'],
    ['文章由本站编辑整理发布。', '文章由本站编辑整理发布'],
    ['转载请注明出处。', '转载请注明出处'],
    ['如有侵权请联系删除。', '如有侵权'],
    ['更多精彩内容请关注本站。', '更多精彩内容请关注'],
    ['更多范文尽在网站首页。', '更多范文尽在'],
    ['点击查看全文', '点击查看'],
    ['收藏本文，下次再看。', '收藏本文'],
    ['免费下载地址见文末。', '免费下载地址'],
    ['本资料仅供学习交流。', '仅供学习'],
    ['今天为大家整理了三篇总结。', '为大家整理了'],
    ['给小伙伴们精选的几篇范文。', '给小伙伴们精选的'],
    ['下面我们一起来看看吧。', '一起来看看吧'],
    ['各位读者朋友可以参考本篇。', '各位读者朋友可以参考本篇'],
  ])('flags site boilerplate in any wording: %s', (text, flagged) => {
    expect(debris(text).map((f) => f.text)).toEqual([flagged]);
    expect(checkReport(text).find((f) => f.rule === 'debris')?.severity).toBe('error');
  });

  it.each([
    '通过结对认亲，让大家感受到民族团结的温暖。',
    '组织大家阅读红色书籍，开展读书分享会。',
    '文艺小分队为大家带来了精彩的演出。',
    '希望大家继续发扬优良传统。',
    '帮助大家解决就业难题120件。',
    '以上是我县全年工作的主要内容。',
    '吸引更多群众关注民族团结，欢迎各族群众积极参与。',
    '网站点击量达3万次，引导群众关注公众号。',
    '感谢社会各界的关心和支持。',
    '农家书屋接待读者3000人次，开展阅读推广活动12场。',
    '对群众有所帮助的实事都要办好。',
    '坚持从基本文明习惯抓起，弘扬民族团结根本文化。',
    '将经验材料下载打印后发放到各村。',
    '组织开展“民族歌舞大家跳”活动，凝聚民族大家庭的力量。',
    '本站共接待各族群众1200人次，为大家提供政策咨询。',
    '以上是我局开展创建工作的相关内容。',
    '开展结对认亲，亲戚之间互帮互助，把范文中的经验带回村里。',
  ])('does not flag work prose that mentions 大家 or reading: %s', (text) => {
    expect(debris(text)).toEqual([]);
  });
});
