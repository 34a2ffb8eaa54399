import type { Kysely } from 'kysely';
import { subtreeUpperBound } from '../../../../domain/org-path.js';
import { fromDbBool } from '../../../db/columns.js';
import { bulkInsert, reserveIds, type Column } from '../../../db/bulk-insert.js';
import type { Database } from '../../../db/schema.js';
import { isRequired, toActivityTypeRecord, toIndicatorRecord, toTagRecord } from '../../catalogue/catalogue.rows.js';
import { RollupRepository } from '../../rollup/rollup.repository.js';
import type { RollupFacts } from '../../rollup/rollup.types.js';
import type {
  ActivityImportStore,
  BulkAudit,
  ExistingEntryKey,
  ImportCatalogue,
  ImportType,
  NewCampaignRow,
  NewLedgerEntry,
  ScopeUnit,
} from './activity-import.types.js';

/** The columns bulk inserts of entries write (exported for the write benchmark, which writes entries the same way). */
const ACTIVITY_COLUMNS: Column[] = [
  ['id', 'int4'],
  ['org_unit_id', 'int4'],
  ['type_id', 'int4'],
  ['title', 'text'],
  ['start_date', 'text'],
  ['end_date', 'text'],
  ['place', 'text'],
  ['organiser', 'text'],
  ['summary', 'text'],
  ['status', 'text'],
  ['return_reason', 'text'],
  ['evidence_count', 'int4'],
  ['version', 'int4'],
  ['created_by', 'int4'],
  ['created_at', 'text'],
  ['updated_by', 'int4'],
  ['updated_at', 'text'],
  ['submitted_at', 'text'],
  ['reviewed_by', 'int4'],
  ['reviewed_at', 'text'],
];
const MEASURE_COLUMNS: Column[] = [
  ['activity_id', 'int4'],
  ['indicator_id', 'int4'],
  ['value', 'int8'],
];
const TAG_COLUMNS: Column[] = [
  ['activity_id', 'int4'],
  ['tag_id', 'int4'],
];
const AUDIT_COLUMNS: Column[] = [
  ['at', 'text'],
  ['user_id', 'int4'],
  ['action', 'text'],
  ['entity', 'text'],
  ['entity_id', 'text'],
  ['org_unit_id', 'int4'],
  ['after_json', 'text'],
  ['request_id', 'text'],
];

/** Bulk ledger writes and the lookups an import validates against; the only Kysely of the import. */
export class ActivityImportRepository implements ActivityImportStore {
  constructor(private readonly db: Kysely<Database>) {}

  async loadCatalogue(): Promise<ImportCatalogue> {
    const [indicators, types, links, tags] = await Promise.all([
      this.db.selectFrom('indicator').selectAll().orderBy('sort_order').orderBy('id').execute(),
      this.db.selectFrom('activity_type').selectAll().orderBy('sort_order').orderBy('id').execute(),
      this.db.selectFrom('activity_type_indicator').selectAll().orderBy('type_id').orderBy('sort_order').execute(),
      this.db.selectFrom('tag').selectAll().orderBy('sort_order').orderBy('id').execute(),
    ]);
    const linksByType = new Map<number, ImportType['indicators']>();
    for (const l of links) {
      const list = linksByType.get(l.type_id) ?? [];
      list.push({ indicatorId: l.indicator_id, required: isRequired(l) });
      linksByType.set(l.type_id, list);
    }
    return {
      indicators: indicators.map(toIndicatorRecord),
      types: types.map((t) => ({ ...toActivityTypeRecord(t), indicators: linksByType.get(t.id) ?? [] })),
      tags: tags.map(toTagRecord),
    };
  }

  async listScopeUnits(path: string): Promise<ScopeUnit[]> {
    const rows = await this.db
      .selectFrom('org_unit')
      .select(['id', 'name', 'kind', 'parent_id', 'path', 'active'])
      .where('path', '>=', path)
      .where('path', '<', subtreeUpperBound(path))
      .orderBy('depth')
      .orderBy('sort_order')
      .orderBy('id')
      .execute();
    return rows.map((r) => ({ id: r.id, name: r.name, kind: r.kind, parentId: r.parent_id, path: r.path, active: fromDbBool(r.active) }));
  }

  async listUnitNames(ids: number[]): Promise<Map<number, string>> {
    if (ids.length === 0) return new Map();
    const rows = await this.db.selectFrom('org_unit').select(['id', 'name']).where('id', 'in', ids).execute();
    return new Map(rows.map((r) => [r.id, r.name]));
  }

  async listLiveEntryKeys(path: string, from: string, to: string): Promise<ExistingEntryKey[]> {
    const rows = await this.db
      .selectFrom('activity')
      .innerJoin('org_unit', 'org_unit.id', 'activity.org_unit_id')
      .select(['activity.id', 'activity.org_unit_id', 'activity.type_id', 'activity.title', 'activity.start_date'])
      .where('org_unit.path', '>=', path)
      .where('org_unit.path', '<', subtreeUpperBound(path))
      .where('activity.start_date', '>=', from)
      .where('activity.start_date', '<=', to)
      .where('activity.deleted_at', 'is', null)
      .execute();
    return rows.map((r) => ({ id: r.id, orgId: r.org_unit_id, typeId: r.type_id, title: r.title, startDate: r.start_date }));
  }

  async insertEntries(entries: NewLedgerEntry[], audit: BulkAudit | null): Promise<number[]> {
    if (entries.length === 0) return [];
    const ids = await insertEntryRows(this.db, entries);
    // Every bulk path (import, demo, synthetic) comes through here, inside its transaction: the
    // roll-up store takes the batch from memory, summed per key, instead of re-reading the rows.
    await new RollupRepository(this.db).add(entries.map(rollupFacts));
    if (audit === null) return ids;
    await bulkInsert(
      this.db,
      'audit_log',
      AUDIT_COLUMNS,
      entries.map((e, i) => [audit.at, audit.userId, audit.action, 'activity', String(ids[i]!), e.orgId, JSON.stringify(e.auditAfter), audit.requestId]),
    );
    return ids;
  }

  async countEntriesInSubtree(path: string): Promise<number> {
    const row = await this.db
      .selectFrom('activity')
      .innerJoin('org_unit', 'org_unit.id', 'activity.org_unit_id')
      .select((eb) => eb.fn.countAll().as('n'))
      .where('org_unit.path', '>=', path)
      .where('org_unit.path', '<', subtreeUpperBound(path))
      .executeTakeFirstOrThrow();
    return Number(row.n);
  }

  async ensureCampaigns(campaigns: NewCampaignRow[]): Promise<number> {
    let created = 0;
    for (const c of campaigns) {
      const existing = await this.db
        .selectFrom('campaign')
        .select('id')
        .where('org_unit_id', '=', c.orgId)
        .where('name', '=', c.name)
        .where('start_date', '=', c.startDate)
        .executeTakeFirst();
      if (existing) continue;
      await this.db.insertInto('campaign').values({ org_unit_id: c.orgId, name: c.name, start_date: c.startDate, end_date: c.endDate, active: 1 }).execute();
      created++;
    }
    return created;
  }

  async findUserIds(usernames: string[]): Promise<Map<string, number>> {
    if (usernames.length === 0) return new Map();
    const rows = await this.db.selectFrom('app_user').select(['id', 'username']).where('username', 'in', usernames).execute();
    return new Map(rows.map((r) => [r.username, r.id]));
  }
}

/**
 * Writes entries with their measures and tags (no roll-up, no audit) and returns their ids. The
 * import's insertEntries adds both; bench:stats calls this alone as its no-maintenance baseline.
 */
export async function insertEntryRows(db: Kysely<Database>, entries: NewLedgerEntry[]): Promise<number[]> {
  const ids = await reserveIds(db, 'activity', entries.length);
  await bulkInsert(
    db,
    'activity',
    ACTIVITY_COLUMNS,
    entries.map((e, i) => [
      ids[i]!,
      e.orgId,
      e.typeId,
      e.title,
      e.startDate,
      e.endDate,
      e.place,
      e.organiser,
      e.summary,
      e.status,
      e.returnReason,
      0,
      1,
      e.createdBy,
      e.createdAt,
      e.createdBy,
      e.createdAt,
      e.submittedAt,
      e.reviewedBy,
      e.reviewedAt,
    ]),
  );
  await bulkInsert(
    db,
    'activity_measure',
    MEASURE_COLUMNS,
    entries.flatMap((e, i) => e.measures.map((m) => [ids[i]!, m.indicatorId, m.value])),
  );
  await bulkInsert(
    db,
    'activity_tag',
    TAG_COLUMNS,
    entries.flatMap((e, i) => e.tagIds.map((tagId) => [ids[i]!, tagId])),
  );
  return ids;
}

/** What the roll-up store counts of a new entry. */
export function rollupFacts(e: NewLedgerEntry): RollupFacts {
  return { orgId: e.orgId, typeId: e.typeId, startDate: e.startDate, approved: e.status === 'approved', measures: e.measures, tagIds: e.tagIds };
}
