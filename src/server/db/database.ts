import fs from 'node:fs';
import path from 'node:path';
import SQLite from 'better-sqlite3';
import { Kysely, PostgresDialect, SqliteDialect, sql } from 'kysely';
import pg from 'pg';
import type { Database } from './schema.js';

export type DialectName = 'sqlite' | 'postgres';

export interface Db {
  db: Kysely<Database>;
  dialect: DialectName;
  /** One round trip, so a dead connection shows up in the health check rather than on a user's request. */
  ping(): Promise<void>;
  close(): Promise<void>;
}

export interface DbOptions {
  /** `postgres://…` selects PostgreSQL; anything else (or nothing) the embedded SQLite file. */
  databaseUrl?: string | undefined;
  /** SQLite file; `:memory:` for throwaway databases. */
  sqliteFile?: string;
  poolSize?: number;
}

export function isPostgresUrl(url: string | undefined): url is string {
  return !!url && /^postgres(ql)?:\/\//.test(url);
}

export function sqliteFileIn(dataDir: string): string {
  return path.join(dataDir, 'shiliu.db');
}

export function openDatabase(options: DbOptions): Db {
  if (isPostgresUrl(options.databaseUrl)) {
    // JIT off: it compiles any query the planner costs high, which for a roll-up read summing 32
    // columns over a county's rows added 50–400 ms to a 5 ms answer (bench:stats, PostgreSQL).
    const pool = new pg.Pool({ connectionString: options.databaseUrl, max: options.poolSize ?? 10, options: '-c jit=off' });
    // An idle connection dropped by the server (restart, failover) emits 'error' on the pool; unheard,
    // it would crash the process. The pool replaces the connection on the next query.
    pool.on('error', (err) => console.error(`PostgreSQL 连接中断：${err.message}`));
    const db = new Kysely<Database>({ dialect: new PostgresDialect({ pool }) });
    return { db, dialect: 'postgres', ping: () => ping(db), close: () => db.destroy() };
  }
  const file = options.sqliteFile ?? ':memory:';
  if (file !== ':memory:') fs.mkdirSync(path.dirname(file), { recursive: true });
  const sqlite = new SQLite(file);
  // WAL lets readers proceed during a write; busy_timeout makes a second process wait, not fail.
  sqlite.pragma('journal_mode = WAL');
  sqlite.pragma('foreign_keys = ON');
  sqlite.pragma('busy_timeout = 5000');
  sqlite.pragma('synchronous = NORMAL');
  // 64 MiB page cache (default 2 MiB): statistics writes touch roll-up pages of every ancestor, and
  // at a million entries those no longer fit the default cache, so each write would read them back.
  sqlite.pragma('cache_size = -65536');
  const db = new Kysely<Database>({ dialect: new SqliteDialect({ database: sqlite }) });
  return { db, dialect: 'sqlite', ping: () => ping(db), close: () => db.destroy() };
}

async function ping(db: Kysely<Database>): Promise<void> {
  await sql`select 1`.execute(db);
}
