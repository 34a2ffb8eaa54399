import { sql } from 'kysely';
import { describe, expect, it } from 'vitest';
import { openDatabase } from './database.js';
import { TEST_DATABASE_URL } from '../../../test-support/databases.js';

describe('database connections', () => {
  it('turns PostgreSQL JIT off on every pooled connection, so statistics reads are not compiled on the fly', async () => {
    const d = openDatabase({ databaseUrl: TEST_DATABASE_URL, poolSize: 3 });
    try {
      // Several at once, so more than one pooled connection answers.
      const answers = await Promise.all(Array.from({ length: 3 }, () => sql<{ jit: string }>`show jit`.execute(d.db)));
      expect(answers.map((a) => a.rows[0]?.jit)).toEqual(['off', 'off', 'off']);
    } finally {
      await d.close();
    }
  });

  it('gives SQLite WAL, foreign keys and a 64 MiB page cache', async () => {
    const d = openDatabase({ sqliteFile: ':memory:' });
    try {
      const cache = await sql<{ cache_size: number }>`pragma cache_size`.execute(d.db);
      const fk = await sql<{ foreign_keys: number }>`pragma foreign_keys`.execute(d.db);
      expect(Number(cache.rows[0]?.cache_size)).toBe(-65536);
      expect(Number(fk.rows[0]?.foreign_keys)).toBe(1);
    } finally {
      await d.close();
    }
  });
});
