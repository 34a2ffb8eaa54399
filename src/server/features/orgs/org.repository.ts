import { sql, type Kysely, type SelectQueryBuilder } from 'kysely';
import { childPath, depthOfPath, rootPath, subtreeUpperBound } from '../../../domain/org-path.js';
import { fromDbBool, toDbBool } from '../../db/columns.js';
import type { Database, OrgUnitRow } from '../../db/schema.js';
import { containsText } from '../../db/text-search.js';
import type { NewOrg, OrgKindRecord, OrgPatch, OrgRecord, OrgStore, OrgWithCounts } from './org.types.js';

type OrgQuery = SelectQueryBuilder<Database, 'org_unit', object>;

export function toOrgRecord(r: OrgUnitRow): OrgRecord {
  return {
    id: r.id,
    name: r.name,
    kind: r.kind,
    code: r.code,
    parentId: r.parent_id,
    path: r.path,
    depth: Number(r.depth),
    sortOrder: Number(r.sort_order),
    active: fromDbBool(r.active),
    createdAt: r.created_at,
    updatedAt: r.updated_at,
  };
}

export class OrgRepository implements OrgStore {
  constructor(private readonly db: Kysely<Database>) {}

  /** Rows with a count of their direct children (active ones only unless asked). */
  private withCounts(query: OrgQuery, includeInactive: boolean) {
    return query.selectAll('org_unit').select((eb) =>
      eb
        .selectFrom('org_unit as c')
        .select(eb.fn.countAll<number>().as('n'))
        .whereRef('c.parent_id', '=', 'org_unit.id')
        .$if(!includeInactive, (q) => q.where('c.active', '=', 1))
        .as('child_count'),
    );
  }

  private static mapCounted(r: OrgUnitRow & { child_count: number | string | null }): OrgWithCounts {
    return { ...toOrgRecord(r), childCount: Number(r.child_count ?? 0) };
  }

  async findById(id: number) {
    const r = await this.db.selectFrom('org_unit').selectAll().where('id', '=', id).executeTakeFirst();
    return r && toOrgRecord(r);
  }

  async findRoot() {
    const r = await this.db.selectFrom('org_unit').selectAll().where('parent_id', 'is', null).orderBy('id').executeTakeFirst();
    return r && toOrgRecord(r);
  }

  async listByIds(ids: number[]) {
    if (ids.length === 0) return [];
    const rows = await this.db.selectFrom('org_unit').selectAll().where('id', 'in', ids).execute();
    return rows.map(toOrgRecord);
  }

  async listChildren(parentId: number, includeInactive: boolean) {
    const rows = await this.withCounts(this.db.selectFrom('org_unit'), includeInactive)
      .where('org_unit.parent_id', '=', parentId)
      .$if(!includeInactive, (q) => q.where('org_unit.active', '=', 1))
      .orderBy('org_unit.sort_order')
      .orderBy('org_unit.id')
      .execute();
    return rows.map(OrgRepository.mapCounted);
  }

  async listSubtree(path: string, options: { maxDepth?: number; includeInactive: boolean }) {
    const rows = await this.withCounts(this.db.selectFrom('org_unit'), options.includeInactive)
      .where('org_unit.path', '>=', path)
      .where('org_unit.path', '<', subtreeUpperBound(path))
      .$if(options.maxDepth !== undefined, (q) => q.where('org_unit.depth', '<=', options.maxDepth!))
      .$if(!options.includeInactive, (q) => q.where('org_unit.active', '=', 1))
      .orderBy('org_unit.depth')
      .orderBy('org_unit.sort_order')
      .orderBy('org_unit.id')
      .execute();
    return rows.map(OrgRepository.mapCounted);
  }

  async searchByName(path: string, text: string, options: { includeInactive: boolean; limit: number }) {
    // A substring scan: names are short, and the subtree range bounds the rows it reads.
    const rows = await this.withCounts(this.db.selectFrom('org_unit'), options.includeInactive)
      .where('org_unit.path', '>=', path)
      .where('org_unit.path', '<', subtreeUpperBound(path))
      .where(containsText(sql.ref('org_unit.name'), text))
      .$if(!options.includeInactive, (q) => q.where('org_unit.active', '=', 1))
      .orderBy('org_unit.depth')
      .orderBy('org_unit.sort_order')
      .orderBy('org_unit.id')
      .limit(options.limit)
      .execute();
    return rows.map(OrgRepository.mapCounted);
  }

  async listIdsNameContaining(path: string, text: string) {
    const rows = await this.db
      .selectFrom('org_unit')
      .select('org_unit.id')
      .where('org_unit.path', '>=', path)
      .where('org_unit.path', '<', subtreeUpperBound(path))
      .where(containsText(sql.ref('org_unit.name'), text))
      .execute();
    return rows.map((r) => r.id);
  }

  async listNamed(path: string, names: string[]) {
    if (names.length === 0) return [];
    return this.db
      .selectFrom('org_unit')
      .select(['org_unit.id', 'org_unit.name'])
      .where('org_unit.path', '>=', path)
      .where('org_unit.path', '<', subtreeUpperBound(path))
      .where('org_unit.name', 'in', names)
      .execute();
  }

  async insert(org: NewOrg, now: string) {
    // The path contains the new id, which only the insert tells us: insert with a unique
    // placeholder, then set the real path in the same transaction.
    const placeholder = `#${now}#${Math.random()}`;
    const { id } = await this.db
      .insertInto('org_unit')
      .values({
        name: org.name,
        kind: org.kind,
        code: org.code,
        parent_id: org.parentId,
        path: placeholder,
        depth: 0,
        sort_order: org.sortOrder,
        active: 1,
        created_at: now,
        updated_at: now,
      })
      .returning('id')
      .executeTakeFirstOrThrow();
    const path = org.parentPath ? childPath(org.parentPath, id) : rootPath(id);
    const depth = depthOfPath(path);
    await this.db.updateTable('org_unit').set({ path, depth }).where('id', '=', id).execute();
    return (await this.findById(id))!;
  }

  async update(id: number, patch: OrgPatch, now: string) {
    await this.db
      .updateTable('org_unit')
      .set({
        ...(patch.name !== undefined && { name: patch.name }),
        ...(patch.kind !== undefined && { kind: patch.kind }),
        ...(patch.code !== undefined && { code: patch.code }),
        ...(patch.sortOrder !== undefined && { sort_order: patch.sortOrder }),
        ...(patch.active !== undefined && { active: toDbBool(patch.active) }),
        updated_at: now,
      })
      .where('id', '=', id)
      .execute();
  }

  async moveSubtree(id: number, newParentId: number, oldPath: string, newPath: string, depthDelta: number, now: string) {
    await this.db.updateTable('org_unit').set({ parent_id: newParentId, updated_at: now }).where('id', '=', id).execute();
    await this.db
      .updateTable('org_unit')
      .set((eb) => ({
        path: sql<string>`${newPath} || substr(${eb.ref('path')}, ${oldPath.length + 1})`,
        depth: sql<number>`${eb.ref('depth')} + ${depthDelta}`,
      }))
      .where('path', '>=', oldPath)
      .where('path', '<', subtreeUpperBound(oldPath))
      .execute();
  }

  async deactivateSubtree(path: string, now: string) {
    const result = await this.db
      .updateTable('org_unit')
      .set({ active: 0, updated_at: now })
      .where('path', '>=', path)
      .where('path', '<', subtreeUpperBound(path))
      .where('active', '=', 1)
      .executeTakeFirst();
    return Number(result.numUpdatedRows);
  }

  async remove(id: number) {
    await this.db.deleteFrom('org_unit').where('id', '=', id).execute();
  }

  async countChildren(id: number) {
    const r = await this.db
      .selectFrom('org_unit')
      .select((eb) => eb.fn.countAll<number>().as('n'))
      .where('parent_id', '=', id)
      .executeTakeFirstOrThrow();
    return Number(r.n);
  }

  async countDescendants(path: string) {
    const r = await this.db
      .selectFrom('org_unit')
      .select((eb) => eb.fn.countAll<number>().as('n'))
      .where('path', '>', path)
      .where('path', '<', subtreeUpperBound(path))
      .executeTakeFirstOrThrow();
    return Number(r.n);
  }

  async countUsersInSubtree(path: string) {
    const r = await this.db
      .selectFrom('app_user')
      .innerJoin('org_unit', 'org_unit.id', 'app_user.org_unit_id')
      .select((eb) => eb.fn.countAll<number>().as('n'))
      .where('org_unit.path', '>=', path)
      .where('org_unit.path', '<', subtreeUpperBound(path))
      .executeTakeFirstOrThrow();
    return Number(r.n);
  }

  async countUsersAt(id: number) {
    const r = await this.db
      .selectFrom('app_user')
      .select((eb) => eb.fn.countAll<number>().as('n'))
      .where('org_unit_id', '=', id)
      .executeTakeFirstOrThrow();
    return Number(r.n);
  }

  async findSiblingByName(parentId: number | null, name: string) {
    const r = await this.db
      .selectFrom('org_unit')
      .selectAll()
      .where('name', '=', name)
      .$if(parentId === null, (q) => q.where('parent_id', 'is', null))
      .$if(parentId !== null, (q) => q.where('parent_id', '=', parentId!))
      .executeTakeFirst();
    return r && toOrgRecord(r);
  }

  async findByCode(code: string) {
    const r = await this.db.selectFrom('org_unit').selectAll().where('code', '=', code).executeTakeFirst();
    return r && toOrgRecord(r);
  }

  async listKinds(): Promise<OrgKindRecord[]> {
    const rows = await this.db.selectFrom('org_kind').selectAll().orderBy('sort_order').execute();
    return rows.map((r) => ({ code: r.code, name: r.name, isArea: fromDbBool(r.is_area), sortOrder: Number(r.sort_order) }));
  }
}
