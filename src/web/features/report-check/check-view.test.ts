import { describe, expect, it } from 'vitest';
import type { CheckResult, FindingView } from '../../../contracts/report.contract.js';
import { groupFindings, lineFinder, markSegments } from './check-view.js';

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
