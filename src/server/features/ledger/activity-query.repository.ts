import { sql, type Expression, type ExpressionBuilder, type Kysely, type SqlBool } from 'kysely';
import type { ActivityStatus } from '../../../contracts/ledger.contract.js';
import type { StoredMeasure } from '../../../domain/measures.js';
import { subtreeUpperBound } from '../../../domain/org-path.js';
import { isPostgres } from '../../db/dialect.js';
import type { Database } from '../../db/schema.js';
import { containsText } from '../../db/text-search.js';
import type { ActivityListFilter, ActivitySummaryRecord, SearchTerm } from './activity.types.js';

type ListEb = ExpressionBuilder<Database, 'activity' | 'org_unit'>;

/**
 * Substring search over title, summary and place, shaped so each database uses its index.
 * SQLite: the FTS5 trigram table for 3+ characters; trigrams cannot index shorter terms, so
 * 2-character terms scan with LIKE. PostgreSQL: ILIKE on exactly the expression the pg_trgm GIN
 * index is built on. The ' ' separators stay SQL literals: as parameters the expression would only
 * match the index when planned with their values, not under a generic (reused) plan.
 */
export function textMatches(eb: ListEb, text: string, postgres: boolean): Expression<SqlBool> {
  if (postgres) {
    const pattern = `%${text.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
    return sql<SqlBool>`(${eb.ref('activity.title')} || ' ' || ${eb.ref('activity.summary')} || ' ' || ${eb.ref('activity.place')}) ilike ${pattern} escape '\\'`;
  }
  if ([...text].length >= 3) {
    const phrase = `"${text.replace(/"/g, '""')}"`;
    return sql<SqlBool>`${eb.ref('activity.id')} in (select rowid from activity_fts where activity_fts match ${phrase})`;
  }
  return eb.or([containsText(eb.ref('activity.title'), text), containsText(eb.ref('activity.summary'), text), containsText(eb.ref('activity.place'), text)]);
}

/**
 * The entry's unit is one of `ids`, passed as one array parameter (a search for a common word in
 * a large region can name thousands of units), in a form each database answers from the index on
 * activity.org_unit_id.
 */
function unitIn(eb: ListEb, ids: number[], postgres: boolean): Expression<SqlBool> {
  if (postgres) return sql<SqlBool>`${eb.ref('activity.org_unit_id')} = any(${ids}::integer[])`;
  return sql<SqlBool>`${eb.ref('activity.org_unit_id')} in (select value from json_each(${JSON.stringify(ids)}))`;
}

/** One search term: in the entry's text, in its unit's name, or a unit named by part of it plus the rest in the text. */
export function termMatches(eb: ListEb, term: SearchTerm, postgres: boolean): Expression<SqlBool> {
  const ways = [textMatches(eb, term.text, postgres)];
  if (term.unitIds.length > 0) ways.push(unitIn(eb, term.unitIds, postgres));
  for (const split of term.splits) ways.push(eb.and([unitIn(eb, split.unitIds, postgres), textMatches(eb, split.rest, postgres)]));
  return ways.length === 1 ? ways[0]! : eb.or(ways);
}

/** Every condition of a list query; the page and the count share it so `total` is exact. */
function filterWhere(f: ActivityListFilter, postgres: boolean) {
  return (eb: ListEb) => {
    const conds: Expression<SqlBool>[] = [
      // The subtree through the unit's path: one index range scan on org_unit.
      eb('org_unit.path', '>=', f.path),
      eb('org_unit.path', '<', subtreeUpperBound(f.path)),
      f.deleted ? eb('activity.deleted_at', 'is not', null) : eb('activity.deleted_at', 'is', null),
    ];
    if (f.typeIds) conds.push(f.typeIds.length > 0 ? eb('activity.type_id', 'in', f.typeIds) : sql<SqlBool>`1 = 0`);
    // An entry's date range overlaps [from, to].
    if (f.from) conds.push(eb('activity.end_date', '>=', f.from));
    if (f.to) conds.push(eb('activity.start_date', '<=', f.to));
    if (f.startFrom) conds.push(eb('activity.start_date', '>=', f.startFrom));
    if (f.startTo) conds.push(eb('activity.start_date', '<=', f.startTo));
    if (f.orgId !== undefined) conds.push(eb('activity.org_unit_id', '=', f.orgId));
    if (f.statuses && f.statuses.length > 0) conds.push(eb('activity.status', 'in', f.statuses));
    for (const tagId of f.tagIds ?? []) {
      conds.push(
        eb.exists(
          eb
            .selectFrom('activity_tag')
            .select('activity_tag.tag_id')
            .whereRef('activity_tag.activity_id', '=', 'activity.id')
            .where('activity_tag.tag_id', '=', tagId),
        ),
      );
    }
    if (f.hasEvidence !== undefined) conds.push(eb('activity.evidence_count', f.hasEvidence ? '>' : '=', 0));
    for (const term of f.terms ?? []) conds.push(termMatches(eb, term, postgres));
    if (f.excludeCreatedBy !== undefined) conds.push(eb.or([eb('activity.created_by', 'is', null), eb('activity.created_by', '<>', f.excludeCreatedBy)]));
    return eb.and(conds);
  };
}

const SORTS = {
  '-date': ['activity.start_date', 'desc'],
  date: ['activity.start_date', 'asc'],
  '-updated': ['activity.updated_at', 'desc'],
  updated: ['activity.updated_at', 'asc'],
} as const;

/** The per-entry lists a page shows (measures, tags, cover photo), loaded for the page's ids only. */
export async function loadEntryExtras(db: Kysely<Database>, ids: number[]) {
  const measures = new Map<number, StoredMeasure[]>();
  const tags = new Map<number, number[]>();
  const covers = new Map<number, number>();
  if (ids.length === 0) return { measures, tags, covers };
  const [measureRows, tagRows, coverRows] = await Promise.all([
    db
      .selectFrom('activity_measure')
      .innerJoin('indicator', 'indicator.id', 'activity_measure.indicator_id')
      .select(['activity_measure.activity_id', 'indicator.code', 'indicator.scale', 'activity_measure.value'])
      .where('activity_measure.activity_id', 'in', ids)
      .orderBy('indicator.sort_order')
      .orderBy('indicator.id')
      .execute(),
    db
      .selectFrom('activity_tag')
      .innerJoin('tag', 'tag.id', 'activity_tag.tag_id')
      .select(['activity_tag.activity_id', 'activity_tag.tag_id'])
      .where('activity_tag.activity_id', 'in', ids)
      .orderBy('tag.sort_order')
      .orderBy('tag.id')
      .execute(),
    db
      .selectFrom('evidence')
      .select(['evidence.activity_id', 'evidence.id'])
      .where('evidence.activity_id', 'in', ids)
      .where('evidence.kind', '=', 'photo')
      .where('evidence.has_thumbnail', '=', 1)
      .where('evidence.deleted_at', 'is', null)
      .orderBy('evidence.sort_order')
      .orderBy('evidence.id')
      .execute(),
  ]);
  for (const r of measureRows) {
    // bigint: PostgreSQL hands it back as a string.
    const m: StoredMeasure = { code: r.code, scale: Number(r.scale), value: Number(r.value) };
    measures.set(r.activity_id, [...(measures.get(r.activity_id) ?? []), m]);
  }
  for (const r of tagRows) tags.set(r.activity_id, [...(tags.get(r.activity_id) ?? []), r.tag_id]);
  for (const r of coverRows) if (r.activity_id !== null && !covers.has(r.activity_id)) covers.set(r.activity_id, r.id);
  return { measures, tags, covers };
}

interface SummaryRow {
  id: number;
  org_unit_id: number;
  org_name: string;
  org_path: string;
  type_id: number;
  type_name: string;
  category_name: string | null;
  title: string;
  start_date: string;
  end_date: string;
  place: string;
  organiser: string;
  summary: string;
  status: string;
  evidence_count: number | string;
  created_by: number | null;
  updated_at: string;
  deleted_at: string | null;
}

export function toSummaryRecord(r: SummaryRow, extras: Awaited<ReturnType<typeof loadEntryExtras>>): ActivitySummaryRecord {
  return {
    id: r.id,
    orgId: r.org_unit_id,
    orgName: r.org_name,
    orgPath: r.org_path,
    typeId: r.type_id,
    typeName: r.type_name,
    // Entries are recorded under a type of a category; a top-level type is its own category.
    categoryName: r.category_name ?? r.type_name,
    title: r.title,
    startDate: r.start_date,
    endDate: r.end_date,
    place: r.place,
    organiser: r.organiser,
    summary: r.summary,
    status: r.status as ActivityStatus,
    measures: extras.measures.get(r.id) ?? [],
    tagIds: extras.tags.get(r.id) ?? [],
    evidenceCount: Number(r.evidence_count),
    coverEvidenceId: extras.covers.get(r.id) ?? null,
    createdById: r.created_by,
    updatedAt: r.updated_at,
    deletedAt: r.deleted_at,
  };
}

/** Rows of an entry with its unit, type and category names: the shape list and detail share. */
export function selectEntries(db: Kysely<Database>) {
  return db
    .selectFrom('activity')
    .innerJoin('org_unit', 'org_unit.id', 'activity.org_unit_id')
    .innerJoin('activity_type as t', 't.id', 'activity.type_id')
    .leftJoin('activity_type as c', 'c.id', 't.parent_id')
    .selectAll('activity')
    .select(['org_unit.name as org_name', 'org_unit.path as org_path', 't.name as type_name', 'c.name as category_name']);
}

/** One page of entries and the exact number matching, without reading more than the page. */
export async function listActivities(db: Kysely<Database>, f: ActivityListFilter): Promise<{ items: ActivitySummaryRecord[]; total: number }> {
  const where = filterWhere(f, isPostgres(db));
  const [column, direction] = SORTS[f.sort];
  const [rows, count] = await Promise.all([
    selectEntries(db).where(where).orderBy(column, direction).orderBy('activity.id', direction).limit(f.limit).offset(f.offset).execute(),
    db
      .selectFrom('activity')
      .innerJoin('org_unit', 'org_unit.id', 'activity.org_unit_id')
      .select((eb) => eb.fn.countAll<number | string>().as('n'))
      .where(where)
      .executeTakeFirstOrThrow(),
  ]);
  const extras = await loadEntryExtras(
    db,
    rows.map((r) => r.id),
  );
  return { items: rows.map((r) => toSummaryRecord(r, extras)), total: Number(count.n) };
}
