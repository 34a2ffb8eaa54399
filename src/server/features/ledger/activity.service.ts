import type { Activity, ActivityPage, CreateActivityBody, HistoryEntry, ListActivitiesQuery, UpdateActivityBody } from '../../../contracts/ledger.contract.js';
import { canAdminister, canRecord, canReview, requirePermission, type Actor, type RequestMeta } from '../../../domain/access.js';
import { allowedActions } from '../../../domain/activity-workflow.js';
import { ConflictError } from '../../../domain/errors.js';
import { toDisplayMeasures, type ScaledMeasure } from '../../../domain/measures.js';
import { getOrgInScope } from '../orgs/org.service.js';
import type { Transactor } from '../transactor.js';
import {
  checkDates,
  checkEvidence,
  checkMeasures,
  checkOrg,
  checkTags,
  checkType,
  getEntryInScope,
  InputProblems,
  loadSnapshot,
  reloadSnapshot,
  trackRollup,
  unique,
  type LedgerStores,
} from './activity-checks.service.js';
import { resolveSearch } from './activity-search.service.js';
import { applyTransition } from './activity-review.service.js';
import type { ActivityListFilter, ActivityPatch, ActivityRecord, LedgerExportRow } from './activity.types.js';
import { UnitPathNamer } from './export/unit-path-namer.js';
import { auditEntry, entryFacts, toActivity, toActivitySummary, type Snapshot } from './activity.view.js';
import { ACTION_LABELS, ledgerMessages as m } from './ledger.messages.js';

const DEFAULT_PAGE_SIZE = 20;

type FixedFilter = Pick<ActivityListFilter, 'deleted' | 'sort' | 'statuses' | 'excludeCreatedBy'>;

/** Refuses an edit or delete the entry's state or the actor's roles do not allow. */
function assertEditable(actor: Actor, e: ActivityRecord, what: 'edit' | 'delete') {
  requirePermission(actor, canRecord, m.record);
  if (e.deletedAt !== null) throw new ConflictError('ACTIVITY_DELETED', m.deleted);
  if (allowedActions(actor, entryFacts(e))[what]) return;
  if (e.status === 'approved') throw new ConflictError('ACTIVITY_LOCKED', m.locked);
  throw new ConflictError('ACTIVITY_NOT_EDITABLE', m.notEditable(e.status));
}

/** The work ledger (工作台账): entries of the caller's subtree, their edits, deletion and history. */
export class ActivityService {
  constructor(
    private readonly stores: LedgerStores,
    private readonly transact: Transactor<LedgerStores>,
  ) {}

  async get(actor: Actor, id: number): Promise<Activity> {
    return toActivity(actor, await loadSnapshot(this.stores, await getEntryInScope(actor, this.stores, id)));
  }

  /** A filtered, sorted page of the subtree's entries; `deleted=true` is the admins' recycle bin. */
  async list(actor: Actor, q: ListActivitiesQuery): Promise<ActivityPage> {
    if (q.deleted === 'true') requirePermission(actor, canAdminister, m.listDeleted);
    return this.page(actor, q, { deleted: q.deleted === 'true', sort: q.sort ?? '-date' });
  }

  /**
   * A reviewer's queue: submitted entries of their subtree that they may decide on, i.e. not
   * entered by themselves. Oldest first by default, so nothing waits at the bottom.
   */
  async reviewQueue(actor: Actor, q: ListActivitiesQuery): Promise<ActivityPage> {
    requirePermission(actor, canReview, m.review);
    return this.page(actor, q, {
      deleted: false,
      statuses: ['submitted'],
      sort: q.sort ?? 'updated',
      ...(actor.userId !== null && { excludeCreatedBy: actor.userId }),
    });
  }

  /** A page of entries for a filter another service resolved against the caller's scope (statistics drill-down). */
  async listResolved(filter: Omit<ActivityListFilter, 'offset' | 'limit'>, page: number, pageSize: number): Promise<ActivityPage> {
    const { items, total } = await this.stores.activities.list({ ...filter, offset: (page - 1) * pageSize, limit: pageSize });
    return { items: items.map(toActivitySummary), total, page, pageSize };
  }

  private async page(actor: Actor, q: ListActivitiesQuery, fixed: FixedFilter): Promise<ActivityPage> {
    const page = q.page ?? 1;
    const pageSize = q.pageSize ?? DEFAULT_PAGE_SIZE;
    const filter = await this.resolveFilter(actor, q, fixed);
    const { items, total } = await this.stores.activities.list({ ...filter, offset: (page - 1) * pageSize, limit: pageSize });
    return { items: items.map(toActivitySummary), total, page, pageSize };
  }

  /**
   * Every entry a list query matches, in batches, for the Excel export: the same filters, scope
   * and recycle-bin rule as the list, read a batch at a time so memory stays flat.
   */
  async exportBatches(actor: Actor, q: ListActivitiesQuery, batchSize = 2000): Promise<{ total: number; batches: AsyncGenerator<LedgerExportRow[]> }> {
    if (q.deleted === 'true') requirePermission(actor, canAdminister, m.listDeleted);
    const filter = await this.resolveFilter(actor, q, { deleted: q.deleted === 'true', sort: q.sort ?? '-date' });
    const { total } = await this.stores.activities.list({ ...filter, offset: 0, limit: 1 });
    const stores = this.stores;
    const unitPaths = new UnitPathNamer(stores.orgs, actor.scope.rootOrgId);
    async function* batches() {
      for (let offset = 0; offset < total; offset += batchSize) {
        const { items } = await stores.activities.list({ ...filter, offset, limit: batchSize });
        if (items.length === 0) return;
        const paths = await unitPaths.name(items.map((e) => e.orgPath));
        yield items.map((e, i): LedgerExportRow => ({ ...toActivitySummary(e), organiser: e.organiser, summary: e.summary, unitPath: paths[i]! }));
      }
    }
    return { total, batches: batches() };
  }

  /** What a list query means for this actor: subtree, type ids of a category, and the fixed parts. */
  private async resolveFilter(actor: Actor, q: ListActivitiesQuery, fixed: FixedFilter): Promise<Omit<ActivityListFilter, 'offset' | 'limit'>> {
    let path = actor.scope.rootPath;
    if (q.orgId !== undefined) {
      path = (await getOrgInScope(this.stores.orgs, actor, q.orgId, { message: m.orgNotFound, pointer: '/query/orgId' })).path;
    }
    return {
      path,
      ...(q.typeId !== undefined && { typeIds: await this.typeIdsOf(q.typeId) }),
      ...(q.from && { from: q.from }),
      ...(q.to && { to: q.to }),
      ...(q.status && { statuses: q.status }),
      ...(q.tagIds && { tagIds: unique(q.tagIds) }),
      ...(q.hasEvidence && { hasEvidence: q.hasEvidence === 'true' }),
      ...(q.q && { terms: await resolveSearch(this.stores.orgs, path, q.q) }),
      ...fixed,
    };
  }

  /** A type filter: the type itself, or every type of a category. An unknown id matches nothing. */
  private async typeIdsOf(typeId: number): Promise<number[]> {
    const type = await this.stores.activities.findType(typeId);
    if (!type) return [];
    if (type.parentId !== null) return [type.id];
    return [type.id, ...(await this.stores.activities.listChildTypeIds(type.id))];
  }

  async history(actor: Actor, id: number): Promise<{ items: HistoryEntry[] }> {
    const entry = await getEntryInScope(actor, this.stores, id);
    const rows = await this.stores.activities.listHistory(entry.id);
    return { items: rows.map((r) => ({ ...r, actionLabel: ACTION_LABELS[r.action] ?? r.action })) };
  }

  /** Records an entry (a draft, or submitted right away), with its measures, tags and files. */
  async create(actor: Actor, body: CreateActivityBody, meta: RequestMeta = {}): Promise<Activity> {
    requirePermission(actor, canRecord, m.record);
    return this.transact(async (s) => {
      const problems = new InputProblems();
      const org = await checkOrg(actor, s, body.orgId, problems);
      const type = await checkType(s, body.typeId, problems);
      const measures = type ? await checkMeasures(s, type.id, body.measures, problems) : [];
      const tagIds = await checkTags(s, unique(body.tagIds), [], problems);
      const evidenceIds = await checkEvidence(actor, s, unique(body.evidenceIds), null, problems);
      const endDate = checkDates(body.startDate, body.endDate, problems);
      problems.throwIfAny();

      const id = await s.activities.insert(
        {
          orgId: org.id,
          typeId: body.typeId,
          title: body.title,
          startDate: body.startDate,
          endDate,
          place: body.place ?? '',
          organiser: body.organiser ?? '',
          summary: body.summary ?? '',
          createdBy: actor.userId,
        },
        new Date().toISOString(),
      );
      await s.activities.replaceMeasures(id, measures);
      await s.activities.replaceTags(id, tagIds);
      if (evidenceIds.length > 0) await s.activities.replaceEvidence(id, evidenceIds);
      await s.rollup.applyChange([], await s.rollup.snapshot([id]));
      let snapshot = await reloadSnapshot(s, id);
      await s.audit.record(auditEntry(actor, 'create', { after: snapshot }, meta));
      // Saving and submitting in one go is two steps in the history, as it would be in two clicks.
      if (body.submit) snapshot = await applyTransition(actor, s, snapshot, 'submit', null, meta);
      return toActivity(actor, snapshot);
    });
  }

  /** Saves changes made from `body.version`; anything written since then answers 409 instead of being overwritten. */
  async update(actor: Actor, id: number, body: UpdateActivityBody, meta: RequestMeta = {}): Promise<Activity> {
    return this.transact(async (s) => {
      const before = await loadSnapshot(s, await getEntryInScope(actor, s, id));
      const e = before.entry;
      assertEditable(actor, e, 'edit');
      if (body.version !== e.version) throw new ConflictError('ACTIVITY_STALE', m.stale);

      const problems = new InputProblems();
      const org = body.orgId !== undefined && body.orgId !== e.orgId ? await checkOrg(actor, s, body.orgId, problems) : undefined;
      const typeChanged = body.typeId !== undefined && body.typeId !== e.typeId;
      const type = typeChanged ? await checkType(s, body.typeId!, problems) : undefined;
      // A new type re-checks the stored measures too: its indicators may differ.
      let measures: ScaledMeasure[] | undefined;
      if ((body.measures !== undefined || typeChanged) && (!typeChanged || type)) {
        measures = await checkMeasures(s, type?.id ?? e.typeId, body.measures ?? toDisplayMeasures(e.measures), problems);
      }
      const tagIds = body.tagIds && (await checkTags(s, unique(body.tagIds), e.tagIds, problems));
      const evidenceIds = body.evidenceIds && (await checkEvidence(actor, s, unique(body.evidenceIds), e.id, problems));
      const startDate = body.startDate ?? e.startDate;
      const endDate = checkDates(startDate, body.endDate ?? e.endDate, problems);
      problems.throwIfAny();

      const patch: ActivityPatch = {
        ...(org && { orgId: org.id }),
        ...(type && { typeId: type.id }),
        ...(body.title !== undefined && { title: body.title }),
        startDate,
        endDate,
        ...(body.place !== undefined && { place: body.place }),
        ...(body.organiser !== undefined && { organiser: body.organiser }),
        ...(body.summary !== undefined && { summary: body.summary }),
      };
      const now = new Date().toISOString();
      await trackRollup(s, e.id, async () => {
        if (!(await s.activities.update(e.id, patch, { version: e.version, userId: actor.userId, now }))) throw new ConflictError('ACTIVITY_STALE', m.stale);
        if (measures) await s.activities.replaceMeasures(e.id, measures);
        if (tagIds) await s.activities.replaceTags(e.id, tagIds);
        if (evidenceIds) await s.activities.replaceEvidence(e.id, evidenceIds);
      });
      const after = await reloadSnapshot(s, e.id);
      await s.audit.record(auditEntry(actor, 'update', { before, after }, meta));
      return toActivity(actor, after);
    });
  }

  /** Moves an entry to the recycle bin. Nothing is erased: an admin can restore it. */
  async remove(actor: Actor, id: number, meta: RequestMeta = {}): Promise<void> {
    await this.transact(async (s) => {
      const before = await loadSnapshot(s, await getEntryInScope(actor, s, id));
      assertEditable(actor, before.entry, 'delete');
      await this.writeDeleted(actor, s, before, true, meta);
    });
  }

  async restore(actor: Actor, id: number, meta: RequestMeta = {}): Promise<Activity> {
    requirePermission(actor, canAdminister, m.restore);
    return this.transact(async (s) => {
      const before = await loadSnapshot(s, await getEntryInScope(actor, s, id));
      if (before.entry.deletedAt === null) throw new ConflictError('ACTIVITY_NOT_DELETED', m.notDeleted);
      return toActivity(actor, await this.writeDeleted(actor, s, before, false, meta));
    });
  }

  private async writeDeleted(actor: Actor, s: LedgerStores, before: Snapshot, deleted: boolean, meta: RequestMeta) {
    const now = new Date().toISOString();
    const patch: ActivityPatch = deleted ? { deletedAt: now, deletedBy: actor.userId } : { deletedAt: null, deletedBy: null };
    const e = before.entry;
    const written = await trackRollup(s, e.id, () => s.activities.update(e.id, patch, { version: e.version, userId: actor.userId, now }));
    if (!written) throw new ConflictError('ACTIVITY_STALE', m.stale);
    const after = await reloadSnapshot(s, e.id);
    await s.audit.record(auditEntry(actor, deleted ? 'delete' : 'restore', { before, after }, meta));
    return after;
  }
}
