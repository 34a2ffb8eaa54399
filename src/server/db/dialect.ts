import { PostgresAdapter } from 'kysely';

/** True on PostgreSQL. Code branches on it only where the two dialects cannot share SQL. */
export function isPostgres(db: { getExecutor(): { adapter: unknown } }): boolean {
  return db.getExecutor().adapter instanceof PostgresAdapter;
}
