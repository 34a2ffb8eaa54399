import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import {
  ActivityTypeSchema,
  CampaignSchema,
  CatalogueIdParamsSchema,
  CatalogueQuerySchema,
  CatalogueSchema,
  CreateActivityTypeBodySchema,
  CreateCampaignBodySchema,
  CreateIndicatorBodySchema,
  CreateTagBodySchema,
  IndicatorSchema,
  TagSchema,
  UpdateActivityTypeBodySchema,
  UpdateCampaignBodySchema,
  UpdateIndicatorBodySchema,
  UpdateTagBodySchema,
} from '../../../contracts/catalogue.contract.js';
import { requireActor } from '../../http/auth.js';
import type { CatalogueService } from './catalogue.service.js';

/** GET /catalogue for every signed-in user; admin edits below it. Nothing is ever deleted: deactivate instead. */
export function catalogueRoutes(c: { catalogue: CatalogueService }): FastifyPluginAsyncZod {
  return async (app) => {
    const tags = ['活动目录'];
    const params = CatalogueIdParamsSchema;

    app.get(
      '/catalogue',
      { schema: { tags, summary: '统计指标、活动类型、标签和可见的活动周期', querystring: CatalogueQuerySchema, response: { 200: CatalogueSchema } } },
      async (request) => c.catalogue.getCatalogue(requireActor(request), request.query.includeInactive === 'true'),
    );

    app.post(
      '/catalogue/indicators',
      { schema: { tags, summary: '新增统计指标', body: CreateIndicatorBodySchema, response: { 201: IndicatorSchema } } },
      async (request, reply) => reply.status(201).send(await c.catalogue.createIndicator(requireActor(request), request.body, { requestId: request.id })),
    );
    app.patch(
      '/catalogue/indicators/:id',
      { schema: { tags, summary: '修改统计指标（数值类型不可改）', params, body: UpdateIndicatorBodySchema, response: { 200: IndicatorSchema } } },
      async (request) => c.catalogue.updateIndicator(requireActor(request), request.params.id, request.body, { requestId: request.id }),
    );

    app.post(
      '/catalogue/types',
      { schema: { tags, summary: '新增活动大类或类型', body: CreateActivityTypeBodySchema, response: { 201: ActivityTypeSchema } } },
      async (request, reply) => reply.status(201).send(await c.catalogue.createType(requireActor(request), request.body, { requestId: request.id })),
    );
    app.patch(
      '/catalogue/types/:id',
      {
        schema: {
          tags,
          summary: '修改活动类型（名称、排序、启用/停用、统计指标）',
          params,
          body: UpdateActivityTypeBodySchema,
          response: { 200: ActivityTypeSchema },
        },
      },
      async (request) => c.catalogue.updateType(requireActor(request), request.params.id, request.body, { requestId: request.id }),
    );

    app.post('/catalogue/tags', { schema: { tags, summary: '新增标签', body: CreateTagBodySchema, response: { 201: TagSchema } } }, async (request, reply) =>
      reply.status(201).send(await c.catalogue.createTag(requireActor(request), request.body, { requestId: request.id })),
    );
    app.patch(
      '/catalogue/tags/:id',
      { schema: { tags, summary: '修改标签', params, body: UpdateTagBodySchema, response: { 200: TagSchema } } },
      async (request) => c.catalogue.updateTag(requireActor(request), request.params.id, request.body, { requestId: request.id }),
    );

    app.get('/catalogue/campaigns/:id', { schema: { tags, summary: '活动周期详情', params, response: { 200: CampaignSchema } } }, async (request) =>
      c.catalogue.campaigns.get(requireActor(request), request.params.id),
    );
    app.post(
      '/catalogue/campaigns',
      { schema: { tags, summary: '新增活动周期（本级及下级单位）', body: CreateCampaignBodySchema, response: { 201: CampaignSchema } } },
      async (request, reply) => reply.status(201).send(await c.catalogue.campaigns.create(requireActor(request), request.body, { requestId: request.id })),
    );
    app.patch(
      '/catalogue/campaigns/:id',
      { schema: { tags, summary: '修改活动周期', params, body: UpdateCampaignBodySchema, response: { 200: CampaignSchema } } },
      async (request) => c.catalogue.campaigns.update(requireActor(request), request.params.id, request.body, { requestId: request.id }),
    );
  };
}
