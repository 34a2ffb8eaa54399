import { z } from './zod-locale.js';

export const ORG_NAME_MAX = 60;

export const OrgKindSchema = z.object({
  code: z.string(),
  name: z.string(),
  isArea: z.boolean(),
  sortOrder: z.number().int(),
});
export type OrgKind = z.infer<typeof OrgKindSchema>;

/** An org unit as the API shows it. `path` is the chain of ids from the tree's top, for breadcrumbs. */
export const OrgUnitSchema = z.object({
  id: z.number().int(),
  name: z.string(),
  kind: z.string(),
  code: z.string().nullable(),
  parentId: z.number().int().nullable(),
  depth: z.number().int(),
  sortOrder: z.number().int(),
  active: z.boolean(),
  childCount: z.number().int(),
  createdAt: z.string(),
  updatedAt: z.string(),
});
export type OrgUnit = z.infer<typeof OrgUnitSchema>;

export const OrgUnitDetailSchema = OrgUnitSchema.extend({
  ancestors: z.array(z.object({ id: z.number().int(), name: z.string() })),
  userCount: z.number().int(),
  descendantCount: z.number().int(),
});
export type OrgUnitDetail = z.infer<typeof OrgUnitDetailSchema>;

export type OrgTreeNode = OrgUnit & { children: OrgTreeNode[] };
// Recursive: registered under an id so the OpenAPI document can refer to itself.
export const OrgTreeNodeSchema: z.ZodType<OrgTreeNode> = z
  .lazy(() => OrgUnitSchema.extend({ children: z.array(OrgTreeNodeSchema) }))
  .meta({ id: 'OrgTreeNode' });

const nameField = z
  .string()
  .trim()
  .min(1, '名称不能为空')
  .max(ORG_NAME_MAX, `名称不能超过${ORG_NAME_MAX}个字`)
  .refine((s) => !s.includes('/'), '名称中不能含有“/”');

const codeField = z
  .string()
  .trim()
  .regex(/^[0-9A-Za-z-]{1,32}$/, '代码只能由数字、字母和“-”组成，最长32位')
  .nullable()
  .optional();

export const CreateOrgBodySchema = z.object({
  parentId: z.number().int().positive(),
  name: nameField,
  kind: z.string().min(1, '请选择类型'),
  code: codeField,
  sortOrder: z.number().int().min(0).max(1_000_000).optional(),
});
export type CreateOrgBody = z.infer<typeof CreateOrgBodySchema>;

export const UpdateOrgBodySchema = z
  .object({
    name: nameField.optional(),
    kind: z.string().min(1).optional(),
    code: codeField,
    sortOrder: z.number().int().min(0).max(1_000_000).optional(),
    active: z.boolean().optional(),
  })
  .refine((b) => Object.keys(b).length > 0, '请至少修改一项');
export type UpdateOrgBody = z.infer<typeof UpdateOrgBodySchema>;

export const MoveOrgBodySchema = z.object({ parentId: z.number().int().positive() });
export type MoveOrgBody = z.infer<typeof MoveOrgBodySchema>;

export const OrgIdParamsSchema = z.object({ id: z.coerce.number().int().positive() });

export const ListOrgsQuerySchema = z.object({
  parentId: z.coerce.number().int().positive().optional(),
  q: z.string().trim().max(ORG_NAME_MAX).optional(),
  includeInactive: z.enum(['true', 'false']).optional(),
  limit: z.coerce.number().int().min(1).max(500).optional(),
});
export type ListOrgsQuery = z.infer<typeof ListOrgsQuerySchema>;

export const OrgSearchHitSchema = OrgUnitSchema.extend({ pathNames: z.array(z.string()) });
export type OrgSearchHit = z.infer<typeof OrgSearchHitSchema>;

export const OrgListSchema = z.object({ items: z.array(OrgSearchHitSchema) });
export type OrgList = z.infer<typeof OrgListSchema>;

export const TreeQuerySchema = z.object({
  rootId: z.coerce.number().int().positive().optional(),
  depth: z.coerce.number().int().min(1).max(10).optional(),
  includeInactive: z.enum(['true', 'false']).optional(),
});

export const DeactivateResultSchema = z.object({ deactivated: z.number().int() });

export const ImportOrgsQuerySchema = z.object({ dryRun: z.enum(['true', 'false']).optional() });
export const ImportOrgsResultSchema = z.object({
  dryRun: z.boolean(),
  rows: z.number().int(),
  created: z.number().int(),
});
export type ImportOrgsResult = z.infer<typeof ImportOrgsResultSchema>;

/** The columns of the org import sheet, in order; the header row uses these Chinese names. */
export const ORG_IMPORT_COLUMNS = ['上级路径', '名称', '类型', '代码'] as const;
