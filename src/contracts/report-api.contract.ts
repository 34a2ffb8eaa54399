import { CheckResultSchema, ReportBodySchema, ReportKindSchema, ReportSchema } from './report.contract.js';
import { z } from './zod-locale.js';

/** The report store's API (/api/reports): list, read, edit with versions, refresh figures, archive. */

export const ReportIdParamsSchema = z.object({ id: z.coerce.number().int().positive() });
export const ReportVersionParamsSchema = z.object({ id: z.coerce.number().int().positive(), version: z.coerce.number().int().positive() });

export const ListReportsQuerySchema = z.object({
  /** A unit of the caller's subtree: its reports and those of every unit below it. Default: the caller's unit. */
  org: z.coerce.number().int().positive().optional(),
  /** `true`: the archived reports instead of the live ones. */
  archived: z.enum(['true', 'false']).optional(),
  page: z.coerce.number().int().min(1).optional(),
  pageSize: z.coerce.number().int().min(1).max(200).optional(),
});
export type ListReportsQuery = z.infer<typeof ListReportsQuerySchema>;

/** A report as one row of a list: everything but the body. */
export const ReportSummarySchema = z.object({
  id: z.number().int(),
  orgId: z.number().int(),
  orgName: z.string(),
  title: z.string(),
  kind: ReportKindSchema,
  from: z.string(),
  to: z.string(),
  version: z.number().int(),
  createdAt: z.string(),
  updatedAt: z.string(),
  updatedBy: z.string().nullable(),
  archivedAt: z.string().nullable(),
});
export type ReportSummary = z.infer<typeof ReportSummarySchema>;

export const ReportPageSchema = z.object({
  items: z.array(ReportSummarySchema),
  total: z.number().int(),
  page: z.number().int(),
  pageSize: z.number().int(),
});
export type ReportPage = z.infer<typeof ReportPageSchema>;

/** A whole report, and whether it has been archived. */
export const ReportDetailSchema = ReportSchema.extend({ archivedAt: z.string().nullable() });
export type ReportDetail = z.infer<typeof ReportDetailSchema>;

/** PUT /api/reports/:id: the edited title and body, and the version they were edited from. */
export const UpdateReportBodySchema = z.object({
  version: z.number().int().positive(),
  title: z.string().trim().min(1, '标题不能为空').max(100).optional(),
  body: ReportBodySchema,
});
export type UpdateReportBody = z.infer<typeof UpdateReportBodySchema>;

/** Restore and refresh: optionally the version the caller is looking at (409 when it is no longer current). */
export const ReportActionBodySchema = z.object({ version: z.number().int().positive().optional() }).nullish();
export type ReportActionBody = z.infer<typeof ReportActionBodySchema>;

export const ReportVersionSummarySchema = z.object({
  version: z.number().int(),
  title: z.string(),
  savedAt: z.string(),
  savedBy: z.string().nullable(),
  /** How this version came about: 起草, 编辑, 刷新数字, 恢复第2版… */
  note: z.string(),
  current: z.boolean(),
});
export type ReportVersionSummary = z.infer<typeof ReportVersionSummarySchema>;

/** Every version, newest (the current one) first. */
export const ReportVersionListSchema = z.object({ items: z.array(ReportVersionSummarySchema) });
export type ReportVersionList = z.infer<typeof ReportVersionListSchema>;

export const ReportVersionSchema = ReportVersionSummarySchema.extend({ body: ReportBodySchema });
export type ReportVersion = z.infer<typeof ReportVersionSchema>;

/** A figure whose text a refresh changed. */
export const FigureChangeSchema = z.object({ figureId: z.string(), label: z.string(), before: z.string(), after: z.string() });
export type FigureChange = z.infer<typeof FigureChangeSchema>;

export const RefreshedReportSchema = ReportDetailSchema.extend({ changed: z.array(FigureChangeSchema) });
export type RefreshedReport = z.infer<typeof RefreshedReportSchema>;

/**
 * POST /api/reports/:id/check: 材料体检 of the stored report, its figures compared with what the
 * ledger answers now. The result of POST /api/reports/check plus the version checked and where each
 * block's line sits in `text`, so a finding leads back to its block.
 */
export const StoredReportCheckSchema = CheckResultSchema.extend({
  version: z.number().int(),
  blocks: z.array(z.object({ blockId: z.string(), start: z.number().int(), end: z.number().int() })),
});
export type StoredReportCheck = z.infer<typeof StoredReportCheckSchema>;
