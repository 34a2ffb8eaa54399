/**
 * The arithmetic of the roll-up store (统计汇总): what ledger entries add to the rows of each
 * ancestor of their unit, and what a change adds, as "entry as it is minus entry as it was",
 * summed per row key. Pure: the repository reads the inputs and writes the result.
 */

/**
 * What one live ledger entry adds to the roll-up store. A deleted entry contributes nothing, so
 * every ledger write is "subtract the entry as it was, add it as it is".
 */
export interface RollupFacts {
  orgId: number;
  typeId: number;
  /** YYYY-MM-DD: an entry counts on the day it starts. */
  startDate: string;
  approved: boolean;
  measures: Array<{ indicatorId: number; value: number }>;
  tagIds: number[];
}

/** The four row sets of the store: by day or by month, under the entry's type or under each of its tags. */
export type RollupTable = 'stat_day' | 'stat_month' | 'stat_tag_day' | 'stat_tag_month';

export const ROLLUP_TABLES: readonly RollupTable[] = ['stat_day', 'stat_month', 'stat_tag_day', 'stat_tag_month'];

/** One delta row: key (ancestor, approved 0/1, YYYYMMDD or YYYYMM, type or tag id), count change and sum changes by slot. */
export interface DeltaRow {
  anc: number;
  approved: number;
  period: number;
  dim: number;
  n: number;
  sums: Map<number, number>;
}

/** YYYY-MM-DD → YYYYMMDD, the day key of the day rows (its hundreds are the month key). */
export function dayKey(iso: string): number {
  return Number(iso.slice(0, 4) + iso.slice(5, 7) + iso.slice(8, 10));
}

/** Everything of an entry that counts, in a canonical order: equal keys contribute equally. */
export function factsKey(f: RollupFacts): string {
  const measures = [...f.measures].sort((a, b) => a.indicatorId - b.indicatorId).map((m) => `${m.indicatorId}:${m.value}`);
  const tags = [...f.tagIds].sort((a, b) => a - b);
  return `${f.orgId}|${f.typeId}|${f.startDate}|${f.approved ? 1 : 0}|${measures.join(',')}|${tags.join(',')}`;
}

/** True when nothing counted changed (a title, a submit of a draft that stays a draft): no write is needed. */
export function countsUnchanged(before: RollupFacts[], after: RollupFacts[]): boolean {
  return before.length === after.length && before.every((f, i) => factsKey(f) === factsKey(after[i]!));
}

/** What a change needs to know of the store: each unit's ancestors (itself included) and each indicator's sum column. */
export interface RollupLookups {
  ancestors: Map<number, number[]>;
  slots: Map<number, number>;
}

/**
 * "after minus before", summed per key of each table. Rows that cancel out (an edit that changed
 * nothing counted for that key) are left out, so they cost no write at all.
 */
export function changeDeltas(before: RollupFacts[], after: RollupFacts[], lookups: RollupLookups): Map<RollupTable, DeltaRow[]> {
  const deltas = new Map<RollupTable, Map<string, DeltaRow>>(ROLLUP_TABLES.map((t) => [t, new Map()]));
  const add = (table: RollupTable, anc: number, approved: number, period: number, dim: number, sign: number, sums: Array<[number, number]>) => {
    const rows = deltas.get(table)!;
    const key = `${anc}|${approved}|${period}|${dim}`;
    let row = rows.get(key);
    if (!row) rows.set(key, (row = { anc, approved, period, dim, n: 0, sums: new Map() }));
    row.n += sign;
    for (const [slot, value] of sums) row.sums.set(slot, (row.sums.get(slot) ?? 0) + sign * value);
  };
  const contribute = (f: RollupFacts, sign: number) => {
    const day = dayKey(f.startDate);
    const month = Math.floor(day / 100);
    const approved = f.approved ? 1 : 0;
    const sums: Array<[number, number]> = f.measures.map((m) => [slotOf(lookups, m.indicatorId), m.value]);
    for (const anc of ancestorsOf(lookups, f.orgId)) {
      add('stat_day', anc, approved, day, f.typeId, sign, sums);
      add('stat_month', anc, approved, month, f.typeId, sign, sums);
      for (const tag of f.tagIds) {
        add('stat_tag_day', anc, approved, day, tag, sign, sums);
        add('stat_tag_month', anc, approved, month, tag, sign, sums);
      }
    }
  };
  for (const f of before) contribute(f, -1);
  for (const f of after) contribute(f, 1);
  return new Map(ROLLUP_TABLES.map((t) => [t, [...deltas.get(t)!.values()].filter((r) => r.n !== 0 || [...r.sums.values()].some((v) => v !== 0))]));
}

/**
 * A unit moved with its subtree: `moved` are the root's own rows (exactly what its subtree adds to
 * every ancestor); they leave the ancestors it no longer has and join the ones it gained.
 */
export function moveDeltas(rootId: number, oldAncestors: number[], newAncestors: number[], moved: DeltaRow[]): DeltaRow[] {
  const before = oldAncestors.filter((id) => id !== rootId);
  const after = newAncestors.filter((id) => id !== rootId);
  const leaving = before.filter((id) => !after.includes(id));
  const joining = after.filter((id) => !before.includes(id));
  return [
    ...leaving.flatMap((anc) => moved.map((m) => ({ ...m, anc, n: -m.n, sums: new Map([...m.sums].map(([s, v]) => [s, -v])) }))),
    ...joining.flatMap((anc) => moved.map((m) => ({ ...m, anc }))),
  ];
}

function ancestorsOf(lookups: RollupLookups, orgId: number): number[] {
  const ancestors = lookups.ancestors.get(orgId);
  if (!ancestors) throw new Error(`unit ${orgId} has no ancestors in the lookups`);
  return ancestors;
}

function slotOf(lookups: RollupLookups, indicatorId: number): number {
  const slot = lookups.slots.get(indicatorId);
  if (slot === undefined) throw new Error(`indicator ${indicatorId} has no roll-up column`);
  return slot;
}
