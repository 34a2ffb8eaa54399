import type { ProgressState, TargetPeriod } from '../contracts/target.contract.js';
import { elapsedShare, periodsOfYear, toMonthKey } from './period.js';

export interface PeriodJudgement {
  key: string;
  label: string;
  from: string;
  to: string;
  goal: number;
  actual: number;
  expected: number;
  percent: number;
  state: ProgressState;
}

export interface TargetJudgement {
  goal: number;
  actual: number;
  /** Year target: actual / goal (may pass 100). Per-period target: the mean of each period's completion capped at 100, since every period must be met. */
  percent: number;
  /** Completion capped at 100, for rankings. */
  cappedPercent: number;
  state: ProgressState;
  periods: PeriodJudgement[];
}

const round1 = (x: number) => Math.round(x * 10) / 10;

/** One period: met once reached; before its end, on track while at or above the pro-rata share. */
function judgePeriod(goal: number, actual: number, from: string, to: string, asOf: string): { expected: number; state: ProgressState } {
  const share = elapsedShare(from, to, asOf);
  const expected = goal * share;
  if (actual >= goal) return { expected, state: 'met' };
  if (asOf < from) return { expected, state: 'upcoming' };
  if (asOf >= to) return { expected, state: 'missed' };
  return { expected, state: actual >= expected ? 'on_track' : 'behind' };
}

/**
 * Judges a target of `goal` per period over `year` from monthly actuals (YYYYMM → value) on day
 * `asOf`. Periods are whole months, quarters, halves or the year, so monthly figures suffice.
 */
export function judgeTarget(year: number, period: TargetPeriod, goal: number, monthly: Map<number, number>, asOf: string): TargetJudgement {
  const periods = periodsOfYear(year, period).map((p) => {
    let actual = 0;
    for (const [month, value] of monthly) if (month >= toMonthKey(p.from) && month <= toMonthKey(p.to)) actual += value;
    const { expected, state } = judgePeriod(goal, actual, p.from, p.to, asOf);
    return { ...p, goal, actual, expected, percent: round1(goal > 0 ? (actual / goal) * 100 : 100), state };
  });
  const actual = periods.reduce((s, p) => s + p.actual, 0);
  const totalGoal = goal * periods.length;
  const capped = periods.reduce((s, p) => s + Math.min(p.actual / goal, 1), 0) / periods.length;
  const percent = period === 'year' ? round1((actual / goal) * 100) : round1(capped * 100);
  const states = periods.map((p) => p.state);
  let state: ProgressState;
  if (states.every((s) => s === 'met')) state = 'met';
  else if (states.every((s) => s === 'upcoming')) state = 'upcoming';
  else if (states.every((s) => s === 'met' || s === 'missed')) state = 'missed';
  else if (states.some((s) => s === 'missed' || s === 'behind')) state = 'behind';
  else state = 'on_track';
  return { goal: totalGoal, actual, percent, cappedPercent: round1(capped * 100), state, periods };
}
