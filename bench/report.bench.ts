/**
 * Report benchmark (not a test): `npm run bench:report`.
 *
 * What a county writer waits for: drafting last year's summary report from the demo county's
 * ledger (POST /api/reports — every figure asked of the statistics, the draft stored as version 1)
 * and exporting it (GET /api/reports/:id/docx — charts rendered by ECharts to SVG, rasterised by
 * resvg, the GB/T 9704 .docx written). Both go through the HTTP app as the browser's requests do.
 * The aim is under 2 s for the two together.
 *
 * Baselines measured in the same run, on the same database: one statistics answer for the county's
 * year (the unit of work a draft repeats), and the floor of the .docx library — the same text as
 * bare paragraphs, no charts, no styles. The ratios say where the time goes.
 *
 * Options: --db sqlite|postgres (default both), --runs N warm runs (default 10), --entries N demo
 * ledger entries (default 20,000, the demo's own size).
 *
 * "本库首次" is the first draft on each database; only the first database of the run also pays for
 * loading ECharts and the CJK font (the process keeps them).
 */
import os from 'node:os';
import { parseArgs } from 'node:util';
import { Document, Packer, Paragraph } from 'docx';
import PizZip from 'pizzip';
import type { DialectName } from '../src/server/db/database.js';
import { DEMO_LEDGER_ENTRIES } from '../src/cli/demo-ledger.js';
import { extractReportText } from '../src/server/word/report-text.js';
import { buildTestAppOn, type TestApp } from '../test-support/app.js';
import { createTestDatabase, DIALECTS, TEST_DATABASE_URL } from '../test-support/databases.js';

const AIM_MS = 2000;

interface Options {
  dialects: DialectName[];
  runs: number;
  entries: number;
}

function parseOptions(): Options {
  const { values } = parseArgs({
    options: {
      db: { type: 'string' },
      runs: { type: 'string', default: '10' },
      entries: { type: 'string', default: String(DEMO_LEDGER_ENTRIES) },
    },
  });
  const db = values.db as DialectName | undefined;
  if (db !== undefined && !DIALECTS.includes(db)) throw new Error(`--db 只能是 ${DIALECTS.join(' 或 ')}`);
  const runs = Number(values.runs);
  const entries = Number(values.entries);
  if (!Number.isInteger(runs) || runs < 1) throw new Error('--runs 应为正整数');
  if (!Number.isInteger(entries) || entries < 0) throw new Error('--entries 应为非负整数');
  return { dialects: db ? [db] : DIALECTS, runs, entries };
}

async function timed<T>(fn: () => Promise<T>): Promise<[T, number]> {
  const started = performance.now();
  const value = await fn();
  return [value, performance.now() - started];
}

const quantile = (xs: number[], q: number) => {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.min(s.length - 1, Math.max(0, Math.ceil(q * s.length) - 1))]!;
};

interface Sample {
  draft: number;
  docx: number;
}

interface Figures {
  dialect: DialectName;
  entries: number;
  cold: Sample;
  warm: Sample[];
  statsAnswer: number[];
  bareDocx: number[];
  figures: number;
  charts: number;
  bytes: number;
  chars: number;
}

/** One draft + export through HTTP, as the county admin; returns the timings and the .docx. */
async function draftAndExport(t: TestApp, cookie: string, body: object): Promise<Sample & { content: Buffer; figures: number }> {
  const [created, draft] = await timed(() => t.app.inject({ method: 'POST', url: '/api/reports', headers: { cookie }, payload: body }));
  if (created.statusCode !== 201) throw new Error(`起草失败：${created.statusCode} ${created.body}`);
  const report = created.json() as { id: number; body: { figures: unknown[] } };
  const [exported, docx] = await timed(() => t.app.inject({ method: 'GET', url: `/api/reports/${report.id}/docx`, headers: { cookie } }));
  if (exported.statusCode !== 200) throw new Error(`导出失败：${exported.statusCode} ${exported.body}`);
  return { draft, docx, content: exported.rawPayload, figures: report.body.figures.length };
}

/** The same text as bare paragraphs: what the docx library alone costs. */
async function bareDocx(text: string): Promise<Buffer> {
  const doc = new Document({ sections: [{ children: text.split('\n').map((line) => new Paragraph(line)) }] });
  return Packer.toBuffer(doc);
}

async function runOn(dialect: DialectName, o: Options): Promise<Figures> {
  const database = await createTestDatabase(dialect);
  let t: TestApp | undefined;
  try {
    t = await buildTestAppOn(database, { ledgerEntries: o.entries });
    const cookie = await t.login('admin');
    const county = (await t.container.stores.orgs.findRoot())!;
    const year = new Date().getFullYear() - 1;
    const body = { orgId: county.id, from: `${year}-01-01`, to: `${year}-12-31` };

    // The first draft pays for loading ECharts, the CJK font and warming the database's caches.
    const first = await draftAndExport(t, cookie, body);
    const text = extractReportText(first.content);
    const warm: Sample[] = [];
    const statsAnswer: number[] = [];
    const bare: number[] = [];
    const statsUrl = `/api/stats?org=${county.id}&from=${body.from}&to=${body.to}`;
    for (let i = 0; i < o.runs; i++) {
      const { draft, docx } = await draftAndExport(t, cookie, body);
      warm.push({ draft, docx });
      const [answer, ms] = await timed(() => t!.app.inject({ method: 'GET', url: statsUrl, headers: { cookie } }));
      if (answer.statusCode !== 200) throw new Error(`统计查询失败：${answer.statusCode} ${answer.body}`);
      statsAnswer.push(ms);
      bare.push((await timed(() => bareDocx(text)))[1]);
    }
    return {
      dialect,
      entries: o.entries,
      cold: { draft: first.draft, docx: first.docx },
      warm,
      statsAnswer,
      bareDocx: bare,
      figures: first.figures,
      charts: countImages(first.content),
      bytes: first.content.length,
      chars: text.length,
    };
  } finally {
    await t?.close();
    await database.drop();
  }
}

/** Charts are the .docx's images (word/media/*). */
function countImages(docx: Buffer): number {
  return Object.keys(new PizZip(docx).files).filter((name) => name.startsWith('word/media/')).length;
}

function print(all: Figures[]): void {
  const cpus = os.cpus();
  const ms = (x: number) => `${Math.round(x).toLocaleString('en')} ms`;
  const ratio = (a: number, b: number) => `${(a / b).toFixed(1)}×`;
  console.log(`\n总结材料基准 · 起草并导出上年县级总结（含图表）`);
  console.log(
    `机器：${cpus[0]?.model ?? '未知'} · ${cpus.length} 核 · 内存 ${(os.totalmem() / 2 ** 30).toFixed(1)} GiB · Node ${process.version} · 负载 ${os.loadavg()[0]!.toFixed(2)}`,
  );
  console.table(
    all.map((f) => {
      const totals = f.warm.map((s) => s.draft + s.docx);
      const p50 = quantile(totals, 0.5);
      const p95 = quantile(totals, 0.95);
      const stats = quantile(f.statsAnswer, 0.5);
      const bare = quantile(f.bareDocx, 0.5);
      return {
        数据库: f.dialect,
        台账条数: f.entries.toLocaleString('en'),
        '数字/图表': `${f.figures} / ${f.charts}`,
        '文档': `${(f.bytes / 1024).toFixed(0)} KiB · ${f.chars.toLocaleString('en')} 字`,
        '本库首次（起草+导出）': `${ms(f.cold.draft)} + ${ms(f.cold.docx)}`,
        '起草 p50': ms(
          quantile(
            f.warm.map((s) => s.draft),
            0.5,
          ),
        ),
        '导出 p50': ms(
          quantile(
            f.warm.map((s) => s.docx),
            0.5,
          ),
        ),
        '合计 p50': ms(p50),
        '合计 p95': ms(p95),
        '目标 <2 s': p95 < AIM_MS && f.cold.draft + f.cold.docx < AIM_MS ? '达到' : p95 < AIM_MS ? '达到（首次未达到）' : '未达到',
        '基线：一次统计查询': `${ms(stats)} · 合计为其 ${ratio(p50, stats)}`,
        '基线：裸 docx 同文': `${ms(bare)} · 导出为其 ${ratio(
          quantile(
            f.warm.map((s) => s.docx),
            0.5,
          ),
          bare,
        )}`,
      };
    }),
  );
}

async function main() {
  const o = parseOptions();
  const all: Figures[] = [];
  for (const dialect of o.dialects) {
    try {
      all.push(await runOn(dialect, o));
    } catch (err) {
      if (dialect !== 'postgres') throw err;
      console.error(`PostgreSQL 未测（${TEST_DATABASE_URL}）：${(err as Error).message}`);
    }
  }
  print(all);
}

await main();
