import { describe, expect, it } from 'vitest';
import {
  bucketKey,
  bucketLabel,
  bucketRange,
  bucketsBetween,
  chineseQuarter,
  daysBetweenInclusive,
  elapsedShare,
  fromDayKey,
  monthKeyOfDay,
  parsePeriod,
  periodsOfYear,
  presetRanges,
  shiftYear,
  splitRange,
  toDayKey,
  toMonthKey,
} from './period.js';

/** Every ISO day of [from, to], walked with fromDayKey/toDayKey only through the public API. */
function daysOf(from: string, to: string): string[] {
  const days: string[] = [];
  const n = daysBetweenInclusive(from, to);
  let day = from;
  for (let i = 0; i < n; i++) {
    days.push(day);
    day = nextDay(day);
  }
  return days;
}

function nextDay(iso: string): string {
  // The day after is the first day of the next month when this day ends its month.
  const monthEnd = bucketRange(iso.slice(0, 7)).to;
  if (iso !== monthEnd) return fromDayKey(toDayKey(iso) + 1);
  const key = toMonthKey(iso);
  const next = key % 100 === 12 ? key + 89 : key + 1;
  return fromDayKey(next * 100 + 1);
}

describe('day and month keys', () => {
  it('turns ISO days into yyyymmdd and yyyymm keys and back', () => {
    expect(toDayKey('2026-05-03')).toBe(20260503);
    expect(fromDayKey(20260503)).toBe('2026-05-03');
    expect(toMonthKey('2026-05-03')).toBe(202605);
    expect(monthKeyOfDay(20260503)).toBe(202605);
    expect(fromDayKey(toDayKey('2024-02-29'))).toBe('2024-02-29');
    expect(toDayKey('1999-12-31')).toBe(19991231);
  });

  it('refuses days that do not exist', () => {
    for (const bad of ['2026-02-29', '2100-02-29', '2026-04-31', '2026-13-01', '2026-00-10', '2026-5-3', '20260503', '', 'abc']) {
      expect(() => toDayKey(bad), bad).toThrow(RangeError);
    }
    expect(toDayKey('2000-02-29')).toBe(20000229);
    expect(() => fromDayKey(20260230)).toThrow(RangeError);
    expect(() => fromDayKey(2026053.5)).toThrow(RangeError);
  });
});

describe('parsePeriod', () => {
  it('reads years, halves, quarters and months as inclusive day ranges', () => {
    expect(parsePeriod('2026')).toEqual({ from: '2026-01-01', to: '2026-12-31' });
    expect(parsePeriod('2026H1')).toEqual({ from: '2026-01-01', to: '2026-06-30' });
    expect(parsePeriod('2026h2')).toEqual({ from: '2026-07-01', to: '2026-12-31' });
    expect(parsePeriod('2026Q1')).toEqual({ from: '2026-01-01', to: '2026-03-31' });
    expect(parsePeriod('2026q2')).toEqual({ from: '2026-04-01', to: '2026-06-30' });
    expect(parsePeriod('2026Q3')).toEqual({ from: '2026-07-01', to: '2026-09-30' });
    expect(parsePeriod('2026Q4')).toEqual({ from: '2026-10-01', to: '2026-12-31' });
    expect(parsePeriod('2026-05')).toEqual({ from: '2026-05-01', to: '2026-05-31' });
    expect(parsePeriod('2026-04')).toEqual({ from: '2026-04-01', to: '2026-04-30' });
    expect(parsePeriod(' 2026-12 ')).toEqual({ from: '2026-12-01', to: '2026-12-31' });
  });

  it('ends February on the 29th only in leap years', () => {
    expect(parsePeriod('2024-02')).toEqual({ from: '2024-02-01', to: '2024-02-29' });
    expect(parsePeriod('2026-02')).toEqual({ from: '2026-02-01', to: '2026-02-28' });
    expect(parsePeriod('2100-02')).toEqual({ from: '2100-02-01', to: '2100-02-28' });
    expect(parsePeriod('2000-02')).toEqual({ from: '2000-02-01', to: '2000-02-29' });
    expect(parsePeriod('2024Q1')).toEqual({ from: '2024-01-01', to: '2024-03-31' });
  });

  it('reads a campaign reference', () => {
    expect(parsePeriod('campaign:12')).toEqual({ campaignId: 12 });
    expect(parsePeriod('campaign:1')).toEqual({ campaignId: 1 });
  });

  it('answers undefined for anything else', () => {
    const invalid = [
      '',
      ' ',
      'abc',
      '2026Q5',
      '2026Q0',
      '2026H3',
      '2026H0',
      '2026-13',
      '2026-00',
      '2026-5',
      '2026-005',
      '26',
      '20266',
      '1899',
      '3000',
      '2026Q',
      '2026H',
      '2026Q12',
      '2026-05-01',
      '2026 Q1',
      'Q1 2026',
      '2026Y',
      'campaign:',
      'campaign:0',
      'campaign:-3',
      'campaign:abc',
      'campaign:1.5',
      'campaign:99999999999999999',
      'campaign 12',
    ];
    for (const text of invalid) expect(parsePeriod(text), text).toBeUndefined();
  });

  it('accepts the year bounds 1900 and 2999', () => {
    expect(parsePeriod('1900')).toEqual({ from: '1900-01-01', to: '1900-12-31' });
    expect(parsePeriod('2999Q4')).toEqual({ from: '2999-10-01', to: '2999-12-31' });
  });
});

describe('splitRange', () => {
  it('reads whole months as month rows and the partial ends as day rows (a campaign)', () => {
    expect(splitRange('2026-04-15', '2026-06-10')).toEqual({
      dayRanges: [
        [20260415, 20260430],
        [20260601, 20260610],
      ],
      monthRange: [202605, 202605],
    });
  });

  it('uses month rows only for a range of exactly whole months', () => {
    expect(splitRange('2026-01-01', '2026-12-31')).toEqual({ dayRanges: [], monthRange: [202601, 202612] });
    expect(splitRange('2026-04-01', '2026-04-30')).toEqual({ dayRanges: [], monthRange: [202604, 202604] });
    expect(splitRange('2024-02-01', '2024-02-29')).toEqual({ dayRanges: [], monthRange: [202402, 202402] });
  });

  it('does not take February 28 for a month end in a leap year', () => {
    expect(splitRange('2024-02-01', '2024-02-28')).toEqual({ dayRanges: [[20240201, 20240228]], monthRange: null });
    expect(splitRange('2026-02-01', '2026-02-28')).toEqual({ dayRanges: [], monthRange: [202602, 202602] });
    expect(splitRange('2100-02-01', '2100-02-28')).toEqual({ dayRanges: [], monthRange: [210002, 210002] });
    expect(splitRange('2000-02-01', '2000-02-28')).toEqual({ dayRanges: [[20000201, 20000228]], monthRange: null });
  });

  it('tells 30-day months from 31-day months', () => {
    expect(splitRange('2026-04-01', '2026-04-29')).toEqual({ dayRanges: [[20260401, 20260429]], monthRange: null });
    expect(splitRange('2026-05-01', '2026-05-30')).toEqual({ dayRanges: [[20260501, 20260530]], monthRange: null });
    expect(splitRange('2026-03-31', '2026-06-30')).toEqual({
      dayRanges: [[20260331, 20260331]],
      monthRange: [202604, 202606],
    });
  });

  it('keeps a range inside one month as one day range', () => {
    expect(splitRange('2026-05-03', '2026-05-20')).toEqual({ dayRanges: [[20260503, 20260520]], monthRange: null });
    expect(splitRange('2026-05-01', '2026-05-20')).toEqual({ dayRanges: [[20260501, 20260520]], monthRange: null });
    expect(splitRange('2026-05-03', '2026-05-31')).toEqual({ dayRanges: [[20260503, 20260531]], monthRange: null });
  });

  it('reads a single day as one day row', () => {
    expect(splitRange('2026-05-03', '2026-05-03')).toEqual({ dayRanges: [[20260503, 20260503]], monthRange: null });
    expect(splitRange('2024-02-29', '2024-02-29')).toEqual({ dayRanges: [[20240229, 20240229]], monthRange: null });
  });

  it('splits the tails of two adjacent months without a whole month between them', () => {
    expect(splitRange('2026-04-15', '2026-05-10')).toEqual({
      dayRanges: [
        [20260415, 20260430],
        [20260501, 20260510],
      ],
      monthRange: null,
    });
  });

  it('crosses a year boundary', () => {
    expect(splitRange('2025-12-20', '2026-01-05')).toEqual({
      dayRanges: [
        [20251220, 20251231],
        [20260101, 20260105],
      ],
      monthRange: null,
    });
    expect(splitRange('2025-11-15', '2026-02-10')).toEqual({
      dayRanges: [
        [20251115, 20251130],
        [20260201, 20260210],
      ],
      monthRange: [202512, 202601],
    });
    expect(splitRange('2025-12-01', '2026-01-31')).toEqual({ dayRanges: [], monthRange: [202512, 202601] });
  });

  it('answers nothing when from is after to', () => {
    expect(splitRange('2026-05-04', '2026-05-03')).toEqual({ dayRanges: [], monthRange: null });
    expect(splitRange('2027-01-01', '2026-01-01')).toEqual({ dayRanges: [], monthRange: null });
  });

  it('covers exactly the days of 300 random ranges, each once', () => {
    // A fixed LCG (Numerical Recipes constants) so a failure reproduces.
    let seed = 20260503;
    const next = (n: number): number => {
      seed = (Math.imul(seed, 1664525) + 1013904223) >>> 0;
      return seed % n;
    };
    const all = daysOf('2023-01-01', '2026-12-31');
    for (let i = 0; i < 300; i++) {
      const x = next(all.length);
      // Bias towards short ranges half the time, so same-month and adjacent-month cases come up.
      const y = i % 2 === 0 ? Math.min(all.length - 1, x + next(70)) : next(all.length);
      const from = all[Math.min(x, y)] ?? '';
      const to = all[Math.max(x, y)] ?? '';
      const { dayRanges, monthRange } = splitRange(from, to);

      const covered: number[] = [];
      for (const [a, b] of dayRanges) {
        expect(monthKeyOfDay(a), `${from}..${to}`).toBe(monthKeyOfDay(b));
        for (const day of daysOf(fromDayKey(a), fromDayKey(b))) covered.push(toDayKey(day));
      }
      if (monthRange) {
        for (const month of bucketsBetween(fromDayKey(monthRange[0] * 100 + 1), fromDayKey(monthRange[1] * 100 + 1), 'month')) {
          const { from: mFrom, to: mTo } = bucketRange(month);
          for (const day of daysOf(mFrom, mTo)) covered.push(toDayKey(day));
        }
      }
      const expected = daysOf(from, to).map(toDayKey);
      expect(covered.length, `${from}..${to} overlaps`).toBe(new Set(covered).size);
      expect(
        [...covered].sort((p, q) => p - q),
        `${from}..${to}`,
      ).toEqual(expected);
      expect(dayRanges.length).toBeLessThanOrEqual(2);
    }
  });
});

describe('buckets', () => {
  it('puts a day or a month key into its month, quarter and year', () => {
    expect(bucketKey(20260503, 'month')).toBe('2026-05');
    expect(bucketKey(20260503, 'quarter')).toBe('2026Q2');
    expect(bucketKey(20260503, 'year')).toBe('2026');
    expect(bucketKey(202605, 'month')).toBe('2026-05');
    expect(bucketKey(202605, 'quarter')).toBe('2026Q2');
    expect(bucketKey(202605, 'year')).toBe('2026');
  });

  it('puts quarter boundary days on the right side', () => {
    expect(bucketKey(20260331, 'quarter')).toBe('2026Q1');
    expect(bucketKey(20260401, 'quarter')).toBe('2026Q2');
    expect(bucketKey(20260630, 'quarter')).toBe('2026Q2');
    expect(bucketKey(20260701, 'quarter')).toBe('2026Q3');
    expect(bucketKey(20260930, 'quarter')).toBe('2026Q3');
    expect(bucketKey(20261001, 'quarter')).toBe('2026Q4');
    expect(bucketKey(20261231, 'quarter')).toBe('2026Q4');
    expect(bucketKey(202701, 'quarter')).toBe('2027Q1');
  });

  it('refuses keys that are neither a day nor a month', () => {
    expect(() => bucketKey(202613, 'month')).toThrow(RangeError);
    expect(() => bucketKey(20261301, 'year')).toThrow(RangeError);
  });

  it('labels every key form in Chinese', () => {
    expect(bucketLabel('2026')).toBe('2026年');
    expect(bucketLabel('2026H1')).toBe('2026年上半年');
    expect(bucketLabel('2026H2')).toBe('2026年下半年');
    expect(bucketLabel('2026Q1')).toBe('2026年第一季度');
    expect(bucketLabel('2026Q2')).toBe('2026年第二季度');
    expect(bucketLabel('2026Q3')).toBe('2026年第三季度');
    expect(bucketLabel('2026Q4')).toBe('2026年第四季度');
    expect(bucketLabel('2026-05')).toBe('2026年5月');
    expect(bucketLabel('2026-12')).toBe('2026年12月');
    expect(() => bucketLabel('2026Q5')).toThrow(RangeError);
  });

  it('gives the days of every key form', () => {
    expect(bucketRange('2026')).toEqual({ from: '2026-01-01', to: '2026-12-31' });
    expect(bucketRange('2026H1')).toEqual({ from: '2026-01-01', to: '2026-06-30' });
    expect(bucketRange('2026H2')).toEqual({ from: '2026-07-01', to: '2026-12-31' });
    expect(bucketRange('2026Q2')).toEqual({ from: '2026-04-01', to: '2026-06-30' });
    expect(bucketRange('2026-05')).toEqual({ from: '2026-05-01', to: '2026-05-31' });
    expect(bucketRange('2024-02')).toEqual({ from: '2024-02-01', to: '2024-02-29' });
    expect(() => bucketRange('campaign:1')).toThrow(RangeError);
  });

  it('lists every bucket overlapping a range, empty ones included', () => {
    expect(bucketsBetween('2026-04-15', '2026-06-10', 'month')).toEqual(['2026-04', '2026-05', '2026-06']);
    expect(bucketsBetween('2025-11-30', '2026-02-01', 'month')).toEqual(['2025-11', '2025-12', '2026-01', '2026-02']);
    expect(bucketsBetween('2025-11-30', '2026-04-01', 'quarter')).toEqual(['2025Q4', '2026Q1', '2026Q2']);
    expect(bucketsBetween('2025-12-31', '2026-01-01', 'year')).toEqual(['2025', '2026']);
    expect(bucketsBetween('2026-05-03', '2026-05-03', 'month')).toEqual(['2026-05']);
    expect(bucketsBetween('2026-01-01', '2026-12-31', 'quarter')).toEqual(['2026Q1', '2026Q2', '2026Q3', '2026Q4']);
    expect(bucketsBetween('2026-05-04', '2026-05-03', 'month')).toEqual([]);
  });

  it('agrees with bucketKey and bucketRange for each listed bucket', () => {
    for (const g of ['month', 'quarter', 'year'] as const) {
      for (const key of bucketsBetween('2023-02-14', '2026-11-03', g)) {
        const { from, to } = bucketRange(key);
        expect(bucketKey(toDayKey(from), g)).toBe(key);
        expect(bucketKey(toDayKey(to), g)).toBe(key);
      }
    }
  });

  it('names quarters with Chinese numerals', () => {
    expect([1, 2, 3, 4].map((n) => chineseQuarter(n as 1 | 2 | 3 | 4))).toEqual(['一', '二', '三', '四']);
  });
});

describe('periodsOfYear', () => {
  it('lists one period for a yearly target', () => {
    expect(periodsOfYear(2026, 'year')).toEqual([{ key: '2026', label: '2026年', from: '2026-01-01', to: '2026-12-31' }]);
  });

  it('lists the two halves', () => {
    expect(periodsOfYear(2026, 'half')).toEqual([
      { key: '2026H1', label: '2026年上半年', from: '2026-01-01', to: '2026-06-30' },
      { key: '2026H2', label: '2026年下半年', from: '2026-07-01', to: '2026-12-31' },
    ]);
  });

  it('lists the four quarters', () => {
    expect(periodsOfYear(2026, 'quarter')).toEqual([
      { key: '2026Q1', label: '2026年第一季度', from: '2026-01-01', to: '2026-03-31' },
      { key: '2026Q2', label: '2026年第二季度', from: '2026-04-01', to: '2026-06-30' },
      { key: '2026Q3', label: '2026年第三季度', from: '2026-07-01', to: '2026-09-30' },
      { key: '2026Q4', label: '2026年第四季度', from: '2026-10-01', to: '2026-12-31' },
    ]);
  });

  it('lists twelve months that tile the year, February by leap year', () => {
    const months = periodsOfYear(2024, 'month');
    expect(months.map((p) => p.key)).toEqual([
      '2024-01',
      '2024-02',
      '2024-03',
      '2024-04',
      '2024-05',
      '2024-06',
      '2024-07',
      '2024-08',
      '2024-09',
      '2024-10',
      '2024-11',
      '2024-12',
    ]);
    expect(months[1]).toEqual({ key: '2024-02', label: '2024年2月', from: '2024-02-01', to: '2024-02-29' });
    expect(periodsOfYear(2100, 'month')[1]?.to).toBe('2100-02-28');
    expect(months.reduce((sum, p) => sum + daysBetweenInclusive(p.from, p.to), 0)).toBe(366);
    expect(periodsOfYear(2026, 'month').reduce((sum, p) => sum + daysBetweenInclusive(p.from, p.to), 0)).toBe(365);
  });
});

describe('elapsedShare and daysBetweenInclusive', () => {
  it('counts both ends', () => {
    expect(daysBetweenInclusive('2026-05-03', '2026-05-03')).toBe(1);
    expect(daysBetweenInclusive('2026-01-01', '2026-01-31')).toBe(31);
    expect(daysBetweenInclusive('2026-01-01', '2026-12-31')).toBe(365);
    expect(daysBetweenInclusive('2024-01-01', '2024-12-31')).toBe(366);
    expect(daysBetweenInclusive('2100-01-01', '2100-12-31')).toBe(365);
    expect(daysBetweenInclusive('2000-01-01', '2000-12-31')).toBe(366);
    expect(daysBetweenInclusive('2024-02-28', '2024-03-01')).toBe(3);
    expect(daysBetweenInclusive('2025-12-31', '2026-01-01')).toBe(2);
    expect(daysBetweenInclusive('2026-05-04', '2026-05-03')).toBe(0);
  });

  it('counts the day asOf as passed', () => {
    expect(elapsedShare('2026-01-01', '2026-01-31', '2026-01-01')).toBeCloseTo(1 / 31, 12);
    expect(elapsedShare('2026-01-01', '2026-01-31', '2026-01-16')).toBeCloseTo(16 / 31, 12);
    expect(elapsedShare('2026-01-01', '2026-01-31', '2026-01-30')).toBeCloseTo(30 / 31, 12);
    expect(elapsedShare('2024-01-01', '2024-12-31', '2024-02-29')).toBeCloseTo(60 / 366, 12);
  });

  it('is 0 before the period and 1 from its last day on', () => {
    expect(elapsedShare('2026-01-01', '2026-01-31', '2025-12-31')).toBe(0);
    expect(elapsedShare('2026-01-01', '2026-01-31', '2026-01-31')).toBe(1);
    expect(elapsedShare('2026-01-01', '2026-01-31', '2027-06-01')).toBe(1);
    expect(elapsedShare('2026-05-03', '2026-05-03', '2026-05-03')).toBe(1);
    expect(elapsedShare('2026-05-03', '2026-05-03', '2026-05-02')).toBe(0);
  });
});

describe('presetRanges', () => {
  const asMap = (today: string) => Object.fromEntries(presetRanges(today).map((p) => [p.label, { from: p.from, to: p.to }]));

  it('lists the presets in the order the picker shows them, with distinct keys', () => {
    const presets = presetRanges('2026-05-03');
    expect(presets.map((p) => p.label)).toEqual(['本年', '上半年', '下半年', '本季度', '上季度', '本月', '上月', '上年', '近30天']);
    expect(new Set(presets.map((p) => p.key)).size).toBe(presets.length);
  });

  it('answers the ranges for a day in mid-year', () => {
    expect(asMap('2026-05-03')).toEqual({
      本年: { from: '2026-01-01', to: '2026-12-31' },
      上半年: { from: '2026-01-01', to: '2026-06-30' },
      下半年: { from: '2026-07-01', to: '2026-12-31' },
      本季度: { from: '2026-04-01', to: '2026-06-30' },
      上季度: { from: '2026-01-01', to: '2026-03-31' },
      本月: { from: '2026-05-01', to: '2026-05-31' },
      上月: { from: '2026-04-01', to: '2026-04-30' },
      上年: { from: '2025-01-01', to: '2025-12-31' },
      近30天: { from: '2026-04-04', to: '2026-05-03' },
    });
  });

  it('reaches into last year on January 1', () => {
    expect(asMap('2026-01-01')).toEqual({
      本年: { from: '2026-01-01', to: '2026-12-31' },
      上半年: { from: '2026-01-01', to: '2026-06-30' },
      下半年: { from: '2026-07-01', to: '2026-12-31' },
      本季度: { from: '2026-01-01', to: '2026-03-31' },
      上季度: { from: '2025-10-01', to: '2025-12-31' },
      本月: { from: '2026-01-01', to: '2026-01-31' },
      上月: { from: '2025-12-01', to: '2025-12-31' },
      上年: { from: '2025-01-01', to: '2025-12-31' },
      近30天: { from: '2025-12-03', to: '2026-01-01' },
    });
  });

  it('stays in this year on December 31', () => {
    expect(asMap('2026-12-31')).toEqual({
      本年: { from: '2026-01-01', to: '2026-12-31' },
      上半年: { from: '2026-01-01', to: '2026-06-30' },
      下半年: { from: '2026-07-01', to: '2026-12-31' },
      本季度: { from: '2026-10-01', to: '2026-12-31' },
      上季度: { from: '2026-07-01', to: '2026-09-30' },
      本月: { from: '2026-12-01', to: '2026-12-31' },
      上月: { from: '2026-11-01', to: '2026-11-30' },
      上年: { from: '2025-01-01', to: '2025-12-31' },
      近30天: { from: '2026-12-02', to: '2026-12-31' },
    });
  });

  it('takes last year’s fourth quarter as 上季度 anywhere in the first quarter', () => {
    for (const today of ['2026-01-15', '2026-02-28', '2026-03-31']) {
      expect(asMap(today)['上季度'], today).toEqual({ from: '2025-10-01', to: '2025-12-31' });
      expect(asMap(today)['本季度'], today).toEqual({ from: '2026-01-01', to: '2026-03-31' });
    }
    expect(asMap('2026-04-01')['上季度']).toEqual({ from: '2026-01-01', to: '2026-03-31' });
  });

  it('ends 上月 on February 29 in a leap year and spans it in 近30天', () => {
    expect(asMap('2024-03-15')['上月']).toEqual({ from: '2024-02-01', to: '2024-02-29' });
    expect(asMap('2024-03-01')['近30天']).toEqual({ from: '2024-02-01', to: '2024-03-01' });
    expect(asMap('2026-03-01')['近30天']).toEqual({ from: '2026-01-31', to: '2026-03-01' });
    for (const p of presetRanges('2024-03-01')) if (p.label === '近30天') expect(daysBetweenInclusive(p.from, p.to)).toBe(30);
  });
});

describe('shiftYear', () => {
  it('moves to the same day of another year', () => {
    expect(shiftYear('2026-05-03', -1)).toBe('2025-05-03');
    expect(shiftYear('2026-12-31', -1)).toBe('2025-12-31');
    expect(shiftYear('2026-01-01', 2)).toBe('2028-01-01');
    expect(shiftYear('2026-05-03', 0)).toBe('2026-05-03');
  });

  it('falls back from February 29 to February 28 in a year without it', () => {
    expect(shiftYear('2024-02-29', -1)).toBe('2023-02-28');
    expect(shiftYear('2024-02-29', 1)).toBe('2025-02-28');
    expect(shiftYear('2024-02-29', 4)).toBe('2028-02-29');
    expect(shiftYear('2096-02-29', 4)).toBe('2100-02-28');
    expect(shiftYear('1996-02-29', 4)).toBe('2000-02-29');
  });

  it('keeps a same-period-last-year range whole', () => {
    const { from, to } = bucketRange('2024-02');
    expect([shiftYear(from, -1), shiftYear(to, -1)]).toEqual(['2023-02-01', '2023-02-28']);
  });
});
