/**
 * The benchmark's DuckDB variant: the same live entries, exported from Shiliu's database in batches
 * (DuckDB's sqlite/postgres scanners are extensions it would download, which this machine cannot)
 * and appended into an in-memory DuckDB table, one column per indicator; then the same questions
 * as one columnar scan each.
 */
import { DuckDBDateValue, DuckDBInstance, type DuckDBConnection, type DuckDBPreparedStatement } from '@duckdb/node-api';
import type { Kysely } from 'kysely';
import { subtreeUpperBound } from '../src/domain/org-path.js';
import type { Database } from '../src/server/db/schema.js';
import { answerOf, type Answer, type BenchQuestion, type GroupMode } from './stats-questions.js';

const EXPORT_BATCH = 50_000;
const DAY_MS = 86_400_000;

export interface DuckLoad {
  duck: DuckStats;
  entries: number;
  units: number;
  /** Reading the batches from Shiliu's database and appending them, in seconds. */
  seconds: number;
}

interface EntryRow {
  id: number;
  org_unit_id: number;
  path: string;
  start_date: string;
  type_id: number;
  status: string;
}

export class DuckStats {
  private readonly prepared = new Map<string, DuckDBPreparedStatement>();

  private constructor(
    private readonly instance: DuckDBInstance,
    private readonly conn: DuckDBConnection,
    /** Every indicator of the catalogue gets a column `m<id>`. */
    private readonly indicatorIds: number[],
  ) {}

  /** Creates the tables and streams the ledger in; memory stays at one batch on the JS side. */
  static async load(db: Kysely<Database>): Promise<DuckLoad> {
    const started = performance.now();
    const indicatorIds = (await db.selectFrom('indicator').select('id').orderBy('id').execute()).map((r) => r.id);
    const instance = await DuckDBInstance.create(':memory:');
    const conn = await instance.connect();
    const duck = new DuckStats(instance, conn, indicatorIds);
    await conn.run('create table unit (id integer, parent_id integer, depth integer, path varchar)');
    const measureCols = indicatorIds.map((id) => `m${id} bigint`).join(', ');
    await conn.run(`create table entry (id integer, unit_id integer, path varchar, date date, type_id integer, status varchar, ${measureCols})`);

    const units = await db.selectFrom('org_unit').select(['id', 'parent_id', 'depth', 'path']).orderBy('id').execute();
    const unitAppender = await conn.createAppender('unit');
    for (const u of units) {
      unitAppender.appendInteger(u.id);
      if (u.parent_id === null) unitAppender.appendNull();
      else unitAppender.appendInteger(u.parent_id);
      unitAppender.appendInteger(Number(u.depth));
      unitAppender.appendVarchar(u.path);
      unitAppender.endRow();
    }
    unitAppender.closeSync();

    const column = new Map(indicatorIds.map((id, k) => [id, k]));
    const appender = await conn.createAppender('entry');
    let last = 0;
    let entries = 0;
    for (;;) {
      // Keyset pages in id order (the ledger's date order), joined to the unit's path.
      const rows: EntryRow[] = await db
        .selectFrom('activity as a')
        .innerJoin('org_unit as u', 'u.id', 'a.org_unit_id')
        .select(['a.id', 'a.org_unit_id', 'u.path', 'a.start_date', 'a.type_id', 'a.status'])
        .where('a.id', '>', last)
        .where('a.deleted_at', 'is', null)
        .orderBy('a.id')
        .limit(EXPORT_BATCH)
        .execute();
      if (rows.length === 0) break;
      const lo = rows[0]!.id;
      const hi = rows[rows.length - 1]!.id;
      const measures = await db
        .selectFrom('activity_measure')
        .select(['activity_id', 'indicator_id', 'value'])
        .where('activity_id', '>=', lo)
        .where('activity_id', '<=', hi)
        .execute();
      const values = new Map<number, Array<number | null>>();
      for (const m of measures) {
        let v = values.get(m.activity_id);
        if (!v) values.set(m.activity_id, (v = indicatorIds.map(() => null)));
        v[column.get(m.indicator_id)!] = Number(m.value);
      }
      for (const r of rows) {
        appender.appendInteger(r.id);
        appender.appendInteger(r.org_unit_id);
        appender.appendVarchar(r.path);
        appender.appendDate(new DuckDBDateValue(Date.parse(`${r.start_date}T00:00:00Z`) / DAY_MS));
        appender.appendInteger(r.type_id);
        appender.appendVarchar(r.status);
        const v = values.get(r.id);
        for (let k = 0; k < indicatorIds.length; k++) {
          const x = v?.[k];
          if (x === null || x === undefined) appender.appendNull();
          else appender.appendBigInt(BigInt(x));
        }
        appender.endRow();
      }
      appender.flushSync();
      entries += rows.length;
      last = hi;
    }
    appender.closeSync();
    return { duck, entries, units: units.length, seconds: (performance.now() - started) / 1000 };
  }

  /** Memory DuckDB holds for the tables, as it reports it. */
  async memoryMiB(): Promise<number> {
    const reader = await this.conn.runAndReadAll('select sum(memory_usage_bytes)::bigint as b from duckdb_memory()');
    return Number(reader.getRowsJS()[0]?.[0] ?? 0) / 2 ** 20;
  }

  private async statement(text: string): Promise<DuckDBPreparedStatement> {
    let p = this.prepared.get(text);
    if (!p) this.prepared.set(text, (p = await this.conn.prepare(text)));
    return p;
  }

  /** The question as one scan of `entry`; prepared statements are cached per shape, as an app would. */
  async answer(q: BenchQuestion, mode: GroupMode): Promise<Answer> {
    const after = q.org.path.length + 1;
    const g =
      mode === 'child'
        ? `case when path = $1 then '' else split_part(substr(path, ${after}), '/', 1) end`
        : mode === 'month'
          ? `strftime(date, '%Y-%m')`
          : mode === 'type'
            ? 'type_id::varchar'
            : undefined;
    const sums = q.indicators.map((i, k) => `sum(m${i.id})::bigint as v${k}`).join(', ');
    const text = `select ${g ? `${g} as g, ` : ''}count(*)::bigint as n, ${sums} from entry
      where path >= $1 and path < $2 and date between $3::date and $4::date and status = 'approved'${g ? ' group by 1' : ''}`;
    if (!q.indicators.every((i) => this.indicatorIds.includes(i.id))) throw new Error('indicator missing in DuckDB');
    const prepared = await this.statement(text);
    prepared.bind([q.org.path, subtreeUpperBound(q.org.path), q.from, q.to]);
    const reader = await prepared.runAndReadAll();
    const rows = reader.getRowObjectsJS();
    const vector = (r: Record<string, unknown>) => [Number(r.n ?? 0), ...q.indicators.map((_, k) => Number(r[`v${k}`] ?? 0))];
    if (!g) return answerOf(rows[0] ? vector(rows[0]) : [0, ...q.indicators.map(() => 0)], []);
    const groups = rows.map((r): [string, number[]] => [r.g === '' ? 'own' : String(r.g), vector(r)]);
    const totals = groups.reduce((sum, [, v]) => sum.map((x, i) => x + v[i]!), [0, ...q.indicators.map(() => 0)]);
    return answerOf(totals, groups);
  }

  close(): void {
    for (const p of this.prepared.values()) p.destroySync();
    this.conn.closeSync();
    this.instance.closeSync();
  }
}
