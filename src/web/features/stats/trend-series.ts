import type { StatsGroup } from '../../../contracts/stats.contract.js';
import { bucketLabel, bucketsBetween, shiftYear, type Granularity } from '../../../domain/period.js';
import type { StatsView } from './stats-query.js';

/** One bucket of the trend: this period's figure beside the same bucket a year earlier. */
export interface TrendRow {
  key: string;
  lastYearKey: string;
  /** Full name for tooltips and tables: 2026年5月. */
  label: string;
  /** Short name for the axis: 5月 when every bucket is in one year. */
  axisLabel: string;
  current: number;
  lastYear: number;
}

// Up to two years stays monthly; longer custom ranges would crowd the axis, so they widen.
const MAX_MONTHS = 24;
const MAX_QUARTERS = 32;

/** The bucket size that keeps the trend readable for the period. */
export function trendGranularity(from: string, to: string): Granularity {
  if (bucketsBetween(from, to, 'month').length <= MAX_MONTHS) return 'month';
  return bucketsBetween(from, to, 'quarter').length <= MAX_QUARTERS ? 'quarter' : 'year';
}

/** The same question a year earlier (去年同期). */
export function lastYearView(view: StatsView): StatsView {
  return { ...view, from: shiftYear(view.from, -1), to: shiftYear(view.to, -1) };
}

function axisLabelOf(key: string, g: Granularity, oneYear: boolean): string {
  // Across years the axis needs the year in few characters: 2025.12, 2025Q4, 2025年.
  if (!oneYear) return g === 'month' ? `${key.slice(0, 4)}.${Number(key.slice(5, 7))}` : g === 'quarter' ? key : bucketLabel(key);
  if (g === 'month') return `${Number(key.slice(5, 7))}月`;
  if (g === 'quarter') return bucketLabel(key).slice(5);
  return bucketLabel(key);
}

/**
 * Every bucket of the period, empty ones included, with the metric of this year and of last year's
 * matching bucket (matched by position: shifting a range by a year keeps its months).
 */
export function trendRows(view: StatsView, g: Granularity, current: readonly StatsGroup[], lastYear: readonly StatsGroup[], metric: string): TrendRow[] {
  const keys = bucketsBetween(view.from, view.to, g);
  const previous = lastYearView(view);
  const lastKeys = bucketsBetween(previous.from, previous.to, g);
  const valueOf = (groups: readonly StatsGroup[], key: string | undefined) => groups.find((group) => group.key === key)?.totals[metric] ?? 0;
  const oneYear = keys.every((key) => key.slice(0, 4) === keys[0]?.slice(0, 4));
  return keys.map((key, i) => {
    const lastYearKey = lastKeys[i] ?? key;
    return {
      key,
      lastYearKey,
      label: bucketLabel(key),
      axisLabel: axisLabelOf(key, g, oneYear),
      current: valueOf(current, key),
      lastYear: valueOf(lastYear, lastYearKey),
    };
  });
}
