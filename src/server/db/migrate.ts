import { Migrator, type Migration, type MigrationResultSet } from 'kysely';
import type { Db } from './database.js';
import * as m0001 from './migrations/0001_create_org_and_accounts.js';
import * as m0002 from './migrations/0002_create_catalogue_and_ledger.js';
import * as m0003 from './migrations/0003_create_stats_and_targets.js';
import * as m0004 from './migrations/0004_create_reports.js';
import * as m0005 from './migrations/0005_index_audit_by_action.js';
import * as m0006 from './migrations/0006_create_report_templates.js';

// Listed statically so the compiled build needs no directory scanning; the key order is the run order.
const MIGRATIONS: Record<string, Migration> = {
  '0001_create_org_and_accounts': m0001,
  '0002_create_catalogue_and_ledger': m0002,
  '0003_create_stats_and_targets': m0003,
  '0004_create_reports': m0004,
  '0005_index_audit_by_action': m0005,
  '0006_create_report_templates': m0006,
};

export class MigrationError extends Error {
  constructor(
    message: string,
    readonly migrationName?: string,
    override readonly cause?: unknown,
  ) {
    super(message);
  }
}

/** Brings the schema to the latest version; throws (never exits 0) when a step fails. */
export async function migrateToLatest({ db }: Db): Promise<string[]> {
  const migrator = new Migrator({ db, provider: { getMigrations: async () => MIGRATIONS } });
  const result: MigrationResultSet = await migrator.migrateToLatest();
  const failed = result.results?.find((r) => r.status === 'Error');
  if (result.error || failed) {
    throw new MigrationError(
      `数据库迁移失败${failed ? `（${failed.migrationName}）` : ''}：${String((result.error as Error | undefined)?.message ?? result.error)}`,
      failed?.migrationName,
      result.error,
    );
  }
  return (result.results ?? []).filter((r) => r.status === 'Success').map((r) => r.migrationName);
}
