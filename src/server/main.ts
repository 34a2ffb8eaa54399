import type { FastifyInstance } from 'fastify';
import { buildApp, defaultWebRoot } from './app.js';
import type { AppConfig } from './config.js';
import { createContainer, type Container } from './container.js';
import { openDatabase, sqliteFileIn, type Db } from './db/database.js';
import { migrateToLatest } from './db/migrate.js';

/** Opens the configured database (SQLite file under the data directory unless DATABASE_URL says PostgreSQL). */
export function openConfiguredDatabase(config: AppConfig): Db {
  return openDatabase({ databaseUrl: config.databaseUrl, sqliteFile: sqliteFileIn(config.dataDir) });
}

export async function openContainer(config: AppConfig): Promise<Container> {
  const database = openConfiguredDatabase(config);
  try {
    await migrateToLatest(database);
  } catch (err) {
    await database.close();
    throw err;
  }
  return createContainer(database, config);
}

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
