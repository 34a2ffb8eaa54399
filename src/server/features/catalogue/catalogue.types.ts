import type { TagKind, ValueKind } from '../../../contracts/catalogue.contract.js';
import type { AuditStore } from '../audit/audit.types.js';
import type { OrgStore } from '../orgs/org.types.js';

/** A statistical indicator (统计指标). Values are stored as integers scaled by 10^scale. */
export interface IndicatorRecord {
  id: number;
  code: string;
  name: string;
  unit: string;
  valueKind: ValueKind;
  scale: number;
  sortOrder: number;
  active: boolean;
}

export type NewIndicator = Omit<IndicatorRecord, 'id' | 'active'> & {
  /** Roll-up sum column this indicator owns (see rollup/rollup.types.ts). */
  statSlot: number;
};

export interface IndicatorPatch {
  name?: string;
  unit?: string;
  sortOrder?: number;
  active?: boolean;
}

/** A category (parentId null) or a type entries are recorded under (parentId = its category). */
export interface ActivityTypeRecord {
  id: number;
  code: string;
  name: string;
  parentId: number | null;
  sortOrder: number;
  active: boolean;
}

export type NewActivityType = Omit<ActivityTypeRecord, 'id' | 'active'>;

export interface ActivityTypePatch {
  name?: string;
  sortOrder?: number;
  active?: boolean;
}

/** One indicator a type asks for, in the type's own order. */
export interface TypeIndicatorLink {
  typeId: number;
  indicatorId: number;
  code: string;
  required: boolean;
  indicatorActive: boolean;
}

export interface TagRecord {
  id: number;
  kind: TagKind;
  name: string;
  sortOrder: number;
  active: boolean;
}

export interface TagPatch {
  name?: string;
  sortOrder?: number;
  active?: boolean;
}

/** A named date range defined by a unit; it applies to that unit's whole subtree. */
export interface CampaignRecord {
  id: number;
  orgId: number;
  orgName: string;
  orgPath: string;
  name: string;
  startDate: string;
  endDate: string;
  active: boolean;
}

export interface NewCampaign {
  orgId: number;
  name: string;
  startDate: string;
  endDate: string;
}

export interface CampaignPatch {
  name?: string;
  startDate?: string;
  endDate?: string;
  active?: boolean;
}

export type SortedTable = 'indicator' | 'activity_type' | 'tag';

/** What the catalogue service needs from storage; `CatalogueRepository` implements it on Kysely. */
export interface CatalogueStore {
  listIndicators(): Promise<IndicatorRecord[]>;
  findIndicator(id: number): Promise<IndicatorRecord | undefined>;
  findIndicatorByCode(code: string): Promise<IndicatorRecord | undefined>;
  insertIndicator(indicator: NewIndicator): Promise<IndicatorRecord>;
  /** The next unused roll-up sum column (one past the highest ever given; columns are never reused). */
  nextStatSlot(): Promise<number>;
  updateIndicator(id: number, patch: IndicatorPatch): Promise<void>;

  listTypes(): Promise<ActivityTypeRecord[]>;
  findType(id: number): Promise<ActivityTypeRecord | undefined>;
  findTypeByCode(code: string): Promise<ActivityTypeRecord | undefined>;
  insertType(type: NewActivityType): Promise<ActivityTypeRecord>;
  updateType(id: number, patch: ActivityTypePatch): Promise<void>;
  countChildTypes(id: number): Promise<number>;
  /** Every type's indicator links, each type's in its own order. */
  listTypeIndicators(typeId?: number): Promise<TypeIndicatorLink[]>;
  /** Replaces the type's indicator list; only `activity_type_indicator` is written. */
  replaceTypeIndicators(typeId: number, links: Array<{ indicatorId: number; required: boolean }>): Promise<void>;

  listTags(): Promise<TagRecord[]>;
  findTag(id: number): Promise<TagRecord | undefined>;
  findTagByName(kind: TagKind, name: string): Promise<TagRecord | undefined>;
  insertTag(tag: { kind: TagKind; name: string; sortOrder: number }): Promise<TagRecord>;
  updateTag(id: number, patch: TagPatch): Promise<void>;

  /** Campaigns of the units on `path` (the unit and its ancestors) and of its whole subtree. */
  listVisibleCampaigns(path: string, includeInactive: boolean): Promise<CampaignRecord[]>;
  findCampaign(id: number): Promise<CampaignRecord | undefined>;
  insertCampaign(campaign: NewCampaign): Promise<CampaignRecord>;
  updateCampaign(id: number, patch: CampaignPatch): Promise<void>;

  /** Sort order after the last row of the table, so a new entry lands at the end. */
  nextSortOrder(table: SortedTable): Promise<number>;
}

/** The stores the catalogue and campaign services work with, bound to one transaction when they write. */
export interface CatalogueStores {
  catalogue: CatalogueStore;
  orgs: Pick<OrgStore, 'findById'>;
  audit: AuditStore;
}
