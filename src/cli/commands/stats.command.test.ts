import { execFile } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, DEMO_PASSWORD, type TestApp } from '../../../test-support/app.js';
import { DIALECTS } from '../../../test-support/databases.js';
import { openDatabase, sqliteFileIn } from '../../server/db/database.js';
import { seedDemo } from '../demo-seed.js';
import { rebuildStats, verifyStats } from './stats.command.js';

/** Runs a command function and keeps what it prints. */
async function captured<T>(run: (print: (line: string) => void) => Promise<T>): Promise<{ result: T; lines: string[] }> {
  const lines: string[] = [];
  const result = await run((line) => lines.push(line));
  return { result, lines };
}

for (const dialect of DIALECTS) {
  describe(`shiliu stats verify and rebuild (${dialect})`, () => {
    let t: TestApp;

    beforeAll(async () => {
      t = await createTestApp(dialect);
      await seedDemo(t.container, DEMO_PASSWORD, { ledgerEntries: 200 });
    });
    afterAll(() => t.close());

    it('says the store matches the ledger and exits 0 on a seeded database', async () => {
      const { result, lines } = await captured((print) => verifyStats(t.container, print));
      expect(result).toBe(0);
      expect(lines).toEqual(['统计汇总与台账一致']);
    });

    it('lists each differing table with its counts and exits 1 after a hand edit, and rebuild puts it right', async () => {
      const db = t.container.database.db;
      const row = await db
        .selectFrom('stat_month')
        .select(['anc_id', 'approved', 'month', 'type_id'])
        .orderBy('anc_id')
        .orderBy('month')
        .executeTakeFirstOrThrow();
      await db
        .updateTable('stat_month')
        .set((eb) => ({ n: eb('n', '+', 1) }))
        .where('anc_id', '=', row.anc_id)
        .where('approved', '=', row.approved)
        .where('month', '=', row.month)
        .where('type_id', '=', row.type_id)
        .execute();
      await sql`delete from stat_tag_month`.execute(db);

      const broken = await captured((print) => verifyStats(t.container, print));
      expect(broken.result).toBe(1);
      expect(broken.lines[0]).toBe('统计汇总与台账不一致（2 张表）：');
      expect(broken.lines[1]).toBe('  stat_month（按月·按活动类型）：多出 1 行，缺少或数值不符 1 行');
      expect(broken.lines[2]).toMatch(/^ {2}stat_tag_month（按月·按标签）：多出 0 行，缺少或数值不符 [1-9]\d* 行$/);
      expect(broken.lines[3]).toContain('shiliu stats rebuild');

      const rebuilt = await captured((print) => rebuildStats(t.container, print));
      expect(rebuilt.lines[0]).toBe('已按台账重建统计汇总：');
      const tagMonthRows = Number((await sql<{ n: unknown }>`select count(*) as n from stat_tag_month`.execute(db)).rows[0]!.n);
      expect(tagMonthRows).toBeGreaterThan(0);
      expect(rebuilt.lines).toContain(`  stat_tag_month（按月·按标签）：${tagMonthRows} 行`);
      expect(rebuilt.lines.at(-1)).toMatch(/^用时 \d+\.\d 秒$/);

      expect(await captured((print) => verifyStats(t.container, print))).toEqual({ result: 0, lines: ['统计汇总与台账一致'] });
    });
  });
}

// The real CLI, as an operator runs it (see cli.test.ts): the exit code is what scripts look at.
describe('shiliu stats verify from the command line', () => {
  const REPO_ROOT = fileURLToPath(new URL('../../..', import.meta.url));
  const SLOW = 120_000;
  const dataDir = mkdtempSync(join(tmpdir(), 'shiliu-stats-cli-'));
  afterAll(() => rmSync(dataDir, { recursive: true, force: true }));

  const shiliu = (args: string[]) =>
    new Promise<{ code: number; stdout: string }>((resolve) => {
      const env: NodeJS.ProcessEnv = { ...process.env, SHILIU_DATA_DIR: dataDir, SHILIU_LOG_LEVEL: 'silent' };
      delete env.DATABASE_URL;
      execFile(process.execPath, ['bin/shiliu.js', ...args], { cwd: REPO_ROOT, env, timeout: SLOW - 10_000 }, (err, stdout) => {
        resolve({ code: err ? (typeof err.code === 'number' ? err.code : 1) : 0, stdout: String(stdout) });
      });
    });

  it('exits 0 when the store matches the ledger and 1 when it does not', { timeout: SLOW }, async () => {
    const clean = await shiliu(['stats', 'verify']);
    expect(clean).toEqual({ code: 0, stdout: '统计汇总与台账一致\n' });

    // A row no entry justifies.
    const database = openDatabase({ sqliteFile: sqliteFileIn(dataDir) });
    try {
      await database.db.insertInto('stat_month').values({ anc_id: 1, approved: 1, month: 202402, type_id: 1, n: 3 }).execute();
    } finally {
      await database.close();
    }
    const broken = await shiliu(['stats', 'verify']);
    expect(broken.code).toBe(1);
    expect(broken.stdout).toContain('stat_month（按月·按活动类型）：多出 1 行，缺少或数值不符 0 行');
  });
});
