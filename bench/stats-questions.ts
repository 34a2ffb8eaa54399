/**
 * The statistics benchmark's questions and answers (see bench/stats.bench.ts): a seeded set of
 * questions over a synthetic region, and one normalised answer shape that Shiliu, plain SQL and
 * DuckDB are all brought to, so that they can be compared group by group in stored units.
 */
import type { StatsQuery, StatsResult } from '../src/contracts/stats.contract.js';
import { randomSource, type Random } from '../src/domain/random.js';

/** The groupings asked of every question: totals, then one grouped run per mode. */
export const GROUP_MODES = ['none', 'child', 'month', 'type'] as const;
export type GroupMode = (typeof GROUP_MODES)[number];

/** Administrative levels top-down; attached agencies and schools are units but not a level. */
export const LEVELS = ['province', 'prefecture', 'county', 'township', 'village'] as const;
export type Level = (typeof LEVELS)[number];
export const LEVEL_NAMES: Record<Level, string> = { province: '省', prefecture: '州', county: '县', township: '乡', village: '村' };

export const RANGE_KINDS = ['month', 'quarter', 'year', 'days'] as const;
export type RangeKind = (typeof RANGE_KINDS)[number];

/** The typical indicators a question totals (3 or 4 of them). */
export const QUESTION_INDICATORS = ['sessions', 'attendance', 'households', 'funds'] as const;

export interface BenchIndicator {
  id: number;
  code: string;
  /** Stored values are display values × 10^scale (money in 分). */
  scale: number;
}

export interface BenchUnit {
  id: number;
  kind: string;
  path: string;
}

export interface BenchQuestion {
  no: number;
  level: Level;
  org: BenchUnit;
  rangeKind: RangeKind;
  from: string;
  to: string;
  indicators: BenchIndicator[];
}

/**
 * An answer in stored units: the totals and each non-empty group as [entries, sum of each of the
 * question's indicators…]. Group keys: child unit id or `own`, `YYYY-MM`, activity type id.
 */
export interface Answer {
  totals: number[];
  groups: Map<string, number[]>;
}

const DAY_MS = 86_400_000;
const iso = (ms: number) => new Date(ms).toISOString().slice(0, 10);
const dayMs = (day: string) => Date.parse(`${day}T00:00:00Z`);
const lastDayOfMonth = (y: number, m: number) => iso(Date.UTC(y, m, 0));
const pad = (n: number) => String(n).padStart(2, '0');

/** A range of the kind that overlaps [first, last], the days the ledger covers. */
function rangeOf(kind: RangeKind, first: string, last: string, random: Random): { from: string; to: string } {
  const y0 = Number(first.slice(0, 4));
  const y1 = Number(last.slice(0, 4));
  if (kind === 'year') {
    const y = random.int(y0, y1);
    return { from: `${y}-01-01`, to: `${y}-12-31` };
  }
  const m0 = y0 * 12 + Number(first.slice(5, 7)) - 1;
  const m1 = y1 * 12 + Number(last.slice(5, 7)) - 1;
  if (kind === 'month') {
    const m = random.int(m0, m1);
    const y = Math.floor(m / 12);
    return { from: `${y}-${pad((m % 12) + 1)}-01`, to: lastDayOfMonth(y, (m % 12) + 1) };
  }
  if (kind === 'quarter') {
    const q = random.int(Math.floor(m0 / 3), Math.floor(m1 / 3));
    const y = Math.floor(q / 4);
    const startMonth = (q % 4) * 3 + 1;
    return { from: `${y}-${pad(startMonth)}-01`, to: lastDayOfMonth(y, startMonth + 2) };
  }
  const span = Math.round((dayMs(last) - dayMs(first)) / DAY_MS);
  const a = random.int(0, span);
  const b = random.int(0, span);
  return { from: iso(dayMs(first) + Math.min(a, b) * DAY_MS), to: iso(dayMs(first) + Math.max(a, b) * DAY_MS) };
}

/**
 * `perLevel` questions for each administrative level of the region (a random unit of that level;
 * the top is always the region itself), ranges of the four kinds, 3 or 4 of the typical indicators,
 * shuffled so that warm-up and timing see every level.
 */
export function makeQuestions(
  units: BenchUnit[],
  indicators: BenchIndicator[],
  span: { first: string; last: string },
  perLevel: number,
  seed: number,
): BenchQuestion[] {
  const random = randomSource(seed);
  const levels = LEVELS.filter((level) => units.some((u) => u.kind === level));
  const drafts: Array<Omit<BenchQuestion, 'no'>> = [];
  for (const level of levels) {
    const candidates = units.filter((u) => u.kind === level);
    for (let i = 0; i < perLevel; i++) {
      const rangeKind = random.pick(RANGE_KINDS);
      const dropped = random.next() < 0.5 ? random.int(0, indicators.length - 1) : -1;
      drafts.push({
        level,
        org: random.pick(candidates),
        rangeKind,
        ...rangeOf(rangeKind, span.first, span.last, random),
        indicators: indicators.filter((_, k) => k !== dropped),
      });
    }
  }
  // Fisher–Yates with the same seeded source.
  for (let i = drafts.length - 1; i > 0; i--) {
    const j = Math.floor(random.next() * (i + 1));
    [drafts[i], drafts[j]] = [drafts[j]!, drafts[i]!];
  }
  return drafts.map((d, no) => ({ no, ...d }));
}

/** The question as the statistics API takes it (status approved). */
export function statsQueryOf(q: BenchQuestion, mode: GroupMode): StatsQuery {
  return { org: q.org.id, from: q.from, to: q.to, indicators: q.indicators.map((i) => i.code), groupBy: mode, status: 'approved' };
}

const isEmpty = (v: number[]) => v.every((x) => x === 0);

/** Drops empty groups (Shiliu lists children without entries and every month of the range). */
export function answerOf(totals: number[], groups: Iterable<[string, number[]]>): Answer {
  const kept = new Map<string, number[]>();
  for (const [key, values] of groups) {
    if (isEmpty(values)) continue;
    const seen = kept.get(key);
    kept.set(key, seen ? seen.map((x, i) => x + values[i]!) : values);
  }
  return { totals, groups: kept };
}

/** Shiliu's display units back to stored integers (money 元 → 分), so nothing is compared as a float. */
export function shiliuAnswer(result: StatsResult, q: BenchQuestion): Answer {
  const vector = (t: Record<string, number>) => [t.entries ?? 0, ...q.indicators.map((i) => Math.round((t[i.code] ?? 0) * 10 ** i.scale))];
  return answerOf(
    vector(result.totals),
    result.groups.map((g) => [g.key, vector(g.totals)]),
  );
}

function sameVector(a: number[] | undefined, b: number[] | undefined): boolean {
  return !!a && !!b && a.length === b.length && a.every((x, i) => x === b[i]);
}

/** Undefined when equal; otherwise the first difference, for the report. */
export function differenceOf(expected: Answer, actual: Answer, mode: GroupMode): string | undefined {
  const show = (v: number[] | undefined) => (v ? `[${v.join(', ')}]` : '—');
  if (!sameVector(expected.totals, actual.totals)) return `合计 ${show(expected.totals)} ≠ ${show(actual.totals)}`;
  if (mode === 'none') return undefined;
  for (const key of new Set([...expected.groups.keys(), ...actual.groups.keys()])) {
    const a = expected.groups.get(key);
    const b = actual.groups.get(key);
    if (!sameVector(a, b)) return `分组 ${key}: ${show(a)} ≠ ${show(b)}`;
  }
  return undefined;
}

/** Nearest-rank percentile of a sorted list. */
export function percentile(sorted: number[], p: number): number {
  if (sorted.length === 0) return Number.NaN;
  return sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1))]!;
}
