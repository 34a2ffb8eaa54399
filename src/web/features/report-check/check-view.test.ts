import { describe, expect, it } from 'vitest';
import type { CheckResult, FindingView } from '../../../contracts/report.contract.js';
import { groupFindings, lineFinder, markSegments, nextPick } from './check-view.js';

const finding = (rule: string, severity: FindingView['severity'], start: number, end: number, text: string): FindingView => ({
  rule,
  severity,
  message: `${text}有误`,
  start,
  end,
  text,
});

describe('markSegments', () => {
  it('cuts the text at every finding boundary, each piece knowing the findings over it and the worst severity', () => {
    const text = '总数12人，其中5人和8人。';
    const findings = [finding('breakdown', 'error', 2, 5, '12人'), finding('conflict', 'warning', 2, 4, '12')];
    const segments = markSegments(text, findings);
    expect(segments.map((s) => [text.slice(s.start, s.end), s.findings, s.severity])).toEqual([
      ['总数', [], undefined],
      ['12', [0, 1], 'error'],
      ['人', [0], 'error'],
      ['，其中5人和8人。', [], undefined],
    ]);
  });

  it('widens an empty span to one character so it can still be marked', () => {
    const segments = markSegments('甲乙', [finding('placeholder', 'info', 2, 2, '')]);
    expect(segments.map((s) => [s.start, s.end, s.findings])).toEqual([
      [0, 1, []],
      [1, 2, [0]],
    ]);
  });
});

describe('groupFindings', () => {
  it('groups by rule, errors first, in text order with line numbers', () => {
    const text = '2024年3月开展活动。\n20xx年\n（小编整理）\n20xx年';
    const result: CheckResult = {
      text,
      findings: [
        finding('date_out_of_period', 'warning', 0, 7, '2024年3月'),
        finding('placeholder', 'error', 13, 18, '20xx年'),
        finding('debris', 'error', 20, 22, '小编'),
        finding('placeholder', 'error', 26, 31, '20xx年'),
      ],
      summary: { errors: 3, warnings: 1, infos: 0 },
      rules: { placeholder: '未填写的占位符', debris: '网页残留内容', date_out_of_period: '日期超出报告期' },
    };
    expect(groupFindings(result).map((g) => [g.title, g.worst, g.items.map((i) => [i.index, i.line])])).toEqual([
      [
        '未填写的占位符',
        'error',
        [
          [1, 2],
          [3, 4],
        ],
      ],
      ['网页残留内容', 'error', [[2, 3]]],
      ['日期超出报告期', 'warning', [[0, 1]]],
    ]);
  });

  it('finds lines by offset', () => {
    const lineOf = lineFinder('a\nbc\n\nd');
    expect([0, 1, 2, 4, 5, 6].map(lineOf)).toEqual([1, 1, 2, 2, 3, 4]);
  });
});

describe('finding cards', () => {
  const text = '开展宣讲,覆盖全县,参与群众;反响良好。\n组织活动,效果好。\n数字5300名与5400名。';
  const at = (needle: string, nth = 0): number => {
    let i = -1;
    for (let k = 0; k <= nth; k++) i = text.indexOf(needle, i + 1);
    return i;
  };
  const result: CheckResult = {
    text,
    findings: [
      finding('punctuation', 'warning', at(','), at(',') + 1, ','),
      finding('punctuation', 'warning', at(',', 1), at(',', 1) + 1, ','),
      finding('punctuation', 'warning', at(';'), at(';') + 1, ';'),
      finding('punctuation', 'warning', at(',', 2), at(',', 2) + 1, ','),
      finding('figure_mismatch', 'error', at('5300名'), at('5300名') + 5, '5300名'),
      finding('figure_mismatch', 'error', at('5400名'), at('5400名') + 5, '5400名'),
    ],
    summary: { errors: 2, warnings: 4, infos: 0 },
    rules: { figure_mismatch: '数字与台账不符', punctuation: '中文里的半角标点' },
  };

  it('gathers the findings of one kind in one paragraph into one card with its count and distinct texts', () => {
    const [figures, punctuation] = groupFindings(result);
    expect(punctuation?.items).toHaveLength(4);
    expect(punctuation?.cards.map((c) => [c.members.map((m) => m.index), c.texts])).toEqual([
      [
        [0, 1, 2],
        [',', ';'],
      ],
      [[3], [',']],
    ]);
    expect(punctuation?.cards[0]?.members[0]?.line).toBe(1);
    // Each figure is a different figure with its own ledger value: never gathered.
    expect(figures?.cards.map((c) => c.members.map((m) => m.index))).toEqual([[4], [5]]);
  });

  it('steps through the findings of a card on each click, starting with the first', () => {
    const card = groupFindings(result)[1]!.cards[0]!;
    expect(nextPick(card, undefined)).toBe(0);
    expect(nextPick(card, 0)).toBe(1);
    expect(nextPick(card, 1)).toBe(2);
    expect(nextPick(card, 2)).toBe(0);
    expect(nextPick(card, 4)).toBe(0);
  });
});
