import type { Indicator, ValueKind } from '../../contracts/catalogue.contract.js';
import type { Measures } from '../../contracts/ledger.contract.js';

// Chinese grouping as official reports print it (14,300份); at most two decimals, no trailing zeros.
const WHOLE = new Intl.NumberFormat('zh-CN', { maximumFractionDigits: 0 });
const TWO_PLACES = new Intl.NumberFormat('zh-CN', { maximumFractionDigits: 2 });

const WAN = 10_000;
const YI = 100_000_000;

/** A number with grouping and up to two decimals: 14300 → 14,300; 42.956 → 42.96. */
export function formatNumber(value: number, valueKind: ValueKind = 'decimal'): string {
  return (valueKind === 'integer' ? WHOLE : TWO_PLACES).format(value);
}

/** Money in 元 the way reports quote it: 5,000元, 1.24万元, 10.5亿元. */
export function formatMoney(yuan: number): string {
  const size = Math.abs(yuan);
  if (size >= YI) return `${TWO_PLACES.format(yuan / YI)}亿元`;
  if (size >= WAN) return `${TWO_PLACES.format(yuan / WAN)}万元`;
  return `${TWO_PLACES.format(yuan)}元`;
}

type MeasureUnit = Pick<Indicator, 'unit' | 'valueKind'>;

/** A measure with its unit for reading: 1,200人次, 1.24万元. */
export function formatMeasure(value: number, indicator: MeasureUnit): string {
  if (indicator.valueKind === 'money') return formatMoney(value);
  return `${formatNumber(value, indicator.valueKind)}${indicator.unit}`;
}

/** The exact figure behind a rounded one (money stays in 元), for tooltips: 12,345.67元. */
export function formatExactMeasure(value: number, indicator: MeasureUnit): string {
  return `${formatNumber(value, indicator.valueKind)}${indicator.valueKind === 'money' ? '元' : indicator.unit}`;
}

/** Decimal places the entry form accepts: whole numbers for counts, cents for money and decimals. */
export function measurePrecision(valueKind: ValueKind): number {
  return valueKind === 'integer' ? 0 : 2;
}

export interface MeasureLine {
  code: string;
  name: string;
  text: string;
  exact: string;
  /** The unit says what is counted (场次: 2场次), so a compact view can drop the name. */
  selfNamed: boolean;
}

/**
 * An entry's measures in catalogue order, ready to print. A code the catalogue no longer lists
 * (a deactivated indicator) still shows, under its code, so no recorded figure disappears.
 */
export function measureLines(measures: Measures, indicators: ReadonlyMap<string, Indicator>): MeasureLine[] {
  const order = (code: string) => indicators.get(code)?.sortOrder ?? Number.MAX_SAFE_INTEGER;
  return Object.entries(measures)
    .sort(([a], [b]) => order(a) - order(b) || a.localeCompare(b))
    .map(([code, value]) => {
      const indicator = indicators.get(code);
      if (!indicator) return { code, name: code, text: formatNumber(value), exact: formatNumber(value), selfNamed: false };
      const text = formatMeasure(value, indicator);
      return { code, name: indicator.name, text, exact: formatExactMeasure(value, indicator), selfNamed: indicator.name === indicator.unit };
    });
}
