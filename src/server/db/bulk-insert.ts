import { CompiledQuery, sql, type Kysely } from 'kysely';
import { isPostgres } from './dialect.js';
import type { Database } from './schema.js';

/**
 * Many-row inserts for repositories that write thousands of rows at once (ledger import, demo and
 * synthetic data). Only repositories call these; they are Kysely helpers like text-search.ts.
 */

export type Cell = string | number | null;
/** Column name and its PostgreSQL type (for the arrays `unnest` reads). */
export type Column = [name: string, pgType: 'int4' | 'int8' | 'text'];

// Bound parameters per statement: SQLite allows 32766, PostgreSQL 65535. Stay below both.
const MAX_PARAMS = 30_000;
const PG_CHUNK = 10_000;

/**
 * `insert into t (a, b) values (?, ?), (?, ?)…` for `rows` rows. Full-size chunks are built once
 * per table and reused; the shorter last chunk of each call varies, so it is not kept.
 */
const sqliteStatements = new Map<string, string>();
function sqliteInsertText(table: string, columns: Column[], rows: number, full: boolean): string {
  const key = `${table}|${columns.map(([n]) => n).join(',')}`;
  const cached = full ? sqliteStatements.get(key) : undefined;
  if (cached) return cached;
  const quote = (name: string) => `"${name.replace(/"/g, '""')}"`;
  const tuple = `(${columns.map(() => '?').join(',')})`;
  const text = `insert into ${quote(table)} (${columns.map(([n]) => quote(n)).join(',')}) values ${Array.from({ length: rows }, () => tuple).join(',')}`;
  if (full) sqliteStatements.set(key, text);
  return text;
}

/**
 * Many rows per statement. PostgreSQL takes one array per column (`unnest`): a handful of
 * parameters however many rows, where a VALUES list would cost a planner pass over thousands.
 * SQLite takes a VALUES list, chunked below its bound-parameter limit; the statement text is
 * cached and sent precompiled, because building a 30,000-parameter query through Kysely's
 * builder costs more than SQLite spends inserting the rows.
 */
export async function bulkInsert(db: Kysely<Database>, table: string, columns: Column[], rows: Cell[][]): Promise<void> {
  if (isPostgres(db)) {
    const names = sql.join(columns.map(([name]) => sql.id(name)));
    for (let from = 0; from < rows.length; from += PG_CHUNK) {
      const chunk = rows.slice(from, from + PG_CHUNK);
      const arrays = columns.map(([, type], c) => sql`${sql.val(chunk.map((r) => r[c]))}::${sql.raw(type)}[]`);
      await sql`insert into ${sql.table(table)} (${names}) select * from unnest(${sql.join(arrays)})`.execute(db);
    }
    return;
  }
  const size = Math.max(1, Math.floor(MAX_PARAMS / columns.length));
  for (let from = 0; from < rows.length; from += size) {
    const count = Math.min(size, rows.length - from);
    const params: Cell[] = [];
    for (let r = from; r < from + count; r++) for (const cell of rows[r]!) params.push(cell);
    await db.executeQuery(CompiledQuery.raw(sqliteInsertText(table, columns, count, count === size), params));
  }
}

/**
 * Ids for `n` new rows of `table`, so that dependent rows (children, measures, tags) can be
 * written in bulk without reading the ids back row by row (RETURNING does not promise the order
 * of a multi-row insert). PostgreSQL hands them out from the identity sequence. On SQLite the
 * caller's transaction is the only writer (a second writer makes it fail with SQLITE_BUSY, never
 * collide), and ids continue after AUTOINCREMENT's high-water mark, as an ordinary insert would.
 */
export async function reserveIds(db: Kysely<Database>, table: 'activity' | 'org_unit', n: number): Promise<number[]> {
  if (n === 0) return [];
  if (isPostgres(db)) {
    const { rows } = await sql<{ id: string }>`select nextval(pg_get_serial_sequence(${table}, 'id')) as id from generate_series(1, ${n})`.execute(db);
    return rows.map((r) => Number(r.id)).sort((a, b) => a - b);
  }
  const { rows } = await sql<{
    top: number | null;
  }>`select max(coalesce((select seq from sqlite_sequence where name = ${table}), 0), coalesce((select max(id) from ${sql.table(table)}), 0)) as top`.execute(
    db,
  );
  const top = Number(rows[0]?.top ?? 0);
  return Array.from({ length: n }, (_, i) => top + 1 + i);
}

/** SQLite page cache for a bulk load, in KiB (the pragma's negative form). */
const BULK_CACHE_KIB = 256 * 1024;

/**
 * Gives this SQLite connection a 256 MiB page cache until the returned function restores the old
 * size. The default (2 MiB) is far smaller than the indexes of a million-entry ledger, and every
 * miss while inserting is a page read; measured at 1M entries it saves 5–10 %. Nothing on PostgreSQL,
 * whose shared buffers are the server's business.
 */
export async function enlargeSqliteCache(db: Kysely<Database>): Promise<() => Promise<void>> {
  if (isPostgres(db)) return async () => {};
  const { rows } = await sql<{ cache_size: number }>`pragma cache_size`.execute(db);
  const previous = Number(rows[0]?.cache_size ?? -2000);
  await sql.raw(`pragma cache_size = -${BULK_CACHE_KIB}`).execute(db);
  return async () => {
    await sql.raw(`pragma cache_size = ${previous}`).execute(db);
  };
}
