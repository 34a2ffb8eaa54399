import type { Kysely } from 'kysely';
import { addIdColumn, binaryTextType, notNull } from '../migration-helpers.js';

// Frozen in time: this file must keep producing the same schema, so it copies its seed data
// rather than importing today's defaults.
const DEFAULT_ORG_KINDS: Array<[code: string, name: string, isArea: number]> = [
  ['province', '省(自治区)', 1],
  ['prefecture', '州(地区、市)', 1],
  ['county', '县(市、区)', 1],
  ['township', '乡镇', 1],
  ['street', '街道', 1],
  ['village', '村', 1],
  ['community', '社区', 1],
  ['agency', '机关', 0],
  ['school', '学校', 0],
  ['enterprise', '企业', 0],
  ['religious_venue', '宗教活动场所', 0],
  ['barracks', '军(警)营', 0],
  ['corps_farm', '团场连队', 0],
  ['park', '园区', 0],
  ['building', '楼宇', 0],
  ['hospital', '医院', 0],
  ['social_org', '社会组织', 0],
  ['other', '其他', 0],
];

export async function up(db: Kysely<any>): Promise<void> {
  await db.schema
    .createTable('org_kind')
    .addColumn('code', 'text', (c) => c.primaryKey())
    .addColumn('name', 'text', notNull)
    .addColumn('is_area', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('sort_order', 'integer', (c) => c.notNull().defaultTo(0))
    .execute();
  await db
    .insertInto('org_kind')
    .values(DEFAULT_ORG_KINDS.map(([code, name, isArea], i) => ({ code, name, is_area: isArea, sort_order: i * 10 })))
    .execute();

  await addIdColumn(db, db.schema.createTable('org_unit'))
    .addColumn('name', 'text', notNull)
    .addColumn('kind', 'text', (c) => c.notNull().references('org_kind.code'))
    .addColumn('code', 'text')
    .addColumn('parent_id', 'integer', (c) => c.references('org_unit.id'))
    .addColumn('path', binaryTextType(db), notNull)
    .addColumn('depth', 'integer', notNull)
    .addColumn('sort_order', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('active', 'integer', (c) => c.notNull().defaultTo(1))
    .addColumn('created_at', 'text', notNull)
    .addColumn('updated_at', 'text', notNull)
    .execute();
  await db.schema.createIndex('org_unit_path_idx').on('org_unit').column('path').unique().execute();
  await db.schema.createIndex('org_unit_parent_idx').on('org_unit').columns(['parent_id', 'sort_order']).execute();
  await db.schema.createIndex('org_unit_sibling_name_idx').on('org_unit').columns(['parent_id', 'name']).unique().execute();
  await db.schema.createIndex('org_unit_code_idx').on('org_unit').column('code').unique().execute();
  await db.schema.createIndex('org_unit_name_idx').on('org_unit').column('name').execute();

  await addIdColumn(db, db.schema.createTable('app_user'))
    .addColumn('username', 'text', (c) => c.notNull().unique())
    .addColumn('display_name', 'text', notNull)
    .addColumn('org_unit_id', 'integer', (c) => c.notNull().references('org_unit.id'))
    .addColumn('password_hash', 'text', notNull)
    .addColumn('active', 'integer', (c) => c.notNull().defaultTo(1))
    .addColumn('must_change_password', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('last_login_at', 'text')
    .addColumn('created_at', 'text', notNull)
    .addColumn('updated_at', 'text', notNull)
    .execute();
  await db.schema.createIndex('app_user_org_idx').on('app_user').column('org_unit_id').execute();

  await db.schema
    .createTable('user_role')
    .addColumn('user_id', 'integer', (c) => c.notNull().references('app_user.id'))
    .addColumn('role', 'text', notNull)
    .addPrimaryKeyConstraint('user_role_pk', ['user_id', 'role'])
    .execute();

  await db.schema
    .createTable('session')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('user_id', 'integer', (c) => c.notNull().references('app_user.id'))
    .addColumn('created_at', 'text', notNull)
    .addColumn('expires_at', 'text', notNull)
    .addColumn('last_seen_at', 'text', notNull)
    .execute();
  await db.schema.createIndex('session_user_idx').on('session').column('user_id').execute();

  await db.schema
    .createTable('login_throttle')
    .addColumn('key', 'text', (c) => c.primaryKey())
    .addColumn('failures', 'integer', notNull)
    .addColumn('window_start', 'text', notNull)
    .addColumn('locked_until', 'text')
    .execute();

  await addIdColumn(db, db.schema.createTable('audit_log'))
    .addColumn('at', 'text', notNull)
    .addColumn('user_id', 'integer')
    .addColumn('action', 'text', notNull)
    .addColumn('entity', 'text', notNull)
    .addColumn('entity_id', 'text', notNull)
    .addColumn('org_unit_id', 'integer')
    .addColumn('before_json', 'text')
    .addColumn('after_json', 'text')
    .addColumn('request_id', 'text')
    .execute();
  await db.schema.createIndex('audit_log_entity_idx').on('audit_log').columns(['entity', 'entity_id', 'id']).execute();
  await db.schema.createIndex('audit_log_at_idx').on('audit_log').column('at').execute();
}

export async function down(db: Kysely<any>): Promise<void> {
  for (const t of ['audit_log', 'login_throttle', 'session', 'user_role', 'app_user', 'org_unit', 'org_kind']) {
    await db.schema.dropTable(t).execute();
  }
}
