import { describe, expect, it } from 'vitest';
import { judgeTarget } from './target-progress.js';

const months = (entries: Array<[number, number]>) => new Map(entries);

describe('judgeTarget', () => {
  it('judges a yearly target pro rata: 12 trainings, 5 done by the end of June is behind, 6 on track', () => {
    expect(judgeTarget(2026, 'year', 12, months([[202603, 5]]), '2026-06-30').state).toBe('behind');
    const onTrack = judgeTarget(2026, 'year', 12, months([[202603, 6]]), '2026-06-30');
    expect(onTrack.state).toBe('on_track');
    expect(onTrack.percent).toBe(50);
    expect(onTrack.periods[0]!.expected).toBeCloseTo(12 * (181 / 365));
  });

  it('lets a yearly target pass 100 % but caps it for rankings', () => {
    const j = judgeTarget(2026, 'year', 10, months([[202601, 13]]), '2026-03-01');
    expect(j).toMatchObject({ state: 'met', percent: 130, cappedPercent: 100, goal: 10, actual: 13 });
  });

  it('needs every quarter met for a quarterly target: a missed Q1 stays behind even after a strong Q2', () => {
    const j = judgeTarget(2026, 'quarter', 1, months([[202605, 5]]), '2026-05-20');
    expect(j.periods.map((p) => p.state)).toEqual(['missed', 'met', 'upcoming', 'upcoming']);
    expect(j.state).toBe('behind');
    expect(j.percent).toBe(25);
    expect(j.actual).toBe(5);
    expect(j.goal).toBe(4);
  });

  it('is met only when every period is met, and missed when the year is over short of it', () => {
    const all = months([
      [202602, 1],
      [202604, 1],
      [202608, 1],
      [202611, 1],
    ]);
    expect(judgeTarget(2026, 'quarter', 1, all, '2026-12-31').state).toBe('met');
    expect(judgeTarget(2026, 'quarter', 1, months([[202602, 1]]), '2026-12-31').state).toBe('missed');
  });

  it('counts months into halves and months into monthly periods, including February of a leap year', () => {
    const j = judgeTarget(
      2024,
      'month',
      2,
      months([
        [202402, 2],
        [202403, 1],
      ]),
      '2024-02-29',
    );
    expect(j.periods[1]).toMatchObject({ key: '2024-02', to: '2024-02-29', actual: 2, state: 'met' });
    expect(j.periods[2]).toMatchObject({ state: 'upcoming', expected: 0 });
    const h = judgeTarget(
      2026,
      'half',
      3,
      months([
        [202606, 2],
        [202607, 4],
      ]),
      '2026-12-31',
    );
    expect(h.periods.map((p) => p.actual)).toEqual([2, 4]);
    expect(h.periods.map((p) => p.state)).toEqual(['missed', 'met']);
  });

  it('is upcoming before the year starts, and behind from its first day while nothing is done', () => {
    expect(judgeTarget(2027, 'year', 12, months([]), '2026-12-01').state).toBe('upcoming');
    expect(judgeTarget(2026, 'year', 12, months([]), '2026-01-01').state).toBe('behind');
  });
});
