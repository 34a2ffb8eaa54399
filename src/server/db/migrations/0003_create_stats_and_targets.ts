import { sql, type Kysely } from 'kysely';
import { addIdColumn, isPostgres, notNull } from '../migration-helpers.js';

// Frozen copy of the slot count at the time of this migration; widening is a later migration.
const SLOTS = 32;

/**
 * The roll-up store: per ancestor unit × approved flag × day or month × activity type (or tag),
 * the entry count `n` and one sum column per indicator slot. See docs/ARCHITECTURE.md "Statistics".
 */
async function createRollupTable(db: Kysely<any>, name: string, period: 'day' | 'month', dimension: 'type_id' | 'tag_id') {
  let table = db.schema
    .createTable(name)
    .addColumn('anc_id', 'integer', notNull)
    .addColumn('approved', 'smallint', notNull)
    .addColumn(period, 'integer', notNull)
    .addColumn(dimension, 'integer', notNull)
    .addColumn('n', 'bigint', notNull);
  // Sums stay NULL for "nothing recorded": PostgreSQL stores a NULL in one bitmap bit, a 0 in eight bytes.
  for (let s = 1; s <= SLOTS; s++) table = table.addColumn(`s${s}`, 'bigint');
  table = table.addPrimaryKeyConstraint(`${name}_pk`, ['anc_id', 'approved', period, dimension]);
  // SQLite: store rows in key order (no rowid B-tree plus a second index), as the calibration measured.
  if (!isPostgres(db)) table = table.modifyEnd(sql`without rowid`);
  await table.execute();
}

export async function up(db: Kysely<any>): Promise<void> {
  // Each indicator owns one sum column of the roll-up tables (s1..s32), assigned once and never reused.
  await db.schema.alterTable('indicator').addColumn('stat_slot', 'integer').execute();
  const indicators = await db.selectFrom('indicator').select('id').orderBy('id').execute();
  for (const [i, row] of indicators.entries()) {
    await db
      .updateTable('indicator')
      .set({ stat_slot: i + 1 })
      .where('id', '=', row.id)
      .execute();
  }
  await db.schema.createIndex('indicator_stat_slot_unique').on('indicator').column('stat_slot').unique().execute();

  await createRollupTable(db, 'stat_day', 'day', 'type_id');
  await createRollupTable(db, 'stat_month', 'month', 'type_id');
  await createRollupTable(db, 'stat_tag_day', 'day', 'tag_id');
  await createRollupTable(db, 'stat_tag_month', 'month', 'tag_id');

  // Coverage ("which units reported in the period") is one index probe per unit, not a scan of entries.
  await db.schema
    .createIndex('activity_coverage_idx')
    .on('activity')
    .columns(['org_unit_id', 'start_date', 'status'])
    .where(sql.ref('deleted_at'), 'is', null)
    .execute();

  // Targets (目标任务): a goal for a unit's own figures, or one a unit sets for each of its
  // descendants of a kind (every school: ≥ 1 主题班会 a month).
  await addIdColumn(db, db.schema.createTable('target'))
    .addColumn('org_unit_id', 'integer', (c) => c.notNull().references('org_unit.id'))
    .addColumn('year', 'integer', notNull)
    // NULL: count entries; otherwise the indicator summed.
    .addColumn('indicator_id', 'integer', (c) => c.references('indicator.id'))
    // NULL: any activity type; otherwise a type or a category (then all its types).
    .addColumn('type_id', 'integer', (c) => c.references('activity_type.id'))
    .addColumn('period', 'text', notNull) // year | half | quarter | month
    .addColumn('amount', 'bigint', notNull) // per period, scaled like the indicator (money in 分)
    .addColumn('applies_to', 'text', notNull) // self | descendants
    .addColumn('child_kind', 'text') // org_kind code when applies_to = descendants; NULL = every descendant
    .addColumn('note', 'text', (c) => c.notNull().defaultTo(''))
    .addColumn('active', 'integer', (c) => c.notNull().defaultTo(1))
    .addColumn('version', 'integer', (c) => c.notNull().defaultTo(1))
    .addColumn('created_by', 'integer', (c) => c.references('app_user.id'))
    .addColumn('created_at', 'text', notNull)
    .addColumn('updated_by', 'integer', (c) => c.references('app_user.id'))
    .addColumn('updated_at', 'text', notNull)
    .execute();
  await db.schema.createIndex('target_org_year_idx').on('target').columns(['org_unit_id', 'year']).execute();
}

export async function down(db: Kysely<any>): Promise<void> {
  await db.schema.dropTable('target').execute();
  await db.schema.dropIndex('activity_coverage_idx').execute();
  for (const t of ['stat_day', 'stat_month', 'stat_tag_day', 'stat_tag_month']) await db.schema.dropTable(t).execute();
  await db.schema.dropIndex('indicator_stat_slot_unique').execute();
  await db.schema.alterTable('indicator').dropColumn('stat_slot').execute();
}
