import { IsoDateSchema } from './common.contract.js';
import { StatsStatusSchema } from './stats.contract.js';
import { z } from './zod-locale.js';

/**
 * User templates (自定义模板): a .docx an office already uses, with docxtemplater placeholders in
 * Chinese — `{单位名称}`, `{宣讲场次}`, `{投入资金:金额}`, loops such as
 * `{#下级单位}{名称}{活动数}{/下级单位}` — filled from the statistics of a unit and a period.
 * Placeholders are checked when the template is uploaded (and again when it is filled, since the
 * catalogue may have changed), so a filled document never carries a blank or a leftover tag.
 */

/** How placeholders are grouped on the page that lists them. */
export const PLACEHOLDER_GROUPS = ['basic', 'indicator', 'category', 'type', 'loop'] as const;
export const PlaceholderGroupSchema = z.enum(PLACEHOLDER_GROUPS);
export type PlaceholderGroup = z.infer<typeof PlaceholderGroupSchema>;
export const PLACEHOLDER_GROUP_LABELS: Record<PlaceholderGroup, string> = {
  basic: '基本信息',
  indicator: '统计指标',
  category: '活动类别',
  /** Per activity type: `{宣讲/报告会活动数}`, `{宣讲/报告会场次}` (also written `{宣讲场次}`). */
  type: '活动类型',
  loop: '循环（逐项列出）',
};

/**
 * Number styles a numeric placeholder takes after a colon (half- or full-width):
 * `{宣讲场次}` 312, `{宣讲场次:约数}` 300余, `{宣讲场次:多}` 300多, `{宣讲场次:万}` 1.4万,
 * `{宣讲场次:中文}` 三百一十二, `{投入资金:金额}` 1.24亿元, `{完成率:百分比}` 42.96%.
 */
export const PLACEHOLDER_STYLES = ['约数', '多', '万', '中文', '金额', '百分比'] as const;
export type PlaceholderStyle = (typeof PLACEHOLDER_STYLES)[number];

/** A field available inside a loop, written `{名称}` between `{#下级单位}` and `{/下级单位}`. */
export const PlaceholderFieldSchema = z.object({
  name: z.string(),
  description: z.string(),
  numeric: z.boolean(),
});
export type PlaceholderField = z.infer<typeof PlaceholderFieldSchema>;

export const PlaceholderSchema = z.object({
  /** As written between the braces, without a style: 宣讲场次. Loops are written `{#name}…{/name}`. */
  name: z.string(),
  group: PlaceholderGroupSchema,
  /** What it holds, in Chinese: 报告期内本单位及下级已审核台账的宣讲场次合计. */
  description: z.string(),
  /** Numbers take the styles above; text does not. */
  numeric: z.boolean(),
  /** Its value for the unit and period asked about (loops: how many items), when one was given. */
  example: z.string().optional(),
  /** Loops only: what each item offers. */
  fields: z.array(PlaceholderFieldSchema).optional(),
});
export type Placeholder = z.infer<typeof PlaceholderSchema>;

/** GET /api/report-templates/placeholders: every placeholder; with org, from and to, each with its value. */
export const PlaceholderQuerySchema = z.object({
  org: z.coerce.number().int().positive().optional(),
  from: IsoDateSchema.optional(),
  to: IsoDateSchema.optional(),
  status: StatsStatusSchema.optional(),
});
export type PlaceholderQuery = z.infer<typeof PlaceholderQuerySchema>;

export const PlaceholderListSchema = z.object({
  items: z.array(PlaceholderSchema),
  styles: z.array(z.object({ name: z.string(), description: z.string(), example: z.string() })),
});
export type PlaceholderList = z.infer<typeof PlaceholderListSchema>;

export const ReportTemplateSchema = z.object({
  id: z.number().int(),
  /** The unit that owns it: users of that unit and every unit below it may fill it. */
  orgId: z.number().int(),
  orgName: z.string(),
  name: z.string(),
  /** The uploaded file's name. */
  filename: z.string(),
  size: z.number().int(),
  /** The placeholders it uses, as written (宣讲场次:约数, #下级单位), in document order without repeats. */
  placeholders: z.array(z.string()),
  /**
   * Leftovers found in the template's own text when it was uploaded (XX县, 20XX年, 某某, ****,
   * 小编…), which every filled document would repeat: one Chinese sentence each, saying where and
   * what, with the placeholder to write instead when one obviously fits
   * (第5段：「20XX年」像是没有填写的占位符，生成的文档会原样保留；可改为「{报告年度}年」或删去).
   * At most 20, then one last line 另有N处…. Never a refusal: empty for a clean template.
   */
  warnings: z.array(z.string()),
  createdAt: z.string(),
  createdBy: z.string().nullable(),
  archivedAt: z.string().nullable(),
});
export type ReportTemplate = z.infer<typeof ReportTemplateSchema>;

export const ReportTemplateListSchema = z.object({ items: z.array(ReportTemplateSchema) });
export type ReportTemplateList = z.infer<typeof ReportTemplateListSchema>;

export const ListReportTemplatesQuerySchema = z.object({
  /** `true`: the archived templates instead of the live ones. */
  archived: z.enum(['true', 'false']).optional(),
});
export type ListReportTemplatesQuery = z.infer<typeof ListReportTemplatesQuerySchema>;

export const ReportTemplateIdParamsSchema = z.object({ id: z.coerce.number().int().positive() });

/**
 * POST /api/report-templates is multipart: `file` (the .docx), optional `name` (default: the file
 * name without .docx) and optional `orgId` (default: the caller's unit). A template whose tags do
 * not parse or name unknown placeholders is refused with 422, one error per problem, each saying
 * where (第3段) and what (未知占位符「{宣讲次数}」，是否为「{宣讲场次}」？). Leftovers in its own
 * text refuse nothing: 201 with them in `warnings`.
 */
export const UploadReportTemplateFieldsSchema = z.object({
  name: z.string().trim().min(1, '请填写模板名称').max(100).optional(),
  orgId: z.coerce.number().int().positive().optional(),
});
export type UploadReportTemplateFields = z.infer<typeof UploadReportTemplateFieldsSchema>;

/** POST /api/report-templates/:id/fill → the filled .docx. */
export const FillReportTemplateBodySchema = z
  .object({
    org: z.number().int().positive(),
    from: IsoDateSchema,
    to: IsoDateSchema,
    status: StatsStatusSchema.default('approved'),
  })
  .refine((b) => b.from <= b.to, { message: '开始日期不能晚于结束日期', path: ['to'] });
export type FillReportTemplateBody = z.infer<typeof FillReportTemplateBodySchema>;
