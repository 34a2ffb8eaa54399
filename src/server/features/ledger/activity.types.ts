import type { ActivityStatus, ActivitySummary } from '../../../contracts/ledger.contract.js';
import type { EvidenceRecord as EvidenceRow } from '../evidence/evidence.types.js';
import type { IndicatorSpec, ScaledMeasure, StoredMeasure } from '../../../domain/measures.js';

export interface UserRef {
  id: number;
  displayName: string;
}

/** A ledger entry as list pages show it (the repository maps rows to this). */
export interface ActivitySummaryRecord {
  id: number;
  orgId: number;
  orgName: string;
  /** Materialized path of the entry's unit: decides scope and who may review it. */
  orgPath: string;
  typeId: number;
  typeName: string;
  categoryName: string;
  title: string;
  startDate: string;
  endDate: string;
  place: string;
  organiser: string;
  summary: string;
  status: ActivityStatus;
  /** Scaled integers as stored; the service shows them in display units. */
  measures: StoredMeasure[];
  tagIds: number[];
  evidenceCount: number;
  /** First photo with a thumbnail, for list covers. */
  coverEvidenceId: number | null;
  createdById: number | null;
  updatedAt: string;
  deletedAt: string | null;
}

/** One entry as the Excel export writes it: what the list shows, the texts only the detail shows, and the unit as a name path. */
export interface LedgerExportRow extends ActivitySummary {
  organiser: string;
  summary: string;
  /** Names from the exporter's own unit down to the entry's (城关镇/东风村), as the import's 单位 column reads them. */
  unitPath: string;
}

export interface ActivityRecord extends ActivitySummaryRecord {
  returnReason: string | null;
  version: number;
  createdBy: UserRef | null;
  createdAt: string;
  submittedAt: string | null;
  reviewedBy: UserRef | null;
  reviewedAt: string | null;
}

export interface NewActivity {
  orgId: number;
  typeId: number;
  title: string;
  startDate: string;
  endDate: string;
  place: string;
  organiser: string;
  summary: string;
  createdBy: number | null;
}

/** Columns a write may change; version, updated_by and updated_at move with every write. */
export interface ActivityPatch {
  orgId?: number;
  typeId?: number;
  title?: string;
  startDate?: string;
  endDate?: string;
  place?: string;
  organiser?: string;
  summary?: string;
  status?: ActivityStatus;
  returnReason?: string | null;
  submittedAt?: string | null;
  reviewedBy?: number | null;
  reviewedAt?: string | null;
  deletedAt?: string | null;
  deletedBy?: number | null;
}

export type ActivitySort = '-date' | 'date' | '-updated' | 'updated';

/** A list query, already resolved against the caller's scope by the service. */
export interface ActivityListFilter {
  /** Subtree to list: entries whose unit path lies under it. */
  path: string;
  /** Type ids to match (a category resolved to its types); undefined = any type. */
  typeIds?: number[];
  from?: string;
  to?: string;
  /** Entries starting in [startFrom, startTo]: how statistics attribute an entry to a period. */
  startFrom?: string;
  startTo?: string;
  /** Only the entries of this unit itself, not of its subtree (a unit's 本级 figures). */
  orgId?: number;
  statuses?: ActivityStatus[];
  /** Entries carrying every one of these tags. */
  tagIds?: number[];
  hasEvidence?: boolean;
  /** Search terms, every one to match. */
  terms?: SearchTerm[];
  deleted: boolean;
  /** Leave out entries created by this user (a reviewer's queue: no one reviews their own). */
  excludeCreatedBy?: number;
  sort: ActivitySort;
  offset: number;
  limit: number;
}

/**
 * One term of a search, resolved against the units of the subtree: an entry matches when its
 * title, summary or place holds `text`, when its unit is one of `unitIds` (named with `text` in
 * it), or when its unit is one of a split's units and its text holds the split's rest.
 */
export interface SearchTerm {
  text: string;
  unitIds: number[];
  splits: Array<{ unitIds: number[]; rest: string }>;
}

export interface ActivityTypeRecord {
  id: number;
  name: string;
  parentId: number | null;
  active: boolean;
}

export interface TagRecord {
  id: number;
  active: boolean;
}

/** An evidence row with the path of its unit, which decides who may open a sign-in sheet. */
export type EvidenceRecord = EvidenceRow & { orgPath: string };

export interface HistoryRecord {
  id: number;
  at: string;
  action: string;
  user: UserRef | null;
  before: unknown;
  after: unknown;
}

/** What the ledger services need from storage; `ActivityRepository` implements it on Kysely. */
export interface ActivityStore {
  /** The entry, deleted or not. */
  findById(id: number): Promise<ActivityRecord | undefined>;
  list(filter: ActivityListFilter): Promise<{ items: ActivitySummaryRecord[]; total: number }>;
  insert(activity: NewActivity, now: string): Promise<number>;
  /** Applies the patch only if the stored version still is `expectedVersion`; false otherwise. */
  update(id: number, patch: ActivityPatch, expected: { version: number; userId: number | null; now: string }): Promise<boolean>;
  replaceMeasures(id: number, values: ScaledMeasure[]): Promise<void>;
  replaceTags(id: number, tagIds: number[]): Promise<void>;
  /** Attaches exactly these files in this order, detaches any other (never deletes), and recounts. */
  replaceEvidence(id: number, evidenceIds: number[]): Promise<void>;
  listEvidence(activityId: number): Promise<EvidenceRecord[]>;
  listEvidenceByIds(ids: number[]): Promise<EvidenceRecord[]>;
  findType(id: number): Promise<ActivityTypeRecord | undefined>;
  listChildTypeIds(categoryId: number): Promise<number[]>;
  listTypeIndicators(typeId: number): Promise<IndicatorSpec[]>;
  /** Names of indicators by code, to word an error about an indicator the type does not offer. */
  listIndicatorNames(codes: string[]): Promise<Map<string, string>>;
  listTags(ids: number[]): Promise<TagRecord[]>;
  /** Audit rows of the entry, oldest first, with the acting user's name. */
  listHistory(id: number): Promise<HistoryRecord[]>;
}
