import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { ChangePasswordBodySchema, LoginBodySchema, MeSchema, type Me } from '../../../contracts/account.contract.js';
import { ProblemSchema } from '../../../contracts/problem.contract.js';
import { clearSessionCookie, requireActor, setSessionCookie } from '../../http/auth.js';
import type { UserRecord } from './account.types.js';
import { toUser, type UserService } from './user.service.js';
import type { AuthService } from './auth.service.js';

function toMe(user: UserRecord): Me {
  return { user: toUser(user), org: { id: user.orgId, name: user.orgName, kind: user.orgKind } };
}

export function sessionRoutes(c: { auth: AuthService; users: UserService }): FastifyPluginAsyncZod {
  // What a user who must still replace an admin-set password may do (see http/auth.ts).
  const open = { beforePasswordChange: true };
  return async (app) => {
    app.post(
      '/session',
      { config: open, schema: { tags: ['会话'], summary: '登录', body: LoginBodySchema, response: { 200: MeSchema, 401: ProblemSchema, 429: ProblemSchema } } },
      async (request, reply) => {
        const { token, user, expiresAt } = await c.auth.login(request.body, request.ip);
        setSessionCookie(reply, request, token, expiresAt);
        return toMe(user);
      },
    );

    app.delete('/session', { config: open, schema: { tags: ['会话'], summary: '退出登录' } }, async (request, reply) => {
      if (request.sessionToken) await c.auth.logout(request.sessionToken);
      clearSessionCookie(reply);
      return reply.status(204).send();
    });

    app.get('/me', { config: open, schema: { tags: ['会话'], summary: '当前用户', response: { 200: MeSchema } } }, async (request) => {
      const actor = requireActor(request);
      const user = await c.users.getInScope(actor, actor.userId!);
      return toMe(user);
    });

    app.post('/me/password', { config: open, schema: { tags: ['会话'], summary: '修改本人密码', body: ChangePasswordBodySchema } }, async (request, reply) => {
      const actor = requireActor(request);
      await c.auth.changePassword(actor, request.sessionToken!, request.body);
      return reply.status(204).send();
    });
  };
}
