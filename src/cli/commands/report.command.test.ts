import { execFile } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import PizZip from 'pizzip';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, DEMO_PASSWORD, type TestApp } from '../../../test-support/app.js';
import { DIALECTS } from '../../../test-support/databases.js';
import { useFakeReportParts } from '../../../test-support/reports.js';
import { AppError } from '../../domain/errors.js';
import { createContainer } from '../../server/container.js';
import { openDatabase, sqliteFileIn } from '../../server/db/database.js';
import { migrateToLatest } from '../../server/db/migrate.js';
import { seedDemo } from '../demo-seed.js';
import { writeReport, type ReportCommandOptions } from './report.command.js';

const SLOW = 120_000;

/** The text of word/document.xml in a .docx file. */
function documentXml(file: string): string {
  return new PizZip(readFileSync(file)).file('word/document.xml')!.asText();
}

for (const dialect of DIALECTS) {
  describe(`shiliu report with stand-in parts (${dialect})`, () => {
    let t: TestApp;
    let parts: ReturnType<typeof useFakeReportParts>;
    const dir = mkdtempSync(join(tmpdir(), 'shiliu-report-cli-'));

    beforeAll(async () => {
      t = await createTestApp(dialect);
      parts = useFakeReportParts(t.container);
    });
    afterAll(async () => {
      await t.close();
      rmSync(dir, { recursive: true, force: true });
    });

    const run = async (o: Partial<ReportCommandOptions>) => {
      const lines: string[] = [];
      const file = await writeReport(t.container, { org: '示例县', from: '2026-01-01', to: '2026-12-31', out: join(dir, 'out.docx'), ...o }, (l) =>
        lines.push(l),
      );
      return { file, lines };
    };
    const failure = async (o: Partial<ReportCommandOptions>) => {
      const err = await run(o).then(
        () => undefined,
        (e: unknown) => e,
      );
      if (!(err instanceof AppError)) throw new Error(`expected an AppError, got ${String(err)}`);
      return err.detail;
    };

    it('writes the .docx of a unit named by its path, into a folder it creates, and prints a Chinese summary', async () => {
      const out = join(dir, 'sub', '城关镇.docx');
      const { file, lines } = await run({ org: '示例县/城关镇', out, status: 'all' });
      expect(file).toBe(out);
      expect(readFileSync(out).subarray(0, 4)).toEqual(Buffer.from('PK\x03\x04'));
      expect(lines).toEqual(['已生成总结材料《城关镇2026年民族团结进步创建工作总结》', '  数字 3 个，图表 0 幅', `  文件：${out}`]);
      expect(parts.writer.last!.figures.every((f) => f.query.status === 'all')).toBe(true);
      // Nothing is stored.
      expect(await t.container.database.db.selectFrom('report').select('id').execute()).toEqual([]);
    });

    it('takes a unit id, a template and a title', async () => {
      const id = await t.orgId('示例县', '河口镇');
      const { lines } = await run({ org: String(id), template: 'generic', title: '河口镇专项总结' });
      expect(lines[0]).toBe('已生成总结材料《河口镇专项总结》');
    });

    it.each([
      [{ from: '2026-02-30' }, '--from 应为有效日期（YYYY-MM-DD），收到「2026-02-30」'],
      [{ to: 'tomorrow' }, '--to 应为有效日期（YYYY-MM-DD），收到「tomorrow」'],
      [{ from: '2026-12-31', to: '2026-01-01' }, '开始日期不能晚于结束日期'],
      [{ template: 'castle' }, '未知的材料类型「castle」，可选：county, township, school, agency, enterprise, village, generic'],
      [{ status: 'some' }, '--status 应为 approved 或 all，收到「some」'],
      [{ out: join(dir, 'report.pdf') }, '--out 应为 .docx 文件路径'],
      [{ org: '示例县/无此镇' }, '找不到单位「示例县/无此镇」（在「无此镇」处中断）'],
    ])('refuses %o in Chinese and writes nothing', async (o, message) => {
      expect(await failure(o)).toBe(message);
      expect(existsSync(join(dir, 'report.pdf'))).toBe(false);
    });
  });
}

for (const dialect of DIALECTS) {
  describe(`shiliu report through the real parts (${dialect})`, () => {
    let t: TestApp;
    const dir = mkdtempSync(join(tmpdir(), 'shiliu-report-cli-'));

    beforeAll(async () => {
      t = await createTestApp(dialect, { ledgerEntries: 300 });
    }, SLOW);
    afterAll(async () => {
      await t.close();
      rmSync(dir, { recursive: true, force: true });
    });

    it('writes the demo county’s report as a .docx whose text holds the drafted title', { timeout: SLOW }, async () => {
      const out = join(dir, '示例县2025年总结.docx');
      const lines: string[] = [];
      await writeReport(t.container, { org: '示例县', from: '2025-01-01', to: '2025-12-31', out }, (l) => lines.push(l));
      const title = /^已生成总结材料《(.+)》$/.exec(lines[0] ?? '')?.[1];
      expect(title).toContain('示例县');
      expect(lines[1]).toMatch(/^ {2}数字 [1-9]\d* 个，图表 \d+ 幅$/);
      expect(documentXml(out)).toContain(title);
    });
  });
}

// The real CLI, as an operator runs it: registered in main.ts, exit codes and messages as scripts see them.
describe('shiliu report from the command line', () => {
  const REPO_ROOT = fileURLToPath(new URL('../../..', import.meta.url));
  const dataDir = mkdtempSync(join(tmpdir(), 'shiliu-report-cli-'));
  afterAll(() => rmSync(dataDir, { recursive: true, force: true }));

  const shiliu = (args: string[]) =>
    new Promise<{ code: number; stdout: string; stderr: string }>((resolve) => {
      const env: NodeJS.ProcessEnv = { ...process.env, SHILIU_DATA_DIR: dataDir, SHILIU_LOG_LEVEL: 'silent' };
      delete env.DATABASE_URL;
      execFile(process.execPath, ['bin/shiliu.js', ...args], { cwd: REPO_ROOT, env, timeout: SLOW - 10_000 }, (err, stdout, stderr) => {
        resolve({ code: err ? (typeof err.code === 'number' ? err.code : 1) : 0, stdout: String(stdout), stderr: String(stderr) });
      });
    });

  beforeAll(async () => {
    const database = openDatabase({ sqliteFile: sqliteFileIn(dataDir) });
    try {
      await migrateToLatest(database);
      await seedDemo(createContainer(database, { sessionTtlHours: 12, dataDir }), DEMO_PASSWORD, { ledgerEntries: 200 });
    } finally {
      await database.close();
    }
  }, SLOW);

  it('writes the file and prints its summary, exit 0; a bad option is refused in Chinese with exit 1', { timeout: SLOW }, async () => {
    const out = join(dataDir, 'out', '城关镇.docx');
    const run = await shiliu(['report', '--org', '示例县/城关镇', '--from', '2025-01-01', '--to', '2025-12-31', '--template', 'township', '--out', out]);
    expect(run.code, run.stderr).toBe(0);
    expect(run.stdout).toMatch(/^已生成总结材料《城关镇.+》\n {2}数字 \d+ 个，图表 \d+ 幅\n {2}文件：.+城关镇\.docx\n$/);
    expect(readFileSync(out).subarray(0, 4)).toEqual(Buffer.from('PK\x03\x04'));

    const bad = await shiliu(['report', '--org', '示例县', '--from', '2025-13-01', '--to', '2025-12-31', '--out', join(dataDir, 'bad.docx')]);
    expect(bad.code).toBe(1);
    expect(bad.stderr).toContain('错误：--from 应为有效日期（YYYY-MM-DD），收到「2025-13-01」');
    expect(existsSync(join(dataDir, 'bad.docx'))).toBe(false);
  });
});
