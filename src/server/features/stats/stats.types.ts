import type { ValueKind } from '../../../contracts/catalogue.contract.js';

/** One read of the roll-up store: subtree totals of `ancIds` over a day range, grouped as asked. */
export interface RollupRead {
  ancIds: number[];
  approvedOnly: boolean;
  from: string;
  to: string;
  /** `type`: rows by activity type; `tag`: rows by tag (an entry counts once per tag it carries). */
  dimension: 'type' | 'tag';
  /** Only these types (dimension type) or tags (dimension tag); undefined = all. */
  dimIds?: number[];
  slots: number[];
  groupByAnc: boolean;
  groupByMonth: boolean;
  groupByDim: boolean;
}

/** A grouped result row: group columns present only when grouped by them. */
export interface RollupReadRow {
  anc?: number;
  /** YYYYMM */
  month?: number;
  dim?: number;
  n: number;
  sums: Map<number, number>;
}

export interface StatsIndicatorRecord {
  id: number;
  code: string;
  name: string;
  unit: string;
  valueKind: ValueKind;
  scale: number;
  slot: number;
  active: boolean;
}

export interface StatsTypeRecord {
  id: number;
  name: string;
  parentId: number | null;
  sortOrder: number;
}

export interface StatsTagRecord {
  id: number;
  kind: string;
  name: string;
  sortOrder: number;
}

export interface CampaignPeriodRecord {
  id: number;
  orgPath: string;
  name: string;
  startDate: string;
  endDate: string;
}

export interface CoverageUnitRecord {
  id: number;
  name: string;
  kind: string;
  path: string;
  /** Place among its siblings, as the org tree shows them. */
  sortOrder: number;
  reported: boolean;
}

export interface OrgMoveRecord {
  at: string;
  orgId: number;
  orgName: string;
  beforePath: string;
  afterPath: string;
  beforeParentName: string;
  afterParentName: string;
}

/** What the statistics service needs from storage; `StatsRepository` implements it on Kysely. */
export interface StatsStore {
  readRollup(q: RollupRead): Promise<RollupReadRow[]>;
  listIndicators(): Promise<StatsIndicatorRecord[]>;
  listTypes(): Promise<StatsTypeRecord[]>;
  listTags(): Promise<StatsTagRecord[]>;
  findCampaign(id: number): Promise<CampaignPeriodRecord | undefined>;
  /** Active units of the subtree (optionally of one kind) and whether each has an entry of its own starting in the range. */
  listCoverage(path: string, from: string, to: string, approvedOnly: boolean, kind?: string): Promise<CoverageUnitRecord[]>;
  /** Unit moves recorded on or after the day `since`, oldest first. */
  listMovesSince(since: string): Promise<OrgMoveRecord[]>;
}
