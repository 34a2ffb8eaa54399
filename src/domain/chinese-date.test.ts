import { describe, expect, it } from 'vitest';
import { chineseDate, chineseMonthDay } from './chinese-date.js';

describe('chinese dates', () => {
  it('writes an ISO date with the year in full and no leading zeros', () => {
    expect(chineseDate('2025-12-31')).toBe('2025年12月31日');
    expect(chineseDate('2026-03-05')).toBe('2026年3月5日');
  });

  it('reads only the date of a timestamp', () => {
    expect(chineseDate('2026-01-05T08:30:00.000Z')).toBe('2026年1月5日');
  });

  it('leaves the year out when the sentence already gives it', () => {
    expect(chineseMonthDay('2026-03-05')).toBe('3月5日');
    expect(chineseMonthDay('2025-12-31')).toBe('12月31日');
  });
});
