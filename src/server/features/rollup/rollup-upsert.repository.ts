import { CompiledQuery, sql, type Kysely } from 'kysely';
import type { Database } from '../../db/schema.js';
import { isPostgres } from '../../db/dialect.js';
import type { DeltaRow, RollupTable } from '../../../domain/rollup-delta.js';

export function periodColumn(t: RollupTable): 'day' | 'month' {
  return t.endsWith('day') ? 'day' : 'month';
}
export function dimensionColumn(t: RollupTable): 'type_id' | 'tag_id' {
  return t.startsWith('stat_tag') ? 'tag_id' : 'type_id';
}

const MAX_PARAMS = 30_000;

/**
 * Adds delta rows to a roll-up table in as few statements as possible: new keys are inserted, existing
 * ones incremented. A sum that comes to 0 is stored as NULL (one bitmap bit on PostgreSQL, not 8 bytes).
 * Rows whose count came to 0 are removed afterwards, so the store holds only what the ledger holds.
 */
export async function upsertDeltas(db: Kysely<Database>, table: RollupTable, unordered: DeltaRow[]): Promise<void> {
  if (unordered.length === 0) return;
  // Key order: concurrent writers (one moving an entry from A to B, another from B to A) then lock
  // shared rows in the same order and wait for each other instead of deadlocking on PostgreSQL.
  const rows = [...unordered].sort((a, b) => a.anc - b.anc || a.approved - b.approved || a.period - b.period || a.dim - b.dim);
  const slots = [...new Set(rows.flatMap((r) => [...r.sums.keys()]))].sort((a, b) => a - b);
  const period = periodColumn(table);
  const dim = dimensionColumn(table);
  const keyCols = ['anc_id', 'approved', period, dim];
  const cols = [...keyCols, 'n', ...slots.map((s) => `s${s}`)];
  const updates = ['n = t.n + excluded.n', ...slots.map((s) => `s${s} = nullif(coalesce(t.s${s}, 0) + coalesce(excluded.s${s}, 0), 0)`)].join(', ');
  const conflict = `on conflict (${keyCols.join(', ')}) do update set ${updates}`;
  const values = (r: DeltaRow) => [r.anc, r.approved, r.period, r.dim, r.n, ...slots.map((s) => r.sums.get(s) || null)];

  if (isPostgres(db)) {
    const types = ['int4', 'int2', 'int4', 'int4', 'int8', ...slots.map(() => 'int8')];
    for (let from = 0; from < rows.length; from += 10_000) {
      const chunk = rows.slice(from, from + 10_000).map(values);
      const arrays = cols.map((_, c) => sql`${sql.val(chunk.map((r) => r[c]))}::${sql.raw(types[c]!)}[]`);
      await sql`insert into ${sql.table(table)} as t (${sql.raw(cols.join(', '))}) select * from unnest(${sql.join(arrays)}) ${sql.raw(conflict)}`.execute(db);
    }
  } else {
    const perStatement = Math.floor(MAX_PARAMS / cols.length);
    const tuple = `(${cols.map(() => '?').join(',')})`;
    for (let from = 0; from < rows.length; from += perStatement) {
      const chunk = rows.slice(from, from + perStatement);
      const text = `insert into ${table} as t (${cols.join(', ')}) values ${chunk.map(() => tuple).join(',')} ${conflict}`;
      await db.executeQuery(CompiledQuery.raw(text, chunk.flatMap(values)));
    }
  }
  await deleteEmptied(
    db,
    table,
    rows.filter((r) => r.n < 0),
  );
}

/** Removes the rows a negative delta brought to zero entries (their sums are zero too). */
async function deleteEmptied(db: Kysely<Database>, table: RollupTable, rows: DeltaRow[]): Promise<void> {
  if (rows.length === 0) return;
  const key = `(anc_id, approved, ${periodColumn(table)}, ${dimensionColumn(table)})`;
  if (isPostgres(db)) {
    // PostgreSQL types the bound parameters of a VALUES list as text (then integer = text fails):
    // the keys go in as typed arrays, as in the upsert.
    for (let from = 0; from < rows.length; from += 10_000) {
      const chunk = rows.slice(from, from + 10_000);
      const arrays = sql.join([
        sql`${sql.val(chunk.map((r) => r.anc))}::int4[]`,
        sql`${sql.val(chunk.map((r) => r.approved))}::int2[]`,
        sql`${sql.val(chunk.map((r) => r.period))}::int4[]`,
        sql`${sql.val(chunk.map((r) => r.dim))}::int4[]`,
      ]);
      await sql`delete from ${sql.table(table)} where n = 0 and ${sql.raw(key)} in (select * from unnest(${arrays}))`.execute(db);
    }
    return;
  }
  for (let from = 0; from < rows.length; from += 5_000) {
    const chunk = rows.slice(from, from + 5_000);
    const tuples = sql.join(chunk.map((r) => sql`(${r.anc}, ${r.approved}, ${r.period}, ${r.dim})`));
    // Row values: SQLite matches a composite key against a VALUES list.
    await sql`delete from ${sql.table(table)} where n = 0 and ${sql.raw(key)} in (values ${tuples})`.execute(db);
  }
}
