import { describe, expect, it } from 'vitest';
import { checkReport, groupByParagraph } from './index.js';

describe('groupByParagraph', () => {
  it('gathers the findings of one rule and severity in one paragraph, keeping other paragraphs and rules apart', () => {
    const text = '开展宣讲,覆盖全县,参与群众,反响良好;成效明显。\n小编整理,仅供参考。\n组织活动,效果好。';
    const findings = checkReport(text);
    const groups = groupByParagraph(text, findings).map((g) => g.map((i) => [findings[i]?.rule, findings[i]?.text]));
    expect(groups).toEqual([
      [
        ['punctuation', ','],
        ['punctuation', ','],
        ['punctuation', ','],
        ['punctuation', ';'],
      ],
      [
        ['debris', '小编'],
        ['debris', '仅供参考'],
      ],
      [['punctuation', ',']],
      [['punctuation', ',']],
    ]);
  });

  it('keeps every figure_mismatch finding on its own', () => {
    const text = '全县5300名党员干部与5400名群众结对。';
    const figures = [
      { start: 2, end: 7, expectedText: '5245名' },
      { start: 12, end: 17, expectedText: '5335名' },
    ];
    const findings = checkReport(text, { figures });
    expect(findings.map((f) => f.rule)).toEqual(['figure_mismatch', 'figure_mismatch']);
    expect(groupByParagraph(text, findings)).toEqual([[0], [1]]);
  });

  it('counts CRLF and CR as one paragraph break each', () => {
    const findings = [
      { rule: 'debris', severity: 'error' as const, start: 0 },
      { rule: 'debris', severity: 'error' as const, start: 4 },
      { rule: 'debris', severity: 'error' as const, start: 7 },
    ];
    expect(groupByParagraph('甲乙\r\n丙丁\r戊', findings)).toEqual([[0], [1], [2]]);
    expect(groupByParagraph('甲乙丙丁戊己庚辛', findings)).toEqual([[0, 1, 2]]);
  });
});
