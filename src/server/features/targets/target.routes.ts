import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import {
  CreateTargetBodySchema,
  ListTargetsQuerySchema,
  TargetIdParamsSchema,
  TargetListSchema,
  TargetProgressQuerySchema,
  TargetProgressSchema,
  TargetSchema,
  UpdateTargetBodySchema,
} from '../../../contracts/target.contract.js';
import { requireActor } from '../../http/auth.js';
import type { TargetProgressService } from './target-progress.service.js';
import type { TargetService } from './target.service.js';

/** 目标任务: targets per unit and year, and progress against them. */
export function targetRoutes(c: { targets: TargetService; targetProgress: TargetProgressService }): FastifyPluginAsyncZod {
  return async (app) => {
    const tags = ['目标任务'];
    app.get(
      '/targets',
      { schema: { tags, summary: '本单位的目标（含上级下达的）', querystring: ListTargetsQuerySchema, response: { 200: TargetListSchema } } },
      async (request) => c.targets.list(requireActor(request), request.query),
    );
    app.get(
      '/targets/progress',
      { schema: { tags, summary: '目标完成进度与下级排名', querystring: TargetProgressQuerySchema, response: { 200: TargetProgressSchema } } },
      async (request) => c.targetProgress.progress(requireActor(request), request.query),
    );
    app.get('/targets/:id', { schema: { tags, summary: '目标详情', params: TargetIdParamsSchema, response: { 200: TargetSchema } } }, async (request) =>
      c.targets.get(requireActor(request), request.params.id),
    );
    app.post(
      '/targets',
      { schema: { tags, summary: '设定目标（管理员）', body: CreateTargetBodySchema, response: { 201: TargetSchema } } },
      async (request, reply) => reply.status(201).send(await c.targets.create(requireActor(request), request.body, { requestId: request.id })),
    );
    app.patch(
      '/targets/:id',
      {
        schema: {
          tags,
          summary: '修改或停用目标（管理员；不删除）',
          params: TargetIdParamsSchema,
          body: UpdateTargetBodySchema,
          response: { 200: TargetSchema },
        },
      },
      async (request) => c.targets.update(requireActor(request), request.params.id, request.body, { requestId: request.id }),
    );
  };
}
