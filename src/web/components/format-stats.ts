import { chineseDate } from '../../domain/chinese-date.js';
import { bucketLabel, bucketRange } from '../../domain/period.js';
import { formatNumber } from './format-measure.js';

const WAN = 10_000;
const YI = 100_000_000;
const TWO_PLACES = new Intl.NumberFormat('zh-CN', { maximumFractionDigits: 2 });
const FIXED_TWO = new Intl.NumberFormat('zh-CN', { minimumFractionDigits: 2, maximumFractionDigits: 2 });

/** A big figure the way a card shows it: 8,765 · 1.23万 · 4.5亿; the exact value goes in a tooltip. */
export function formatCompact(value: number): string {
  const size = Math.abs(value);
  if (size >= YI) return `${TWO_PLACES.format(value / YI)}亿`;
  if (size >= WAN) return `${TWO_PLACES.format(value / WAN)}万`;
  return formatNumber(value);
}

/** Money in 万元 with two decimals, as leaders' reports quote funds: 123456 元 → 12.35. */
export function formatWanYuan(yuan: number): string {
  return FIXED_TWO.format(yuan / WAN);
}

/** A share as a whole percentage, with one decimal under 10 %: 0.4567 → 46%, 0.054 → 5.4%. */
export function formatPercent(ratio: number): string {
  const percent = ratio * 100;
  if (percent > 0 && percent < 0.1) return '<0.1%';
  return `${percent > 0 && percent < 10 ? percent.toFixed(1) : Math.round(percent)}%`;
}

/** A period as a sentence: 2026年1月1日至2026年6月30日. */
export function formatPeriod(from: string, to: string): string {
  return from === to ? chineseDate(from) : `${chineseDate(from)}至${chineseDate(to)}`;
}

/** A period by its name when it is a whole year, half, quarter or month (2026年第二季度), else its days. */
export function describePeriod(from: string, to: string): string {
  const year = Number(from.slice(0, 4));
  const month = Number(from.slice(5, 7));
  if (year >= 1900 && year <= 2999) {
    const candidates = [String(year), `${year}H${month <= 6 ? 1 : 2}`, `${year}Q${Math.ceil(month / 3)}`, from.slice(0, 7)];
    const named = candidates.find((key) => {
      const range = bucketRange(key);
      return range.from === from && range.to === to;
    });
    if (named) return bucketLabel(named);
  }
  return formatPeriod(from, to);
}
