import type { SyntheticScale, SyntheticUnit } from './synthetic-region.js';

/** What a finished run records about itself (the one audit row of a synthetic region). */
export interface SyntheticRunSummary {
  scale: SyntheticScale;
  seed: number;
  units: number;
  entries: number;
  seconds: number;
}

/** Storage of the synthetic regions; `SyntheticRegionRepository` implements it. */
export interface SyntheticRegionStore {
  /**
   * Inserts the tree in bulk: ids reserved up front, materialized paths and depths computed in
   * memory, rows written in chunks. Returns the new ids in the order of `units`.
   */
  insertTree(units: SyntheticUnit[], now: string): Promise<number[]>;
  /** A bigger page cache while the ledger is written (SQLite); call the result to restore it. */
  enlargeCache(): Promise<() => Promise<void>>;
  /** The summary a completed run wrote for the region; undefined when the run did not finish. */
  findRunSummary(regionId: number): Promise<SyntheticRunSummary | undefined>;
}

/** The audit action of a completed synthetic run (one row per region, entity = its top unit). */
export const SYNTHETIC_AUDIT_ACTION = 'demo.synthetic';
