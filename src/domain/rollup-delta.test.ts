import { describe, expect, it } from 'vitest';
import { changeDeltas, countsUnchanged, dayKey, factsKey, moveDeltas, type DeltaRow, type RollupFacts, type RollupLookups } from './rollup-delta.js';

// Units 1 (county) > 2 (town) > 3 (village); indicator 10 owns sum column 4, indicator 11 column 7.
const lookups: RollupLookups = {
  ancestors: new Map([
    [1, [1]],
    [2, [1, 2]],
    [3, [1, 2, 3]],
  ]),
  slots: new Map([
    [10, 4],
    [11, 7],
  ]),
};

const entry = (over: Partial<RollupFacts> = {}): RollupFacts => ({
  orgId: 3,
  typeId: 5,
  startDate: '2026-05-14',
  approved: true,
  measures: [{ indicatorId: 10, value: 12000 }],
  tagIds: [],
  ...over,
});

/** Rows as plain objects, sorted by key, so expectations read as tables. */
const plain = (rows: DeltaRow[] | undefined) =>
  (rows ?? [])
    .map((r) => ({ anc: r.anc, approved: r.approved, period: r.period, dim: r.dim, n: r.n, sums: Object.fromEntries(r.sums) }))
    .sort((a, b) => a.anc - b.anc || a.approved - b.approved || a.period - b.period || a.dim - b.dim);

describe('roll-up deltas', () => {
  it('keys days as YYYYMMDD numbers', () => {
    expect(dayKey('2026-05-14')).toBe(20260514);
  });

  it('adds a new entry to every ancestor of its unit, itself included, by day and by month', () => {
    const deltas = changeDeltas([], [entry()], lookups);
    expect(plain(deltas.get('stat_day'))).toEqual([1, 2, 3].map((anc) => ({ anc, approved: 1, period: 20260514, dim: 5, n: 1, sums: { 4: 12000 } })));
    expect(plain(deltas.get('stat_month'))).toEqual([1, 2, 3].map((anc) => ({ anc, approved: 1, period: 202605, dim: 5, n: 1, sums: { 4: 12000 } })));
    expect(deltas.get('stat_tag_day')).toEqual([]);
  });

  it('counts an entry once under each of its tags', () => {
    const deltas = changeDeltas([], [entry({ orgId: 1, tagIds: [8, 9] })], lookups);
    expect(plain(deltas.get('stat_tag_month')).map((r) => [r.dim, r.n])).toEqual([
      [8, 1],
      [9, 1],
    ]);
  });

  it('sums entries that share a key into one row', () => {
    const deltas = changeDeltas(
      [],
      [
        entry({ orgId: 1 }),
        entry({
          orgId: 1,
          measures: [
            { indicatorId: 10, value: 500 },
            { indicatorId: 11, value: 3 },
          ],
        }),
      ],
      lookups,
    );
    expect(plain(deltas.get('stat_day'))).toEqual([{ anc: 1, approved: 1, period: 20260514, dim: 5, n: 2, sums: { 4: 12500, 7: 3 } }]);
  });

  it('writes an edit as the entry as it is minus the entry as it was, leaving out keys that cancel', () => {
    const before = entry({ orgId: 1, measures: [{ indicatorId: 10, value: 100 }] });
    const after = entry({ orgId: 1, measures: [{ indicatorId: 10, value: 250 }] });
    expect(plain(changeDeltas([before], [after], lookups).get('stat_month'))).toEqual([
      { anc: 1, approved: 1, period: 202605, dim: 5, n: 0, sums: { 4: 150 } },
    ]);
    // Approval moves the entry from the drafts' rows to the approved rows.
    const approval = changeDeltas([entry({ orgId: 1, approved: false })], [entry({ orgId: 1 })], lookups);
    expect(plain(approval.get('stat_day')).map((r) => [r.approved, r.n, r.sums[4]])).toEqual([
      [0, -1, -12000],
      [1, 1, 12000],
    ]);
    // A deletion subtracts everything.
    expect(plain(changeDeltas([entry({ orgId: 2 })], [], lookups).get('stat_month')).map((r) => [r.anc, r.n, r.sums[4]])).toEqual([
      [1, -1, -12000],
      [2, -1, -12000],
    ]);
  });

  it('knows when nothing counted changed, whatever the order of measures and tags', () => {
    const a = entry({
      measures: [
        { indicatorId: 10, value: 1 },
        { indicatorId: 11, value: 2 },
      ],
      tagIds: [9, 8],
    });
    const b = entry({
      measures: [
        { indicatorId: 11, value: 2 },
        { indicatorId: 10, value: 1 },
      ],
      tagIds: [8, 9],
    });
    expect(factsKey(a)).toBe(factsKey(b));
    expect(countsUnchanged([a], [b])).toBe(true);
    expect(countsUnchanged([a], [entry({ startDate: '2026-05-15' })])).toBe(false);
    expect(countsUnchanged([a], [])).toBe(false);
    expect([...changeDeltas([a], [b], lookups).values()].every((rows) => rows.length === 0)).toBe(true);
  });

  it('refuses an indicator without a sum column rather than counting it nowhere', () => {
    expect(() => changeDeltas([], [entry({ measures: [{ indicatorId: 99, value: 1 }] })], lookups)).toThrow(/indicator 99/);
  });

  it('moves a subtree: its rows leave the ancestors it lost and join those it gained, shared ones untouched', () => {
    const moved: DeltaRow[] = [{ anc: 3, approved: 1, period: 202605, dim: 5, n: 2, sums: new Map([[4, 700]]) }];
    // Village 3 moves from /1/2/3/ to /1/6/3/.
    expect(plain(moveDeltas(3, [1, 2, 3], [1, 6, 3], moved))).toEqual([
      { anc: 2, approved: 1, period: 202605, dim: 5, n: -2, sums: { 4: -700 } },
      { anc: 6, approved: 1, period: 202605, dim: 5, n: 2, sums: { 4: 700 } },
    ]);
  });
});
