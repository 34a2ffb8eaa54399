import { describe, expect, it } from 'vitest';
import { decimalsAllowed, hasAtMostDecimals, parseMeasures, toDisplayMeasures, toDisplayValue, toStoredValue, type IndicatorSpec } from './measures.js';

const spec = (indicatorId: number, code: string, name: string, valueKind: IndicatorSpec['valueKind'], required: boolean, active = true): IndicatorSpec => ({
  indicatorId,
  code,
  name,
  valueKind,
  scale: valueKind === 'integer' ? 0 : 2,
  required,
  active,
});
const lecture = [
  spec(1, 'sessions', '场次', 'integer', true),
  spec(2, 'attendance', '参与人次', 'integer', true),
  spec(13, 'funds', '投入资金', 'money', false),
  spec(20, 'ratio', '占比', 'decimal', false),
];

describe('measures', () => {
  it('scales valid values for storage: counts as they are, money to 分', () => {
    const { values, problems } = parseMeasures({ sessions: 3, attendance: 120, funds: 1234.5, ratio: 42.96 }, lecture);
    expect(problems).toEqual([]);
    expect(values).toEqual([
      { indicatorId: 1, code: 'sessions', value: 3 },
      { indicatorId: 2, code: 'attendance', value: 120 },
      { indicatorId: 13, code: 'funds', value: 123450 },
      { indicatorId: 20, code: 'ratio', value: 4296 },
    ]);
  });

  it('scales two-decimal amounts exactly although their binary products are not whole', () => {
    // 0.29 × 100 is 28.999999999999996 in floating point.
    const { values, problems } = parseMeasures({ sessions: 1, attendance: 1, funds: 0.29 }, lecture);
    expect(problems).toEqual([]);
    expect(values.find((v) => v.code === 'funds')?.value).toBe(29);
    expect(parseMeasures({ sessions: 1, attendance: 1, funds: 1.005 }, lecture).problems).toHaveLength(1);
  });

  it('accepts zero, and leaves optional indicators out', () => {
    expect(parseMeasures({ sessions: 0, attendance: 0 }, lecture)).toEqual({
      values: [
        { indicatorId: 1, code: 'sessions', value: 0 },
        { indicatorId: 2, code: 'attendance', value: 0 },
      ],
      problems: [],
    });
  });

  it('reports every problem, one per indicator', () => {
    const { values, problems } = parseMeasures({ attendance: 12.5, funds: 10.123, deeds: 3, ratio: -1 }, lecture);
    expect(values).toEqual([]);
    expect(problems).toEqual([
      { kind: 'not_integer', code: 'attendance', name: '参与人次' },
      { kind: 'too_many_decimals', code: 'funds', name: '投入资金', valueKind: 'money', decimals: 2 },
      { kind: 'unknown', code: 'deeds' },
      { kind: 'negative', code: 'ratio', name: '占比', valueKind: 'decimal' },
      { kind: 'missing', code: 'sessions', name: '场次' },
    ]);
  });

  it('refuses values that are not finite or beyond the largest measure', () => {
    expect(parseMeasures({ sessions: Number.NaN, attendance: 1e13 }, lecture).problems.map((p) => p.kind)).toEqual(['not_number', 'too_large']);
  });

  it('no longer requires a deactivated indicator but still accepts its values', () => {
    const specs = [spec(1, 'sessions', '场次', 'integer', true, false)];
    expect(parseMeasures({}, specs).problems).toEqual([]);
    expect(parseMeasures({ sessions: 2 }, specs).values).toEqual([{ indicatorId: 1, code: 'sessions', value: 2 }]);
  });

  it('shows stored values in display units', () => {
    expect(toDisplayValue(123450, 2)).toBe(1234.5);
    expect(toDisplayValue(29, 2)).toBe(0.29);
    expect(
      toDisplayMeasures([
        { code: 'funds', scale: 2, value: 123450 },
        { code: 'sessions', scale: 0, value: 7 },
      ]),
    ).toEqual({ funds: 1234.5, sessions: 7 });
  });

  it('stores display values as scaled whole numbers, the inverse of showing them', () => {
    expect(toStoredValue(1234.5, 2)).toBe(123450);
    // 0.29 × 100 is 28.999999999999996 in floating point; 139213285.7 × 100 is 13921328569.999998.
    expect(toStoredValue(0.29, 2)).toBe(29);
    expect(toStoredValue(139213285.7, 2)).toBe(13921328570);
    expect(toDisplayValue(toStoredValue(139213285.7, 2), 2)).toBe(139213285.7);
    expect(toStoredValue(7, 0)).toBe(7);
    expect(hasAtMostDecimals(139213285.7, 2)).toBe(true);
    expect(hasAtMostDecimals(0.125, 2)).toBe(false);
  });

  it('allows no decimals for counts and at most two (bounded by storage) otherwise', () => {
    expect(decimalsAllowed({ valueKind: 'integer', scale: 0 })).toBe(0);
    expect(decimalsAllowed({ valueKind: 'money', scale: 2 })).toBe(2);
    expect(decimalsAllowed({ valueKind: 'decimal', scale: 1 })).toBe(1);
  });
});
