import { z } from './zod-locale.js';

export const ROLES = ['clerk', 'reviewer', 'inspector', 'admin', 'viewer'] as const;
export const RoleSchema = z.enum(ROLES);
export type Role = z.infer<typeof RoleSchema>;

export const ROLE_LABELS: Record<Role, string> = {
  clerk: '填报员',
  reviewer: '审核员',
  inspector: '督查员',
  admin: '管理员',
  viewer: '领导查看',
};

export const PASSWORD_MIN = 8;
export const PASSWORD_MAX = 128;

const passwordField = z.string().min(PASSWORD_MIN, `密码至少${PASSWORD_MIN}位`).max(PASSWORD_MAX, `密码不能超过${PASSWORD_MAX}位`);

export const usernameField = z
  .string()
  .trim()
  .min(2, '用户名至少2个字符')
  .max(32, '用户名不能超过32个字符')
  .regex(/^[A-Za-z0-9][A-Za-z0-9._-]*$/, '用户名只能由字母、数字和“.”“_”“-”组成，并以字母或数字开头');

export const UserSchema = z.object({
  id: z.number().int(),
  username: z.string(),
  displayName: z.string(),
  orgId: z.number().int(),
  orgName: z.string(),
  roles: z.array(RoleSchema),
  active: z.boolean(),
  mustChangePassword: z.boolean(),
  lastLoginAt: z.string().nullable(),
  createdAt: z.string(),
});
export type User = z.infer<typeof UserSchema>;

export const MeSchema = z.object({
  user: UserSchema,
  org: z.object({ id: z.number().int(), name: z.string(), kind: z.string() }),
});
export type Me = z.infer<typeof MeSchema>;

export const LoginBodySchema = z.object({
  username: z.string().trim().min(1, '请输入用户名').max(64),
  password: z.string().min(1, '请输入密码').max(PASSWORD_MAX),
});
export type LoginBody = z.infer<typeof LoginBodySchema>;

export const ChangePasswordBodySchema = z.object({
  currentPassword: z.string().min(1, '请输入当前密码').max(PASSWORD_MAX),
  newPassword: passwordField,
});
export type ChangePasswordBody = z.infer<typeof ChangePasswordBodySchema>;

const displayNameField = z.string().trim().min(1, '姓名不能为空').max(32, '姓名不能超过32个字');
const rolesField = z.array(RoleSchema).min(1, '请至少选择一个角色').max(ROLES.length);

export const CreateUserBodySchema = z.object({
  username: usernameField,
  displayName: displayNameField,
  orgId: z.number().int().positive(),
  roles: rolesField,
  password: passwordField,
});
export type CreateUserBody = z.infer<typeof CreateUserBodySchema>;

export const UpdateUserBodySchema = z
  .object({
    displayName: displayNameField.optional(),
    orgId: z.number().int().positive().optional(),
    roles: rolesField.optional(),
    active: z.boolean().optional(),
  })
  .refine((b) => Object.keys(b).length > 0, '请至少修改一项');
export type UpdateUserBody = z.infer<typeof UpdateUserBodySchema>;

export const ResetPasswordBodySchema = z.object({ password: passwordField.optional() });
export const ResetPasswordResultSchema = z.object({ password: z.string() });

export const UserIdParamsSchema = z.object({ id: z.coerce.number().int().positive() });

export const ListUsersQuerySchema = z.object({
  orgId: z.coerce.number().int().positive().optional(),
  includeDescendants: z.enum(['true', 'false']).optional(),
  q: z.string().trim().max(64).optional(),
  includeInactive: z.enum(['true', 'false']).optional(),
  page: z.coerce.number().int().min(1).optional(),
  pageSize: z.coerce.number().int().min(1).max(200).optional(),
});
export type ListUsersQuery = z.infer<typeof ListUsersQuerySchema>;

export const UserPageSchema = z.object({
  items: z.array(UserSchema),
  total: z.number().int(),
  page: z.number().int(),
  pageSize: z.number().int(),
});
export type UserPage = z.infer<typeof UserPageSchema>;
