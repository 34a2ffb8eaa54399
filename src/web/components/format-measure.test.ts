import { describe, expect, it } from 'vitest';
import type { Indicator } from '../../contracts/catalogue.contract.js';
import { formatExactMeasure, formatMeasure, formatMoney, formatNumber, measureLines, measurePrecision } from './format-measure.js';

const indicator = (code: string, name: string, unit: string, valueKind: Indicator['valueKind'], sortOrder: number): Indicator => ({
  id: sortOrder,
  code,
  name,
  unit,
  valueKind,
  sortOrder,
  active: true,
});

describe('formatNumber', () => {
  it('groups thousands and keeps at most two decimals', () => {
    expect(formatNumber(14300, 'integer')).toBe('14,300');
    expect(formatNumber(1234567.891)).toBe('1,234,567.89');
    expect(formatNumber(42.9)).toBe('42.9');
    expect(formatNumber(0, 'integer')).toBe('0');
  });
});

describe('formatMoney', () => {
  it('prints small sums in 元', () => {
    expect(formatMoney(0)).toBe('0元');
    expect(formatMoney(5000)).toBe('5,000元');
    expect(formatMoney(9999.5)).toBe('9,999.5元');
  });

  it('prints ten thousand and more in 万元 and a hundred million and more in 亿元', () => {
    expect(formatMoney(12_400)).toBe('1.24万元');
    expect(formatMoney(50_000)).toBe('5万元');
    expect(formatMoney(12_345.67)).toBe('1.23万元');
    expect(formatMoney(50_000_000)).toBe('5,000万元');
    expect(formatMoney(1_050_000_000)).toBe('10.5亿元');
  });
});

describe('formatMeasure', () => {
  it('puts the indicator unit after the number, and money in 万元', () => {
    expect(formatMeasure(1800, { unit: '人次', valueKind: 'integer' })).toBe('1,800人次');
    expect(formatMeasure(42.956, { unit: '%', valueKind: 'decimal' })).toBe('42.96%');
    expect(formatMeasure(2_000_000, { unit: '元', valueKind: 'money' })).toBe('200万元');
  });

  it('keeps the exact figure for tooltips', () => {
    expect(formatExactMeasure(12_345.67, { unit: '元', valueKind: 'money' })).toBe('12,345.67元');
  });
});

describe('measurePrecision', () => {
  it('allows decimals only where the indicator has them', () => {
    expect(measurePrecision('integer')).toBe(0);
    expect(measurePrecision('decimal')).toBe(2);
    expect(measurePrecision('money')).toBe(2);
  });
});

describe('measureLines', () => {
  const indicators = new Map([
    ['funds', indicator('funds', '投入资金', '元', 'money', 120)],
    ['attendance', indicator('attendance', '参与人次', '人次', 'integer', 10)],
  ]);

  it('orders measures as the catalogue does', () => {
    const lines = measureLines({ funds: 20_000, attendance: 320 }, indicators);
    expect(lines.map((l) => [l.name, l.text])).toEqual([
      ['参与人次', '320人次'],
      ['投入资金', '2万元'],
    ]);
  });

  it('still shows a figure whose indicator the catalogue no longer lists', () => {
    expect(measureLines({ old_code: 7 }, indicators)).toEqual([{ code: 'old_code', name: 'old_code', text: '7', exact: '7', selfNamed: false }]);
  });
});
