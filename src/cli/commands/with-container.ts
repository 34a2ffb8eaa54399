import type { AppConfig } from '../../server/config.js';
import type { Container } from '../../server/container.js';
import { openContainer } from '../../server/bootstrap.js';

/** Runs a CLI command against the migrated database and always closes it afterwards. */
export async function withContainer<T>(config: AppConfig, fn: (c: Container) => Promise<T>): Promise<T> {
  const c = await openContainer(config);
  try {
    return await fn(c);
  } finally {
    await c.database.close();
  }
}

export function describeDatabase(config: AppConfig): string {
  return config.databaseUrl?.startsWith('postgres') ? 'PostgreSQL' : `SQLite（${config.dataDir}）`;
}
