/**
 * Period maths for statistics, targets and dashboards. Days are ISO strings `YYYY-MM-DD` naming
 * UTC calendar days; the arithmetic is done on whole day numbers (never `Date` in local time), so
 * a server in any time zone and the browser agree on which day a period starts and ends.
 *
 * Keys: a day is `yyyymmdd` (20260503), a month `yyyymm` (202605) — the roll-up store's row keys.
 * Bucket keys are text: `2026`, `2026H1`, `2026Q2`, `2026-05`.
 */
import type { TargetPeriod } from '../contracts/target.contract.js';

export type { TargetPeriod };

/** Chart bucket sizes. */
export type Granularity = 'month' | 'quarter' | 'year';

/** An inclusive range of ISO days. */
export interface DayRange {
  from: string;
  to: string;
}

/** A named range offered to the user (presets, target periods). */
export interface NamedRange extends DayRange {
  key: string;
  label: string;
}

/** Years a period text may name; outside them a typo like `20266` is more likely than intent. */
const MIN_PERIOD_YEAR = 1900;
const MAX_PERIOD_YEAR = 2999;

const QUARTER_NUMERALS = ['一', '二', '三', '四'] as const;

interface Civil {
  y: number;
  m: number;
  d: number;
}

function isLeapYear(y: number): boolean {
  return (y % 4 === 0 && y % 100 !== 0) || y % 400 === 0;
}

function daysInMonth(y: number, m: number): number {
  if (m === 2) return isLeapYear(y) ? 29 : 28;
  return m === 4 || m === 6 || m === 9 || m === 11 ? 30 : 31;
}

function pad2(n: number): string {
  return String(n).padStart(2, '0');
}

function formatIso({ y, m, d }: Civil): string {
  return `${String(y).padStart(4, '0')}-${pad2(m)}-${pad2(d)}`;
}

function isValidCivil(y: number, m: number, d: number): boolean {
  return Number.isInteger(y) && y >= 0 && y <= 9999 && m >= 1 && m <= 12 && d >= 1 && d <= daysInMonth(y, m);
}

const ISO_DAY = /^(\d{4})-(\d{2})-(\d{2})$/;

/** Malformed days are a caller bug (requests are validated by the contracts), so they throw. */
function parseIso(iso: string): Civil {
  const match = ISO_DAY.exec(iso);
  const y = Number(match?.[1]);
  const m = Number(match?.[2]);
  const d = Number(match?.[3]);
  if (!match || !isValidCivil(y, m, d)) throw new RangeError(`not an ISO day: ${iso}`);
  return { y, m, d };
}

// Days since 1970-01-01 in the proleptic Gregorian calendar (H. Hinnant's days_from_civil):
// pure integer arithmetic, so no time zone or DST can shift a day.
function epochDayOf({ y, m, d }: Civil): number {
  const yy = m <= 2 ? y - 1 : y;
  const era = Math.floor(yy / 400);
  const yoe = yy - era * 400;
  const doy = Math.floor((153 * (m + (m > 2 ? -3 : 9)) + 2) / 5) + d - 1;
  const doe = yoe * 365 + Math.floor(yoe / 4) - Math.floor(yoe / 100) + doy;
  return era * 146097 + doe - 719468;
}

function civilOfEpochDay(days: number): Civil {
  const z = days + 719468;
  const era = Math.floor(z / 146097);
  const doe = z - era * 146097;
  const yoe = Math.floor((doe - Math.floor(doe / 1460) + Math.floor(doe / 36524) - Math.floor(doe / 146096)) / 365);
  const doy = doe - (365 * yoe + Math.floor(yoe / 4) - Math.floor(yoe / 100));
  const mp = Math.floor((5 * doy + 2) / 153);
  const d = doy - Math.floor((153 * mp + 2) / 5) + 1;
  const m = mp < 10 ? mp + 3 : mp - 9;
  return { y: yoe + era * 400 + (m <= 2 ? 1 : 0), m, d };
}

function epochDay(iso: string): number {
  return epochDayOf(parseIso(iso));
}

function addDays(iso: string, delta: number): string {
  return formatIso(civilOfEpochDay(epochDay(iso) + delta));
}

function monthRangeOf(y: number, m: number): DayRange {
  return { from: formatIso({ y, m, d: 1 }), to: formatIso({ y, m, d: daysInMonth(y, m) }) };
}

/** Months `m1..m2` of year `y` as one day range (quarters, halves, years). */
function monthsRange(y: number, m1: number, m2: number): DayRange {
  return { from: monthRangeOf(y, m1).from, to: monthRangeOf(y, m2).to };
}

/** A month as one counter (`y*12 + m-1`), so "next month" and comparisons ignore year ends. */
function monthIndex(y: number, m: number): number {
  return y * 12 + m - 1;
}

function monthKeyOfIndex(index: number): number {
  return Math.floor(index / 12) * 100 + (index % 12) + 1;
}

function quarterOfMonth(m: number): number {
  return Math.floor((m - 1) / 3) + 1;
}

/** `2026-05-03` → 20260503, the roll-up store's day key. */
export function toDayKey(iso: string): number {
  const { y, m, d } = parseIso(iso);
  return y * 10000 + m * 100 + d;
}

/** 20260503 → `2026-05-03`. */
export function fromDayKey(key: number): string {
  const y = Math.floor(key / 10000);
  const m = Math.floor(key / 100) % 100;
  const d = key % 100;
  if (!Number.isInteger(key) || !isValidCivil(y, m, d)) throw new RangeError(`not a day key: ${key}`);
  return formatIso({ y, m, d });
}

/** `2026-05-03` → 202605, the roll-up store's month key. */
export function toMonthKey(iso: string): number {
  const { y, m } = parseIso(iso);
  return y * 100 + m;
}

/** 20260503 → 202605. */
export function monthKeyOfDay(dayKey: number): number {
  return Math.floor(dayKey / 100);
}

/** 一/二/三/四, the quarter numeral of labels like 2026年第二季度. */
export function chineseQuarter(n: 1 | 2 | 3 | 4): string {
  const numeral = QUARTER_NUMERALS[n - 1];
  if (numeral === undefined) throw new RangeError(`not a quarter: ${String(n)}`);
  return numeral;
}

type BucketParts =
  | { kind: 'year'; year: number }
  | { kind: 'half'; year: number; half: number }
  | { kind: 'quarter'; year: number; quarter: number }
  | { kind: 'month'; year: number; month: number };

/** Reads `2026`, `2026H1`, `2026Q2` or `2026-05` (H/Q in either case); undefined for anything else. */
function parseBucketParts(text: string): BucketParts | undefined {
  const match = /^(\d{4})(?:([hq])(\d)|-(\d{2}))?$/i.exec(text);
  if (!match) return undefined;
  const year = Number(match[1]);
  if (year < MIN_PERIOD_YEAR || year > MAX_PERIOD_YEAR) return undefined;
  const letter = match[2]?.toLowerCase();
  const n = Number(match[3]);
  if (letter === 'h') return n >= 1 && n <= 2 ? { kind: 'half', year, half: n } : undefined;
  if (letter === 'q') return n >= 1 && n <= 4 ? { kind: 'quarter', year, quarter: n } : undefined;
  if (match[4] !== undefined) {
    const month = Number(match[4]);
    return month >= 1 && month <= 12 ? { kind: 'month', year, month } : undefined;
  }
  return { kind: 'year', year };
}

function rangeOfParts(parts: BucketParts): DayRange {
  switch (parts.kind) {
    case 'year':
      return monthsRange(parts.year, 1, 12);
    case 'half':
      return monthsRange(parts.year, parts.half * 6 - 5, parts.half * 6);
    case 'quarter':
      return monthsRange(parts.year, parts.quarter * 3 - 2, parts.quarter * 3);
    case 'month':
      return monthRangeOf(parts.year, parts.month);
  }
}

function labelOfParts(parts: BucketParts): string {
  switch (parts.kind) {
    case 'year':
      return `${parts.year}年`;
    case 'half':
      return `${parts.year}年${parts.half === 1 ? '上' : '下'}半年`;
    case 'quarter':
      return `${parts.year}年第${chineseQuarter(parts.quarter as 1 | 2 | 3 | 4)}季度`;
    case 'month':
      return `${parts.year}年${parts.month}月`;
  }
}

function partsOrThrow(key: string): BucketParts {
  const parts = parseBucketParts(key);
  if (!parts) throw new RangeError(`not a period key: ${key}`);
  return parts;
}

/**
 * Reads a period text: `2026`, `2026H1`, `2026Q3`, `2026-05` (days) or `campaign:12` (the caller
 * looks up the campaign's dates). Undefined for anything invalid, so callers answer one message.
 */
export function parsePeriod(text: string): DayRange | { campaignId: number } | undefined {
  const trimmed = text.trim();
  const campaign = /^campaign:(\d{1,15})$/i.exec(trimmed);
  if (campaign) {
    const campaignId = Number(campaign[1]);
    return campaignId > 0 ? { campaignId } : undefined;
  }
  const parts = parseBucketParts(trimmed);
  return parts ? rangeOfParts(parts) : undefined;
}

/**
 * Splits the inclusive days [from, to] for a roll-up store holding day rows and month rows, so it
 * reads the fewest rows: whole calendar months become one `yyyymm` range, and only the partial
 * first and last months are read day by day. Each day range lies inside one month. from > to: empty.
 */
export function splitRange(from: string, to: string): { dayRanges: Array<[number, number]>; monthRange: [number, number] | null } {
  const a = parseIso(from);
  const b = parseIso(to);
  const dayRanges: Array<[number, number]> = [];
  if (toDayKey(from) > toDayKey(to)) return { dayRanges, monthRange: null };

  const startsOnFirst = a.d === 1;
  const endsOnLast = b.d === daysInMonth(b.y, b.m);
  const firstWhole = monthIndex(a.y, a.m) + (startsOnFirst ? 0 : 1);
  const lastWhole = monthIndex(b.y, b.m) - (endsOnLast ? 0 : 1);

  if (firstWhole > lastWhole) {
    // No whole month inside: the days of one month, or the tails of two adjacent months.
    if (a.y === b.y && a.m === b.m) {
      dayRanges.push([toDayKey(from), toDayKey(to)]);
    } else {
      dayRanges.push([toDayKey(from), toDayKey(monthRangeOf(a.y, a.m).to)]);
      dayRanges.push([toDayKey(monthRangeOf(b.y, b.m).from), toDayKey(to)]);
    }
    return { dayRanges, monthRange: null };
  }

  if (!startsOnFirst) dayRanges.push([toDayKey(from), toDayKey(monthRangeOf(a.y, a.m).to)]);
  if (!endsOnLast) dayRanges.push([toDayKey(monthRangeOf(b.y, b.m).from), toDayKey(to)]);
  return { dayRanges, monthRange: [monthKeyOfIndex(firstWhole), monthKeyOfIndex(lastWhole)] };
}

/** Days in [from, to], both counted; 0 when from > to. */
export function daysBetweenInclusive(from: string, to: string): number {
  return Math.max(0, epochDay(to) - epochDay(from) + 1);
}

/**
 * Share of the period [from, to] that has passed by the end of day `asOf`: 0 before it starts, 1
 * from its last day on. Targets compare progress with this pro-rata share.
 */
export function elapsedShare(from: string, to: string, asOf: string): number {
  const now = epochDay(asOf);
  const start = epochDay(from);
  const end = epochDay(to);
  if (now < start) return 0;
  if (now >= end) return 1;
  return (now - start + 1) / (end - start + 1);
}

/** The bucket holding a day (`yyyymmdd`) or month (`yyyymm`) key: `2026-05`, `2026Q2` or `2026`. */
export function bucketKey(dayOrMonthKey: number, g: Granularity): string {
  // A day key has 8 digits and a month key 6, so the size alone tells them apart.
  const monthKey = dayOrMonthKey >= 1_000_000 ? monthKeyOfDay(dayOrMonthKey) : dayOrMonthKey;
  const y = Math.floor(monthKey / 100);
  const m = monthKey % 100;
  if (!Number.isInteger(monthKey) || m < 1 || m > 12) throw new RangeError(`not a day or month key: ${dayOrMonthKey}`);
  if (g === 'year') return String(y);
  if (g === 'quarter') return `${y}Q${quarterOfMonth(m)}`;
  return `${y}-${pad2(m)}`;
}

/** Chinese label of a period key: 2026年, 2026年上半年, 2026年第二季度, 2026年5月. */
export function bucketLabel(key: string): string {
  return labelOfParts(partsOrThrow(key));
}

/** First and last day of a period key (`2026`, `2026H1`, `2026Q2`, `2026-05`). */
export function bucketRange(key: string): DayRange {
  return rangeOfParts(partsOrThrow(key));
}

/** Every bucket overlapping [from, to], in order, so charts show the empty ones too. */
export function bucketsBetween(from: string, to: string, g: Granularity): string[] {
  const a = parseIso(from);
  const b = parseIso(to);
  if (toDayKey(from) > toDayKey(to)) return [];
  const keys: string[] = [];
  for (let i = monthIndex(a.y, a.m); i <= monthIndex(b.y, b.m); i++) {
    const key = bucketKey(monthKeyOfIndex(i), g);
    // Consecutive months share quarter and year buckets; keep each key once.
    if (keys[keys.length - 1] !== key) keys.push(key);
  }
  return keys;
}

/** The periods a target of kind `p` is counted over in `year`, in order. */
export function periodsOfYear(year: number, p: TargetPeriod): NamedRange[] {
  const keys: string[] = [];
  if (p === 'year') keys.push(String(year));
  if (p === 'half') keys.push(`${year}H1`, `${year}H2`);
  if (p === 'quarter') for (let q = 1; q <= 4; q++) keys.push(`${year}Q${q}`);
  if (p === 'month') for (let m = 1; m <= 12; m++) keys.push(`${year}-${pad2(m)}`);
  return keys.map((key) => {
    const parts = partsOrThrow(key);
    return { key, label: labelOfParts(parts), ...rangeOfParts(parts) };
  });
}

/** The same day `delta` years away, for "same period last year"; Feb 29 falls back to Feb 28. */
export function shiftYear(iso: string, delta: number): string {
  const { y, m, d } = parseIso(iso);
  const year = y + delta;
  return formatIso({ y: year, m, d: Math.min(d, daysInMonth(year, m)) });
}

/** Quick ranges for period pickers, relative to `today`, in the order the UI shows them. */
export function presetRanges(today: string): NamedRange[] {
  const { y, m } = parseIso(today);
  const q = quarterOfMonth(m);
  const thisMonth = monthIndex(y, m);
  const prevMonth = thisMonth - 1;
  const prevQuarterMonth = monthIndex(y, q * 3 - 2) - 3; // first month of the previous quarter
  const prevQ = { y: Math.floor(prevQuarterMonth / 12), m: (prevQuarterMonth % 12) + 1 };
  const named = (key: string, label: string, range: DayRange): NamedRange => ({ key, label, ...range });
  return [
    named('this-year', '本年', monthsRange(y, 1, 12)),
    named('first-half', '上半年', monthsRange(y, 1, 6)),
    named('second-half', '下半年', monthsRange(y, 7, 12)),
    named('this-quarter', '本季度', monthsRange(y, q * 3 - 2, q * 3)),
    named('last-quarter', '上季度', monthsRange(prevQ.y, prevQ.m, prevQ.m + 2)),
    named('this-month', '本月', monthRangeOf(y, m)),
    named('last-month', '上月', monthRangeOf(Math.floor(prevMonth / 12), (prevMonth % 12) + 1)),
    named('last-year', '上年', monthsRange(y - 1, 1, 12)),
    named('last-30-days', '近30天', { from: addDays(today, -29), to: today }),
  ];
}
