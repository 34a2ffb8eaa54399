import { OWN_GROUP_KEY, type StatsGroup, type StatsGroupBy, type StatsTotals } from '../../../contracts/stats.contract.js';
import { toDisplayValue } from '../../../domain/measures.js';
import { bucketKey, bucketLabel, bucketsBetween, type Granularity } from '../../../domain/period.js';
import type { Question, QuestionStores } from './stats-question.service.js';
import { statsMessages as m } from './stats.messages.js';
import type { RollupReadRow, StatsIndicatorRecord } from './stats.types.js';

/** Totals of a roll-up row in display units: `entries` plus each indicator by code (元 for money). */
export function totalsOf(row: RollupReadRow | undefined, indicators: StatsIndicatorRecord[]): StatsTotals {
  const totals: StatsTotals = { entries: row?.n ?? 0 };
  for (const i of indicators) totals[i.code] = toDisplayValue(row?.sums.get(i.slot) ?? 0, i.scale);
  return totals;
}

function addRows(rows: RollupReadRow[]): RollupReadRow {
  const sum: RollupReadRow = { n: 0, sums: new Map() };
  for (const r of rows) {
    sum.n += r.n;
    for (const [slot, v] of r.sums) sum.sums.set(slot, (sum.sums.get(slot) ?? 0) + v);
  }
  return sum;
}

function subtractRows(a: RollupReadRow, b: RollupReadRow): RollupReadRow {
  const diff: RollupReadRow = { n: a.n - b.n, sums: new Map(a.sums) };
  for (const [slot, v] of b.sums) diff.sums.set(slot, (diff.sums.get(slot) ?? 0) - v);
  return diff;
}

/** Rows of `rows` collected under the key each maps to. */
function collect<K>(rows: RollupReadRow[], keyOf: (r: RollupReadRow) => K): Map<K, RollupReadRow[]> {
  const byKey = new Map<K, RollupReadRow[]>();
  for (const r of rows) {
    const key = keyOf(r);
    byKey.set(key, [...(byKey.get(key) ?? []), r]);
  }
  return byKey;
}

/** One read of the roll-up store for the question: these units' subtrees, grouped as asked. */
export type RollupReader = (
  ancIds: number[],
  group: { anc?: boolean; month?: boolean; dim?: boolean },
  dimension?: 'type' | 'tag',
  dimIds?: number[],
) => Promise<RollupReadRow[]>;

/** What a grouping works with: the question, its total row (read once for every grouping), a reader and the stores. */
export interface GroupingInput {
  question: Question;
  totalRow: RollupReadRow | undefined;
  read: RollupReader;
  stores: QuestionStores;
}

/** A grouping's answer: the groups in the order they are shown, and any note they need. */
export interface GroupingResult {
  groups: StatsGroup[];
  notes?: string[];
}

type Grouping = (input: GroupingInput) => Promise<GroupingResult>;

/** By child: each active child's subtree (inactive ones only while they hold figures), and 本级 = total − Σ children. */
const byChild: Grouping = async ({ question: { org, indicators }, totalRow, read, stores }) => {
  const children = await stores.orgs.listChildren(org.id, true);
  const rows = await read(
    children.map((c) => c.id),
    { anc: true },
  );
  const byId = new Map(rows.map((r) => [r.anc!, r]));
  const own = subtractRows(totalRow ?? { n: 0, sums: new Map() }, addRows(rows));
  return {
    groups: [
      { key: OWN_GROUP_KEY, label: `${org.name}（${m.own}）`, totals: totalsOf(own, indicators) },
      ...children.filter((c) => c.active || byId.has(c.id)).map((c) => ({ key: String(c.id), label: c.name, totals: totalsOf(byId.get(c.id), indicators) })),
    ],
  };
};

/** By month, quarter or year: every bucket of the period, empty ones included. */
const byTime =
  (granularity: Granularity): Grouping =>
  async ({ question, read }) => {
    const rows = await read([question.org.id], { month: true });
    const byBucket = collect(rows, (r) => bucketKey(r.month!, granularity));
    return {
      groups: bucketsBetween(question.from, question.to, granularity).map((key) => ({
        key,
        label: bucketLabel(key),
        totals: totalsOf(addRows(byBucket.get(key) ?? []), question.indicators),
      })),
    };
  };

/** By type or by category (a type counts under its category): groups that hold figures, in catalogue order. */
const byType =
  (level: 'type' | 'category'): Grouping =>
  async ({ question, read }) => {
    const rows = await read([question.org.id], { dim: true });
    const types = question.catalogue.types;
    const parentOf = new Map(types.map((t) => [t.id, t.parentId ?? t.id]));
    const byKey = collect(rows, (r) => (level === 'category' ? (parentOf.get(r.dim!) ?? r.dim!) : r.dim!));
    // Types in catalogue order, category by category (sort orders restart within each category).
    const categoryRank = new Map(types.filter((t) => t.parentId === null).map((t, i) => [t.id, i]));
    const rank = (t: { id: number; parentId: number | null }) => categoryRank.get(t.parentId ?? t.id) ?? 0;
    const ordered = level === 'type' ? [...types].sort((a, b) => rank(a) - rank(b)) : types;
    return {
      groups: ordered
        .filter((t) => byKey.has(t.id))
        .map((t) => ({ key: String(t.id), label: t.name, totals: totalsOf(addRows(byKey.get(t.id)!), question.indicators) })),
    };
  };

/** By tag (of one kind if asked): an entry counts under each tag it carries, so the groups need not add up. */
const byTag: Grouping = async ({ question, read }) => {
  const tags = question.catalogue.tags.filter((t) => !question.tagKind || t.kind === question.tagKind);
  const rows = await read(
    [question.org.id],
    { dim: true },
    'tag',
    tags.map((t) => t.id),
  );
  const byId = new Map(rows.map((r) => [r.dim!, r]));
  return {
    groups: tags.filter((t) => byId.has(t.id)).map((t) => ({ key: String(t.id), label: t.name, totals: totalsOf(byId.get(t.id), question.indicators) })),
    notes: [m.tagOverlap],
  };
};

/** Every grouping a question may ask for, by name. */
export const GROUPINGS: Record<StatsGroupBy, Grouping> = {
  none: () => Promise.resolve({ groups: [] }),
  child: byChild,
  month: byTime('month'),
  quarter: byTime('quarter'),
  year: byTime('year'),
  category: byType('category'),
  type: byType('type'),
  tag: byTag,
};
