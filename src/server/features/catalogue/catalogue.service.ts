import type {
  ActivityType,
  Catalogue,
  CreateActivityTypeBody,
  CreateIndicatorBody,
  CreateTagBody,
  Indicator,
  Tag,
  UpdateActivityTypeBody,
  UpdateIndicatorBody,
  UpdateTagBody,
  ValueKind,
} from '../../../contracts/catalogue.contract.js';
import { canAdminister, requirePermission, type Actor, type RequestMeta } from '../../../domain/access.js';
import { ConflictError, ForbiddenError, InvalidError, NotFoundError } from '../../../domain/errors.js';
import { freeCode, INDICATOR_CODE_BASE, typeCodeBase } from '../../../domain/catalogue-code.js';
import { idsOfPath } from '../../../domain/org-path.js';
import type { Transactor } from '../transactor.js';
import { ROLLUP_SLOTS } from '../rollup/rollup.types.js';
import { CampaignService } from './campaign.service.js';
import { catalogueMessages as m } from './catalogue.messages.js';
import type { ActivityTypeRecord, CatalogueStores, IndicatorRecord, TagRecord, TypeIndicatorLink } from './catalogue.types.js';
import { toCampaign } from './catalogue.view.js';

/** Stored values are integers scaled by 10^scale: counts are whole, decimals and money (分) keep two places. */
export function scaleOf(kind: ValueKind): number {
  return kind === 'integer' ? 0 : 2;
}

export function toIndicator(i: IndicatorRecord): Indicator {
  return { id: i.id, code: i.code, name: i.name, unit: i.unit, valueKind: i.valueKind, sortOrder: i.sortOrder, active: i.active };
}

export function toTag(t: TagRecord): Tag {
  return { id: t.id, kind: t.kind, name: t.name, sortOrder: t.sortOrder, active: t.active };
}

function toActivityType(t: ActivityTypeRecord, links: TypeIndicatorLink[]): ActivityType {
  return {
    id: t.id,
    code: t.code,
    name: t.name,
    parentId: t.parentId,
    sortOrder: t.sortOrder,
    active: t.active,
    indicators: links.map((l) => ({ indicatorId: l.indicatorId, code: l.code, required: l.required })),
  };
}

/** Categories in order, each followed by its own types in order: the shape pickers show. */
function orderTwoLevels(types: ActivityTypeRecord[]): ActivityTypeRecord[] {
  const categories = types.filter((t) => t.parentId === null);
  const ordered = categories.flatMap((c) => [c, ...types.filter((t) => t.parentId === c.id)]);
  const placed = new Set(ordered.map((t) => t.id));
  return [...ordered, ...types.filter((t) => !placed.has(t.id))];
}

/**
 * The activity catalogue: indicators, two-level activity types, tags (installation-wide, edited
 * only by admins of a top-level unit) and campaign periods (per unit, see CampaignService).
 * Edits never touch recorded entries: old values keep their indicator, old entries their type.
 */
export class CatalogueService {
  readonly campaigns: CampaignService;

  constructor(
    private readonly stores: CatalogueStores,
    private readonly transact: Transactor<CatalogueStores>,
  ) {
    this.campaigns = new CampaignService(stores, transact);
  }

  /** Everything the entry form needs. Without `includeInactive`, deactivated entries are left out. */
  async getCatalogue(actor: Actor, includeInactive: boolean): Promise<Catalogue> {
    const c = this.stores.catalogue;
    const [indicators, types, links, tags, campaigns] = await Promise.all([
      c.listIndicators(),
      c.listTypes(),
      c.listTypeIndicators(),
      c.listTags(),
      c.listVisibleCampaigns(actor.scope.rootPath, includeInactive),
    ]);
    const byId = new Map(types.map((t) => [t.id, t]));
    // A type under a deactivated category is out of use too, without rewriting its own flag.
    const live = (t: ActivityTypeRecord) => t.active && (t.parentId === null || byId.get(t.parentId)?.active === true);
    const shownTypes = includeInactive ? types : types.filter(live);
    const shownLinks = includeInactive ? links : links.filter((l) => l.indicatorActive);
    return {
      indicators: indicators.filter((i) => includeInactive || i.active).map(toIndicator),
      types: orderTwoLevels(shownTypes).map((t) =>
        toActivityType(
          t,
          shownLinks.filter((l) => l.typeId === t.id),
        ),
      ),
      tags: tags.filter((t) => includeInactive || t.active).map(toTag),
      campaigns: campaigns.map(toCampaign),
    };
  }

  async createIndicator(actor: Actor, body: CreateIndicatorBody, meta: RequestMeta = {}): Promise<Indicator> {
    requireSharedEditor(actor);
    return this.transact(async (s) => {
      const code = body.code ?? freeCode(INDICATOR_CODE_BASE, new Set((await s.catalogue.listIndicators()).map((i) => i.code)));
      if (body.code !== undefined) await assertIndicatorCodeFree(s, body.code);
      const sortOrder = body.sortOrder ?? (await s.catalogue.nextSortOrder('indicator'));
      // Each indicator owns one sum column of the roll-up store; when all are taken, say so plainly.
      const statSlot = await s.catalogue.nextStatSlot();
      if (statSlot > ROLLUP_SLOTS) throw new ConflictError('INDICATOR_SLOTS_FULL', m.statSlotsFull(ROLLUP_SLOTS));
      const created = await s.catalogue.insertIndicator({
        code,
        name: body.name,
        unit: body.unit,
        valueKind: body.valueKind,
        scale: scaleOf(body.valueKind),
        sortOrder,
        statSlot,
      });
      await s.audit.record({
        userId: actor.userId,
        action: 'catalogue.indicator.create',
        entity: 'indicator',
        entityId: created.id,
        orgUnitId: null,
        after: toIndicator(created),
        requestId: meta.requestId ?? null,
      });
      return toIndicator(created);
    });
  }

  async updateIndicator(actor: Actor, id: number, body: UpdateIndicatorBody, meta: RequestMeta = {}): Promise<Indicator> {
    requireSharedEditor(actor);
    return this.transact(async (s) => {
      const before = await s.catalogue.findIndicator(id);
      if (!before) throw new NotFoundError('INDICATOR_NOT_FOUND', m.indicatorNotFound);
      if (body.valueKind !== undefined && body.valueKind !== before.valueKind) {
        throw new ConflictError('INDICATOR_VALUE_KIND_LOCKED', m.valueKindLocked, [{ pointer: '/body/valueKind', message: m.valueKindLocked }]);
      }
      await s.catalogue.updateIndicator(id, { name: body.name, unit: body.unit, sortOrder: body.sortOrder, active: body.active });
      const after = (await s.catalogue.findIndicator(id))!;
      await s.audit.record({
        userId: actor.userId,
        action: 'catalogue.indicator.update',
        entity: 'indicator',
        entityId: id,
        orgUnitId: null,
        before: toIndicator(before),
        after: toIndicator(after),
        requestId: meta.requestId ?? null,
      });
      return toIndicator(after);
    });
  }

  async createType(actor: Actor, body: CreateActivityTypeBody, meta: RequestMeta = {}): Promise<ActivityType> {
    requireSharedEditor(actor);
    return this.transact(async (s) => {
      if (body.code !== undefined && (await s.catalogue.findTypeByCode(body.code))) {
        throw new ConflictError('TYPE_CODE_TAKEN', m.typeCodeTaken(body.code), [{ pointer: '/body/code', message: m.typeCodeTaken(body.code) }]);
      }
      const parent = body.parentId !== null ? await assertUsableCategory(s, body.parentId) : undefined;
      if (body.parentId === null && body.indicators.length > 0) throw categoryIndicatorsError();
      await assertIndicatorList(s, body.indicators);
      const sortOrder = body.sortOrder ?? (await s.catalogue.nextSortOrder('activity_type'));
      const code = body.code ?? freeCode(typeCodeBase(parent?.code), new Set((await s.catalogue.listTypes()).map((t) => t.code)));
      const created = await s.catalogue.insertType({ code, name: body.name, parentId: body.parentId, sortOrder });
      await s.catalogue.replaceTypeIndicators(created.id, body.indicators);
      const after = toActivityType(created, await s.catalogue.listTypeIndicators(created.id));
      await s.audit.record({
        userId: actor.userId,
        action: 'catalogue.type.create',
        entity: 'activity_type',
        entityId: created.id,
        orgUnitId: null,
        after,
        requestId: meta.requestId ?? null,
      });
      return after;
    });
  }

  /** Renames, reorders, (de)activates or replaces the indicator list; recorded values stay as they are. */
  async updateType(actor: Actor, id: number, body: UpdateActivityTypeBody, meta: RequestMeta = {}): Promise<ActivityType> {
    requireSharedEditor(actor);
    return this.transact(async (s) => {
      const type = await s.catalogue.findType(id);
      if (!type) throw new NotFoundError('TYPE_NOT_FOUND', m.typeNotFound);
      const before = toActivityType(type, await s.catalogue.listTypeIndicators(id));
      if (body.indicators !== undefined) {
        if (type.parentId === null && body.indicators.length > 0) throw categoryIndicatorsError();
        await assertIndicatorList(s, body.indicators, new Set(before.indicators.map((l) => l.indicatorId)));
        await s.catalogue.replaceTypeIndicators(id, body.indicators);
      }
      if (body.active === true && !type.active && type.parentId !== null) {
        const parent = await s.catalogue.findType(type.parentId);
        if (parent && !parent.active) throw new ConflictError('TYPE_PARENT_INACTIVE', m.parentInactive);
      }
      await s.catalogue.updateType(id, { name: body.name, sortOrder: body.sortOrder, active: body.active });
      const after = toActivityType((await s.catalogue.findType(id))!, await s.catalogue.listTypeIndicators(id));
      await s.audit.record({
        userId: actor.userId,
        action: 'catalogue.type.update',
        entity: 'activity_type',
        entityId: id,
        orgUnitId: null,
        before,
        after,
        requestId: meta.requestId ?? null,
      });
      return after;
    });
  }

  async createTag(actor: Actor, body: CreateTagBody, meta: RequestMeta = {}): Promise<Tag> {
    requireSharedEditor(actor);
    return this.transact(async (s) => {
      await assertTagNameFree(s, body.kind, body.name, undefined);
      const sortOrder = body.sortOrder ?? (await s.catalogue.nextSortOrder('tag'));
      const created = await s.catalogue.insertTag({ kind: body.kind, name: body.name, sortOrder });
      await s.audit.record({
        userId: actor.userId,
        action: 'catalogue.tag.create',
        entity: 'tag',
        entityId: created.id,
        orgUnitId: null,
        after: toTag(created),
        requestId: meta.requestId ?? null,
      });
      return toTag(created);
    });
  }

  async updateTag(actor: Actor, id: number, body: UpdateTagBody, meta: RequestMeta = {}): Promise<Tag> {
    requireSharedEditor(actor);
    return this.transact(async (s) => {
      const before = await s.catalogue.findTag(id);
      if (!before) throw new NotFoundError('TAG_NOT_FOUND', m.tagNotFound);
      if (body.name !== undefined && body.name !== before.name) await assertTagNameFree(s, before.kind, body.name, id);
      await s.catalogue.updateTag(id, { name: body.name, sortOrder: body.sortOrder, active: body.active });
      const after = (await s.catalogue.findTag(id))!;
      await s.audit.record({
        userId: actor.userId,
        action: 'catalogue.tag.update',
        entity: 'tag',
        entityId: id,
        orgUnitId: null,
        before: toTag(before),
        after: toTag(after),
        requestId: meta.requestId ?? null,
      });
      return toTag(after);
    });
  }
}

/**
 * Indicators, types and tags are shared by the whole installation (every unit's figures roll up
 * by them), so only an admin of a top-level unit (or the CLI operator) may change them.
 */
function requireSharedEditor(actor: Actor): void {
  requirePermission(actor, canAdminister, m.manage);
  if (idsOfPath(actor.scope.rootPath).length > 1) throw new ForbiddenError('CATALOGUE_TOP_LEVEL_ONLY', m.sharedConfigOnly);
}

async function assertIndicatorCodeFree(s: CatalogueStores, code: string) {
  if (await s.catalogue.findIndicatorByCode(code)) {
    throw new ConflictError('INDICATOR_CODE_TAKEN', m.indicatorCodeTaken(code), [{ pointer: '/body/code', message: m.indicatorCodeTaken(code) }]);
  }
}

async function assertTagNameFree(s: CatalogueStores, kind: CreateTagBody['kind'], name: string, selfId: number | undefined) {
  const other = await s.catalogue.findTagByName(kind, name);
  if (other && other.id !== selfId) {
    throw new ConflictError('TAG_NAME_TAKEN', m.tagNameTaken(kind, name), [{ pointer: '/body/name', message: m.tagNameTaken(kind, name) }]);
  }
}

/** Only two levels: a type's parent must be an existing, active category. */
/** The category a new type goes under, or a located problem: it must exist, be a category and be active. */
async function assertUsableCategory(s: CatalogueStores, parentId: number): Promise<ActivityTypeRecord> {
  const parent = await s.catalogue.findType(parentId);
  const invalid = (code: string, message: string) => new InvalidError(code, message, [{ pointer: '/body/parentId', message }]);
  if (!parent) throw invalid('TYPE_PARENT_NOT_FOUND', m.parentNotFound);
  if (parent.parentId !== null) throw invalid('TYPE_TOO_DEEP', m.parentNotCategory);
  if (!parent.active) throw new ConflictError('TYPE_PARENT_INACTIVE', m.parentInactive, [{ pointer: '/body/parentId', message: m.parentInactive }]);
  return parent;
}

function categoryIndicatorsError() {
  return new InvalidError('TYPE_CATEGORY_INDICATORS', m.categoryHasNoIndicators, [{ pointer: '/body/indicators', message: m.categoryHasNoIndicators }]);
}

/**
 * Every indicator of a type's list must exist and appear once. A deactivated one may stay where it
 * already is (the admin is editing something else) but cannot be newly added.
 */
async function assertIndicatorList(s: CatalogueStores, list: Array<{ indicatorId: number }>, alreadyLinked = new Set<number>()) {
  const seen = new Set<number>();
  for (const [i, { indicatorId }] of list.entries()) {
    const pointer = `/body/indicators/${i}/indicatorId`;
    const indicator = await s.catalogue.findIndicator(indicatorId);
    if (!indicator) throw new InvalidError('TYPE_INDICATOR_UNKNOWN', m.indicatorMissing(indicatorId), [{ pointer, message: m.indicatorMissing(indicatorId) }]);
    if (!indicator.active && !alreadyLinked.has(indicatorId))
      throw new InvalidError('TYPE_INDICATOR_INACTIVE', m.indicatorInactive(indicator.name), [{ pointer, message: m.indicatorInactive(indicator.name) }]);
    if (seen.has(indicatorId))
      throw new InvalidError('TYPE_INDICATOR_REPEATED', m.indicatorRepeated(indicator.name), [{ pointer, message: m.indicatorRepeated(indicator.name) }]);
    seen.add(indicatorId);
  }
}
