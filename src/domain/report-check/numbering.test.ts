import { describe, expect, it } from 'vitest';
import { checkReport } from './index.js';
import { spanOf } from './spans.fixture.js';

const doc = (...lines: string[]): string => lines.join('\n');
const numbering = (text: string) =>
  checkReport(text)
    .filter((f) => f.rule === 'numbering')
    .map(({ severity, start, end, text: t, message }) => ({ severity, start, end, text: t, message }));

describe('numbering rule', () => {
  it('accepts every level numbered in order, restarting under each parent', () => {
    const text = doc(
      '一、基本情况',
      '全县辖9个乡镇。',
      '二、主要做法',
      '（一）加强组织领导',
      '1.健全机制。',
      '（1）建立联席会议制度。',
      '（2）建立季度调度制度。',
      '2.保障经费。',
      '（二）深化宣传教育',
      '1．开展宣讲。',
      '三、下一步打算',
      '（一）持续深化宣传教育',
    );
    expect(numbering(text)).toEqual([]);
  });

  it('reports a gap at level 1 and at level 2', () => {
    const text = doc('一、基本情况', '（一）概况', '（三）特点', '三、主要做法');
    expect(numbering(text)).toEqual([
      { severity: 'error', ...spanOf(text, '（三）'), message: '「（三）」前缺少「（二）」，序号跳号。' },
      { severity: 'error', ...spanOf(text, '三、'), message: '「三、」前缺少「二、」，序号跳号。' },
    ]);
  });

  it('reports a repeated number', () => {
    const text = doc('一、基本情况', '二、主要做法', '二、亮点特色', '三、存在不足');
    expect(numbering(text)).toEqual([{ severity: 'error', ...spanOf(text, '二、', 1), message: '「二、」与前面的序号重复。' }]);
  });

  it('reports a level-1 number inside another section as a misplaced level-2 heading', () => {
    const text = doc(
      '一、主要做法',
      '（一）领导重视',
      '二、亮点及特色',
      '（一）宣传工程',
      '（二）细胞工程',
      '（三）文化工程',
      '（四）民生工程',
      '五、平安工程',
      '1.设立专项资金。',
      '三、存在的不足',
      '四、下一步打算',
    );
    expect(numbering(text)).toEqual([
      {
        severity: 'error',
        ...spanOf(text, '五、'),
        message: '「五、」出现在第二部分的「（四）」之后，而「三、」尚未出现，疑似应为「（五）」。',
      },
    ]);
  });

  it('reports numbers out of order under one parent', () => {
    const text = doc('一、主要做法', '（一）甲', '（二）乙', '（四）丁', '（三）丙');
    expect(numbering(text)).toEqual([{ severity: 'error', ...spanOf(text, '（四）'), message: '「（四）」出现在「（三）」之前，序号顺序错乱。' }]);
  });

  it('reports wrong punctuation after heading numbers as warnings', () => {
    const text = doc('一.主要做法', '（一）、领导重视', '1、健全机制', '（1）、建立制度', '2，保障经费');
    expect(numbering(text).map((f) => [f.severity, f.text, f.message])).toEqual([
      ['warning', '一.', '「一.」应写作「一、」（汉字序号后用顿号）。'],
      ['warning', '（一）、', '「（一）、」应写作「（一）」（括号序号后不加标点）。'],
      ['warning', '1、', '「1、」应写作「1.」（阿拉伯数字序号后用下脚点）。'],
      ['warning', '（1）、', '「（1）、」应写作「（1）」（括号序号后不加标点）。'],
      ['warning', '2，', '「2，」应写作「2.」（阿拉伯数字序号后用下脚点）。'],
    ]);
  });

  it('warns once per document about a skipped level', () => {
    const text = doc('一、存在的不足', '1.部分群众生产生活还比较困难。', '2.个别干部认识不足。', '二、下一步打算', '1.深入推进“八进”工作。');
    expect(numbering(text)).toEqual([
      {
        severity: 'warning',
        ...spanOf(text, '1.'),
        message: '「一、」下直接使用「1.」，跳过了「（一）」一级；层次较少时可以越级，但全文应保持一致。',
      },
    ]);
  });

  it('notes half-width brackets as info', () => {
    const text = doc('一、主要做法', '(一)领导重视', '( 二)措施到位');
    expect(numbering(text)).toEqual([
      { severity: 'info', ...spanOf(text, '(一)'), message: '「(一)」使用了半角括号，公文宜用全角「（一）」。' },
      { severity: 'info', ...spanOf(text, '( 二)'), message: '「( 二)」使用了半角括号，公文宜用全角「（二）」。' },
    ]);
  });

  it('treats a fresh 一、 after a finished sequence as a new document', () => {
    const text = doc('一、主要做法', '二、存在的不足', '某县第一中学创建工作汇报材料', '一、学校基本情况', '二、主要工作', '（一）课堂教学');
    expect(numbering(text)).toEqual([{ severity: 'info', ...spanOf(text, '一、', 1), message: '「一、」重新从一开始编号，按新的一篇材料检查。' }]);
  });

  it('reports a stray 一、 in the middle of a sequence as a repeat', () => {
    const text = doc('一、基本情况', '二、主要做法', '一、亮点特色', '三、存在不足');
    expect(numbering(text)).toEqual([{ severity: 'error', ...spanOf(text, '一、', 1), message: '「一、」与前面的序号重复。' }]);
  });

  it('ignores enumerations and figures inside a paragraph', () => {
    const text = doc(
      '一、主要做法',
      '（一）措施到位。1.坚持每季度一次专题培训。2.加强理论学习。4.编印口袋书。',
      '1.24亿元投入民生项目。',
      '12.4宪法宣传日集中宣传。',
    );
    expect(numbering(text)).toEqual([]);
  });

  it('checks inline 一是/二是 sequences within a paragraph', () => {
    const text = doc(
      '一是健全机制；二是保障经费；四是强化督查。',
      '一是加强学习，二是深入调研，二是狠抓落实。',
      '二是完善制度，三是统一是非标准，四是严格考核。',
    );
    expect(numbering(text)).toEqual([
      { severity: 'warning', ...spanOf(text, '四是'), message: '段内「四是」前应为「三是」，列举序号跳号。' },
      { severity: 'warning', ...spanOf(text, '二是', 2), message: '段内「二是」重复出现，列举序号重复。' },
    ]);
  });
});
