import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import {
  CreateUserBodySchema,
  ListUsersQuerySchema,
  ResetPasswordBodySchema,
  ResetPasswordResultSchema,
  UpdateUserBodySchema,
  UserIdParamsSchema,
  UserPageSchema,
  UserSchema,
} from '../../../contracts/account.contract.js';
import { requireActor } from '../../http/auth.js';
import { toUser, type UserService } from './user.service.js';

export function userRoutes(c: { users: UserService }): FastifyPluginAsyncZod {
  return async (app) => {
    const tags = ['用户'];
    app.get('/users', { schema: { tags, summary: '用户列表', querystring: ListUsersQuerySchema, response: { 200: UserPageSchema } } }, async (request) =>
      c.users.list(requireActor(request), request.query),
    );

    app.get('/users/:id', { schema: { tags, summary: '用户详情', params: UserIdParamsSchema, response: { 200: UserSchema } } }, async (request) =>
      toUser(await c.users.get(requireActor(request), request.params.id)),
    );

    app.post('/users', { schema: { tags, summary: '新增用户', body: CreateUserBodySchema, response: { 201: UserSchema } } }, async (request, reply) => {
      const user = await c.users.create(requireActor(request), request.body, { requestId: request.id });
      return reply.status(201).send(toUser(user));
    });

    app.patch(
      '/users/:id',
      {
        schema: {
          tags,
          summary: '修改用户（姓名、单位、角色、启用/停用）',
          params: UserIdParamsSchema,
          body: UpdateUserBodySchema,
          response: { 200: UserSchema },
        },
      },
      async (request) => toUser(await c.users.update(requireActor(request), request.params.id, request.body, { requestId: request.id })),
    );

    app.post(
      '/users/:id/unlock',
      { schema: { tags, summary: '解除登录限制（清除该用户在各地址的登录失败计数）', params: UserIdParamsSchema } },
      async (request, reply) => {
        await c.users.unlock(requireActor(request), request.params.id, { requestId: request.id });
        return reply.status(204).send();
      },
    );

    app.post(
      '/users/:id/reset-password',
      {
        schema: {
          tags,
          summary: '重置密码（不填则随机生成，仅显示一次）',
          params: UserIdParamsSchema,
          body: ResetPasswordBodySchema.nullish(),
          response: { 200: ResetPasswordResultSchema },
        },
      },
      async (request) => ({
        password: await c.users.resetPassword(requireActor(request), request.params.id, request.body?.password, { requestId: request.id }),
      }),
    );
  };
}
