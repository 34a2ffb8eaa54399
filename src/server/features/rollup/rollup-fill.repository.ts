import type { Kysely } from 'kysely';
import type { Database } from '../../db/schema.js';
import { RollupRebuildRepository } from './rollup-rebuild.repository.js';
import type { RollupTable } from './rollup.types.js';

/** The migration that creates the roll-up store, empty. */
export const ROLLUP_STORE_MIGRATION = '0003_create_stats_and_targets';

/**
 * Fills the roll-up store from the ledger when the migration run that just finished created it: a
 * database upgraded with entries already in it must not start with empty statistics. One
 * transaction; returns the rows written per table, or undefined when that migration did not run.
 * The migration itself has committed by then, so a failure here says how to finish by hand.
 */
export async function fillRollupAfterMigration(db: Kysely<Database>, applied: string[]): Promise<Record<RollupTable, number> | undefined> {
  if (!applied.includes(ROLLUP_STORE_MIGRATION)) return undefined;
  try {
    return await db.transaction().execute((trx) => new RollupRebuildRepository(trx).rebuild());
  } catch (err) {
    throw new Error(`统计汇总生成失败（${err instanceof Error ? err.message : String(err)}），请运行 shiliu stats rebuild`, { cause: err });
  }
}
