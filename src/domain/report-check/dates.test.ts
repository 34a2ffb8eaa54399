import { describe, expect, it } from 'vitest';
import { InvalidError } from '../errors.js';
import { checkReport } from './index.js';
import { spanOf } from './spans.fixture.js';

const period = { from: '2025-01-01', to: '2025-12-31' };
const dates = (text: string) =>
  checkReport(text, { period })
    .filter((f) => f.rule === 'date_out_of_period')
    .map(({ severity, start, end, text: t }) => ({ severity, start, end, text: t }));

describe('date_out_of_period rule', () => {
  it('checks dates only when a period is given', () => {
    expect(checkReport('2023年成立民族团结进步创建领导小组。')).toEqual([]);
  });

  it('warns about years, months, days and ISO dates outside the period', () => {
    const text = '2023年成立领导小组，2024年5月召开推进会，2026年1月3日通过验收，活动于2024-05-03举行。';
    expect(dates(text)).toEqual([
      { severity: 'warning', ...spanOf(text, '2023年') },
      { severity: 'warning', ...spanOf(text, '2024年5月') },
      { severity: 'warning', ...spanOf(text, '2026年1月3日') },
      { severity: 'warning', ...spanOf(text, '2024-05-03') },
    ]);
    expect(checkReport(text, { period })[0]?.message).toBe('「2023年」不在报告期（2025-01-01至2025-12-31）内。');
  });

  it('accepts dates inside the period and ranges that overlap it', () => {
    expect(dates('2025年5月是民族团结教育月，截至2025年12月31日，全年开展活动420场次，2025-06-15举办公益日；对照2021—2025年规划，各项指标全部完成。')).toEqual(
      [],
    );
  });

  it('warns about a range entirely outside the period', () => {
    const text = '2018—2020年三年行动计划已经收官。';
    expect(dates(text)).toEqual([{ severity: 'warning', ...spanOf(text, '2018—2020年') }]);
  });

  it('ignores years in document titles and numbers, open ranges and the signature line', () => {
    const text = [
      '按照《示范县创建工作方案（2018-2020）》（民创办〔2018〕1号）要求推进，“十四五”规划顺利收官。',
      '2013年以来累计命名示范单位68个，自2013年开展创建以来成效明显，截至2026年3月已全部复核。',
      '2026年1月8日',
    ].join('\n');
    expect(dates(text)).toEqual([]);
  });

  it('only notes a comparison year, a plan year and a year in a quoted name', () => {
    const text = '工作经费比2024年增长20%，力争2026年底前完成复核，荣获“2023年度先进集体”称号。';
    expect(dates(text)).toEqual([
      { severity: 'info', ...spanOf(text, '2024年') },
      { severity: 'info', ...spanOf(text, '2026年') },
      { severity: 'info', ...spanOf(text, '2023年') },
    ]);
  });

  it('treats every later year in a section about the coming year as a plan, and only there', () => {
    const text = [
      '四、存在的不足',
      '2026年部分活动台账记录不全。',
      '五、下一步工作打算',
      '2026年，我县将继续深化创建工作。',
      '（一）持续深化宣传教育',
      '2026年开展宣讲不少于300场次。',
    ].join('\n');
    expect(dates(text)).toEqual([
      { severity: 'warning', ...spanOf(text, '2026年') },
      { severity: 'info', ...spanOf(text, '2026年', 1) },
      { severity: 'info', ...spanOf(text, '2026年', 2) },
    ]);
  });

  it('refuses a malformed period', () => {
    expect(() => checkReport('2025年', { period: { from: '2025-13-01', to: '2025-12-31' } })).toThrow(InvalidError);
    expect(() => checkReport('2025年', { period: { from: '2025-12-31', to: '2025-01-01' } })).toThrow(InvalidError);
  });
});
