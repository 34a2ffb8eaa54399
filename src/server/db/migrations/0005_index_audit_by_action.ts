import type { Kysely } from 'kysely';

/**
 * Every statistics answer looks up the unit moves since its period began (`action = 'org.move'
 * and at >= ?`). The audit log grows with every ledger write, so without this index that lookup
 * scanned the log's whole recent history on every question.
 */
export async function up(db: Kysely<any>): Promise<void> {
  await db.schema.createIndex('audit_log_action_at_idx').on('audit_log').columns(['action', 'at']).execute();
}

export async function down(db: Kysely<any>): Promise<void> {
  await db.schema.dropIndex('audit_log_action_at_idx').execute();
}
