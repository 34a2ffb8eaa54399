import { IsoDateSchema } from './common.contract.js';
import { z } from './zod-locale.js';

export const ACTIVITY_STATUSES = ['draft', 'submitted', 'approved', 'returned'] as const;
export const ActivityStatusSchema = z.enum(ACTIVITY_STATUSES);
export type ActivityStatus = z.infer<typeof ActivityStatusSchema>;
export const ACTIVITY_STATUS_LABELS: Record<ActivityStatus, string> = { draft: '草稿', submitted: '待审核', approved: '已通过', returned: '已退回' };

export const EVIDENCE_KINDS = ['photo', 'document', 'signin_sheet'] as const;
export const EvidenceKindSchema = z.enum(EVIDENCE_KINDS);
export type EvidenceKind = z.infer<typeof EvidenceKindSchema>;
export const EVIDENCE_KIND_LABELS: Record<EvidenceKind, string> = { photo: '照片', document: '文档', signin_sheet: '签到表（含姓名）' };

export const TITLE_MAX = 100;
export const TEXT_MAX = 2000;
export const MEASURE_MAX = 1_000_000_000_000;

const isoDate = IsoDateSchema;

/**
 * Measures keyed by indicator code, in the indicator's display unit (元 for money). Integer
 * indicators take whole numbers; decimal and money take up to two decimals. Checked per type by the server.
 */
// Sign and precision are checked per indicator by the server, which can name it (「参与人次」应为非负整数).
export const MeasuresSchema = z.record(z.string(), z.number().max(MEASURE_MAX, '数值过大'));
export type Measures = z.infer<typeof MeasuresSchema>;

/** An evidence file (佐证材料). Sign-in sheets carry names: only the unit and its reviewers may open them. */
export const EvidenceSchema = z.object({
  id: z.number().int(),
  filename: z.string(),
  mime: z.string(),
  size: z.number().int(),
  kind: EvidenceKindSchema,
  caption: z.string(),
  hasThumbnail: z.boolean(),
  /** False when the caller may see that the file exists but not open it (a sign-in sheet). */
  canOpen: z.boolean(),
  url: z.string(),
  thumbnailUrl: z.string().nullable(),
  activityId: z.number().int().nullable(),
  createdAt: z.string(),
});
export type Evidence = z.infer<typeof EvidenceSchema>;

export const UserRefSchema = z.object({ id: z.number().int(), displayName: z.string() });

export const ActivitySummarySchema = z.object({
  id: z.number().int(),
  orgId: z.number().int(),
  orgName: z.string(),
  typeId: z.number().int(),
  typeName: z.string(),
  categoryName: z.string(),
  title: z.string(),
  startDate: isoDate,
  endDate: isoDate,
  place: z.string(),
  status: ActivityStatusSchema,
  measures: MeasuresSchema,
  tagIds: z.array(z.number().int()),
  evidenceCount: z.number().int(),
  /** First photo's thumbnail for lists, if any. */
  coverThumbnailUrl: z.string().nullable(),
  updatedAt: z.string(),
  deletedAt: z.string().nullable(),
});
export type ActivitySummary = z.infer<typeof ActivitySummarySchema>;

export const ActivitySchema = ActivitySummarySchema.extend({
  organiser: z.string(),
  summary: z.string(),
  returnReason: z.string().nullable(),
  evidence: z.array(EvidenceSchema),
  version: z.number().int(),
  createdBy: UserRefSchema.nullable(),
  createdAt: z.string(),
  submittedAt: z.string().nullable(),
  reviewedBy: UserRefSchema.nullable(),
  reviewedAt: z.string().nullable(),
  /** What the caller may do now, so the UI shows only the buttons that will work. */
  allowed: z.object({
    edit: z.boolean(),
    submit: z.boolean(),
    approve: z.boolean(),
    return: z.boolean(),
    reopen: z.boolean(),
    delete: z.boolean(),
    restore: z.boolean(),
  }),
});
export type Activity = z.infer<typeof ActivitySchema>;

const titleField = z.string().trim().min(1, '标题不能为空').max(TITLE_MAX, `标题不能超过${TITLE_MAX}个字`);
const shortText = (label: string, max: number) => z.string().trim().max(max, `${label}不能超过${max}个字`);

export const CreateActivityBodySchema = z
  .object({
    orgId: z.number().int().positive(),
    typeId: z.number().int().positive(),
    title: titleField,
    startDate: isoDate,
    endDate: isoDate.optional(),
    place: shortText('地点', 100).optional(),
    organiser: shortText('组织者', 100).optional(),
    summary: shortText('内容摘要', TEXT_MAX).optional(),
    measures: MeasuresSchema.default({}),
    tagIds: z.array(z.number().int().positive()).max(50).default([]),
    /** Files uploaded with POST /api/files, attached in this order. */
    evidenceIds: z.array(z.number().int().positive()).max(50).default([]),
    /** Submit for review right away instead of saving a draft. */
    submit: z.boolean().optional(),
  })
  .refine((b) => !b.endDate || b.endDate >= b.startDate, { message: '结束日期不能早于开始日期', path: ['endDate'] });
export type CreateActivityBody = z.infer<typeof CreateActivityBodySchema>;

export const UpdateActivityBodySchema = z
  .object({
    /** The version the editor started from; a stale one answers 409 instead of overwriting. */
    version: z.number().int().positive(),
    orgId: z.number().int().positive().optional(),
    typeId: z.number().int().positive().optional(),
    title: titleField.optional(),
    startDate: isoDate.optional(),
    endDate: isoDate.optional(),
    place: shortText('地点', 100).optional(),
    organiser: shortText('组织者', 100).optional(),
    summary: shortText('内容摘要', TEXT_MAX).optional(),
    measures: MeasuresSchema.optional(),
    tagIds: z.array(z.number().int().positive()).max(50).optional(),
    evidenceIds: z.array(z.number().int().positive()).max(50).optional(),
  })
  .refine((b) => !b.endDate || !b.startDate || b.endDate >= b.startDate, { message: '结束日期不能早于开始日期', path: ['endDate'] });
export type UpdateActivityBody = z.infer<typeof UpdateActivityBodySchema>;

export const ReasonBodySchema = z.object({ reason: z.string().trim().min(2, '请填写原因（至少2个字）').max(500, '原因不能超过500个字') });
export type ReasonBody = z.infer<typeof ReasonBodySchema>;

const csvInts = z
  .string()
  .regex(/^\d+(,\d+)*$/, '应为以逗号分隔的编号')
  .transform((s) => s.split(',').map(Number));
const csvStatuses = z
  .string()
  .transform((s) => s.split(','))
  .pipe(z.array(ActivityStatusSchema));

/** The fewest characters a search term may have: a single character matches too much to be a search. */
export const SEARCH_TERM_MIN = 2;

/**
 * The terms of a search: the words between spaces (half- or full-width, as Chinese input methods
 * type them), each once. An entry matches when it holds every term, each in its title, summary or
 * place or in its unit's name.
 */
export function searchTerms(q: string): string[] {
  return [...new Set(q.split(/\s+/).filter((term) => term !== ''))];
}

/** Whether there is a term and every term is long enough to be searched for. */
export function searchTermsComplete(terms: string[]): boolean {
  return terms.length > 0 && terms.every((term) => [...term].length >= SEARCH_TERM_MIN);
}

export const ACTIVITY_SORTS = ['-date', 'date', '-updated', 'updated'] as const;

export const ListActivitiesQuerySchema = z.object({
  /** A unit of the caller's subtree; its whole subtree is listed. Default: the caller's unit. */
  orgId: z.coerce.number().int().positive().optional(),
  /** A type or a category (then all its types). */
  typeId: z.coerce.number().int().positive().optional(),
  from: isoDate.optional(),
  to: isoDate.optional(),
  status: csvStatuses.optional(),
  /** Entries carrying all of these tags. */
  tagIds: csvInts.optional(),
  hasEvidence: z.enum(['true', 'false']).optional(),
  /** Search terms separated by spaces, all to be found (see searchTerms); each two or more characters. */
  q: z
    .string()
    .trim()
    .max(50)
    .refine((q) => searchTermsComplete(searchTerms(q)), '搜索词至少2个字')
    .optional(),
  /** Admins only: list soft-deleted entries instead of live ones. */
  deleted: z.enum(['true', 'false']).optional(),
  sort: z.enum(ACTIVITY_SORTS).optional(),
  page: z.coerce.number().int().min(1).optional(),
  pageSize: z.coerce.number().int().min(1).max(200).optional(),
});
export type ListActivitiesQuery = z.infer<typeof ListActivitiesQuerySchema>;

export const ActivityPageSchema = z.object({
  items: z.array(ActivitySummarySchema),
  total: z.number().int(),
  page: z.number().int(),
  pageSize: z.number().int(),
});
export type ActivityPage = z.infer<typeof ActivityPageSchema>;

export const ActivityIdParamsSchema = z.object({ id: z.coerce.number().int().positive() });

export const HistoryEntrySchema = z.object({
  id: z.number().int(),
  at: z.string(),
  action: z.string(),
  /** Chinese description of the action: 创建, 修改, 提交审核, 审核通过, 退回, 重新打开, 删除, 恢复. */
  actionLabel: z.string(),
  user: UserRefSchema.nullable(),
  before: z.unknown(),
  after: z.unknown(),
});
export const HistorySchema = z.object({ items: z.array(HistoryEntrySchema) });
export type HistoryEntry = z.infer<typeof HistoryEntrySchema>;

export const UploadEvidenceQuerySchema = z.object({
  kind: EvidenceKindSchema.optional(),
  caption: z.string().trim().max(200, '说明不能超过200个字').optional(),
  /** The unit the file belongs to (must be in scope); default: the caller's unit. */
  orgId: z.coerce.number().int().positive().optional(),
});
export const UpdateEvidenceBodySchema = z
  .object({ caption: z.string().trim().max(200, '说明不能超过200个字').optional(), kind: EvidenceKindSchema.optional() })
  .refine((b) => Object.keys(b).length > 0, '请至少修改一项');
export const EvidenceIdParamsSchema = z.object({ id: z.coerce.number().int().positive() });

export const ImportActivitiesQuerySchema = z.object({
  dryRun: z.enum(['true', 'false']).optional(),
  /** Create the entries as submitted for review (default: drafts). */
  submit: z.enum(['true', 'false']).optional(),
});
/** How many parsed rows an import answer shows, so the user sees what will be written before committing. */
export const IMPORT_PREVIEW_ROWS = 20;

/** One row as the server read it: resolved unit and type, ISO dates, figures in their display units. */
export const ImportPreviewRowSchema = z.object({
  /** The spreadsheet's own row number. */
  row: z.number().int(),
  /** Name path from the importer's unit down (城关镇/东风村). */
  unit: z.string(),
  typeName: z.string(),
  title: z.string(),
  startDate: isoDate,
  endDate: isoDate,
  place: z.string(),
  organiser: z.string(),
  summary: z.string(),
  measures: z.array(z.object({ name: z.string(), unit: z.string(), value: z.number() })),
  tags: z.array(z.string()),
});
export type ImportPreviewRow = z.infer<typeof ImportPreviewRowSchema>;

export const ImportActivitiesResultSchema = z.object({
  dryRun: z.boolean(),
  rows: z.number().int(),
  created: z.number().int(),
  /** The first IMPORT_PREVIEW_ROWS rows as parsed; `rows` says how many there are in all. */
  preview: z.array(ImportPreviewRowSchema),
});
export type ImportActivitiesResult = z.infer<typeof ImportActivitiesResultSchema>;
