import { sql, type Kysely, type RawBuilder } from 'kysely';
import { idsOfPath } from '../../../domain/org-path.js';
import { ROLLUP_TABLES, type RollupTable } from '../../../domain/rollup-delta.js';
import { bulkInsert } from '../../db/bulk-insert.js';
import { isPostgres } from '../../db/dialect.js';
import type { Database } from '../../db/schema.js';
import { dimensionColumn, periodColumn } from './rollup-upsert.repository.js';
import { ROLLUP_SLOTS, type RollupDifference, type RollupRebuildStore } from './rollup.types.js';

const SLOT_COLUMNS = Array.from({ length: ROLLUP_SLOTS }, (_, i) => `s${i + 1}`);

/**
 * Recomputes the roll-up store from the ledger with set-based SQL (`INSERT … SELECT … GROUP BY`),
 * for `shiliu stats rebuild` and `shiliu stats verify`. Runs inside the caller's transaction: the
 * scratch tables are temporary and dropped before it ends.
 */
export class RollupRebuildRepository implements RollupRebuildStore {
  constructor(private readonly db: Kysely<Database>) {}

  /** Replaces every roll-up row with what the ledger says. Returns the number of rows written per table. */
  async rebuild(): Promise<Record<RollupTable, number>> {
    await this.lockStore('exclusive');
    await this.prepareScratch();
    const counts = {} as Record<RollupTable, number>;
    for (const table of ROLLUP_TABLES) {
      await sql`delete from ${sql.table(table)}`.execute(this.db);
      await sql`insert into ${sql.table(table)} ${this.expectedRows(table)}`.execute(this.db);
      counts[table] = await this.count(sql.table(table));
    }
    await this.dropScratch();
    return counts;
  }

  /** Compares the store with a fresh computation; an empty list means they agree row for row. */
  async verify(): Promise<RollupDifference[]> {
    await this.lockStore('share');
    await this.prepareScratch();
    const differences: RollupDifference[] = [];
    for (const table of ROLLUP_TABLES) {
      const columns = sql.raw(this.columns(table).join(', '));
      await sql`drop table if exists tmp_expected`.execute(this.db);
      await sql`create temporary table tmp_expected as select ${columns} from ${sql.table(table)} where 1 = 0`.execute(this.db);
      await sql`insert into tmp_expected ${this.expectedRows(table)}`.execute(this.db);
      const stored = sql`select ${columns} from ${sql.table(table)}`;
      const expected = sql`select ${columns} from tmp_expected`;
      const extra = await this.count(sql`(${stored} except ${expected}) as d`);
      const missing = await this.count(sql`(${expected} except ${stored}) as d`);
      if (extra > 0 || missing > 0) differences.push({ table, extra, missing });
      await sql`drop table tmp_expected`.execute(this.db);
    }
    await this.dropScratch();
    return differences;
  }

  /**
   * PostgreSQL, read committed: ledger writers commit between our statements. Every ledger write
   * also writes the store, so locking the store tables holds them off: `exclusive` (rebuild) waits
   * for writers in flight and makes new ones wait at their store update, which they then apply on
   * top of the rebuilt rows; `share` (verify) lets nothing commit while ledger and store are
   * compared. Readers of the statistics are never blocked. SQLite: the transaction is the only writer.
   */
  private async lockStore(mode: 'exclusive' | 'share'): Promise<void> {
    if (!isPostgres(this.db)) return;
    await sql`lock table ${sql.join(ROLLUP_TABLES.map((t) => sql.table(t)))} in ${sql.raw(mode)} mode`.execute(this.db);
  }

  private columns(table: RollupTable): string[] {
    return ['anc_id', 'approved', periodColumn(table), dimensionColumn(table), 'n', ...SLOT_COLUMNS];
  }

  /** Every unit's ancestors (itself included), and every live entry with its measures pivoted to slot columns. */
  private async prepareScratch(): Promise<void> {
    await this.dropScratch();
    await sql`create temporary table tmp_stat_anc (unit_id integer not null, anc_id integer not null)`.execute(this.db);
    const units = await this.db.selectFrom('org_unit').select(['id', 'path']).execute();
    await bulkInsert(
      this.db as Kysely<Database>,
      'tmp_stat_anc',
      [
        ['unit_id', 'int4'],
        ['anc_id', 'int4'],
      ],
      units.flatMap((u) => idsOfPath(u.path).map((anc) => [u.id, anc])),
    );
    await sql`create index tmp_stat_anc_unit on tmp_stat_anc (unit_id)`.execute(this.db);
    const pivots = SLOT_COLUMNS.map((c, i) => `sum(case when i.stat_slot = ${i + 1} then m.value end) as ${c}`).join(', ');
    await sql`create temporary table tmp_stat_entry as
      select a.id, a.org_unit_id, case when a.status = 'approved' then 1 else 0 end as approved,
             cast(replace(a.start_date, '-', '') as integer) as day, a.type_id, ${sql.raw(pivots)}
      from activity a
      left join activity_measure m on m.activity_id = a.id
      left join indicator i on i.id = m.indicator_id
      where a.deleted_at is null
      group by a.id, a.org_unit_id, a.status, a.start_date, a.type_id`.execute(this.db);
  }

  private expectedRows(table: RollupTable): RawBuilder<unknown> {
    const period = periodColumn(table) === 'day' ? sql.raw('e.day') : sql.raw('e.day / 100');
    const sums = sql.raw(SLOT_COLUMNS.map((c) => `nullif(sum(e.${c}), 0)`).join(', '));
    const tagged = dimensionColumn(table) === 'tag_id';
    const dim = tagged ? sql.raw('t.tag_id') : sql.raw('e.type_id');
    const tagJoin = tagged ? sql`join activity_tag t on t.activity_id = e.id` : sql``;
    return sql`(${sql.raw(this.columns(table).join(', '))}) select c.anc_id, e.approved, ${period}, ${dim}, count(*), ${sums}
      from tmp_stat_entry e join tmp_stat_anc c on c.unit_id = e.org_unit_id ${tagJoin}
      group by c.anc_id, e.approved, ${period}, ${dim}`;
  }

  private async count(from: RawBuilder<unknown>): Promise<number> {
    const { rows } = await sql<{ n: number | string }>`select count(*) as n from ${from}`.execute(this.db);
    return Number(rows[0]?.n ?? 0);
  }

  private async dropScratch(): Promise<void> {
    await sql`drop table if exists tmp_stat_anc`.execute(this.db);
    await sql`drop table if exists tmp_stat_entry`.execute(this.db);
  }
}
