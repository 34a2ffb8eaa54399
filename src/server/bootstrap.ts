// Database bootstrap for every entry point (CLI commands, the server, tests, benches).
// It must not import the HTTP stack: only `shiliu serve`/`start` load Fastify, through serve.ts.
import type { AppConfig } from './config.js';
import { createContainer, type Container } from './container.js';
import { openDatabase, sqliteFileIn, type Db } from './db/database.js';
import { migrateToLatest } from './db/migrate.js';
import { fillRollupAfterMigration } from './features/rollup/rollup-fill.repository.js';
import type { RollupTable } from './features/rollup/rollup.types.js';

/** Opens the configured database (SQLite file under the data directory unless DATABASE_URL says PostgreSQL). */
export function openConfiguredDatabase(config: AppConfig): Db {
  return openDatabase({ databaseUrl: config.databaseUrl, sqliteFile: sqliteFileIn(config.dataDir) });
}

export interface MigrationOutcome {
  /** Migrations applied by this run, in order. */
  applied: string[];
  /** Rows written per table when this run created the roll-up store and filled it from the ledger. */
  rollupFilled: Record<RollupTable, number> | undefined;
}

/** Brings the schema to the latest version, then fills what a migration created empty (the roll-up store). */
export async function migrateDatabase(database: Db): Promise<MigrationOutcome> {
  const applied = await migrateToLatest(database);
  return { applied, rollupFilled: await fillRollupAfterMigration(database.db, applied) };
}

export async function openContainer(config: AppConfig): Promise<Container> {
  const database = openConfiguredDatabase(config);
  try {
    await migrateDatabase(database);
  } catch (err) {
    await database.close();
    throw err;
  }
  return createContainer(database, config);
}
