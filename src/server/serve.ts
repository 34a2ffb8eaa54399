// The HTTP server start. Only `shiliu serve`/`start` import this module (dynamically), so other
// commands never load Fastify; the database bootstrap lives in bootstrap.ts.
import type { FastifyInstance } from 'fastify';
import { buildApp, defaultWebRoot } from './app.js';
import type { AppConfig } from './config.js';
import type { Container } from './container.js';

/** Starts the HTTP server on an already-migrated container; closes the database on shutdown. */
export async function startServer(config: AppConfig, container: Container): Promise<FastifyInstance> {
  const app = await buildApp({ config, container, webRoot: defaultWebRoot() });
  app.addHook('onClose', async () => container.database.close());
  await app.listen({ port: config.port, host: config.host });
  const shutdown = () => {
    void app.close().then(() => process.exit(0));
  };
  process.once('SIGINT', shutdown);
  process.once('SIGTERM', shutdown);
  return app;
}
