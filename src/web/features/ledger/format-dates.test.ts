import { describe, expect, it } from 'vitest';
import { formatDateRange } from './format-dates.js';

describe('formatDateRange', () => {
  it('shows one day once and a range with the year only once when it repeats', () => {
    expect(formatDateRange('2025-05-15', '2025-05-15')).toBe('2025-05-15');
    expect(formatDateRange('2025-05-12', '2025-05-16')).toBe('2025-05-12 至 05-16');
    expect(formatDateRange('2024-12-30', '2025-01-02')).toBe('2024-12-30 至 2025-01-02');
  });
});
