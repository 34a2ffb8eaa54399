import { IsoDateSchema } from './common.contract.js';
import { StatsStatusSchema } from './stats.contract.js';
import { z } from './zod-locale.js';

/**
 * Summary reports (总结汇报材料). A report is a flat list of blocks (title, headings, paragraphs,
 * charts, signature); headings carry no number of their own — 一、（一）1.（1） are computed from
 * their levels wherever the report is shown or written, so numbering cannot break. Figures are
 * bindings, not typed digits: each keeps its question, its exact value and its display style.
 */
export const REPORT_KINDS = ['county', 'township', 'school', 'agency', 'enterprise', 'village', 'generic'] as const;
export const ReportKindSchema = z.enum(REPORT_KINDS);
export type ReportKind = z.infer<typeof ReportKindSchema>;
export const REPORT_KIND_LABELS: Record<ReportKind, string> = {
  county: '县（市、区）',
  township: '乡镇（街道）',
  school: '学校',
  agency: '机关单位',
  enterprise: '企业',
  village: '村（社区）',
  generic: '通用',
};

/** How a figure is written: see domain/chinese-number.ts (exact 5245名, approx 300余场次, money 1.24亿元…). */
export const FIGURE_STYLES = ['exact', 'approx', 'approx_duo', 'wan', 'money', 'percent', 'chinese'] as const;
export const FigureStyleSchema = z.enum(FIGURE_STYLES);
export type FigureStyle = z.infer<typeof FigureStyleSchema>;

/** The statistics question behind a figure: a total of one metric for a unit's subtree and period. */
export const FigureQuerySchema = z.object({
  org: z.number().int().positive(),
  from: IsoDateSchema,
  to: IsoDateSchema,
  status: StatsStatusSchema,
  /** `entries` (number of entries), `units` (units of the subtree, optionally of `unitKind`), `reporting_units`, or an indicator code. */
  metric: z.string().min(1).max(40),
  /** Only entries of these types (categories expanded). */
  types: z.array(z.number().int().positive()).max(50).optional(),
  /** Only entries carrying this tag. */
  tagId: z.number().int().positive().optional(),
  /** For metric `units` / `reporting_units`: only units of this kind. */
  unitKind: z.string().max(40).optional(),
});
export type FigureQuery = z.infer<typeof FigureQuerySchema>;

export const FigureSchema = z.object({
  /** Stable within the report: `f1`, `f2`… */
  id: z.string().regex(/^f\d+$/),
  /** What it counts, in Chinese: 宣讲/报告会场次, 投入资金. */
  label: z.string().max(100),
  query: FigureQuerySchema,
  style: FigureStyleSchema,
  /** Written after the number: 场次, 人次, 户 (money figures choose 元/万元/亿元 themselves). */
  unit: z.string().max(20),
  /** Exact value at the last refresh, in display units (元 for money). */
  value: z.number(),
  /** The figure as written at the last refresh (300余场次). */
  text: z.string(),
  refreshedAt: z.string(),
  /** Set by a refresh when the value moved: the text it had before. */
  previousText: z.string().nullable().default(null),
});
export type Figure = z.infer<typeof FigureSchema>;

export const InlineSchema = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('text'), text: z.string().max(5000) }),
  z.object({ kind: z.literal('figure'), figureId: z.string() }),
]);
export type Inline = z.infer<typeof InlineSchema>;

export const CHART_KINDS = ['bar', 'line', 'pie'] as const;
export const ChartSpecSchema = z.object({
  kind: z.enum(CHART_KINDS),
  title: z.string().max(100),
  org: z.number().int().positive(),
  from: IsoDateSchema,
  to: IsoDateSchema,
  status: StatsStatusSchema,
  groupBy: z.enum(['child', 'month', 'quarter', 'category', 'type', 'tag']),
  /** `entries` or an indicator code. */
  metric: z.string().max(40),
});
export type ChartSpec = z.infer<typeof ChartSpecSchema>;

/**
 * What a chart block shows: the answer to its question, kept with the body like a figure's value.
 * The server writes it when the report is drafted or refreshed (and when a chart is added or
 * re-asked in an edit), so a download draws the same answers the text was written from; what a
 * client sends here is ignored. No points: nothing to draw (no data, or a question that can no
 * longer be answered).
 */
export const ChartDataSchema = z.object({
  /** The groups as drawn, in display units (元 for money); 本级 only when the unit recorded something itself. */
  points: z.array(z.object({ label: z.string().max(200), value: z.number() })).max(5000),
  /** 次 for entries, else the indicator's unit. */
  unit: z.string().max(20),
  refreshedAt: z.string(),
});
export type ChartData = z.infer<typeof ChartDataSchema>;

export const BLOCK_TYPES = ['title', 'salutation', 'heading', 'paragraph', 'chart', 'signature', 'date'] as const;
export const BlockSchema = z.object({
  id: z.string().max(20),
  type: z.enum(BLOCK_TYPES),
  /** Heading level 1–4 (一、 （一） 1. （1）); other blocks leave it out. */
  level: z.number().int().min(1).max(4).optional(),
  /** Section this block belongs to (basic, practices, highlights, shortcomings, next, …), for the editor's outline. */
  section: z.string().max(40).optional(),
  inlines: z.array(InlineSchema).max(500),
  chart: ChartSpecSchema.optional(),
  /** The chart's stored answer; absent in reports stored before charts were kept (their download asks the ledger). */
  chartData: ChartDataSchema.optional(),
  /** A drafted suggestion the writer should confirm or delete (存在的不足 from data); shown marked in the editor, written plainly in the .docx. */
  suggestion: z.boolean().optional(),
});
export type Block = z.infer<typeof BlockSchema>;

export const ReportBodySchema = z.object({
  blocks: z.array(BlockSchema).max(2000),
  figures: z.array(FigureSchema).max(2000),
  /** Write the charts and the appendix table (every figure with its source question) into the .docx. */
  options: z.object({ charts: z.boolean().default(true), appendix: z.boolean().default(false) }).default({ charts: true, appendix: false }),
});
export type ReportBody = z.infer<typeof ReportBodySchema>;

export const ReportSchema = z.object({
  id: z.number().int(),
  orgId: z.number().int(),
  orgName: z.string(),
  title: z.string(),
  kind: ReportKindSchema,
  from: IsoDateSchema,
  to: IsoDateSchema,
  body: ReportBodySchema,
  version: z.number().int(),
  createdAt: z.string(),
  updatedAt: z.string(),
  updatedBy: z.string().nullable(),
});
export type Report = z.infer<typeof ReportSchema>;

export const CreateReportBodySchema = z
  .object({
    orgId: z.number().int().positive(),
    from: IsoDateSchema,
    to: IsoDateSchema,
    kind: ReportKindSchema.optional(),
    status: StatsStatusSchema.default('approved'),
    title: z.string().trim().min(1).max(100).optional(),
  })
  .refine((b) => b.from <= b.to, { message: '开始日期不能晚于结束日期', path: ['to'] });
export type CreateReportBody = z.infer<typeof CreateReportBodySchema>;

/** Findings of the report checker (材料体检); offsets index the checked text. */
export const FINDING_SEVERITIES = ['error', 'warning', 'info'] as const;
export const FindingSchema = z.object({
  rule: z.string(),
  severity: z.enum(FINDING_SEVERITIES),
  message: z.string(),
  start: z.number().int(),
  end: z.number().int(),
  text: z.string(),
});
export type FindingView = z.infer<typeof FindingSchema>;

export const CheckTextBodySchema = z.object({
  text: z.string().min(1, '请粘贴要检查的材料').max(500_000, '材料过长（超过50万字）'),
  /** Dates outside this period are flagged. */
  from: IsoDateSchema.optional(),
  to: IsoDateSchema.optional(),
});
export type CheckTextBody = z.infer<typeof CheckTextBodySchema>;

export const CheckResultSchema = z.object({
  /** The text that was checked (extracted from the upload, or as sent), which the offsets index. */
  text: z.string(),
  findings: z.array(FindingSchema),
  summary: z.object({ errors: z.number().int(), warnings: z.number().int(), infos: z.number().int() }),
  /** Rule ids → Chinese titles, for grouping findings in the UI. */
  rules: z.record(z.string(), z.string()),
});
export type CheckResult = z.infer<typeof CheckResultSchema>;

/**
 * A figure of a .docx Shiliu wrote, as the file carries it: the text written and a little of its
 * paragraph on either side (stopping at a neighbouring figure), so a check of the file, edited or
 * not, can find it again. `atStart` / `atEnd`: the context reaches its paragraph's start / end.
 */
export const FigureMarkSchema = z.object({
  label: z.string().max(100),
  text: z.string().min(1).max(200),
  before: z.string().max(12),
  after: z.string().max(12),
  atStart: z.boolean().optional(),
  atEnd: z.boolean().optional(),
});
export type FigureMarkView = z.infer<typeof FigureMarkSchema>;

/**
 * What Shiliu writes into the custom document properties of a .docx it makes (JSON), read back when
 * the file is checked: the report and version it came from (null for a draft never stored), its
 * period (the checker's default period) and every figure occurrence of the body.
 */
export const ReportDocxStampSchema = z.object({
  v: z.literal(1),
  report: z.number().int().positive().nullable(),
  version: z.number().int().positive().nullable(),
  from: IsoDateSchema,
  to: IsoDateSchema,
  figures: z.array(FigureMarkSchema).max(2000),
});
export type ReportDocxStamp = z.infer<typeof ReportDocxStampSchema>;
