import { z } from './zod-locale.js';

/** 目标任务: a yearly goal, counted per period (a quarterly target must be met every quarter). */
export const TARGET_PERIODS = ['year', 'half', 'quarter', 'month'] as const;
export const TargetPeriodSchema = z.enum(TARGET_PERIODS);
export type TargetPeriod = z.infer<typeof TargetPeriodSchema>;
export const TARGET_PERIOD_LABELS: Record<TargetPeriod, string> = { year: '每年', half: '每半年', quarter: '每季度', month: '每月' };

/** self: the unit's own subtree figures; descendants: each descendant unit (of `childKind`, if set) separately. */
export const TARGET_SCOPES = ['self', 'descendants'] as const;
export const TargetScopeSchema = z.enum(TARGET_SCOPES);
export type TargetScope = z.infer<typeof TargetScopeSchema>;

export const TargetSchema = z.object({
  id: z.number().int(),
  orgId: z.number().int(),
  orgName: z.string(),
  year: z.number().int(),
  /** Indicator code summed, or null to count entries (场次 of a type). */
  indicatorCode: z.string().nullable(),
  /** Chinese name of what is counted: 「专题培训」参与人次, or 「主题班会」活动数. */
  metricLabel: z.string(),
  unit: z.string(),
  typeId: z.number().int().nullable(),
  typeName: z.string().nullable(),
  period: TargetPeriodSchema,
  /** Goal per period, in display units (元 for money). */
  amount: z.number(),
  appliesTo: TargetScopeSchema,
  childKind: z.string().nullable(),
  note: z.string(),
  active: z.boolean(),
  version: z.number().int(),
  updatedAt: z.string(),
});
export type Target = z.infer<typeof TargetSchema>;

const year = z.number().int().min(2000, '年份应在2000至2100之间').max(2100, '年份应在2000至2100之间');

export const CreateTargetBodySchema = z
  .object({
    orgId: z.number().int().positive(),
    year,
    indicatorCode: z.string().trim().min(1).max(40).nullable().default(null),
    typeId: z.number().int().positive().nullable().default(null),
    period: TargetPeriodSchema.default('year'),
    amount: z.number().positive('目标值应大于0').max(1_000_000_000_000, '目标值过大'),
    appliesTo: TargetScopeSchema.default('self'),
    childKind: z.string().trim().min(1).max(40).nullable().default(null),
    note: z.string().trim().max(200, '说明不能超过200个字').default(''),
  })
  .refine((b) => b.indicatorCode !== null || b.typeId !== null, { message: '按活动数计的目标须指定活动类型', path: ['typeId'] })
  .refine((b) => b.appliesTo === 'descendants' || b.childKind === null, { message: '只有对下级单位的目标才能指定单位类型', path: ['childKind'] });
export type CreateTargetBody = z.infer<typeof CreateTargetBodySchema>;

export const UpdateTargetBodySchema = z.object({
  version: z.number().int().positive(),
  amount: z.number().positive('目标值应大于0').max(1_000_000_000_000, '目标值过大').optional(),
  period: TargetPeriodSchema.optional(),
  note: z.string().trim().max(200, '说明不能超过200个字').optional(),
  /** Targets are retired, never deleted. */
  active: z.boolean().optional(),
});
export type UpdateTargetBody = z.infer<typeof UpdateTargetBodySchema>;

export const TargetIdParamsSchema = z.object({ id: z.coerce.number().int().positive() });

export const ListTargetsQuerySchema = z.object({
  org: z.coerce.number().int().positive().optional(),
  year: z.coerce.number().int().min(2000).max(2100).optional(),
  includeInactive: z.enum(['true', 'false']).optional(),
});
export const TargetListSchema = z.object({ items: z.array(TargetSchema) });

export const TargetProgressQuerySchema = z.object({
  org: z.coerce.number().int().positive().optional(),
  year: z.coerce.number().int().min(2000).max(2100),
  /** The day progress is judged at; default today (capped to the year). */
  asOf: z
    .string()
    .regex(/^\d{4}-\d{2}-\d{2}$/, '日期格式应为 YYYY-MM-DD')
    .optional(),
});
export type TargetProgressQuery = z.infer<typeof TargetProgressQuerySchema>;

/** met: reached; on_track: at or above the pro-rata share so far; behind: below it; missed: period over, not reached; upcoming: not started. */
export const PROGRESS_STATES = ['met', 'on_track', 'behind', 'missed', 'upcoming'] as const;
export const ProgressStateSchema = z.enum(PROGRESS_STATES);
export type ProgressState = z.infer<typeof ProgressStateSchema>;
export const PROGRESS_STATE_LABELS: Record<ProgressState, string> = {
  met: '已完成',
  on_track: '进度正常',
  behind: '进度滞后',
  missed: '未完成',
  upcoming: '未开始',
};

export const PeriodProgressSchema = z.object({
  key: z.string(),
  label: z.string(),
  from: z.string(),
  to: z.string(),
  goal: z.number(),
  actual: z.number(),
  /** Goal × elapsed share of the period on `asOf`. */
  expected: z.number(),
  percent: z.number(),
  state: ProgressStateSchema,
});

export const TargetProgressItemSchema = z.object({
  target: TargetSchema,
  /** The unit judged: the target's own unit, or one descendant for a `descendants` target. */
  org: z.object({ id: z.number().int(), name: z.string() }),
  goal: z.number(),
  actual: z.number(),
  /** actual / goal over the year, capped at 100 only when summarised in rankings. */
  percent: z.number(),
  state: ProgressStateSchema,
  periods: z.array(PeriodProgressSchema),
});
export type TargetProgressItem = z.infer<typeof TargetProgressItemSchema>;

export const TargetProgressSchema = z.object({
  org: z.object({ id: z.number().int(), name: z.string() }),
  year: z.number().int(),
  asOf: z.string(),
  /** Targets judged on this unit itself (its own and those set for it from above). */
  items: z.array(TargetProgressItemSchema),
  /** Child units ranked by mean completion (each target capped at 100 %) of the targets judged on their subtrees. */
  ranking: z.array(
    z.object({
      orgId: z.number().int(),
      name: z.string(),
      percent: z.number(),
      targets: z.number().int(),
      behind: z.number().int(),
    }),
  ),
});
export type TargetProgress = z.infer<typeof TargetProgressSchema>;
