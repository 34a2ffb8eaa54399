import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { HealthSchema, type Health } from '../../contracts/health.contract.js';
import { APP_VERSION } from '../version.js';

/** The database as the health check sees it: which one, and one round trip to it. */
export interface HealthProbe {
  dialect: Health['database'];
  ping(): Promise<void>;
}

export function healthRoutes(database: HealthProbe): FastifyPluginAsyncZod {
  return async (app) => {
    app.get('/health', { schema: { tags: ['系统'], summary: '健康检查', response: { 200: HealthSchema } } }, async () => {
      // Touch the database so a dead connection shows up here, not on the next user's request.
      await database.ping();
      return { status: 'ok' as const, database: database.dialect, version: APP_VERSION };
    });
  };
}
