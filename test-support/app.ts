import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { FastifyInstance, LightMyRequestResponse } from 'fastify';
import { seedDemo } from '../src/cli/demo-seed.js';
import { buildApp } from '../src/server/app.js';
import { createContainer, type Container } from '../src/server/container.js';
import type { DialectName } from '../src/server/db/database.js';
import { createTestDatabase, type TestDatabase } from './databases.js';

export const DEMO_PASSWORD = 'demo-pass-2026';

export interface TestApp {
  app: FastifyInstance;
  container: Container;
  database: TestDatabase;
  /** This app's own data directory (evidence files live in `files/` under it); removed on close. */
  dataDir: string;
  /** Logs in and returns the Cookie header value to send with later requests. */
  login(username: string, password?: string): Promise<string>;
  /** Looks up a unit id by its name path below the top, e.g. orgId('示例县', '城关镇'). */
  orgId(...names: string[]): Promise<number>;
  close(): Promise<void>;
}

export interface TestAppOptions {
  seed?: boolean;
  /** Upload limit in MB (default 20, as in production). */
  maxUploadMb?: number;
  /** Demo ledger entries to seed with the demo region (default 0). */
  ledgerEntries?: number;
  /** A built web client to serve at `/` (default none: API only). */
  webRoot?: string;
}

export async function buildTestAppOn(database: TestDatabase, options: TestAppOptions = {}): Promise<TestApp> {
  const dataDir = mkdtempSync(join(tmpdir(), 'shiliu-data-'));
  const container = createContainer(database.db, { sessionTtlHours: 12, dataDir });
  // No demo ledger by default: 20,000 entries per test app would make the suite crawl; tests add their own.
  if (options.seed !== false) await seedDemo(container, DEMO_PASSWORD, { ledgerEntries: options.ledgerEntries ?? 0 });
  const app = await buildApp({
    config: { trustedOrigins: [], trustProxy: false, logLevel: 'silent', maxUploadMb: options.maxUploadMb ?? 20 },
    container,
    webRoot: options.webRoot,
    logger: false,
  });
  await app.ready();
  return {
    app,
    container,
    database,
    dataDir,
    async login(username, password = DEMO_PASSWORD) {
      const res = await app.inject({ method: 'POST', url: '/api/session', payload: { username, password } });
      if (res.statusCode !== 200) throw new Error(`login ${username} failed: ${res.statusCode} ${res.body}`);
      return cookieOf(res);
    },
    async orgId(...names) {
      let parentId: number | null = null;
      for (const name of names) {
        const org = await container.stores.orgs.findSiblingByName(parentId, name);
        if (!org) throw new Error(`no unit ${names.join('/')}`);
        parentId = org.id;
      }
      return parentId!;
    },
    async close() {
      await app.close();
      rmSync(dataDir, { recursive: true, force: true });
    },
  };
}

/** A demo-seeded app on a fresh database of the dialect. */
export async function createTestApp(dialect: DialectName, options: TestAppOptions = {}): Promise<TestApp> {
  const database = await createTestDatabase(dialect);
  const t = await buildTestAppOn(database, options);
  return {
    ...t,
    async close() {
      await t.close();
      await database.drop();
    },
  };
}

export function cookieOf(res: LightMyRequestResponse): string {
  const set = res.headers['set-cookie'];
  const first = (Array.isArray(set) ? set : [set]).find((c) => c?.startsWith('shiliu_session='));
  if (!first) throw new Error('no session cookie');
  return first.split(';')[0]!;
}

/** Asserts the RFC 9457 shape every error must have, and returns the parsed body. */
export function problemOf(res: LightMyRequestResponse) {
  const type = res.headers['content-type'];
  if (!String(type).startsWith('application/problem+json')) throw new Error(`not problem+json: ${type} ${res.body}`);
  return res.json() as { status: number; title: string; detail?: string; code?: string; errors?: Array<{ pointer: string; message: string }> };
}
