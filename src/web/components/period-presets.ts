import dayjs, { type Dayjs } from 'dayjs';
import type { NamedRange } from '../../domain/period.js';

/** A period as a form holds it: its first and last day. */
export type PeriodValue = [Dayjs, Dayjs];

const DAY = 'YYYY-MM-DD';

/**
 * The period a report or filled template most likely covers, by when it is written: early in the
 * year last year's summary (上年), in the summer the first half's (上半年), otherwise this year's (本年).
 */
export function defaultPresetKey(today: string): 'last-year' | 'first-half' | 'this-year' {
  const month = Number(today.slice(5, 7));
  if (month <= 2) return 'last-year';
  if (month >= 6 && month <= 8) return 'first-half';
  return 'this-year';
}

/** The period a document written today most likely covers (early in the year: last year). */
export function defaultPeriod(presets: readonly NamedRange[]): PeriodValue {
  const preset = presets.find((p) => p.key === defaultPresetKey(dayjs().format(DAY))) ?? presets[0];
  return preset ? [dayjs(preset.from), dayjs(preset.to)] : [dayjs().startOf('year'), dayjs().endOf('year')];
}

/** The period as the API takes it. */
export function periodBounds(value: PeriodValue): { from: string; to: string } {
  return { from: value[0].format(DAY), to: value[1].format(DAY) };
}
