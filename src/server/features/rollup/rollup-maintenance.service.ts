import type { Transactor } from '../transactor.js';
import type { RollupDifference, RollupRebuildStore, RollupTable } from './rollup.types.js';

export interface RollupMaintenanceStores {
  rollupRebuild: RollupRebuildStore;
}

/**
 * Whole-store maintenance of the roll-up store (统计汇总) for the operator: recompute it from the
 * ledger, or check that it matches the ledger row for row. Each runs in one transaction, so it sees
 * one consistent ledger and its scratch tables live and die with it.
 */
export class RollupMaintenanceService {
  constructor(private readonly transact: Transactor<RollupMaintenanceStores>) {}

  /** Replaces every roll-up row with what the ledger says; rows written per table. */
  rebuild(): Promise<Record<RollupTable, number>> {
    return this.transact((s) => s.rollupRebuild.rebuild());
  }

  /** The tables where the store and the ledger disagree; empty when they agree. */
  verify(): Promise<RollupDifference[]> {
    return this.transact((s) => s.rollupRebuild.verify());
  }
}
