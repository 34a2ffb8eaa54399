import type { ReportBody, ReportKind } from '../../../contracts/report.contract.js';

/** A stored report as services see it (the repository parses the body and maps the row). */
export interface ReportRecord {
  id: number;
  orgId: number;
  orgName: string;
  orgPath: string;
  title: string;
  kind: ReportKind;
  from: string;
  to: string;
  body: ReportBody;
  version: number;
  versionNote: string;
  createdAt: string;
  updatedBy: number | null;
  updatedByName: string | null;
  updatedAt: string;
  archivedAt: string | null;
}

export type ReportSummaryRecord = Omit<ReportRecord, 'body' | 'versionNote'>;

/** An earlier version of a report; `body` only when one version is read. */
export interface ReportVersionRecord {
  version: number;
  title: string;
  savedBy: number | null;
  savedByName: string | null;
  savedAt: string;
  note: string;
}

export interface NewReport {
  orgId: number;
  title: string;
  kind: ReportKind;
  from: string;
  to: string;
  body: ReportBody;
  note: string;
  userId: number | null;
  now: string;
}

/** A new current version: title and body, and how it came about. */
export interface ReportSave {
  title: string;
  body: ReportBody;
  note: string;
}

export interface ReportListFilter {
  /** Subtree of this materialized path. */
  path: string;
  archived: boolean;
  offset: number;
  limit: number;
}

/** What the report service needs from storage; `ReportRepository` implements it on Kysely. */
export interface ReportStore {
  findById(id: number): Promise<ReportRecord | undefined>;
  /** Reports of units in the subtree, latest period first. */
  list(filter: ReportListFilter): Promise<{ items: ReportSummaryRecord[]; total: number }>;
  insert(report: NewReport): Promise<number>;
  /** Writes the new current version if the stored one is still `expected.version`; false otherwise. */
  save(id: number, save: ReportSave, expected: { version: number; userId: number | null; now: string }): Promise<boolean>;
  /** Keeps a replaced version. */
  insertVersion(
    reportId: number,
    version: { version: number; title: string; body: ReportBody; savedBy: number | null; savedAt: string; note: string },
  ): Promise<void>;
  /** Earlier versions, newest first (the current one lives on the report). */
  listVersions(reportId: number): Promise<ReportVersionRecord[]>;
  findVersion(reportId: number, version: number): Promise<(ReportVersionRecord & { body: ReportBody }) | undefined>;
  /** Sets archived_at if not yet set; false when it already was. */
  archive(id: number, expected: { userId: number | null; now: string }): Promise<boolean>;
}
