import { describe, expect, it } from 'vitest';
import { checkReport } from './index.js';
import { spanOf, spansOf } from './spans.fixture.js';

const conflicts = (text: string) => spansOf(checkReport(text), 'conflict');

describe('conflict rule', () => {
  it('warns when the same stock figure is stated with two values', () => {
    const text = '全县共有学校23所，在校学生1.8万人。\n……\n全县25所学校均开设了民族团结教育课程。';
    const findings = checkReport(text);
    expect(spansOf(findings, 'conflict')).toEqual([spanOf(text, '全县25所学校')]);
    expect(findings.find((f) => f.rule === 'conflict')).toMatchObject({
      severity: 'warning',
      message: '「全县25所学校」与前文「全县共有学校23所」说法不一致，请核对。',
    });
  });

  it('treats 我县 like 全县 and the noun-first and number-first forms alike', () => {
    const text = '我县辖9个乡镇。全县共有乡镇10个。';
    expect(conflicts(text)).toEqual([spanOf(text, '全县共有乡镇10个')]);
  });

  it('accepts the same figure stated twice', () => {
    expect(conflicts('全县共有学校23所。全县23所学校均建立了民族团结教育基地。')).toEqual([]);
  });

  it.each([
    ['a change over time', '全县共有学校23所。今年新建2所后全县共有学校25所。'],
    ['a year in the sentence', '全县共有学校23所。2025年全县共有学校25所。'],
    ['activity counts, which grow through the year', '全县开展宣讲120场次。全县开展宣讲300场次。'],
    ['different subjects', '全县共有学校23所。全县共有幼儿园25所。'],
    ['different areas', '全县共有学校23所。全州共有学校180所。'],
  ])('does not warn about %s', (_label, text) => {
    expect(conflicts(text)).toEqual([]);
  });
});
