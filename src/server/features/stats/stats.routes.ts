import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import {
  CoverageQuerySchema,
  CoverageResultSchema,
  StatsEntriesQuerySchema,
  StatsEntriesSchema,
  StatsQuerySchema,
  StatsResultSchema,
} from '../../../contracts/stats.contract.js';
import { requireActor } from '../../http/auth.js';
import type { StatsService } from './stats.service.js';

/** 统计分析: figures from the roll-up store, and the entries behind each of them. */
export function statsRoutes(c: { stats: StatsService }): FastifyPluginAsyncZod {
  return async (app) => {
    const tags = ['统计分析'];
    app.get(
      '/stats',
      {
        schema: {
          tags,
          summary: '统计（任一单位及其下级、任一时段；可按下级、月/季/年、类型、标签分组）',
          querystring: StatsQuerySchema,
          response: { 200: StatsResultSchema },
        },
      },
      async (request) => c.stats.query(requireActor(request), request.query),
    );
    app.get(
      '/stats/entries',
      {
        schema: {
          tags,
          summary: '数字背后的台账条目（与统计同一问题，可指定分组项 key）',
          querystring: StatsEntriesQuerySchema,
          response: { 200: StatsEntriesSchema },
        },
      },
      async (request) => c.stats.entries(requireActor(request), request.query),
    );
    app.get(
      '/stats/coverage',
      { schema: { tags, summary: '填报覆盖（哪些单位本期没有台账）', querystring: CoverageQuerySchema, response: { 200: CoverageResultSchema } } },
      async (request) => c.stats.coverage(requireActor(request), request.query),
    );
  };
}
