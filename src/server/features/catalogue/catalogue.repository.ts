import type { Kysely } from 'kysely';
import type { TagKind } from '../../../contracts/catalogue.contract.js';
import { idsOfPath, subtreeUpperBound } from '../../../domain/org-path.js';
import { toDbBool } from '../../db/columns.js';
import type { Database } from '../../db/schema.js';
import { toActivityTypeRecord, toCampaignRecord, toIndicatorRecord, toTagRecord, toTypeIndicatorLink } from './catalogue.rows.js';
import type {
  ActivityTypePatch,
  CampaignPatch,
  CatalogueStore,
  IndicatorPatch,
  NewActivityType,
  NewCampaign,
  NewIndicator,
  SortedTable,
  TagPatch,
  TypeIndicatorLink,
} from './catalogue.types.js';

/** Kysely implementation of the catalogue's storage: indicators, activity types, tags, campaigns. */
export class CatalogueRepository implements CatalogueStore {
  constructor(private readonly db: Kysely<Database>) {}

  async listIndicators() {
    const rows = await this.db.selectFrom('indicator').selectAll().orderBy('sort_order').orderBy('id').execute();
    return rows.map(toIndicatorRecord);
  }

  async findIndicator(id: number) {
    const r = await this.db.selectFrom('indicator').selectAll().where('id', '=', id).executeTakeFirst();
    return r && toIndicatorRecord(r);
  }

  async findIndicatorByCode(code: string) {
    const r = await this.db.selectFrom('indicator').selectAll().where('code', '=', code).executeTakeFirst();
    return r && toIndicatorRecord(r);
  }

  async insertIndicator(i: NewIndicator) {
    const r = await this.db
      .insertInto('indicator')
      .values({ code: i.code, name: i.name, unit: i.unit, value_kind: i.valueKind, scale: i.scale, sort_order: i.sortOrder, active: 1, stat_slot: i.statSlot })
      .returningAll()
      .executeTakeFirstOrThrow();
    return toIndicatorRecord(r);
  }

  async nextStatSlot() {
    const r = await this.db
      .selectFrom('indicator')
      .select((eb) => eb.fn.max('stat_slot').as('top'))
      .executeTakeFirst();
    return Number(r?.top ?? 0) + 1;
  }

  async updateIndicator(id: number, p: IndicatorPatch) {
    const set = {
      ...(p.name !== undefined && { name: p.name }),
      ...(p.unit !== undefined && { unit: p.unit }),
      ...(p.sortOrder !== undefined && { sort_order: p.sortOrder }),
      ...(p.active !== undefined && { active: toDbBool(p.active) }),
    };
    if (Object.keys(set).length > 0) await this.db.updateTable('indicator').set(set).where('id', '=', id).execute();
  }

  async listTypes() {
    const rows = await this.db.selectFrom('activity_type').selectAll().orderBy('sort_order').orderBy('id').execute();
    return rows.map(toActivityTypeRecord);
  }

  async findType(id: number) {
    const r = await this.db.selectFrom('activity_type').selectAll().where('id', '=', id).executeTakeFirst();
    return r && toActivityTypeRecord(r);
  }

  async findTypeByCode(code: string) {
    const r = await this.db.selectFrom('activity_type').selectAll().where('code', '=', code).executeTakeFirst();
    return r && toActivityTypeRecord(r);
  }

  async insertType(t: NewActivityType) {
    const r = await this.db
      .insertInto('activity_type')
      .values({ code: t.code, name: t.name, parent_id: t.parentId, sort_order: t.sortOrder, active: 1 })
      .returningAll()
      .executeTakeFirstOrThrow();
    return toActivityTypeRecord(r);
  }

  async updateType(id: number, p: ActivityTypePatch) {
    const set = {
      ...(p.name !== undefined && { name: p.name }),
      ...(p.sortOrder !== undefined && { sort_order: p.sortOrder }),
      ...(p.active !== undefined && { active: toDbBool(p.active) }),
    };
    if (Object.keys(set).length > 0) await this.db.updateTable('activity_type').set(set).where('id', '=', id).execute();
  }

  async countChildTypes(id: number) {
    const r = await this.db
      .selectFrom('activity_type')
      .select((eb) => eb.fn.countAll<number>().as('n'))
      .where('parent_id', '=', id)
      .executeTakeFirstOrThrow();
    return Number(r.n);
  }

  async listTypeIndicators(typeId?: number): Promise<TypeIndicatorLink[]> {
    const rows = await this.db
      .selectFrom('activity_type_indicator as ati')
      .innerJoin('indicator', 'indicator.id', 'ati.indicator_id')
      .select(['ati.type_id', 'ati.indicator_id', 'ati.required', 'indicator.code', 'indicator.active'])
      .$if(typeId !== undefined, (q) => q.where('ati.type_id', '=', typeId!))
      .orderBy('ati.type_id')
      .orderBy('ati.sort_order')
      .orderBy('ati.indicator_id')
      .execute();
    return rows.map(toTypeIndicatorLink);
  }

  async replaceTypeIndicators(typeId: number, links: Array<{ indicatorId: number; required: boolean }>) {
    await this.db.deleteFrom('activity_type_indicator').where('type_id', '=', typeId).execute();
    if (links.length === 0) return;
    await this.db
      .insertInto('activity_type_indicator')
      .values(links.map((l, i) => ({ type_id: typeId, indicator_id: l.indicatorId, required: toDbBool(l.required), sort_order: i * 10 })))
      .execute();
  }

  async listTags() {
    const rows = await this.db.selectFrom('tag').selectAll().orderBy('sort_order').orderBy('id').execute();
    return rows.map(toTagRecord);
  }

  async findTag(id: number) {
    const r = await this.db.selectFrom('tag').selectAll().where('id', '=', id).executeTakeFirst();
    return r && toTagRecord(r);
  }

  async findTagByName(kind: TagKind, name: string) {
    const r = await this.db.selectFrom('tag').selectAll().where('kind', '=', kind).where('name', '=', name).executeTakeFirst();
    return r && toTagRecord(r);
  }

  async insertTag(t: { kind: TagKind; name: string; sortOrder: number }) {
    const r = await this.db
      .insertInto('tag')
      .values({ kind: t.kind, name: t.name, sort_order: t.sortOrder, active: 1 })
      .returningAll()
      .executeTakeFirstOrThrow();
    return toTagRecord(r);
  }

  async updateTag(id: number, p: TagPatch) {
    const set = {
      ...(p.name !== undefined && { name: p.name }),
      ...(p.sortOrder !== undefined && { sort_order: p.sortOrder }),
      ...(p.active !== undefined && { active: toDbBool(p.active) }),
    };
    if (Object.keys(set).length > 0) await this.db.updateTable('tag').set(set).where('id', '=', id).execute();
  }

  private campaigns() {
    return this.db
      .selectFrom('campaign')
      .innerJoin('org_unit', 'org_unit.id', 'campaign.org_unit_id')
      .selectAll('campaign')
      .select(['org_unit.name as org_name', 'org_unit.path as org_path']);
  }

  async listVisibleCampaigns(path: string, includeInactive: boolean) {
    // Ancestors by id (their ids are in the path), the subtree by the path range: both indexed.
    const ancestors = idsOfPath(path);
    const rows = await this.campaigns()
      .where((eb) =>
        eb.or([
          ...(ancestors.length > 0 ? [eb('campaign.org_unit_id', 'in', ancestors)] : []),
          eb.and([eb('org_unit.path', '>=', path), eb('org_unit.path', '<', subtreeUpperBound(path))]),
        ]),
      )
      .$if(!includeInactive, (q) => q.where('campaign.active', '=', 1))
      .orderBy('campaign.start_date')
      .orderBy('campaign.id')
      .execute();
    return rows.map(toCampaignRecord);
  }

  async findCampaign(id: number) {
    const r = await this.campaigns().where('campaign.id', '=', id).executeTakeFirst();
    return r && toCampaignRecord(r);
  }

  async insertCampaign(c: NewCampaign) {
    const { id } = await this.db
      .insertInto('campaign')
      .values({ org_unit_id: c.orgId, name: c.name, start_date: c.startDate, end_date: c.endDate, active: 1 })
      .returning('id')
      .executeTakeFirstOrThrow();
    return (await this.findCampaign(id))!;
  }

  async updateCampaign(id: number, p: CampaignPatch) {
    const set = {
      ...(p.name !== undefined && { name: p.name }),
      ...(p.startDate !== undefined && { start_date: p.startDate }),
      ...(p.endDate !== undefined && { end_date: p.endDate }),
      ...(p.active !== undefined && { active: toDbBool(p.active) }),
    };
    if (Object.keys(set).length > 0) await this.db.updateTable('campaign').set(set).where('id', '=', id).execute();
  }

  async nextSortOrder(table: SortedTable) {
    const r = await this.db
      .selectFrom(table)
      .select((eb) => eb.fn.max('sort_order').as('m'))
      .executeTakeFirst();
    return r?.m === null || r?.m === undefined ? 0 : Number(r.m) + 10;
  }
}
