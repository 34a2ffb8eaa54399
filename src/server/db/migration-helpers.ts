import { sql, type ColumnDefinitionBuilder, type CreateTableBuilder, type Kysely } from 'kysely';
import { isPostgres } from './dialect.js';

export { isPostgres };

/** Auto-increment integer primary key: identity on PostgreSQL, rowid alias on SQLite. */
export function addIdColumn<T extends string>(db: Kysely<unknown>, table: CreateTableBuilder<T>): CreateTableBuilder<T> {
  return isPostgres(db)
    ? table.addColumn('id', 'integer', (c) => c.primaryKey().generatedByDefaultAsIdentity())
    : table.addColumn('id', 'integer', (c) => c.primaryKey().autoIncrement());
}

/**
 * Text compared byte by byte. Path prefixes are range-scanned (`path >= p AND path < p'`), which
 * only holds under a binary collation; SQLite's default is binary, PostgreSQL's follows the locale.
 */
export function binaryTextType(db: Kysely<unknown>) {
  return isPostgres(db) ? sql`text collate "C"` : sql`text`;
}

export const notNull = (c: ColumnDefinitionBuilder) => c.notNull();
