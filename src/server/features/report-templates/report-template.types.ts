/** A stored template as services see it (the repository maps the row and parses its placeholders). */
export interface ReportTemplateRecord {
  id: number;
  orgId: number;
  orgName: string;
  orgPath: string;
  name: string;
  filename: string;
  size: number;
  sha256: string;
  placeholders: string[];
  /** Leftovers found in the template's own text at upload, as Chinese warnings. */
  warnings: string[];
  createdAt: string;
  createdByName: string | null;
  archivedAt: string | null;
}

export interface NewReportTemplate {
  orgId: number;
  name: string;
  filename: string;
  size: number;
  sha256: string;
  placeholders: string[];
  warnings: string[];
  userId: number | null;
  now: string;
}

/** Who sees which templates: those of the subtree at `path` and those of the units `ancestorIds`. */
export interface TemplateReach {
  path: string;
  ancestorIds: number[];
}

/** What the template service needs from storage; `ReportTemplateRepository` implements it on Kysely. */
export interface ReportTemplateStore {
  findById(id: number): Promise<ReportTemplateRecord | undefined>;
  list(reach: TemplateReach, archived: boolean): Promise<ReportTemplateRecord[]>;
  insert(t: NewReportTemplate): Promise<number>;
  /** False when it was already archived. */
  archive(id: number, by: { userId: number | null; now: string }): Promise<boolean>;
}
