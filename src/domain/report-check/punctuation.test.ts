import { describe, expect, it } from 'vitest';
import { checkReport } from './index.js';
import { spanOf, spansOf } from './spans.fixture.js';

const punctuation = (text: string) => spansOf(checkReport(text), 'punctuation');

describe('punctuation rule', () => {
  it('flags half-width commas, semicolons, colons, question and exclamation marks between Chinese characters', () => {
    const text = '开展宣讲,覆盖全县;主要做法:一是抓学习。怎么办?干起来!';
    const findings = checkReport(text).filter((f) => f.rule === 'punctuation');
    expect(findings.map((f) => f.text)).toEqual([',', ';', ':', '?', '!']);
    expect(findings[0]).toMatchObject({ severity: 'warning', message: '「开展宣讲,覆盖全县」中的「,」是半角标点，中文正文应使用全角「，」。' });
    expect(findings[1]?.message).toContain('全角「；」');
    expect(findings[2]?.message).toContain('全角「：」');
  });

  it('flags a half-width mark between Chinese and a number, either way round', () => {
    const text = '全年开展活动30场,参与群众2000人次。共计300,其中乡镇150场。时间:2025年3月。';
    expect(punctuation(text)).toEqual([spanOf(text, ','), spanOf(text, ',', 1), spanOf(text, ':')]);
  });

  it('flags half-width parentheses around or beside Chinese as one finding with the full-width fix', () => {
    const text = '覆盖86个村(社区)和国内生产总值(GDP)。';
    const findings = checkReport(text).filter((f) => f.rule === 'punctuation');
    expect(findings.map((f) => f.text)).toEqual(['(社区)', '(GDP)']);
    expect(findings[0]?.message).toBe('「(社区)」使用了半角括号，中文正文应写作「（社区）」。');
  });

  it('cuts a long aside in the message and names only the brackets', () => {
    const text = '成立工作小组(由宣传部、民宗局、教育局、团县委等单位组成)。';
    expect(checkReport(text).find((f) => f.rule === 'punctuation')?.message).toBe('「(由宣传部、民宗局…)」使用了半角括号，中文正文应改用全角括号「（）」。');
  });

  it.each([
    ['thousands separators', '全年投入资金1,234,567元。'],
    ['times and ratios', '会议于10:30开始，男女比例为3:2，比例尺1:50000。'],
    ['decimals', '增长3.5个百分点，达到12.75%。'],
    ['English', 'Hello, world: it works! Really?'],
    ['code', '调用print(x)输出，再执行f(a, b);'],
    ['a call in code that holds Chinese', '示例代码为print("你好")。'],
    ['a ratio after Chinese', '按1:1比例配套资金，时间为上午10:30。'],
    ['a half-width quote after the colon', '他说:"good"'],
    ['a URL with a query', '网址https://example.cn/a?b=1&c=2:3'],
    ['full-width punctuation', '开展宣讲，覆盖全县；主要做法：一是（社区）。'],
    ['a Latin word before the mark', '利用APP,微信群开展宣传。'],
  ])('does not flag %s', (_label, text) => {
    expect(punctuation(text)).toEqual([]);
  });

  it('leaves a colon inside website debris (发布时间:) to the debris finding, which deletes it whole', () => {
    const text = '发布时间:2025-03-02\n字号:大 中 小';
    expect(punctuation(text)).toEqual([]);
    expect(checkReport(text).filter((f) => f.rule === 'debris').length).toBeGreaterThan(0);
  });

  it('leaves a half-width heading number at the paragraph start to the numbering rule', () => {
    const text = '(1)专家宣讲。\n(一)领导重视';
    expect(punctuation(text)).toEqual([]);
    expect(
      checkReport(text)
        .filter((f) => f.rule === 'numbering')
        .map((f) => f.text),
    ).toEqual(['(1)', '(一)']);
  });
});
