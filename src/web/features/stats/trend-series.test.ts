import { describe, expect, it } from 'vitest';
import type { StatsGroup } from '../../../contracts/stats.contract.js';
import { lastYearView, trendGranularity, trendRows } from './trend-series.js';

const group = (key: string, entries: number): StatsGroup => ({ key, label: key, totals: { entries } });
const view = (from: string, to: string) => ({ org: undefined, from, to, status: 'approved' as const });

describe('trendGranularity', () => {
  it('stays monthly up to two years and widens beyond', () => {
    expect(trendGranularity('2026-01-01', '2026-12-31')).toBe('month');
    expect(trendGranularity('2025-01-01', '2026-12-31')).toBe('month');
    expect(trendGranularity('2020-01-01', '2026-12-31')).toBe('quarter');
    expect(trendGranularity('2000-01-01', '2026-12-31')).toBe('year');
  });
});

describe('lastYearView', () => {
  it('shifts the period back a year, Feb 29 to Feb 28', () => {
    expect(lastYearView(view('2028-02-01', '2028-02-29'))).toMatchObject({ from: '2027-02-01', to: '2027-02-28' });
  });
});

describe('trendRows', () => {
  it('lists every month, empty ones at zero, beside the same month last year', () => {
    const rows = trendRows(view('2026-01-01', '2026-04-30'), 'month', [group('2026-01', 5), group('2026-03', 2)], [group('2025-02', 7)], 'entries');
    expect(rows.map((r) => [r.key, r.lastYearKey, r.axisLabel, r.current, r.lastYear])).toEqual([
      ['2026-01', '2025-01', '1月', 5, 0],
      ['2026-02', '2025-02', '2月', 0, 7],
      ['2026-03', '2025-03', '3月', 2, 0],
      ['2026-04', '2025-04', '4月', 0, 0],
    ]);
    expect(rows[0]?.label).toBe('2026年1月');
  });

  it('names the year on the axis when the period spans two', () => {
    const rows = trendRows(view('2025-12-01', '2026-01-31'), 'month', [], [], 'entries');
    expect(rows.map((r) => r.axisLabel)).toEqual(['2025.12', '2026.1']);
  });
});
