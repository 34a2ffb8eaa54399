/**
 * Ledger import benchmark (not a test): `npm run bench:import`.
 *
 * Generates a 50,000-row CSV and .xlsx for the demo county, then on a fresh SQLite database and a
 * fresh PostgreSQL database (next to TEST_DATABASE_URL, dropped afterwards) measures parsing, the
 * dry run (validation) and the commit, with the county admin as the importer and the demo ledger
 * (~20,000 entries) already in place, as on a live installation.
 */
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import ExcelJS from 'exceljs';
import { seedDemo } from '../src/cli/demo-seed.js';
import type { Actor } from '../src/domain/access.js';
import { createContainer, type Container } from '../src/server/container.js';
import type { DialectName } from '../src/server/db/database.js';
import { indicatorHeader } from '../src/server/features/ledger/import/activity-import.columns.js';
import { parseActivityImportFile } from '../src/server/features/ledger/import/activity-import.file.js';
import type { ImportCatalogue, ScopeUnit } from '../src/server/features/ledger/import/activity-import.types.js';
import { createTestDatabase, TEST_DATABASE_URL } from '../test-support/databases.js';

const ROWS = 50_000;
const FIXED = ['单位', '活动类型', '标题', '开始日期', '结束日期', '地点', '组织者', '内容摘要'];

interface Sample {
  header: string[];
  rows: Array<Array<string | number | Date | null>>;
}

/** Name paths below the county (城关镇/东风村), as users write them in the 单位 column. */
function unitPaths(units: ScopeUnit[], countyId: number): string[] {
  const byId = new Map(units.map((u) => [u.id, u]));
  const pathOf = (u: ScopeUnit): string => (u.id === countyId || u.parentId === null ? '' : [pathOf(byId.get(u.parentId)!), u.name].filter(Boolean).join('/'));
  return units.filter((u) => u.active && u.id !== countyId).map(pathOf);
}

/** Valid rows over every unit and type, each type's required indicators filled, some optional ones too. */
function sampleRows(catalogue: ImportCatalogue, paths: string[]): Sample {
  const indicators = catalogue.indicators.filter((i) => i.active);
  const types = catalogue.types.filter((t) => t.parentId !== null && t.active);
  const header = [...FIXED, ...indicators.map(indicatorHeader), '“进”载体', '主题', '台账卷'];
  const rows = Array.from({ length: ROWS }, (_, i) => {
    const type = types[i % types.length]!;
    const day = new Date(Date.UTC(2023, 0, 1 + (i % 1000)));
    const values = indicators.map((ind) => {
      const link = type.indicators.find((l) => l.indicatorId === ind.id);
      if (!link || (!link.required && i % 3 === 0)) return null;
      return ind.valueKind === 'money' ? 1000 + (i % 97) * 12.5 : 1 + (i % 250);
    });
    return [
      paths[i % paths.length]!,
      type.name,
      `导入基准活动第${i + 1}项`,
      day,
      null,
      '村委会广场',
      '村党支部',
      '围绕铸牢中华民族共同体意识开展活动',
      ...values,
      '进村(社区)',
      i % 2 ? '石榴籽' : null,
      '活动开展',
    ];
  });
  return { header, rows };
}

function toCsv(sample: Sample): Buffer {
  const text = (v: string | number | Date | null) => (v === null ? '' : v instanceof Date ? v.toISOString().slice(0, 10) : String(v));
  return Buffer.from([sample.header, ...sample.rows].map((r) => r.map(text).join(',')).join('\r\n') + '\r\n');
}

async function toXlsx(sample: Sample, file: string): Promise<Buffer> {
  // The streaming writer: an in-memory workbook of 50,000 rows takes several times longer.
  const workbook = new ExcelJS.stream.xlsx.WorkbookWriter({ filename: file, useSharedStrings: true, useStyles: true });
  const sheet = workbook.addWorksheet('活动台账');
  sheet.addRow(sample.header).commit();
  for (const row of sample.rows) {
    const r = sheet.addRow(row);
    r.getCell(4).numFmt = 'yyyy-mm-dd';
    r.commit();
  }
  await workbook.commit();
  return readFileSync(file);
}

async function timed<T>(fn: () => Promise<T>): Promise<[T, number]> {
  const started = performance.now();
  const value = await fn();
  return [value, (performance.now() - started) / 1000];
}

async function countyAdmin(c: Container): Promise<Actor> {
  const county = (await c.stores.orgs.findRoot())!;
  const admin = (await c.stores.users.findByUsername('admin'))!;
  return { userId: admin.id, username: 'admin', roles: ['admin', 'reviewer'], orgId: county.id, scope: { rootOrgId: county.id, rootPath: county.path } };
}

interface Figures {
  dialect: DialectName;
  generate: number;
  parseCsv: number;
  parseXlsx: number;
  validate: number;
  commit: number;
  written: number;
}

async function runOn(dialect: DialectName, dir: string): Promise<Figures> {
  const database = await createTestDatabase(dialect);
  try {
    const c = createContainer(database.db, { sessionTtlHours: 1, dataDir: dir });
    await seedDemo(c, 'bench-pass-2026');
    const actor = await countyAdmin(c);
    const [catalogue, units] = await Promise.all([c.stores.activityImport.loadCatalogue(), c.stores.activityImport.listScopeUnits(actor.scope.rootPath)]);
    const [files, generate] = await timed(async () => {
      const sample = sampleRows(catalogue, unitPaths(units, actor.scope.rootOrgId));
      return { csv: toCsv(sample), xlsx: await toXlsx(sample, path.join(dir, `${dialect}.xlsx`)) };
    });
    const [table, parseCsv] = await timed(() => parseActivityImportFile('bench.csv', files.csv));
    const [xlsxTable, parseXlsx] = await timed(() => parseActivityImportFile('bench.xlsx', files.xlsx));
    if (xlsxTable.rows.length !== ROWS) throw new Error(`xlsx read ${xlsxTable.rows.length} rows`);
    const [, validate] = await timed(() => c.activityImport.importTable(actor, table, { dryRun: true, submit: false }));
    const [result, commit] = await timed(() => c.activityImport.importTable(actor, xlsxTable, { dryRun: false, submit: false }));
    return { dialect, generate, parseCsv, parseXlsx, validate, commit, written: result.created };
  } finally {
    await database.drop();
  }
}

function report(figures: Figures[]) {
  const cpus = os.cpus();
  console.log(`\n导入基准 · ${ROWS.toLocaleString('en')} 行`);
  console.log(
    `机器：${cpus[0]?.model ?? '未知'} · ${cpus.length} 核 · 内存 ${(os.totalmem() / 2 ** 30).toFixed(1)} GiB · Node ${process.version} · ${os.platform()} ${os.release()}`,
  );
  const rate = (seconds: number) => `${Math.round(ROWS / seconds).toLocaleString('en')} 行/秒`;
  const s = (seconds: number) => `${seconds.toFixed(2)} s`;
  console.table(
    figures.map((f) => ({
      数据库: f.dialect,
      '生成 csv+xlsx': s(f.generate),
      '解析 csv': s(f.parseCsv),
      '解析 xlsx（流式）': s(f.parseXlsx),
      '校验（试运行）': `${s(f.validate)} · ${rate(f.validate)}`,
      '提交（含校验）': `${s(f.commit)} · ${rate(f.commit)}`,
      '其中写入': rate(Math.max(0.001, f.commit - f.validate)),
      '合计（xlsx 解析+提交）': s(f.parseXlsx + f.commit),
      写入条数: f.written,
    })),
  );
}

async function main() {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'shiliu-bench-'));
  try {
    const figures = [await runOn('sqlite', dir)];
    try {
      figures.push(await runOn('postgres', dir));
    } catch (err) {
      console.error(`PostgreSQL 未测（${TEST_DATABASE_URL}）：${(err as Error).message}`);
    }
    report(figures);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

await main();
