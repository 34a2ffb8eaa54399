import { IsoDateSchema } from './common.contract.js';
import { z } from './zod-locale.js';

/** integer: counts; decimal: up to two decimals; money: 元 with up to two decimals (stored as 分). */
export const VALUE_KINDS = ['integer', 'decimal', 'money'] as const;
export const ValueKindSchema = z.enum(VALUE_KINDS);
export type ValueKind = z.infer<typeof ValueKindSchema>;

export const IndicatorSchema = z.object({
  id: z.number().int(),
  code: z.string(),
  name: z.string(),
  unit: z.string(),
  valueKind: ValueKindSchema,
  sortOrder: z.number().int(),
  active: z.boolean(),
});
export type Indicator = z.infer<typeof IndicatorSchema>;

export const TypeIndicatorSchema = z.object({
  indicatorId: z.number().int(),
  code: z.string(),
  required: z.boolean(),
});
export type TypeIndicator = z.infer<typeof TypeIndicatorSchema>;

/** Two levels: categories (parentId null, no indicators) and the types entries are recorded under. */
export const ActivityTypeSchema = z.object({
  id: z.number().int(),
  code: z.string(),
  name: z.string(),
  parentId: z.number().int().nullable(),
  sortOrder: z.number().int(),
  active: z.boolean(),
  indicators: z.array(TypeIndicatorSchema),
});
export type ActivityType = z.infer<typeof ActivityTypeSchema>;

export const TAG_KINDS = ['carrier', 'theme', 'volume'] as const;
export const TagKindSchema = z.enum(TAG_KINDS);
export type TagKind = z.infer<typeof TagKindSchema>;
export const TAG_KIND_LABELS: Record<TagKind, string> = { carrier: '“进”载体', theme: '主题', volume: '台账卷' };

export const TagSchema = z.object({
  id: z.number().int(),
  kind: TagKindSchema,
  name: z.string(),
  sortOrder: z.number().int(),
  active: z.boolean(),
});
export type Tag = z.infer<typeof TagSchema>;

const isoDate = IsoDateSchema;

/** A named date range (e.g. 民族团结教育月) defined by a unit for its subtree. */
export const CampaignSchema = z.object({
  id: z.number().int(),
  orgId: z.number().int(),
  orgName: z.string(),
  name: z.string(),
  startDate: isoDate,
  endDate: isoDate,
  active: z.boolean(),
});
export type Campaign = z.infer<typeof CampaignSchema>;

/** Everything the entry form needs in one call: GET /api/catalogue. */
export const CatalogueSchema = z.object({
  indicators: z.array(IndicatorSchema),
  types: z.array(ActivityTypeSchema),
  tags: z.array(TagSchema),
  campaigns: z.array(CampaignSchema),
});
export type Catalogue = z.infer<typeof CatalogueSchema>;

const nameField = z.string().trim().min(1, '名称不能为空').max(60, '名称不能超过60个字');
const codeField = z
  .string()
  .trim()
  .regex(/^[a-z][a-z0-9_.]{1,39}$/, '代码只能由小写字母、数字、“_”和“.”组成，以字母开头，2–40位');

// The code may be left out: the server then makes one (ind1, edu.t3…), so nobody has to invent English words.
export const CreateIndicatorBodySchema = z.object({
  code: codeField.optional(),
  name: nameField,
  unit: z.string().trim().min(1, '单位不能为空').max(10, '单位不能超过10个字'),
  valueKind: ValueKindSchema,
  sortOrder: z.number().int().min(0).optional(),
});
// valueKind is accepted only so that an attempt to change it is refused with a reason instead of
// being silently dropped: a stored value's meaning depends on it (see the server's catalogue rules).
export const UpdateIndicatorBodySchema = z
  .object({
    name: nameField.optional(),
    unit: z.string().trim().min(1).max(10).optional(),
    valueKind: ValueKindSchema.optional(),
    sortOrder: z.number().int().min(0).optional(),
    active: z.boolean().optional(),
  })
  .refine((b) => Object.keys(b).length > 0, '请至少修改一项');

export const CreateActivityTypeBodySchema = z.object({
  code: codeField.optional(),
  name: nameField,
  parentId: z.number().int().positive().nullable(),
  sortOrder: z.number().int().min(0).optional(),
  indicators: z
    .array(z.object({ indicatorId: z.number().int().positive(), required: z.boolean() }))
    .max(30)
    .default([]),
});
export const UpdateActivityTypeBodySchema = z
  .object({
    name: nameField.optional(),
    sortOrder: z.number().int().min(0).optional(),
    active: z.boolean().optional(),
    indicators: z
      .array(z.object({ indicatorId: z.number().int().positive(), required: z.boolean() }))
      .max(30)
      .optional(),
  })
  .refine((b) => Object.keys(b).length > 0, '请至少修改一项');

export const CreateTagBodySchema = z.object({ kind: TagKindSchema, name: nameField, sortOrder: z.number().int().min(0).optional() });
export const UpdateTagBodySchema = z
  .object({ name: nameField.optional(), sortOrder: z.number().int().min(0).optional(), active: z.boolean().optional() })
  .refine((b) => Object.keys(b).length > 0, '请至少修改一项');

export const CreateCampaignBodySchema = z
  .object({ orgId: z.number().int().positive(), name: nameField, startDate: isoDate, endDate: isoDate })
  .refine((b) => b.endDate >= b.startDate, { message: '结束日期不能早于开始日期', path: ['endDate'] });
export const UpdateCampaignBodySchema = z
  .object({ name: nameField.optional(), startDate: isoDate.optional(), endDate: isoDate.optional(), active: z.boolean().optional() })
  .refine((b) => Object.keys(b).length > 0, '请至少修改一项');

export const CatalogueIdParamsSchema = z.object({ id: z.coerce.number().int().positive() });

/** GET /api/catalogue: deactivated entries too (settings pages, and labels of old entries' values). */
export const CatalogueQuerySchema = z.object({ includeInactive: z.enum(['true', 'false']).optional() });

export type CreateIndicatorBody = z.infer<typeof CreateIndicatorBodySchema>;
export type UpdateIndicatorBody = z.infer<typeof UpdateIndicatorBodySchema>;
export type CreateActivityTypeBody = z.infer<typeof CreateActivityTypeBodySchema>;
export type UpdateActivityTypeBody = z.infer<typeof UpdateActivityTypeBodySchema>;
export type CreateTagBody = z.infer<typeof CreateTagBodySchema>;
export type UpdateTagBody = z.infer<typeof UpdateTagBodySchema>;
export type CreateCampaignBody = z.infer<typeof CreateCampaignBodySchema>;
export type UpdateCampaignBody = z.infer<typeof UpdateCampaignBodySchema>;
