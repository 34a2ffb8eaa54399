import type { ValueKind } from '../contracts/catalogue.contract.js';
import { MEASURE_MAX, type Measures } from '../contracts/ledger.contract.js';

/**
 * Measures (指标值) of a ledger entry. The API speaks display units (元 for money); storage holds
 * integers scaled by 10^scale (money in 分) so sums never meet floating-point error.
 */

/** An indicator as offered by one activity type. */
export interface IndicatorSpec {
  indicatorId: number;
  code: string;
  name: string;
  valueKind: ValueKind;
  /** Stored value = display value × 10^scale. */
  scale: number;
  required: boolean;
  /** A deactivated indicator is no longer required, but values already recorded may be kept. */
  active: boolean;
}

/** A value ready for storage: scaled to an integer. */
export interface ScaledMeasure {
  indicatorId: number;
  code: string;
  value: number;
}

/** A stored value with what is needed to show it. */
export interface StoredMeasure {
  code: string;
  scale: number;
  value: number;
}

export type MeasureProblem =
  | { kind: 'missing'; code: string; name: string }
  | { kind: 'unknown'; code: string }
  | { kind: 'not_number'; code: string; name: string; valueKind: ValueKind }
  | { kind: 'negative'; code: string; name: string; valueKind: ValueKind }
  | { kind: 'not_integer'; code: string; name: string }
  | { kind: 'too_many_decimals'; code: string; name: string; valueKind: ValueKind; decimals: number }
  | { kind: 'too_large'; code: string; name: string };

/** Decimal places a value may carry: none for counts, two for decimals and money (never more than storage keeps). */
export function decimalsAllowed(spec: Pick<IndicatorSpec, 'valueKind' | 'scale'>): number {
  return spec.valueKind === 'integer' ? 0 : Math.min(2, spec.scale);
}

/**
 * True when `value` has at most `decimals` decimal places. Exact for JSON numbers: both `value`
 * and `round(value·10^d)/10^d` are the double nearest the same decimal, so they compare equal
 * (0.29·100 is 28.999…, yet 29/100 === 0.29).
 */
export function hasAtMostDecimals(value: number, decimals: number): boolean {
  const factor = 10 ** decimals;
  return Math.round(value * factor) / factor === value;
}

function checkValue(spec: IndicatorSpec, value: number): MeasureProblem | undefined {
  const { code, name, valueKind } = spec;
  if (!Number.isFinite(value)) return { kind: 'not_number', code, name, valueKind };
  if (value < 0) return { kind: 'negative', code, name, valueKind };
  if (value > MEASURE_MAX) return { kind: 'too_large', code, name };
  const decimals = decimalsAllowed(spec);
  if (hasAtMostDecimals(value, decimals)) return undefined;
  return decimals === 0 ? { kind: 'not_integer', code, name } : { kind: 'too_many_decimals', code, name, valueKind, decimals };
}

/**
 * Checks display-unit measures against a type's indicators and scales them for storage.
 * Every problem is reported (one per indicator), so a form can mark all its fields at once.
 */
export function parseMeasures(input: Measures, specs: IndicatorSpec[]): { values: ScaledMeasure[]; problems: MeasureProblem[] } {
  const byCode = new Map(specs.map((s) => [s.code, s]));
  const values: ScaledMeasure[] = [];
  const problems: MeasureProblem[] = [];
  for (const [code, value] of Object.entries(input)) {
    const spec = byCode.get(code);
    if (!spec) {
      problems.push({ kind: 'unknown', code });
      continue;
    }
    const problem = checkValue(spec, value);
    if (problem) problems.push(problem);
    else values.push({ indicatorId: spec.indicatorId, code, value: toStoredValue(value, spec.scale) });
  }
  for (const spec of specs) {
    if (spec.required && spec.active && !Object.hasOwn(input, spec.code)) problems.push({ kind: 'missing', code: spec.code, name: spec.name });
  }
  return { values, problems };
}

/** A display value as stored, a whole number scaled by 10^scale: 1234.5 元 → 123450 分 (check its decimals first). */
export function toStoredValue(value: number, scale: number): number {
  return Math.round(value * 10 ** scale);
}

/** A stored (scaled) value in display units: 123450 分 → 1234.5 元. */
export function toDisplayValue(value: number, scale: number): number {
  return scale === 0 ? value : value / 10 ** scale;
}

export function toDisplayMeasures(stored: StoredMeasure[]): Measures {
  return Object.fromEntries(stored.map((m) => [m.code, toDisplayValue(m.value, m.scale)]));
}
