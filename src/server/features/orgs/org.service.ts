import type { CreateOrgBody, OrgTreeNode, OrgUnit, OrgUnitDetail, UpdateOrgBody } from '../../../contracts/org.contract.js';
import { canAdminister, inScope, requirePermission, type Actor, type RequestMeta } from '../../../domain/access.js';
import { ConflictError, ForbiddenError, InvalidError, NotFoundError } from '../../../domain/errors.js';
import { idsOfPath, isInSubtree } from '../../../domain/org-path.js';
import type { AuditStore } from '../audit/audit.types.js';
import type { RollupWriter } from '../rollup/rollup.types.js';
import type { Transactor } from '../transactor.js';
import { orgMessages as m } from './org.messages.js';
import type { OrgPatch, OrgRecord, OrgStore, OrgWithCounts } from './org.types.js';

export interface OrgStores {
  orgs: OrgStore;
  audit: AuditStore;
  /** A move carries its subtree's figures from the old ancestors to the new ones, in the same transaction. */
  rollup: Pick<RollupWriter, 'moveSubtree'>;
}

export function toOrgUnit(o: OrgWithCounts): OrgUnit {
  return {
    id: o.id,
    name: o.name,
    kind: o.kind,
    code: o.code,
    parentId: o.parentId,
    depth: o.depth,
    sortOrder: o.sortOrder,
    active: o.active,
    childCount: o.childCount,
    createdAt: o.createdAt,
    updatedAt: o.updatedAt,
  };
}

function auditView(o: OrgRecord) {
  return { name: o.name, kind: o.kind, code: o.code, parentId: o.parentId, sortOrder: o.sortOrder, active: o.active };
}

/** How a caller answers a unit that is missing or outside the actor's subtree: its own code, words and field. */
export interface OrgNotFound {
  code?: string;
  message?: string;
  /** The request field that named the unit (`/body/orgId`), listed as the field error. */
  pointer?: string;
}

/**
 * The unit if it exists inside the actor's subtree; otherwise NotFound (never Forbidden: a unit
 * outside the subtree does not exist for the actor). `org` is what the caller looked up.
 */
export function requireOrgInScope(actor: Actor, org: OrgRecord | undefined, notFound: OrgNotFound = {}): OrgRecord {
  if (org && inScope(actor, org.path)) return org;
  const message = notFound.message ?? m.notFound;
  throw new NotFoundError(notFound.code ?? 'ORG_NOT_FOUND', message, notFound.pointer === undefined ? undefined : [{ pointer: notFound.pointer, message }]);
}

/** Loads a unit by id and answers as `requireOrgInScope`; no id is no unit. */
export async function getOrgInScope(orgs: Pick<OrgStore, 'findById'>, actor: Actor, orgId: number | undefined, notFound: OrgNotFound = {}): Promise<OrgRecord> {
  return requireOrgInScope(actor, orgId === undefined ? undefined : await orgs.findById(orgId), notFound);
}

/** Org tree: browse, search and edit units inside the caller's subtree. */
export class OrgService {
  constructor(
    private readonly stores: OrgStores,
    private readonly transact: Transactor<OrgStores>,
  ) {}

  /** The unit if it exists inside the actor's subtree; otherwise NotFound (never Forbidden). */
  async getInScope(actor: Actor, id: number, stores: OrgStores = this.stores): Promise<OrgRecord> {
    return getOrgInScope(stores.orgs, actor, id);
  }

  async getDetail(actor: Actor, id: number): Promise<OrgUnitDetail> {
    const org = await this.getInScope(actor, id);
    // Breadcrumbs stop at the actor's own unit: what lies above it is outside their scope.
    const ancestorIds = idsOfPath(org.path).filter((aid) => aid !== org.id);
    const ancestors = (await this.stores.orgs.listByIds(ancestorIds))
      .filter((a) => inScope(actor, a.path))
      .sort((a, b) => a.depth - b.depth)
      .map((a) => ({ id: a.id, name: a.name }));
    const [childCount, descendantCount, userCount] = await Promise.all([
      this.stores.orgs.countChildren(org.id),
      this.stores.orgs.countDescendants(org.path),
      this.stores.orgs.countUsersInSubtree(org.path),
    ]);
    return { ...toOrgUnit({ ...org, childCount }), ancestors, descendantCount, userCount };
  }

  /** Children of `parentId`; without it, the actor's own unit as the single top entry. */
  async listChildren(actor: Actor, parentId: number | undefined, includeInactive: boolean): Promise<OrgWithCounts[]> {
    if (parentId === undefined) {
      const root = await this.getInScope(actor, actor.scope.rootOrgId);
      return [{ ...root, childCount: await this.stores.orgs.countChildren(root.id) }];
    }
    const parent = await this.getInScope(actor, parentId);
    return this.stores.orgs.listChildren(parent.id, includeInactive);
  }

  async search(actor: Actor, text: string, includeInactive: boolean, limit = 50) {
    const hits = await this.stores.orgs.searchByName(actor.scope.rootPath, text, { includeInactive, limit });
    return this.withPathNames(actor, hits);
  }

  /** Adds each hit's chain of names from the actor's unit down, for display ("城关镇 / 东风村"). */
  async withPathNames(actor: Actor, orgs: OrgWithCounts[]) {
    const ids = [...new Set(orgs.flatMap((o) => idsOfPath(o.path)))];
    const byId = new Map((await this.stores.orgs.listByIds(ids)).map((o) => [o.id, o]));
    return orgs.map((o) => ({
      ...toOrgUnit(o),
      pathNames: idsOfPath(o.path)
        .map((id) => byId.get(id))
        .filter((a): a is OrgRecord => !!a && inScope(actor, a.path))
        .map((a) => a.name),
    }));
  }

  async tree(actor: Actor, rootId: number | undefined, depth: number | undefined, includeInactive: boolean): Promise<OrgTreeNode> {
    const root = await this.getInScope(actor, rootId ?? actor.scope.rootOrgId);
    const rows = await this.stores.orgs.listSubtree(root.path, {
      includeInactive,
      ...(depth !== undefined && { maxDepth: root.depth + depth }),
    });
    const nodes = new Map<number, OrgTreeNode>();
    for (const row of rows) nodes.set(row.id, { ...toOrgUnit(row), children: [] });
    for (const row of rows) {
      if (row.id === root.id || row.parentId === null) continue;
      nodes.get(row.parentId)?.children.push(nodes.get(row.id)!);
    }
    const top = nodes.get(root.id);
    if (!top) throw new NotFoundError('ORG_NOT_FOUND', m.notFound);
    return top;
  }

  /** The contract view of a unit just written, with its current count of active children. */
  async toView(org: OrgRecord): Promise<OrgUnit> {
    return toOrgUnit({ ...org, childCount: await this.stores.orgs.countChildren(org.id) });
  }

  async listKinds() {
    return this.stores.orgs.listKinds();
  }

  async create(actor: Actor, body: CreateOrgBody, meta: RequestMeta = {}): Promise<OrgRecord> {
    requirePermission(actor, canAdminister, m.manage);
    return this.transact(async (s) => {
      const parent = await this.getParentInScope(actor, body.parentId, s);
      if (!parent.active) throw new ConflictError('ORG_PARENT_INACTIVE', m.addUnderInactive, [{ pointer: '/body/parentId', message: m.addUnderInactive }]);
      await this.assertKind(s, body.kind);
      await this.assertNameFree(s, parent.id, body.name, undefined);
      const code = body.code ?? null;
      if (code) await this.assertCodeFree(s, code, undefined);
      const sortOrder = body.sortOrder ?? (await s.orgs.countChildren(parent.id)) * 10;
      const org = await s.orgs.insert(
        { name: body.name, kind: body.kind, code, parentId: parent.id, parentPath: parent.path, sortOrder },
        new Date().toISOString(),
      );
      await s.audit.record({
        userId: actor.userId,
        action: 'org.create',
        entity: 'org_unit',
        entityId: org.id,
        orgUnitId: org.id,
        after: auditView(org),
        requestId: meta.requestId ?? null,
      });
      return org;
    });
  }

  /** Creates a top-level unit (a region's root). Only the system operator (the CLI) may. */
  async createRoot(actor: Actor, body: { name: string; kind: string; code?: string | null }): Promise<OrgRecord> {
    if (actor.userId !== null || actor.scope.rootPath !== '/') throw new ForbiddenError('ORG_ROOT_SYSTEM_ONLY', m.rootSystemOnly);
    return this.transact(async (s) => {
      await this.assertKind(s, body.kind);
      await this.assertNameFree(s, null, body.name, undefined);
      if (body.code) await this.assertCodeFree(s, body.code, undefined);
      const org = await s.orgs.insert(
        { name: body.name, kind: body.kind, code: body.code ?? null, parentId: null, parentPath: null, sortOrder: 0 },
        new Date().toISOString(),
      );
      await s.audit.record({ userId: null, action: 'org.create', entity: 'org_unit', entityId: org.id, orgUnitId: org.id, after: auditView(org) });
      return org;
    });
  }

  async update(actor: Actor, id: number, body: UpdateOrgBody, meta: RequestMeta = {}): Promise<OrgRecord> {
    requirePermission(actor, canAdminister, m.manage);
    return this.transact(async (s) => {
      const org = await this.getInScope(actor, id, s);
      const patch: OrgPatch = {};
      if (body.name !== undefined && body.name !== org.name) {
        await this.assertNameFree(s, org.parentId, body.name, org.id);
        patch.name = body.name;
      }
      if (body.kind !== undefined && body.kind !== org.kind) {
        await this.assertKind(s, body.kind);
        patch.kind = body.kind;
      }
      if (body.code !== undefined && (body.code ?? null) !== org.code) {
        const code = body.code || null;
        if (code) await this.assertCodeFree(s, code, org.id);
        patch.code = code;
      }
      if (body.sortOrder !== undefined) patch.sortOrder = body.sortOrder;
      const now = new Date().toISOString();
      if (body.active === false && org.active) {
        this.assertNotOwnRoot(actor, org);
        await s.orgs.deactivateSubtree(org.path, now);
      }
      if (body.active === true && !org.active) {
        const parent = org.parentId === null ? undefined : await s.orgs.findById(org.parentId);
        if (parent && !parent.active) throw new ConflictError('ORG_PARENT_INACTIVE', m.parentInactive);
        patch.active = true;
      }
      await s.orgs.update(org.id, patch, now);
      const after = (await s.orgs.findById(org.id))!;
      await s.audit.record({
        userId: actor.userId,
        action: 'org.update',
        entity: 'org_unit',
        entityId: org.id,
        orgUnitId: org.id,
        before: auditView(org),
        after: auditView(after),
        requestId: meta.requestId ?? null,
      });
      return after;
    });
  }

  /** Moves a unit with its whole subtree under another unit of the actor's scope, atomically. */
  async move(actor: Actor, id: number, newParentId: number, meta: RequestMeta = {}): Promise<OrgRecord> {
    requirePermission(actor, canAdminister, m.manage);
    return this.transact(async (s) => {
      const org = await this.getInScope(actor, id, s);
      const parent = await this.getParentInScope(actor, newParentId, s);
      this.assertNotOwnRoot(actor, org);
      if (isInSubtree(parent.path, org.path)) {
        throw new ConflictError('ORG_MOVE_CYCLE', m.moveIntoOwnSubtree, [{ pointer: '/body/parentId', message: m.moveIntoOwnSubtree }]);
      }
      if (parent.id === org.parentId) throw new ConflictError('ORG_MOVE_SAME_PARENT', m.moveToSameParent);
      if (!parent.active && org.active) throw new ConflictError('ORG_PARENT_INACTIVE', m.parentInactive);
      await this.assertNameFree(s, parent.id, org.name, org.id);
      const newPath = `${parent.path}${org.id}/`;
      await s.orgs.moveSubtree(org.id, parent.id, org.path, newPath, parent.depth + 1 - org.depth, new Date().toISOString());
      await s.rollup.moveSubtree(org.id, org.path, newPath);
      const after = (await s.orgs.findById(org.id))!;
      await s.audit.record({
        userId: actor.userId,
        action: 'org.move',
        entity: 'org_unit',
        entityId: org.id,
        orgUnitId: org.id,
        before: { parentId: org.parentId, path: org.path },
        after: { parentId: after.parentId, path: after.path },
        requestId: meta.requestId ?? null,
      });
      return after;
    });
  }

  /** Deactivates a unit and everything under it; nothing is deleted. */
  async deactivate(actor: Actor, id: number, meta: RequestMeta = {}): Promise<number> {
    requirePermission(actor, canAdminister, m.manage);
    return this.transact(async (s) => {
      const org = await this.getInScope(actor, id, s);
      this.assertNotOwnRoot(actor, org);
      if (!org.active) throw new ConflictError('ORG_ALREADY_INACTIVE', m.alreadyInactive);
      const n = await s.orgs.deactivateSubtree(org.path, new Date().toISOString());
      await s.audit.record({
        userId: actor.userId,
        action: 'org.deactivate',
        entity: 'org_unit',
        entityId: org.id,
        orgUnitId: org.id,
        before: { active: true },
        after: { active: false, unitsDeactivated: n },
        requestId: meta.requestId ?? null,
      });
      return n;
    });
  }

  /** Hard delete, allowed only for a unit created by mistake: no children, no users, no data. */
  async remove(actor: Actor, id: number, meta: RequestMeta = {}): Promise<void> {
    requirePermission(actor, canAdminister, m.manage);
    await this.transact(async (s) => {
      const org = await this.getInScope(actor, id, s);
      this.assertNotOwnRoot(actor, org);
      const children = await s.orgs.countChildren(org.id);
      if (children > 0) throw new ConflictError('ORG_HAS_CHILDREN', m.hasChildren(children));
      const users = await s.orgs.countUsersAt(org.id);
      if (users > 0) throw new ConflictError('ORG_HAS_USERS', m.hasUsers(users));
      await s.orgs.remove(org.id);
      await s.audit.record({
        userId: actor.userId,
        action: 'org.delete',
        entity: 'org_unit',
        entityId: org.id,
        orgUnitId: org.parentId,
        before: auditView(org),
        requestId: meta.requestId ?? null,
      });
    });
  }

  private async getParentInScope(actor: Actor, parentId: number, s: OrgStores): Promise<OrgRecord> {
    return getOrgInScope(s.orgs, actor, parentId, { code: 'ORG_PARENT_NOT_FOUND', message: m.parentNotFound, pointer: '/body/parentId' });
  }

  private assertNotOwnRoot(actor: Actor, org: OrgRecord) {
    if (org.id === actor.scope.rootOrgId) throw new ForbiddenError('ORG_OWN_ROOT', m.ownRootLocked);
  }

  private async assertKind(s: OrgStores, kind: string) {
    const kinds = await s.orgs.listKinds();
    if (!kinds.some((k) => k.code === kind)) {
      throw new InvalidError('ORG_KIND_UNKNOWN', m.unknownKind(kind), [{ pointer: '/body/kind', message: m.unknownKind(kind) }]);
    }
  }

  private async assertNameFree(s: OrgStores, parentId: number | null, name: string, selfId: number | undefined) {
    const other = await s.orgs.findSiblingByName(parentId, name);
    if (other && other.id !== selfId) {
      throw new ConflictError('ORG_NAME_TAKEN', m.nameTaken(name), [{ pointer: '/body/name', message: m.nameTaken(name) }]);
    }
  }

  private async assertCodeFree(s: OrgStores, code: string, selfId: number | undefined) {
    const other = await s.orgs.findByCode(code);
    if (other && other.id !== selfId) {
      throw new ConflictError('ORG_CODE_TAKEN', m.codeTaken(code), [{ pointer: '/body/code', message: m.codeTaken(code) }]);
    }
  }
}
