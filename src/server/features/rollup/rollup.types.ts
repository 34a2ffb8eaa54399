import type { RollupFacts, RollupTable } from '../../../domain/rollup-delta.js';

// What an entry adds and the tables it adds to are domain rules (domain/rollup-delta.ts); writers name them from here.
export type { RollupFacts, RollupTable };

/** The write side of the roll-up store, bound to the caller's transaction. */
export interface RollupWriter {
  /** The facts of these entries as stored now; deleted or missing entries are left out. */
  snapshot(ids: number[]): Promise<RollupFacts[]>;
  /** Applies "after minus before" to every ancestor's rows; a no-op when nothing counted changed. */
  applyChange(before: RollupFacts[], after: RollupFacts[]): Promise<void>;
  /** A unit moved with its subtree: its figures leave the old ancestors and join the new ones. */
  moveSubtree(rootId: number, oldPath: string, newPath: string): Promise<void>;
}

/** Number of sum columns (s1..s32) in the roll-up tables; each indicator owns one. */
export const ROLLUP_SLOTS = 32;

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
