import { randomBytes } from 'node:crypto';
import pg from 'pg';
import { openDatabase, type DialectName, type Db } from '../src/server/db/database.js';
import { migrateToLatest } from '../src/server/db/migrate.js';

/** Every data-touching suite runs once per dialect. */
export const DIALECTS: DialectName[] = ['sqlite', 'postgres'];

export const TEST_DATABASE_URL = process.env.TEST_DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/test';

/** TEST_DATABASE_URL with another database name: where a test's own database lives. */
export function withDatabase(url: string, name: string): string {
  const u = new URL(url);
  u.pathname = `/${name}`;
  return u.toString();
}

/** One statement on a short-lived connection (CREATE/DROP DATABASE cannot run in a pool's transaction). */
export async function queryOn<Row extends object = Record<string, unknown>>(url: string, sql: string): Promise<Row[]> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    return (await client.query<Row>(sql)).rows;
  } finally {
    await client.end();
  }
}

export async function adminQuery(sql: string): Promise<void> {
  await queryOn(TEST_DATABASE_URL, sql);
}

async function untilNoConnections(database: string): Promise<void> {
  for (let i = 0; i < 100; i++) {
    const [row] = await queryOn<{ n: string }>(TEST_DATABASE_URL, `select count(*) as n from pg_stat_activity where datname = '${database}'`);
    if (Number(row?.n) === 0) return;
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}

export interface TestDatabase {
  db: Db;
  /** Connection string (PostgreSQL) or file (SQLite) for opening a second connection to the same data. */
  url: string | undefined;
  sqliteFile: string | undefined;
  drop(): Promise<void>;
}

/**
 * A fresh, migrated database of the given dialect: a throwaway PostgreSQL database created next to
 * TEST_DATABASE_URL's, or a SQLite file in the temp folder. `drop()` removes it.
 */
export async function createTestDatabase(dialect: DialectName, options: { sqliteFile?: string } = {}): Promise<TestDatabase> {
  if (dialect === 'postgres') {
    const name = `shiliu_test_${Date.now()}_${randomBytes(4).toString('hex')}`;
    await adminQuery(`create database ${name}`);
    const url = withDatabase(TEST_DATABASE_URL, name);
    const db = openDatabase({ databaseUrl: url, poolSize: 5 });
    await migrateToLatest(db);
    return {
      db,
      url,
      sqliteFile: undefined,
      drop: async () => {
        await db.close();
        // pg's pool.end() resolves before its sockets are gone; dropping then would kill a closing
        // connection mid-goodbye and surface as an unhandled error. Wait for the server to agree.
        await untilNoConnections(name);
        await adminQuery(`drop database if exists ${name} with (force)`);
      },
    };
  }
  const { mkdtempSync, rmSync } = await import('node:fs');
  const { tmpdir } = await import('node:os');
  const { join } = await import('node:path');
  const dir = mkdtempSync(join(tmpdir(), 'shiliu-test-'));
  const file = options.sqliteFile ?? join(dir, 'test.db');
  const db = openDatabase({ sqliteFile: file });
  await migrateToLatest(db);
  return {
    db,
    url: undefined,
    sqliteFile: file,
    drop: async () => {
      await db.close();
      rmSync(dir, { recursive: true, force: true });
    },
  };
}
