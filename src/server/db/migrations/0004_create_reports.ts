import type { Kysely } from 'kysely';
import { addIdColumn, notNull } from '../migration-helpers.js';

/**
 * Summary reports (总结汇报材料). The body (blocks and figure bindings) is one JSON document as
 * text on both databases: it is read and written whole, never queried inside. Every save moves
 * the body it replaces into `report_version`, so any earlier version can be restored.
 */
export async function up(db: Kysely<any>): Promise<void> {
  await addIdColumn(db, db.schema.createTable('report'))
    .addColumn('org_unit_id', 'integer', (c) => c.notNull().references('org_unit.id'))
    .addColumn('title', 'text', notNull)
    .addColumn('kind', 'text', notNull) // county | township | school | agency | enterprise | village | generic
    .addColumn('from_date', 'text', notNull) // YYYY-MM-DD
    .addColumn('to_date', 'text', notNull)
    .addColumn('body_json', 'text', notNull)
    .addColumn('version', 'integer', (c) => c.notNull().defaultTo(1))
    // How the current version came about (起草, 编辑, 刷新数字, 恢复第N版); moves to report_version with its body.
    .addColumn('version_note', 'text', (c) => c.notNull().defaultTo(''))
    .addColumn('created_by', 'integer', (c) => c.references('app_user.id'))
    .addColumn('created_at', 'text', notNull)
    .addColumn('updated_by', 'integer', (c) => c.references('app_user.id'))
    .addColumn('updated_at', 'text', notNull)
    // Soft removal: archived reports leave the list, and nothing is deleted.
    .addColumn('archived_at', 'text')
    .execute();
  await db.schema.createIndex('report_org_to_idx').on('report').columns(['org_unit_id', 'to_date']).execute();

  // Earlier versions: the body, title, author and time of version N as it was before version N+1 replaced it.
  await addIdColumn(db, db.schema.createTable('report_version'))
    .addColumn('report_id', 'integer', (c) => c.notNull().references('report.id'))
    .addColumn('version', 'integer', notNull)
    .addColumn('body_json', 'text', notNull)
    .addColumn('title', 'text', notNull)
    .addColumn('saved_by', 'integer', (c) => c.references('app_user.id'))
    .addColumn('saved_at', 'text', notNull)
    .addColumn('note', 'text', (c) => c.notNull().defaultTo(''))
    .execute();
  // Also what makes two concurrent saves of the same version collide instead of both landing.
  await db.schema.createIndex('report_version_unique').on('report_version').columns(['report_id', 'version']).unique().execute();
}

export async function down(db: Kysely<any>): Promise<void> {
  await db.schema.dropTable('report_version').execute();
  await db.schema.dropTable('report').execute();
}
