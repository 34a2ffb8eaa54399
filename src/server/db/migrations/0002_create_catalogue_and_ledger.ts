import { sql, type Kysely } from 'kysely';
import { addIdColumn, isPostgres, notNull } from '../migration-helpers.js';

// Frozen in time: the catalogue defaults as they were when the ledger was introduced. Later
// changes to the defaults are later migrations; admins' edits are data.
const INDICATORS: Array<[code: string, name: string, unit: string, kind: 'integer' | 'decimal' | 'money']> = [
  ['sessions', '场次', '场次', 'integer'],
  ['attendance', '参与人次', '人次', 'integer'],
  ['people', '参与人数', '人', 'integer'],
  ['households', '覆盖户数', '户', 'integer'],
  ['materials', '发放资料', '份', 'integer'],
  ['boards', '展板标语', '块(幅)', 'integer'],
  ['media_items', '媒体报道/信息', '条', 'integer'],
  ['deeds', '办好事实事', '件', 'integer'],
  ['pairs', '结对数', '对', 'integer'],
  ['teams', '队伍/团体', '个', 'integer'],
  ['projects', '项目', '项', 'integer'],
  ['dwellings', '住房', '套(户)', 'integer'],
  ['funds', '投入资金', '元', 'money'],
  ['disputes_resolved', '调处矛盾纠纷', '起', 'integer'],
];

type TypeSeed = [code: string, name: string, required: string[], optional: string[]];
const TYPES: Array<[code: string, name: string, children: TypeSeed[]]> = [
  [
    'edu',
    '宣传教育',
    [
      ['edu.lecture', '宣讲/报告会', ['sessions', 'attendance'], ['households', 'materials']],
      ['edu.training', '专题培训', ['sessions', 'attendance'], ['funds']],
      ['edu.forum', '大讲堂/专家讲座', ['sessions', 'attendance'], []],
      ['edu.contest', '知识竞赛/演讲比赛', ['sessions', 'people'], []],
      ['edu.classmeeting', '主题班会/队会', ['sessions', 'attendance'], []],
      ['edu.visit_base', '参观教育基地', ['attendance'], []],
      ['edu.materials', '宣传品发放/阵地建设', ['materials'], ['boards', 'funds']],
      ['edu.media', '媒体宣传(电视专栏、公众号)', ['media_items'], []],
      ['edu.language', '双语/语言文字学习', ['sessions', 'attendance'], []],
    ],
  ],
  [
    'exchange',
    '交往交流交融',
    [
      ['exchange.welfare_day', '民族团结公益日', ['sessions', 'attendance'], ['materials', 'deeds']],
      ['exchange.culture', '文艺演出/文体活动', ['sessions', 'attendance'], ['teams']],
      ['exchange.fellowship', '联谊交流', ['sessions', 'attendance'], []],
      ['exchange.pairing_visit', '结对交友走访', ['attendance'], ['households', 'deeds', 'funds']],
      ['exchange.volunteer', '志愿服务', ['sessions', 'people'], ['deeds']],
      ['exchange.condolence', '走访慰问', ['households'], ['attendance', 'funds']],
    ],
  ],
  [
    'org',
    '组织领导',
    [
      ['org.meeting', '领导小组会议/推进会', ['sessions'], []],
      ['org.inspection', '督查检查', ['sessions'], []],
      ['org.document', '制定方案/文件', [], ['projects']],
    ],
  ],
  [
    'dev',
    '发展与民生',
    [
      ['dev.project', '民生项目', ['projects', 'funds'], ['households', 'dwellings']],
      ['dev.counterpart', '对口支援/协作', ['projects'], ['funds', 'people']],
      ['dev.employment', '就业创业服务', ['sessions', 'people'], []],
    ],
  ],
  [
    'law',
    '依法治理',
    [
      ['law.dispute', '矛盾纠纷排查调处', ['disputes_resolved'], []],
      ['law.legal_edu', '法治宣传', ['sessions', 'attendance'], ['materials']],
    ],
  ],
  [
    'model',
    '典型培育',
    [
      ['model.honour', '评选表彰', [], ['people', 'teams']],
      ['model.demo_site', '示范点建设', [], ['projects', 'funds']],
    ],
  ],
];

const CARRIERS = ['进机关', '进乡镇', '进村(社区)', '进学校', '进企业', '进军(警)营', '进宗教活动场所', '进团场连队'];
const THEMES = ['民族团结进步年', '铸牢中华民族共同体意识', '中华民族一家亲', '民族团结一家亲', '石榴籽'];
const VOLUMES = ['组织领导', '制度机制', '计划总结', '宣传教育', '活动开展', '交往交流交融', '典型培育', '督查整改', '经费保障', '信息宣传'];

export async function up(db: Kysely<any>): Promise<void> {
  const pg = isPostgres(db);

  await addIdColumn(db, db.schema.createTable('indicator'))
    .addColumn('code', 'text', (c) => c.notNull().unique())
    .addColumn('name', 'text', notNull)
    .addColumn('unit', 'text', notNull)
    // integer: counts; decimal: two decimals; money: 元 with two decimals. Values are stored as
    // integers scaled by 10^scale (money in 分), never as floats.
    .addColumn('value_kind', 'text', notNull)
    .addColumn('scale', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('sort_order', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('active', 'integer', (c) => c.notNull().defaultTo(1))
    .execute();

  await addIdColumn(db, db.schema.createTable('activity_type'))
    .addColumn('code', 'text', (c) => c.notNull().unique())
    .addColumn('name', 'text', notNull)
    .addColumn('parent_id', 'integer', (c) => c.references('activity_type.id'))
    .addColumn('sort_order', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('active', 'integer', (c) => c.notNull().defaultTo(1))
    .execute();

  await db.schema
    .createTable('activity_type_indicator')
    .addColumn('type_id', 'integer', (c) => c.notNull().references('activity_type.id'))
    .addColumn('indicator_id', 'integer', (c) => c.notNull().references('indicator.id'))
    .addColumn('required', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('sort_order', 'integer', (c) => c.notNull().defaultTo(0))
    .addPrimaryKeyConstraint('activity_type_indicator_pk', ['type_id', 'indicator_id'])
    .execute();

  await addIdColumn(db, db.schema.createTable('tag'))
    .addColumn('kind', 'text', notNull) // carrier (八进) | theme | volume (台账卷)
    .addColumn('name', 'text', notNull)
    .addColumn('sort_order', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('active', 'integer', (c) => c.notNull().defaultTo(1))
    .addUniqueConstraint('tag_kind_name_unique', ['kind', 'name'])
    .execute();

  await addIdColumn(db, db.schema.createTable('campaign'))
    .addColumn('org_unit_id', 'integer', (c) => c.notNull().references('org_unit.id'))
    .addColumn('name', 'text', notNull)
    .addColumn('start_date', 'text', notNull)
    .addColumn('end_date', 'text', notNull)
    .addColumn('active', 'integer', (c) => c.notNull().defaultTo(1))
    .execute();
  await db.schema.createIndex('campaign_org_idx').on('campaign').columns(['org_unit_id', 'start_date']).execute();

  await addIdColumn(db, db.schema.createTable('activity'))
    .addColumn('org_unit_id', 'integer', (c) => c.notNull().references('org_unit.id'))
    .addColumn('type_id', 'integer', (c) => c.notNull().references('activity_type.id'))
    .addColumn('title', 'text', notNull)
    .addColumn('start_date', 'text', notNull)
    .addColumn('end_date', 'text', notNull)
    .addColumn('place', 'text', (c) => c.notNull().defaultTo(''))
    .addColumn('organiser', 'text', (c) => c.notNull().defaultTo(''))
    .addColumn('summary', 'text', (c) => c.notNull().defaultTo(''))
    .addColumn('status', 'text', notNull) // draft | submitted | approved | returned
    .addColumn('return_reason', 'text')
    .addColumn('evidence_count', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('version', 'integer', (c) => c.notNull().defaultTo(1))
    .addColumn('created_by', 'integer', (c) => c.references('app_user.id'))
    .addColumn('created_at', 'text', notNull)
    .addColumn('updated_by', 'integer', (c) => c.references('app_user.id'))
    .addColumn('updated_at', 'text', notNull)
    .addColumn('submitted_at', 'text')
    .addColumn('reviewed_by', 'integer', (c) => c.references('app_user.id'))
    .addColumn('reviewed_at', 'text')
    .addColumn('deleted_at', 'text')
    .addColumn('deleted_by', 'integer', (c) => c.references('app_user.id'))
    .execute();
  await db.schema.createIndex('activity_org_date_idx').on('activity').columns(['org_unit_id', 'start_date']).execute();
  await db.schema.createIndex('activity_date_idx').on('activity').columns(['start_date', 'id']).execute();
  await db.schema.createIndex('activity_status_idx').on('activity').columns(['status', 'start_date']).execute();
  await db.schema.createIndex('activity_type_idx').on('activity').column('type_id').execute();
  await db.schema.createIndex('activity_updated_idx').on('activity').columns(['updated_at', 'id']).execute();

  await db.schema
    .createTable('activity_measure')
    .addColumn('activity_id', 'integer', (c) => c.notNull().references('activity.id'))
    .addColumn('indicator_id', 'integer', (c) => c.notNull().references('indicator.id'))
    .addColumn('value', 'bigint', notNull) // scaled by the indicator's scale (money in 分)
    .addPrimaryKeyConstraint('activity_measure_pk', ['activity_id', 'indicator_id'])
    .execute();

  await db.schema
    .createTable('activity_tag')
    .addColumn('activity_id', 'integer', (c) => c.notNull().references('activity.id'))
    .addColumn('tag_id', 'integer', (c) => c.notNull().references('tag.id'))
    .addPrimaryKeyConstraint('activity_tag_pk', ['activity_id', 'tag_id'])
    .execute();
  await db.schema.createIndex('activity_tag_tag_idx').on('activity_tag').columns(['tag_id', 'activity_id']).execute();

  // Evidence files: content-addressed blobs (by sha256) referenced by evidence rows. A file is
  // uploaded first (scoped to the uploader's unit) and attached to an entry when it is saved.
  await addIdColumn(db, db.schema.createTable('evidence'))
    .addColumn('sha256', 'text', notNull)
    .addColumn('filename', 'text', notNull)
    .addColumn('mime', 'text', notNull)
    .addColumn('size', 'integer', notNull)
    .addColumn('kind', 'text', notNull) // photo | document | signin_sheet
    .addColumn('caption', 'text', (c) => c.notNull().defaultTo(''))
    .addColumn('has_thumbnail', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('org_unit_id', 'integer', (c) => c.notNull().references('org_unit.id'))
    .addColumn('activity_id', 'integer', (c) => c.references('activity.id'))
    .addColumn('sort_order', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('created_by', 'integer', (c) => c.references('app_user.id'))
    .addColumn('created_at', 'text', notNull)
    .addColumn('deleted_at', 'text')
    .execute();
  await db.schema.createIndex('evidence_activity_idx').on('evidence').columns(['activity_id', 'sort_order']).execute();
  await db.schema.createIndex('evidence_sha_idx').on('evidence').column('sha256').execute();

  // Chinese substring search over title, summary and place (see docs/ARCHITECTURE.md).
  if (pg) {
    await sql`create extension if not exists pg_trgm`.execute(db);
    await sql`create index activity_search_trgm_idx on activity using gin ((title || ' ' || summary || ' ' || place) gin_trgm_ops)`.execute(db);
  } else {
    await sql`create virtual table activity_fts using fts5(title, summary, place, content='activity', content_rowid='id', tokenize='trigram')`.execute(db);
    await sql`create trigger activity_fts_ai after insert on activity begin
      insert into activity_fts(rowid, title, summary, place) values (new.id, new.title, new.summary, new.place); end`.execute(db);
    await sql`create trigger activity_fts_ad after delete on activity begin
      insert into activity_fts(activity_fts, rowid, title, summary, place) values ('delete', old.id, old.title, old.summary, old.place); end`.execute(db);
    await sql`create trigger activity_fts_au after update of title, summary, place on activity begin
      insert into activity_fts(activity_fts, rowid, title, summary, place) values ('delete', old.id, old.title, old.summary, old.place);
      insert into activity_fts(rowid, title, summary, place) values (new.id, new.title, new.summary, new.place); end`.execute(db);
  }

  // Seed the default catalogue.
  await db
    .insertInto('indicator')
    .values(
      INDICATORS.map(([code, name, unit, kind], i) => ({
        code,
        name,
        unit,
        value_kind: kind,
        scale: kind === 'integer' ? 0 : 2,
        sort_order: i * 10,
        active: 1,
      })),
    )
    .execute();
  const indicatorIds = new Map<string, number>(
    (await db.selectFrom('indicator').select(['id', 'code']).execute()).map((r: { id: number; code: string }) => [r.code, r.id]),
  );
  for (const [ci, [code, name, children]] of TYPES.entries()) {
    const { id: parentId } = await db
      .insertInto('activity_type')
      .values({ code, name, parent_id: null, sort_order: ci * 10, active: 1 })
      .returning('id')
      .executeTakeFirstOrThrow();
    for (const [ti, [childCode, childName, required, optional]] of children.entries()) {
      const { id } = await db
        .insertInto('activity_type')
        .values({ code: childCode, name: childName, parent_id: parentId, sort_order: ti * 10, active: 1 })
        .returning('id')
        .executeTakeFirstOrThrow();
      const links = [...required.map((c) => [c, 1] as const), ...optional.map((c) => [c, 0] as const)];
      if (links.length === 0) continue;
      await db
        .insertInto('activity_type_indicator')
        .values(links.map(([c, req], i) => ({ type_id: id, indicator_id: indicatorIds.get(c)!, required: req, sort_order: i * 10 })))
        .execute();
    }
  }
  const tags = [...CARRIERS.map((n) => ['carrier', n]), ...THEMES.map((n) => ['theme', n]), ...VOLUMES.map((n) => ['volume', n])];
  await db
    .insertInto('tag')
    .values(tags.map(([kind, name], i) => ({ kind, name, sort_order: i * 10, active: 1 })))
    .execute();
}

export async function down(db: Kysely<any>): Promise<void> {
  if (!isPostgres(db)) {
    for (const t of ['activity_fts_ai', 'activity_fts_ad', 'activity_fts_au']) await sql`drop trigger if exists ${sql.raw(t)}`.execute(db);
    await sql`drop table if exists activity_fts`.execute(db);
  }
  for (const t of ['evidence', 'activity_tag', 'activity_measure', 'activity', 'campaign', 'tag', 'activity_type_indicator', 'activity_type', 'indicator']) {
    await db.schema.dropTable(t).execute();
  }
}
