import type { Kysely } from 'kysely';
import { addIdColumn, notNull } from '../migration-helpers.js';

/**
 * User templates (自定义模板): an office's own .docx with Chinese placeholders, filled from the
 * statistics. The file itself is a content-addressed blob in the file store (as evidence is); the
 * row names it by sha256. `placeholders` is the JSON list of tags the template uses, as checked at
 * upload, read and written whole; `warnings` the JSON list of leftovers found in its own text at
 * upload (XX县, 20XX年, 小编…: told to the user, never a refusal). Templates are archived, never deleted.
 */
export async function up(db: Kysely<any>): Promise<void> {
  await addIdColumn(db, db.schema.createTable('report_template'))
    .addColumn('org_unit_id', 'integer', (c) => c.notNull().references('org_unit.id'))
    .addColumn('name', 'text', notNull)
    .addColumn('filename', 'text', notNull)
    .addColumn('size', 'integer', notNull)
    .addColumn('sha256', 'text', notNull)
    .addColumn('placeholders', 'text', notNull)
    .addColumn('warnings', 'text', notNull)
    .addColumn('created_at', 'text', notNull)
    .addColumn('created_by', 'integer', (c) => c.references('app_user.id'))
    .addColumn('archived_at', 'text')
    .addColumn('archived_by', 'integer', (c) => c.references('app_user.id'))
    .execute();
  await db.schema.createIndex('report_template_org_idx').on('report_template').column('org_unit_id').execute();
}

export async function down(db: Kysely<any>): Promise<void> {
  await db.schema.dropTable('report_template').execute();
}
