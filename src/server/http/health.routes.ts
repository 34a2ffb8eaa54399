import { sql } from 'kysely';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { HealthSchema } from '../../contracts/health.contract.js';
import type { Container } from '../container.js';
import { APP_VERSION } from '../version.js';

export function healthRoutes(c: Container): FastifyPluginAsyncZod {
  return async (app) => {
    app.get('/health', { schema: { tags: ['系统'], summary: '健康检查', response: { 200: HealthSchema } } }, async () => {
      // Touch the database so a dead connection shows up here, not on the next user's request.
      await sql`select 1`.execute(c.database.db);
      return { status: 'ok' as const, database: c.database.dialect, version: APP_VERSION };
    });
  };
}
