import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import {
  ActivityIdParamsSchema,
  ActivityPageSchema,
  ActivitySchema,
  CreateActivityBodySchema,
  HistorySchema,
  ListActivitiesQuerySchema,
  ReasonBodySchema,
  UpdateActivityBodySchema,
} from '../../../contracts/ledger.contract.js';
import { requireActor } from '../../http/auth.js';
import type { ActivityReviewService } from './activity-review.service.js';
import type { ActivityService } from './activity.service.js';

/** The work ledger (工作台账) and its review workflow. */
export function activityRoutes(c: { activities: ActivityService; activityReview: ActivityReviewService }): FastifyPluginAsyncZod {
  return async (app) => {
    const tags = ['活动台账'];
    const params = ActivityIdParamsSchema;
    const entry = { 200: ActivitySchema };

    app.get(
      '/activities',
      {
        schema: { tags, summary: '台账列表（本单位及下级；搜索、筛选、分页）', querystring: ListActivitiesQuerySchema, response: { 200: ActivityPageSchema } },
      },
      async (request) => c.activities.list(requireActor(request), request.query),
    );

    app.get(
      '/review-queue',
      { schema: { tags, summary: '待我审核（下级提交、非本人录入的条目）', querystring: ListActivitiesQuerySchema, response: { 200: ActivityPageSchema } } },
      async (request) => c.activities.reviewQueue(requireActor(request), request.query),
    );

    app.post(
      '/activities',
      { schema: { tags, summary: '录入活动', body: CreateActivityBodySchema, response: { 201: ActivitySchema } } },
      async (request, reply) => {
        const created = await c.activities.create(requireActor(request), request.body, { requestId: request.id });
        return reply.status(201).send(created);
      },
    );

    app.get('/activities/:id', { schema: { tags, summary: '台账条目详情', params, response: entry } }, async (request) =>
      c.activities.get(requireActor(request), request.params.id),
    );

    app.patch(
      '/activities/:id',
      { schema: { tags, summary: '修改条目（草稿或已退回）', params, body: UpdateActivityBodySchema, response: entry } },
      async (request) => c.activities.update(requireActor(request), request.params.id, request.body, { requestId: request.id }),
    );

    app.delete('/activities/:id', { schema: { tags, summary: '删除条目（移入回收站，可恢复）', params } }, async (request, reply) => {
      await c.activities.remove(requireActor(request), request.params.id, { requestId: request.id });
      return reply.status(204).send();
    });

    app.post('/activities/:id/restore', { schema: { tags, summary: '恢复已删除的条目（管理员）', params, response: entry } }, async (request) =>
      c.activities.restore(requireActor(request), request.params.id, { requestId: request.id }),
    );

    app.get('/activities/:id/history', { schema: { tags, summary: '修改记录', params, response: { 200: HistorySchema } } }, async (request) =>
      c.activities.history(requireActor(request), request.params.id),
    );

    app.post('/activities/:id/submit', { schema: { tags, summary: '提交审核', params, response: entry } }, async (request) =>
      c.activityReview.submit(requireActor(request), request.params.id, { requestId: request.id }),
    );

    app.post('/activities/:id/approve', { schema: { tags, summary: '审核通过（锁定条目）', params, response: entry } }, async (request) =>
      c.activityReview.approve(requireActor(request), request.params.id, { requestId: request.id }),
    );

    app.post('/activities/:id/return', { schema: { tags, summary: '退回（须填写原因）', params, body: ReasonBodySchema, response: entry } }, async (request) =>
      c.activityReview.sendBack(requireActor(request), request.params.id, request.body.reason, { requestId: request.id }),
    );

    app.post(
      '/activities/:id/reopen',
      { schema: { tags, summary: '重新打开已通过的条目（上级审核员，须填写原因）', params, body: ReasonBodySchema, response: entry } },
      async (request) => c.activityReview.reopen(requireActor(request), request.params.id, request.body.reason, { requestId: request.id }),
    );
  };
}
