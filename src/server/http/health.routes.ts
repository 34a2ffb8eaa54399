import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { HealthSchema } from '../../contracts/health.contract.js';
import type { Db } from '../db/database.js';
import { APP_VERSION } from '../version.js';

export function healthRoutes(database: Pick<Db, 'dialect' | 'ping'>): FastifyPluginAsyncZod {
  return async (app) => {
    app.get('/health', { schema: { tags: ['系统'], summary: '健康检查', response: { 200: HealthSchema } } }, async () => {
      // Touch the database so a dead connection shows up here, not on the next user's request.
      await database.ping();
      return { status: 'ok' as const, database: database.dialect, version: APP_VERSION };
    });
  };
}
