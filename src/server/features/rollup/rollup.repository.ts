import { sql, type Kysely } from 'kysely';
import { idsOfPath } from '../../../domain/org-path.js';
import { changeDeltas, countsUnchanged, moveDeltas, ROLLUP_TABLES, type DeltaRow, type RollupFacts, type RollupTable } from '../../../domain/rollup-delta.js';
import { isPostgres } from '../../db/dialect.js';
import type { Database } from '../../db/schema.js';
import { dimensionColumn, periodColumn, upsertDeltas } from './rollup-upsert.repository.js';
import { ROLLUP_SLOTS, type RollupWriter } from './rollup.types.js';

const ID_CHUNK = 5_000;

/**
 * Maintains the roll-up store inside the caller's transaction. Every entry adds to the rows of each
 * ancestor of its unit (itself included), once per day row and once per month row, under its type
 * and under each of its tags. Deltas are summed in memory first, so a batch of thousands of entries
 * becomes one upsert per distinct key.
 */
export class RollupRepository implements RollupWriter {
  constructor(private readonly db: Kysely<Database>) {}

  async snapshot(ids: number[]): Promise<RollupFacts[]> {
    const facts: RollupFacts[] = [];
    for (let i = 0; i < ids.length; i += ID_CHUNK) {
      const chunk = ids.slice(i, i + ID_CHUNK);
      const [entries, measures, tags] = await Promise.all([
        this.db
          .selectFrom('activity')
          .select(['id', 'org_unit_id', 'type_id', 'start_date', 'status'])
          .where('id', 'in', chunk)
          .where('deleted_at', 'is', null)
          .execute(),
        this.db.selectFrom('activity_measure').select(['activity_id', 'indicator_id', 'value']).where('activity_id', 'in', chunk).execute(),
        this.db.selectFrom('activity_tag').select(['activity_id', 'tag_id']).where('activity_id', 'in', chunk).execute(),
      ]);
      const byId = new Map<number, RollupFacts>();
      for (const e of entries) {
        const f: RollupFacts = {
          orgId: e.org_unit_id,
          typeId: e.type_id,
          startDate: e.start_date,
          approved: e.status === 'approved',
          measures: [],
          tagIds: [],
        };
        byId.set(e.id, f);
        facts.push(f);
      }
      // bigint: PostgreSQL hands it back as a string.
      for (const m of measures) byId.get(m.activity_id)?.measures.push({ indicatorId: m.indicator_id, value: Number(m.value) });
      for (const t of tags) byId.get(t.activity_id)?.tagIds.push(t.tag_id);
    }
    return facts;
  }

  /** Adds freshly inserted entries (bulk imports, demo and synthetic data). */
  async add(entries: RollupFacts[]): Promise<void> {
    await this.applyChange([], entries);
  }

  async applyChange(before: RollupFacts[], after: RollupFacts[]): Promise<void> {
    // Nothing counted changed (a title, a submit): no reads, no locks, no writes.
    if (countsUnchanged(before, after)) return;
    const orgIds = [...new Set([...before, ...after].map((f) => f.orgId))];
    const indicatorIds = [...new Set([...before, ...after].flatMap((f) => f.measures.map((m) => m.indicatorId)))];
    const [ancestors, slots] = await Promise.all([this.ancestorsOf(orgIds), this.slotsOf(indicatorIds)]);
    const deltas = changeDeltas(before, after, { ancestors, slots });
    for (const table of ROLLUP_TABLES) await upsertDeltas(this.db, table, deltas.get(table)!);
  }

  async moveSubtree(rootId: number, oldPath: string, newPath: string): Promise<void> {
    for (const table of ROLLUP_TABLES) {
      // The subtree root's own rows are exactly what its subtree contributes to every ancestor.
      // FOR SHARE (PostgreSQL): a rebuild in flight holds the table; read its rows, not the old ones.
      const rows = await this.db
        .selectFrom(table)
        .selectAll()
        .where('anc_id', '=', rootId)
        .$if(isPostgres(this.db), (q) => q.forShare())
        .execute();
      const moved = rows.map((r) => rowToDelta(table, r));
      await upsertDeltas(this.db, table, moveDeltas(rootId, idsOfPath(oldPath), idsOfPath(newPath), moved));
    }
  }

  /**
   * The ancestors by each unit's path. PostgreSQL: read FOR SHARE, so a move of the subtree (which
   * updates these rows, then carries the subtree's figures) and this write wait for each other;
   * otherwise a write could add to the old ancestors after the move had read the figures it carries.
   * SQLite has one writer at a time, so nothing interleaves there.
   */
  private async ancestorsOf(orgIds: number[]): Promise<Map<number, number[]>> {
    const result = new Map<number, number[]>();
    const postgres = isPostgres(this.db);
    for (let i = 0; i < orgIds.length; i += ID_CHUNK) {
      const rows = await this.db
        .selectFrom('org_unit')
        .select(['id', 'path'])
        .where('id', 'in', orgIds.slice(i, i + ID_CHUNK))
        .$if(postgres, (q) => q.forShare())
        .execute();
      for (const r of rows) result.set(r.id, idsOfPath(r.path));
    }
    return result;
  }

  /** Indicator id → its sum column, given at creation (catalogue) and never changed; new indicators appear, so no cache. */
  private async slotsOf(indicatorIds: number[]): Promise<Map<number, number>> {
    if (indicatorIds.length === 0) return new Map();
    const rows = await this.db.selectFrom('indicator').select(['id', 'stat_slot']).where('id', 'in', indicatorIds).execute();
    const slots = new Map<number, number>();
    for (const r of rows) {
      if (r.stat_slot === null || r.stat_slot < 1 || r.stat_slot > ROLLUP_SLOTS) throw new Error(`indicator ${r.id} has no roll-up column`);
      slots.set(r.id, r.stat_slot);
    }
    return slots;
  }
}

type AnyRollupRow = Record<string, number | string | null | undefined>;

function rowToDelta(table: RollupTable, r: AnyRollupRow): DeltaRow {
  const sums = new Map<number, number>();
  for (let s = 1; s <= ROLLUP_SLOTS; s++) {
    const v = r[`s${s}`];
    if (v !== null && v !== undefined && Number(v) !== 0) sums.set(s, Number(v));
  }
  const period = r[periodColumn(table)];
  const dim = r[dimensionColumn(table)];
  return { anc: Number(r.anc_id), approved: Number(r.approved), period: Number(period), dim: Number(dim), n: Number(r.n), sums };
}

/** Lets tests and `stats verify` read every row of a table without knowing its columns. */
export async function readAllRows(db: Kysely<Database>, table: RollupTable): Promise<DeltaRow[]> {
  const { rows } = await sql<AnyRollupRow>`select * from ${sql.table(table)}`.execute(db);
  return rows.map((r) => rowToDelta(table, r));
}
