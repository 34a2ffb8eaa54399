import { describe, expect, it } from 'vitest';
import { describePeriod, formatCompact, formatPercent, formatPeriod, formatWanYuan } from './format-stats.js';

describe('formatCompact', () => {
  it('groups small figures and shortens big ones the Chinese way', () => {
    expect(formatCompact(8765)).toBe('8,765');
    expect(formatCompact(12_345)).toBe('1.23万');
    expect(formatCompact(120_000)).toBe('12万');
    expect(formatCompact(456_000_000)).toBe('4.56亿');
    expect(formatCompact(0)).toBe('0');
  });
});

describe('formatWanYuan', () => {
  it('shows money in 万元 with two decimals', () => {
    expect(formatWanYuan(123_456)).toBe('12.35');
    expect(formatWanYuan(5000)).toBe('0.50');
    expect(formatWanYuan(12_345_678)).toBe('1,234.57');
  });
});

describe('formatPercent', () => {
  it('rounds to whole percent, keeping one decimal for small shares', () => {
    expect(formatPercent(0.4567)).toBe('46%');
    expect(formatPercent(0.054)).toBe('5.4%');
    expect(formatPercent(0)).toBe('0%');
    expect(formatPercent(0.0002)).toBe('<0.1%');
    expect(formatPercent(1)).toBe('100%');
  });
});

describe('formatPeriod', () => {
  it('reads as a Chinese sentence', () => {
    expect(formatPeriod('2026-01-01', '2026-06-30')).toBe('2026年1月1日至2026年6月30日');
    expect(formatPeriod('2026-05-04', '2026-05-04')).toBe('2026年5月4日');
  });
});

describe('describePeriod', () => {
  it('names whole years, halves, quarters and months', () => {
    expect(describePeriod('2026-01-01', '2026-12-31')).toBe('2026年');
    expect(describePeriod('2026-07-01', '2026-12-31')).toBe('2026年下半年');
    expect(describePeriod('2026-04-01', '2026-06-30')).toBe('2026年第二季度');
    expect(describePeriod('2026-05-01', '2026-05-31')).toBe('2026年5月');
  });

  it('spells out any other range', () => {
    expect(describePeriod('2026-10-31', '2026-11-29')).toBe('2026年10月31日至2026年11月29日');
    expect(describePeriod('2025-01-01', '2026-12-31')).toBe('2025年1月1日至2026年12月31日');
  });
});
