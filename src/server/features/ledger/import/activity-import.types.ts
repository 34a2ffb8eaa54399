import type { ActivityTypeRecord, IndicatorRecord, TagRecord } from '../../catalogue/catalogue.types.js';
import type { NewActivity } from '../activity.types.js';
import type { ActivityStatus } from '../../../../contracts/ledger.contract.js';

/** A cell as read from the file: text from CSV, text/number/date from .xlsx; null when empty. */
export type RawCell = string | number | Date | null;

/** One data row; `row` is the spreadsheet's own row number, as users see it. */
export interface RawRow {
  row: number;
  cells: RawCell[];
}

export interface ImportTable {
  /** Row number of the header. */
  headerRow: number;
  header: string[];
  rows: RawRow[];
}

// The importer reads the catalogue's own records; it adds only each type's indicator list.
export type ImportIndicator = IndicatorRecord;
export type ImportTag = TagRecord;
export interface ImportType extends ActivityTypeRecord {
  indicators: Array<{ indicatorId: number; required: boolean }>;
}

/** The catalogue as the importer needs it, read once per import. */
export interface ImportCatalogue {
  indicators: ImportIndicator[];
  types: ImportType[];
  tags: ImportTag[];
}

/** Everything the import template shows, active entries only. */
export interface TemplateData {
  indicators: ImportIndicator[];
  categories: ImportType[];
  types: ImportType[];
  tags: ImportTag[];
  /** The caller's unit, and an example 单位 value below it (城关镇/东风村). */
  unitName: string;
  exampleUnit: string;
}

export interface ScopeUnit {
  id: number;
  name: string;
  kind: string;
  parentId: number | null;
  path: string;
  active: boolean;
}

/** An entry already in the ledger, as far as duplicate detection needs it. */
export interface ExistingEntryKey {
  id: number;
  orgId: number;
  typeId: number;
  title: string;
  startDate: string;
}

/** A complete ledger entry for bulk insertion (import and demo data). */
export interface NewLedgerEntry extends NewActivity {
  status: ActivityStatus;
  returnReason: string | null;
  createdAt: string;
  submittedAt: string | null;
  reviewedBy: number | null;
  reviewedAt: string | null;
  /** Scaled integers (money in 分). */
  measures: Array<{ indicatorId: number; value: number }>;
  tagIds: number[];
  /** The audit record's `after` view; the new id is its entity id. */
  auditAfter: unknown;
}

export interface BulkAudit {
  action: string;
  userId: number | null;
  requestId: string | null;
  at: string;
}

export interface NewCampaignRow {
  orgId: number;
  name: string;
  startDate: string;
  endDate: string;
}

/** What the importer (and the demo ledger) need from storage; `ActivityImportRepository` implements it. */
export interface ActivityImportStore {
  loadCatalogue(): Promise<ImportCatalogue>;
  /** Every unit of the subtree at `path`, inactive ones too (to say so instead of "unknown"). */
  listScopeUnits(path: string): Promise<ScopeUnit[]>;
  listUnitNames(ids: number[]): Promise<Map<number, string>>;
  /** Live entries of the subtree starting between `from` and `to` (inclusive). */
  listLiveEntryKeys(path: string, from: string, to: string): Promise<ExistingEntryKey[]>;
  /**
   * Inserts the entries with their measures, tags and one audit record each, and adds them to the
   * roll-up store (statistics) in the same transaction; returns the new ids in order. `audit` null
   * writes no audit records: only for synthetic benchmark data, which nobody entered (its run
   * writes one summary record instead).
   */
  insertEntries(entries: NewLedgerEntry[], audit: BulkAudit | null): Promise<number[]>;
  countEntriesInSubtree(path: string): Promise<number>;
  /** Inserts the campaigns the unit does not have yet (same name and start date); returns how many. */
  ensureCampaigns(campaigns: NewCampaignRow[]): Promise<number>;
  /** Usernames to ids, for attributing demo entries to demo accounts. */
  findUserIds(usernames: string[]): Promise<Map<string, number>>;
}
