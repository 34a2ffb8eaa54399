import { describe, it, expect, beforeAll, afterAll } from 'vitest';
import { execFile } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { openDatabase, sqliteFileIn } from '../server/db/database.js';
import { TEST_DATABASE_URL, adminQuery, queryOn, withDatabase } from '../../test-support/databases.js';

// The real CLI, as an operator runs it: bin/shiliu.js runs dist/ when built, else the sources via tsx.
const REPO_ROOT = fileURLToPath(new URL('../..', import.meta.url));
const DEMO_USERNAMES = ['admin', 'viewer', 't1-admin', 't1-clerk', 't2-admin', 't2-clerk'];
// Each run starts Node (and often tsx): allow for a slow, busy machine.
const SLOW = 120_000;

interface Run {
  code: number;
  stdout: string;
  stderr: string;
}

function shiliu(args: string[], env: { dataDir: string; databaseUrl?: string }): Promise<Run> {
  const childEnv: NodeJS.ProcessEnv = { ...process.env, SHILIU_DATA_DIR: env.dataDir, SHILIU_LOG_LEVEL: 'silent' };
  delete childEnv.DATABASE_URL;
  if (env.databaseUrl) childEnv.DATABASE_URL = env.databaseUrl;
  return new Promise((resolve) => {
    execFile(process.execPath, ['bin/shiliu.js', ...args], { cwd: REPO_ROOT, env: childEnv, timeout: SLOW - 10_000 }, (err, stdout, stderr) => {
      const code = err ? (typeof err.code === 'number' ? err.code : 1) : 0;
      resolve({ code, stdout: String(stdout), stderr: String(stderr) });
    });
  });
}

const CHINESE = /[\u4e00-\u9fff]/;
const tempDirs: string[] = [];
function freshDataDir(): string {
  const dir = mkdtempSync(join(tmpdir(), 'shiliu-cli-'));
  tempDirs.push(dir);
  return dir;
}

afterAll(() => {
  for (const dir of tempDirs) rmSync(dir, { recursive: true, force: true });
});

async function sqliteCount(dataDir: string, table: 'org_unit' | 'app_user' | 'activity'): Promise<number> {
  const database = openDatabase({ sqliteFile: sqliteFileIn(dataDir) });
  try {
    const row = await database.db
      .selectFrom(table)
      .select((eb) => eb.fn.countAll().as('n'))
      .executeTakeFirstOrThrow();
    return Number(row.n);
  } finally {
    await database.close();
  }
}

describe('shiliu CLI', () => {
  it('shows help listing every command and exits 0', { timeout: SLOW }, async () => {
    const run = await shiliu(['--help'], { dataDir: freshDataDir() });
    expect(run.code).toBe(0);
    for (const command of ['serve', 'start', 'migrate', 'init', 'demo', 'user']) expect(run.stdout).toMatch(new RegExp(`^\\s+${command}\\b`, 'm'));
  });

  it('fails with a non-zero exit on an unknown command', { timeout: SLOW }, async () => {
    const run = await shiliu(['frobnicate'], { dataDir: freshDataDir() });
    expect(run.code).not.toBe(0);
    expect(run.stderr).toContain('frobnicate');
  });

  it('migrates a fresh SQLite data directory and exits 0', { timeout: SLOW }, async () => {
    const dataDir = freshDataDir();
    const run = await shiliu(['migrate'], { dataDir });
    expect(run.code, run.stderr).toBe(0);
    expect(run.stdout).toContain('已执行迁移');
    expect(run.stdout).toContain('SQLite');
    expect(await sqliteCount(dataDir, 'org_unit')).toBe(0);

    const again = await shiliu(['migrate'], { dataDir });
    expect(again.code).toBe(0);
    expect(again.stdout).toContain('数据库已是最新版本');
  });

  describe('init', () => {
    const dataDir = freshDataDir();

    it('creates the top unit and prints a generated admin password', { timeout: SLOW }, async () => {
      const run = await shiliu(['init', '--org', '测试县'], { dataDir });
      expect(run.code, run.stderr).toBe(0);
      expect(run.stdout).toContain('测试县');
      expect(run.stdout).toMatch(/用户名：admin/);
      const password = /密码：\s*(\S+?)（/.exec(run.stdout)?.[1];
      expect(password).toBeDefined();
      expect(password!.length).toBeGreaterThanOrEqual(12);
      expect(await sqliteCount(dataDir, 'org_unit')).toBe(1);
      expect(await sqliteCount(dataDir, 'app_user')).toBe(1);
    });

    it('refuses to create the same top unit twice, with a Chinese error and a non-zero exit', { timeout: SLOW }, async () => {
      const run = await shiliu(['init', '--org', '测试县'], { dataDir });
      expect(run.code).not.toBe(0);
      expect(run.stderr).toMatch(/^错误：/m);
      expect(run.stderr).toContain('测试县');
      expect(run.stderr).toMatch(CHINESE);
      expect(run.stdout).not.toContain('密码');
      expect(await sqliteCount(dataDir, 'org_unit')).toBe(1);
      expect(await sqliteCount(dataDir, 'app_user')).toBe(1);
    });
  });

  describe('demo and user on SQLite', () => {
    const dataDir = freshDataDir();

    it('loads the demo county and prints the six demo accounts with their password', { timeout: SLOW }, async () => {
      const run = await shiliu(['demo', '--password', 'demo-pass-2026'], { dataDir });
      expect(run.code, run.stderr).toBe(0);
      expect(run.stdout).toMatch(/已创建\d+个单位/);
      for (const username of DEMO_USERNAMES) expect(run.stdout).toMatch(new RegExp(`^\\s+${username}\\s+demo-pass-2026\\s`, 'm'));
      expect(await sqliteCount(dataDir, 'org_unit')).toBeGreaterThan(100);
      expect(await sqliteCount(dataDir, 'app_user')).toBe(6);
    });

    it('creates nothing new when run again', { timeout: SLOW }, async () => {
      const orgsBefore = await sqliteCount(dataDir, 'org_unit');
      const run = await shiliu(['demo', '--password', 'demo-pass-2026'], { dataDir });
      expect(run.code, run.stderr).toBe(0);
      expect(run.stdout).toContain('未新增');
      expect(run.stdout).not.toMatch(/已创建\d+个单位/);
      expect(await sqliteCount(dataDir, 'org_unit')).toBe(orgsBefore);
      expect(await sqliteCount(dataDir, 'app_user')).toBe(6);
    });

    it('refuses a demo password shorter than 8 characters', { timeout: SLOW }, async () => {
      const run = await shiliu(['demo', '--password', 'short'], { dataDir });
      expect(run.code).not.toBe(0);
      expect(run.stderr).toContain('演示密码至少8位');
    });

    it('adds a user to a unit named by its path and prints their generated password', { timeout: SLOW }, async () => {
      const run = await shiliu(['user', 'add', '--username', 'x1', '--org', '示例县/城关镇', '--roles', 'clerk'], { dataDir });
      expect(run.code, run.stderr).toBe(0);
      expect(run.stdout).toContain('已创建用户 x1（城关镇，clerk）');
      expect(run.stdout).toMatch(/密码：[A-Za-z0-9]{12,}（/);
      expect(await sqliteCount(dataDir, 'app_user')).toBe(7);
    });

    it('refuses an unknown role with a Chinese message and creates nobody', { timeout: SLOW }, async () => {
      const run = await shiliu(['user', 'add', '--username', 'x2', '--org', '示例县/城关镇', '--roles', 'clerk,boss'], { dataDir });
      expect(run.code).not.toBe(0);
      expect(run.stderr).toContain('未知角色「boss」');
      expect(await sqliteCount(dataDir, 'app_user')).toBe(7);
    });

    it('refuses a unit path that does not exist', { timeout: SLOW }, async () => {
      const run = await shiliu(['user', 'add', '--username', 'x3', '--org', '示例县/不存在镇', '--roles', 'clerk'], { dataDir });
      expect(run.code).not.toBe(0);
      expect(run.stderr).toContain('找不到单位');
    });

    it('resets the password of an existing user and prints the new one', { timeout: SLOW }, async () => {
      const run = await shiliu(['user', 'reset-password', 'x1'], { dataDir });
      expect(run.code, run.stderr).toBe(0);
      expect(run.stdout).toMatch(/已重置 x1 的密码：[A-Za-z0-9]{12,}/);
    });

    it('lifts the login throttle of a user on reset-password and on unlock', { timeout: SLOW }, async () => {
      const throttleKeys = async () => {
        const database = openDatabase({ sqliteFile: sqliteFileIn(dataDir) });
        try {
          return (await database.db.selectFrom('login_throttle').select('key').orderBy('key').execute()).map((r) => r.key);
        } finally {
          await database.close();
        }
      };
      const plant = async () => {
        const database = openDatabase({ sqliteFile: sqliteFileIn(dataDir) });
        const now = new Date().toISOString();
        const later = new Date(Date.now() + 10 * 60_000).toISOString();
        try {
          await database.db
            .insertInto('login_throttle')
            .values([
              { key: 'user-ip:x1|10.0.0.1', failures: 7, window_start: now, locked_until: later },
              { key: 'user:x1', failures: 7, window_start: now, locked_until: null },
              { key: 'ip:10.0.0.1', failures: 7, window_start: now, locked_until: null },
            ])
            .execute();
        } finally {
          await database.close();
        }
      };
      await plant();
      const reset = await shiliu(['user', 'reset-password', 'x1'], { dataDir });
      expect(reset.code, reset.stderr).toBe(0);
      expect(reset.stdout).toContain('登录限制已解除');
      // The address's own count stays: it is not the user's.
      expect(await throttleKeys()).toEqual(['ip:10.0.0.1']);

      const database = openDatabase({ sqliteFile: sqliteFileIn(dataDir) });
      await database.db.deleteFrom('login_throttle').execute();
      await database.close();
      await plant();
      const unlock = await shiliu(['user', 'unlock', 'X1'], { dataDir });
      expect(unlock.code, unlock.stderr).toBe(0);
      expect(unlock.stdout).toContain('已解除 x1 的登录限制');
      expect(await throttleKeys()).toEqual(['ip:10.0.0.1']);
    });

    it('fails to reset the password of a user that does not exist', { timeout: SLOW }, async () => {
      const run = await shiliu(['user', 'reset-password', 'nobody'], { dataDir });
      expect(run.code).not.toBe(0);
      expect(run.stderr).toContain('用户「nobody」不存在');
    });
  });

  describe('demo --scale on SQLite', () => {
    const dataDir = freshDataDir();
    const args = ['demo', '--scale', 'county', '--entries', '2000', '--seed', '3'];

    it('explains the synthetic regions in the demo help', { timeout: SLOW }, async () => {
      const run = await shiliu(['demo', '--help'], { dataDir });
      expect(run.code).toBe(0);
      for (const text of ['--scale', '--entries', '--seed', '合成省', '不逐条写审计日志']) expect(run.stdout).toContain(text);
    });

    it('generates 合成县 with the asked number of entries, printing progress and totals', { timeout: SLOW }, async () => {
      const run = await shiliu(args, { dataDir });
      expect(run.code, run.stderr).toBe(0);
      expect(run.stdout).toMatch(/^已创建\d+个单位/m);
      expect(run.stdout).toMatch(/^台账 2,000\/2,000（[\d.]+秒，[\d,]+条\/秒）$/m);
      expect(run.stdout).toMatch(/^已生成合成县：\d+个单位，2,000条台账/m);
      expect(await sqliteCount(dataDir, 'activity')).toBe(2000);
    });

    it('adds nothing when the region exists, and exits 0', { timeout: SLOW }, async () => {
      const units = await sqliteCount(dataDir, 'org_unit');
      const run = await shiliu(args, { dataDir });
      expect(run.code, run.stderr).toBe(0);
      expect(run.stdout).toMatch(/合成县已存在（\d+个单位，2,000条台账，种子3），未新增/);
      expect(await sqliteCount(dataDir, 'org_unit')).toBe(units);
      expect(await sqliteCount(dataDir, 'activity')).toBe(2000);
    });

    it('refuses an unknown scale and --entries without --scale', { timeout: SLOW }, async () => {
      const scale = await shiliu(['demo', '--scale', 'city'], { dataDir });
      expect(scale.code).not.toBe(0);
      expect(scale.stderr).toContain('未知规模「city」');
      const entries = await shiliu(['demo', '--entries', '10'], { dataDir });
      expect(entries.code).not.toBe(0);
      expect(entries.stderr).toContain('只能与 --scale 一起使用');
    });
  });

  describe('on PostgreSQL', () => {
    const name = `shiliu_cli_${Date.now()}_${randomBytes(4).toString('hex')}`;
    const databaseUrl = withDatabase(TEST_DATABASE_URL, name);
    const dataDir = freshDataDir();
    const admin = adminQuery;
    const orgCount = async () => Number((await queryOn<{ n: string }>(databaseUrl, 'select count(*) as n from org_unit'))[0]!.n);

    beforeAll(async () => {
      await admin(`create database ${name}`);
    });
    afterAll(async () => {
      await admin(`drop database if exists ${name} with (force)`);
    });

    it('migrates the database named by DATABASE_URL', { timeout: SLOW }, async () => {
      const run = await shiliu(['migrate'], { dataDir, databaseUrl });
      expect(run.code, run.stderr).toBe(0);
      expect(run.stdout).toContain('已执行迁移');
      expect(run.stdout).toContain('PostgreSQL');
      expect(await orgCount()).toBe(0);
      // Nothing went to the SQLite file instead.
      expect(existsSync(sqliteFileIn(dataDir))).toBe(false);
    });

    it('loads the demo county into PostgreSQL, and only once', { timeout: SLOW }, async () => {
      const run = await shiliu(['demo', '--password', 'demo-pass-2026'], { dataDir, databaseUrl });
      expect(run.code, run.stderr).toBe(0);
      expect(run.stdout).toMatch(/已创建\d+个单位/);
      for (const username of DEMO_USERNAMES) expect(run.stdout).toMatch(new RegExp(`^\\s+${username}\\s+demo-pass-2026\\s`, 'm'));
      const orgs = await orgCount();
      expect(orgs).toBeGreaterThan(100);

      const again = await shiliu(['demo', '--password', 'demo-pass-2026'], { dataDir, databaseUrl });
      expect(again.code, again.stderr).toBe(0);
      expect(again.stdout).toContain('未新增');
      expect(await orgCount()).toBe(orgs);
    });

    it('generates a synthetic county beside the demo county, once', { timeout: SLOW }, async () => {
      const args = ['demo', '--scale', 'county', '--entries', '2000'];
      const run = await shiliu(args, { dataDir, databaseUrl });
      expect(run.code, run.stderr).toBe(0);
      expect(run.stdout).toMatch(/^已生成合成县：\d+个单位，2,000条台账/m);
      const entries = async () => Number((await queryOn<{ n: string }>(databaseUrl, 'select count(*) as n from activity'))[0]!.n);
      const before = { orgs: await orgCount(), entries: await entries() };
      const again = await shiliu(args, { dataDir, databaseUrl });
      expect(again.code, again.stderr).toBe(0);
      expect(again.stdout).toContain('合成县已存在');
      expect({ orgs: await orgCount(), entries: await entries() }).toEqual(before);
    });
  });
});
