/**
 * What one live ledger entry adds to the roll-up store. A deleted entry contributes nothing, so
 * every ledger write is "subtract the entry as it was, add it as it is" (see rollup.repository.ts).
 */
export interface EntryFacts {
  orgId: number;
  typeId: number;
  /** YYYY-MM-DD: an entry counts on the day it starts. */
  startDate: string;
  approved: boolean;
  measures: Array<{ indicatorId: number; value: number }>;
  tagIds: number[];
}

/** The write side of the roll-up store, bound to the caller's transaction. */
export interface RollupWriter {
  /** The facts of these entries as stored now; deleted or missing entries are left out. */
  snapshot(ids: number[]): Promise<EntryFacts[]>;
  /** Applies "after minus before" to every ancestor's rows; a no-op when nothing counted changed. */
  applyChange(before: EntryFacts[], after: EntryFacts[]): Promise<void>;
  /** A unit moved with its subtree: its figures leave the old ancestors and join the new ones. */
  moveSubtree(rootId: number, oldPath: string, newPath: string): Promise<void>;
}

/** Number of sum columns (s1..s32) in the roll-up tables; each indicator owns one. */
export const ROLLUP_SLOTS = 32;

export type RollupTable = 'stat_day' | 'stat_month' | 'stat_tag_day' | 'stat_tag_month';

/** Where the store and a fresh computation from the ledger disagree, for one table. */
export interface RollupDifference {
  table: RollupTable;
  /** Rows the store has that the ledger does not justify, and rows the ledger needs that the store lacks or holds differently. */
  extra: number;
  missing: number;
}

/** Whole-store maintenance, bound to the caller's transaction (its scratch tables are temporary). */
export interface RollupRebuildStore {
  /** Replaces every roll-up row with what the ledger says; rows written per table. */
  rebuild(): Promise<Record<RollupTable, number>>;
  /** Compares the store with a fresh computation; an empty list means they agree row for row. */
  verify(): Promise<RollupDifference[]>;
}
