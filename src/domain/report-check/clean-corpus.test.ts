import { describe, expect, it } from 'vitest';
import { CLEAN_INLINE_PARAGRAPHS, CLEAN_PARAGRAPHS, CLEAN_PERIOD } from './clean-report.fixture.js';
import { checkReport } from './index.js';
import { problems } from './spans.fixture.js';

describe('clean corpus', () => {
  const text = CLEAN_PARAGRAPHS.join('\n');

  it('holds at least 40 paragraphs with every heading level', () => {
    expect(CLEAN_PARAGRAPHS.length).toBeGreaterThanOrEqual(40);
    for (const marker of [/^一、/, /^（一）/, /^1\./, /^（1）/]) expect(CLEAN_PARAGRAPHS.some((p) => marker.test(p))).toBe(true);
  });

  it('yields no error or warning for the whole well-formed report', () => {
    expect(problems(checkReport(text, { period: CLEAN_PERIOD }))).toEqual([]);
  });

  it('only notes the comparison year and the plan year, as info', () => {
    expect(checkReport(text, { period: CLEAN_PERIOD }).map((f) => [f.rule, f.severity, f.text])).toEqual([
      ['date_out_of_period', 'info', '2024年'],
      ['date_out_of_period', 'info', '2026年'],
    ]);
  });

  it('yields nothing at all without a period', () => {
    expect(checkReport(text)).toEqual([]);
  });

  it.each(CLEAN_INLINE_PARAGRAPHS)('yields nothing for an inline list or figure: %s', (paragraph) => {
    expect(checkReport(paragraph, { period: CLEAN_PERIOD })).toEqual([]);
  });

  it('yields no error or warning for each paragraph checked alone', () => {
    // Alone, a `2.` heading would rightly be a gap, so the heading number is taken off first.
    const marker = /^(?:[一二三四五六七八九十]+、|（[一二三四五六七八九十]+）|\d+\.|（\d+）)/;
    for (const p of CLEAN_PARAGRAPHS) expect(problems(checkReport(p.replace(marker, ''), { period: CLEAN_PERIOD })), p).toEqual([]);
  });
});
