import { describe, expect, it } from 'vitest';
import { checkReport, RULES, summarizeFindings, type RuleId } from './index.js';
import { spanOf } from './spans.fixture.js';

describe('checkReport', () => {
  it('returns findings sorted by position, each carrying its exact text', () => {
    const text = '小编整理。\n二、主要做法\n辖 X 个街道，在区****领导下开展工作。';
    const findings = checkReport(text);
    expect(findings.map((f) => f.rule)).toEqual(['debris', 'numbering', 'placeholder', 'masked']);
    for (const f of findings) expect(f.text).toBe(text.slice(f.start, f.end));
    expect(findings.map((f) => f.start)).toEqual([...findings.map((f) => f.start)].sort((a, b) => a - b));
  });

  it('keeps offsets right across CRLF line ends', () => {
    const text = '一、基本情况\r\n全区常住人口 X 人。\r\n三、主要做法';
    const findings = checkReport(text);
    expect(findings.map(({ rule, start, end, text: t }) => ({ rule, start, end, text: t }))).toEqual([
      { rule: 'placeholder', ...spanOf(text, 'X') },
      { rule: 'numbering', ...spanOf(text, '三、') },
    ]);
  });

  it('returns nothing for an empty text', () => {
    expect(checkReport('')).toEqual([]);
  });

  it('has a Chinese title and a default severity for every rule', () => {
    const ids: RuleId[] = ['placeholder', 'masked', 'numbering', 'breakdown', 'conflict', 'punctuation', 'debris', 'date_out_of_period', 'figure_mismatch'];
    expect(Object.keys(RULES).sort()).toEqual([...ids].sort());
    for (const id of ids) expect(RULES[id].title).toMatch(/[\u4e00-\u9fff]/);
  });

  it('summarizes findings per severity and per rule', () => {
    const summary = summarizeFindings(checkReport('小编整理。辖 X 个街道。\n(一)领导重视'));
    expect(summary.total).toBe(3);
    expect(summary.bySeverity).toEqual({ error: 2, warning: 0, info: 1 });
    expect(summary.byRule).toMatchObject({ debris: 1, placeholder: 1, numbering: 1, masked: 0 });
    expect(summary.worst).toBe('error');
    expect(summarizeFindings([]).worst).toBeUndefined();
  });
});

describe('figure_mismatch rule', () => {
  const text = '全县5245名党员干部与5335名各族群众结成对子。';

  it('accepts bound figures that still read as the ledger wrote them', () => {
    const figures = [{ ...spanOf(text, '5245名'), expectedText: '5245名' }];
    expect(checkReport(text, { figures })).toEqual([]);
  });

  it('flags a bound figure typed over', () => {
    // The editor keeps the binding on the figure's span while the user types over it.
    const edited = text.replace('5245名', '5300余名');
    const figures = [{ ...spanOf(edited, '5300余名'), expectedText: '5245名', label: '结对党员干部' }];
    expect(checkReport(edited, { figures })).toEqual([
      {
        rule: 'figure_mismatch',
        severity: 'error',
        start: 2,
        end: 8,
        text: '5300余名',
        message: '「结对党员干部」与台账不符：材料中为「5300余名」，台账现为「5245名」，请刷新数字。',
      },
    ]);
  });

  it('flags a binding that points outside the text', () => {
    const [finding] = checkReport('短文。', { figures: [{ start: 10, end: 15, expectedText: '300场次' }] });
    expect(finding).toMatchObject({ rule: 'figure_mismatch', start: 3, end: 3, text: '', message: '台账数据「300场次」绑定的位置已不在正文范围内。' });
  });
});
