import { PassThrough } from 'node:stream';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestDatabase, DIALECTS, type TestDatabase } from '../../../test-support/databases.js';
import { buildApp } from '../app.js';
import { loadConfig } from '../config.js';
import { createContainer } from '../container.js';
import { formatLogLine } from './logging.js';

describe('log lines for people', () => {
  it('turns a request record into method, path, status and milliseconds', () => {
    const line = JSON.stringify({ level: 30, time: Date.UTC(2026, 0, 1, 6, 3, 7), request: { method: 'GET', path: '/api/stats', status: 200, ms: 3.24 } });
    expect(formatLogLine(line)).toMatch(/^\d\d:\d\d:\d\d GET \/api\/stats 200 3\.2 ms$/);
  });

  it('names the level in Chinese and keeps the stack of an error', () => {
    const text = formatLogLine(
      JSON.stringify({ level: 50, time: 0, msg: 'unhandled error', reqId: 'r1', err: { message: 'boom', stack: 'Error: boom\n    at x' } }),
    );
    expect(text).toContain('错误 unhandled error（请求 r1）');
    expect(text).toContain('Error: boom\n    at x');
  });

  it('passes a line that is not JSON through unchanged', () => {
    expect(formatLogLine('plain words')).toBe('plain words');
  });

  it('is pretty at a terminal and JSON otherwise, unless SHILIU_LOG_FORMAT says which', () => {
    expect(loadConfig({}, true)).toMatchObject({ logFormat: 'pretty', logLevel: 'warn' });
    expect(loadConfig({}, false)).toMatchObject({ logFormat: 'json', logLevel: 'info' });
    expect(loadConfig({ SHILIU_LOG_FORMAT: 'json' }, true)).toMatchObject({ logFormat: 'json', logLevel: 'info' });
    expect(loadConfig({ SHILIU_LOG_LEVEL: 'info' }, true)).toMatchObject({ logFormat: 'pretty', logLevel: 'info' });
    expect(() => loadConfig({ SHILIU_LOG_FORMAT: 'xml' }, true)).toThrow(/SHILIU_LOG_FORMAT/);
  });
});

for (const dialect of DIALECTS) {
  describe(`server log at a terminal (${dialect})`, () => {
    let database: TestDatabase;
    beforeAll(async () => {
      database = await createTestDatabase(dialect);
    });
    afterAll(async () => database.drop());

    async function linesFor(level: string, requests: (app: Awaited<ReturnType<typeof buildApp>>) => Promise<unknown>): Promise<string[]> {
      const out = new PassThrough();
      let text = '';
      out.on('data', (chunk: Buffer) => (text += chunk.toString()));
      const container = createContainer(database.db, { sessionTtlHours: 12, dataDir: '/nonexistent' });
      const app = await buildApp({
        config: { trustedOrigins: [], trustProxy: false, logLevel: level, logFormat: 'pretty', maxUploadMb: 20 },
        container,
        logOut: out,
      });
      app.get('/api/test-boom', async () => {
        throw new Error('boom');
      });
      await app.ready();
      await requests(app);
      await app.close();
      return text.split('\n').filter(Boolean);
    }

    it('prints one readable line per request at level info, and no JSON', async () => {
      const lines = await linesFor('info', (app) => app.inject({ method: 'GET', url: '/api/health?x=1' }));
      expect(lines.some((l) => /^\d\d:\d\d:\d\d GET \/api\/health 200 \d+\.\d ms$/.test(l))).toBe(true);
      expect(lines.some((l) => l.startsWith('{'))).toBe(false);
    });

    it('by default (warnings and errors) stays quiet for a good request and speaks for a failure', async () => {
      const lines = await linesFor('warn', async (app) => {
        await app.inject({ method: 'GET', url: '/api/health' });
        await app.inject({ method: 'GET', url: '/api/test-boom' });
      });
      expect(lines.some((l) => l.includes('/api/health'))).toBe(false);
      expect(lines.some((l) => /错误 unhandled error（请求 /.test(l))).toBe(true);
      expect(lines.some((l) => /GET \/api\/test-boom 500/.test(l))).toBe(true);
    });
  });
}
