import { TagKindSchema } from './catalogue.contract.js';
import { IsoDateSchema } from './common.contract.js';
import { ActivityPageSchema } from './ledger.contract.js';
import { z } from './zod-locale.js';

/**
 * Statistics over the roll-up store. Entries count on the day they start (`startDate`); a query
 * covers a unit's whole subtree as the tree is today (see docs/ARCHITECTURE.md "Statistics").
 */
export const STATS_GROUP_BYS = ['none', 'child', 'month', 'quarter', 'year', 'category', 'type', 'tag'] as const;
export const StatsGroupBySchema = z.enum(STATS_GROUP_BYS);
export type StatsGroupBy = z.infer<typeof StatsGroupBySchema>;

/** approved: only 已通过 entries (reports and scoring); all: every live entry, drafts included. */
export const STATS_STATUSES = ['approved', 'all'] as const;
export const StatsStatusSchema = z.enum(STATS_STATUSES);
export type StatsStatus = z.infer<typeof StatsStatusSchema>;

/** The key of the group for a unit's own entries when grouping by child (本级). */
export const OWN_GROUP_KEY = 'own';

const csvCodes = z
  .string()
  .regex(/^[a-z0-9_]+(,[a-z0-9_]+)*$/, '应为以逗号分隔的指标代码')
  .transform((s) => s.split(','));
const csvIds = z
  .string()
  .regex(/^\d+(,\d+)*$/, '应为以逗号分隔的编号')
  .transform((s) => s.split(',').map(Number));

/**
 * One statistics question. The period is either `from`+`to` (days, inclusive) or `period`:
 * `2026`, `2026H1`, `2026Q3`, `2026-05`, or `campaign:<id>` (the campaign's dates).
 */
export const StatsQuerySchema = z.object({
  /** A unit of the caller's subtree; default: the caller's unit. */
  org: z.coerce.number().int().positive().optional(),
  from: IsoDateSchema.optional(),
  to: IsoDateSchema.optional(),
  period: z.string().trim().max(40).optional(),
  /** Indicator codes to total; default: every active indicator. `entries` is always there. */
  indicators: csvCodes.optional(),
  groupBy: StatsGroupBySchema.default('none'),
  status: StatsStatusSchema.default('approved'),
  /** Only these activity types (a category means all its types). */
  types: csvIds.optional(),
  /** With groupBy=tag: only tags of this kind (进 carriers, themes or ledger volumes). */
  tagKind: TagKindSchema.optional(),
});
export type StatsQuery = z.infer<typeof StatsQuerySchema>;

/** Totals keyed by `entries` and by indicator code, in display units (元 for money). */
export const StatsTotalsSchema = z.record(z.string(), z.number());
export type StatsTotals = z.infer<typeof StatsTotalsSchema>;

export const StatsIndicatorSchema = z.object({
  code: z.string(),
  name: z.string(),
  unit: z.string(),
  valueKind: z.enum(['integer', 'decimal', 'money']),
});
export type StatsIndicator = z.infer<typeof StatsIndicatorSchema>;

export const StatsGroupSchema = z.object({
  /** Child unit id or `own`, `2026-05`, `2026Q2`, `2026`, type id, tag id — pass it back as `key` to drill down. */
  key: z.string(),
  label: z.string(),
  totals: StatsTotalsSchema,
});
export type StatsGroup = z.infer<typeof StatsGroupSchema>;

/** A unit move that makes today's tree differ from the tree at the time of the period. */
export const TreeChangeSchema = z.object({
  at: z.string(),
  orgId: z.number().int(),
  orgName: z.string(),
  /** 迁入 (now inside this subtree, came from elsewhere) or 迁出 (left it; its entries no longer count here). */
  direction: z.enum(['in', 'out']),
  fromParentName: z.string(),
  toParentName: z.string(),
});
export type TreeChange = z.infer<typeof TreeChangeSchema>;

export const StatsResultSchema = z.object({
  org: z.object({ id: z.number().int(), name: z.string() }),
  from: IsoDateSchema,
  to: IsoDateSchema,
  status: StatsStatusSchema,
  groupBy: StatsGroupBySchema,
  indicators: z.array(StatsIndicatorSchema),
  totals: StatsTotalsSchema,
  groups: z.array(StatsGroupSchema),
  /** False only for tags: an entry with two tags counts in both groups. */
  groupsAddUp: z.boolean(),
  /** Chinese remarks a reader must see next to the figures (tag overlap, tree changes). */
  notes: z.array(z.string()),
  treeChanges: z.array(TreeChangeSchema),
});
export type StatsResult = z.infer<typeof StatsResultSchema>;

/** The entries behind a figure: the same question, optionally narrowed to one group's `key`. */
export const StatsEntriesQuerySchema = StatsQuerySchema.extend({
  key: z.string().trim().max(40).optional(),
  page: z.coerce.number().int().min(1).optional(),
  pageSize: z.coerce.number().int().min(1).max(200).optional(),
});
export type StatsEntriesQuery = z.infer<typeof StatsEntriesQuerySchema>;
export const StatsEntriesSchema = ActivityPageSchema;

/** Which units of the subtree recorded anything in the period (coverage gaps = those that did not). */
export const CoverageQuerySchema = StatsQuerySchema.pick({ org: true, from: true, to: true, period: true, status: true }).extend({
  /** Only units of this kind (e.g. village, school); default: every active unit of the subtree. */
  kind: z.string().trim().max(40).optional(),
});
export type CoverageQuery = z.infer<typeof CoverageQuerySchema>;

export const CoverageUnitSchema = z.object({
  id: z.number().int(),
  name: z.string(),
  kind: z.string(),
  /** Names from below the queried unit down to this one: 城关镇 / 东风村. */
  pathName: z.string(),
});
export const CoverageResultSchema = z.object({
  org: z.object({ id: z.number().int(), name: z.string() }),
  from: IsoDateSchema,
  to: IsoDateSchema,
  status: StatsStatusSchema,
  units: z.number().int(),
  reporting: z.number().int(),
  /** Active units with no entry of their own in the period. */
  gaps: z.array(CoverageUnitSchema),
  /** Per child unit: how many units of its subtree there are and how many reported. */
  byChild: z.array(z.object({ key: z.string(), label: z.string(), units: z.number().int(), reporting: z.number().int() })),
});
export type CoverageResult = z.infer<typeof CoverageResultSchema>;
