import { execFile } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { Document, Packer, Paragraph } from 'docx';
import PizZip from 'pizzip';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { encodeGb18030 } from '../../../test-support/encoding.js';
import { makeImage } from '../../../test-support/files.js';
import { templateDocx } from '../../../test-support/templates.js';
import { fillTemplate, valueParser } from '../../server/features/report-templates/template-fill.js';
import { compileTemplate } from '../../server/features/report-templates/template-inspect.js';
import { buildCatalogue, type ScalarValue } from '../../server/features/report-templates/template-placeholders.js';
import { GbtReportDocxWriter } from '../../server/word/report-docx.writer.js';
import { sampleReport } from '../../server/word/report-sample.fixture.js';
import { ReportCheckService } from '../../server/features/reports/report-check.service.js';
import { runCheck, type CheckCommandOptions } from './check.command.js';

const REPO_ROOT = fileURLToPath(new URL('../../..', import.meta.url));
const REPORT = ['关于2025年民族团结进步创建工作的总结', '一、基本情况', '20xx年，全镇开展主题宣讲12场次。（小编整理）', '2024年3月举办了民族团结进步月活动。'];

let dir: string;
const file = (name: string) => join(dir, name);

/** Runs the command function and keeps what it prints to stdout and stderr. */
async function check(path: string, options: CheckCommandOptions = {}) {
  const out: string[] = [];
  const err: string[] = [];
  const code = await runCheck(
    path,
    options,
    (l) => out.push(l),
    (l) => err.push(l),
  );
  return { code, out, err };
}

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'shiliu-check-'));
  writeFileSync(file('report.docx'), await Packer.toBuffer(new Document({ sections: [{ children: REPORT.map((line) => new Paragraph(line)) }] })));
  writeFileSync(file('report-gbk.txt'), encodeGb18030(REPORT.join('\r\n')));
  writeFileSync(file('clean.txt'), '一、基本情况\n今年共开展宣讲12场次。');
  writeFileSync(file('commas.txt'), '开展宣讲,覆盖全县,参与群众;反响良好。\n组织活动,效果好。');
  writeFileSync(file('warnings.txt'), '2024年3月举办了民族团结进步月活动。');
  writeFileSync(file('photo.png'), await makeImage('png', 8, 8));
  // A report as Shiliu writes it (stamped with its period and figures), and the same typed over in Word.
  const shiliu = await new GbtReportDocxWriter().write({ ...sampleReport(undefined), source: { report: 7, version: 3, from: '2026-01-01', to: '2026-12-31' } });
  writeFileSync(file('shiliu.docx'), shiliu);
  const zip = new PizZip(shiliu);
  zip.file('word/document.xml', zip.file('word/document.xml')!.asText().replace('7500余户', '8000户'));
  writeFileSync(file('shiliu-edited.docx'), zip.generate({ type: 'nodebuffer' }));
  writeFileSync(file('old.doc'), Buffer.concat([Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]), Buffer.alloc(512)]));
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('shiliu check', () => {
  it('lists findings of a .docx in Chinese with line:column, severity, rule title, message and text, then a summary, and exits 1', async () => {
    const { code, out, err } = await check(file('report.docx'));
    expect(code).toBe(1);
    expect(err).toEqual([]);
    expect(out[0]).toMatch(/^材料体检：.*report\.docx（\d+ 字）$/);
    expect(out).toContain('  3:1     错误  未填写的占位符  「20xx年」是未填写完整的日期占位符。  原文：20xx年');
    expect(out.some((l) => /^ {2}3:\d+ +错误 {2}网页残留内容 {2}.*原文：小编$/.test(l))).toBe(true);
    expect(out.at(-1)).toBe('共发现 2 处问题：错误 2 处，警告 0 处，提示 0 处。');
  });

  it('prints the half-width marks of one paragraph as one line with their count, while --json keeps one entry per mark', async () => {
    const { code, out } = await check(file('commas.txt'));
    expect(code).toBe(0);
    expect(out.slice(1)).toEqual([
      '  1:5     警告  中文里的半角标点  「开展宣讲,覆盖全县」中的「,」是半角标点，中文正文应使用全角「，」。  原文：,  （本段同类共 3 处：「,」「;」）',
      '  2:5     警告  中文里的半角标点  「组织活动,效果好」中的「,」是半角标点，中文正文应使用全角「，」。  原文：,',
      '共发现 4 处问题：错误 0 处，警告 4 处，提示 0 处。',
    ]);
    const json = JSON.parse((await check(file('commas.txt'), { json: true })).out.join('\n')) as Array<Record<string, unknown>>;
    expect(json.map((f) => [f.rule, f.text])).toEqual([
      ['punctuation', ','],
      ['punctuation', ','],
      ['punctuation', ';'],
      ['punctuation', ','],
    ]);
    expect(Object.keys(json[0] ?? {})).toEqual(['rule', 'severity', 'message', 'start', 'end', 'text']);
  });

  it('prints --json as an array of {rule, severity, message, start, end, text} whose offsets point at the extracted text', async () => {
    const { code, out } = await check(file('report-gbk.txt'), { json: true, from: '2025-01-01', to: '2025-12-31' });
    expect(code).toBe(1);
    const findings = JSON.parse(out.join('\n')) as Array<Record<string, unknown>>;
    const text = new ReportCheckService().textOfFile(encodeGb18030(REPORT.join('\r\n')));
    expect(findings.map((f) => Object.keys(f))).toEqual(findings.map(() => ['rule', 'severity', 'message', 'start', 'end', 'text']));
    expect(findings.map((f) => [f.rule, f.severity, f.text])).toEqual([
      ['placeholder', 'error', '20xx年'],
      ['debris', 'error', '小编'],
      ['date_out_of_period', 'warning', '2024年3月'],
    ]);
    for (const f of findings) expect(text.slice(f.start as number, f.end as number)).toBe(f.text);
    expect(text.indexOf('20xx年')).toBe(findings[0]!.start);
  });

  it('flags a figure of a Shiliu .docx typed over in Word, at its span in the extracted text, and exits 1', async () => {
    const { code, out } = await check(file('shiliu-edited.docx'), { json: true });
    expect(code).toBe(1);
    const findings = JSON.parse(out.join('\n')) as Array<{ rule: string; start: number; end: number; text: string; message: string }>;
    const text = new ReportCheckService().textOfFile(readFileSync(file('shiliu-edited.docx')));
    const at = text.indexOf('8000户');
    expect(findings.filter((f) => f.rule === 'figure_mismatch')).toEqual([
      {
        rule: 'figure_mismatch',
        severity: 'error',
        start: at,
        end: at + 5,
        text: '8000户',
        message: '「“送学”上门户数」被改写：原为「7500余户」，现为「8000户」，数字应以台账为准。',
      },
    ]);
  });

  it('checks an unedited Shiliu .docx against its own period, finding no figure typed over', async () => {
    const { code, out } = await check(file('shiliu.docx'), { json: true });
    const findings = JSON.parse(out.join('\n')) as Array<{ rule: string; severity: string; text: string }>;
    expect(findings.filter((f) => f.rule === 'figure_mismatch')).toEqual([]);
    // No period was given: the stamp's (2026) applies; the outlook's 2027 sits in 五、下一步工作打算, so it is only noted as a plan.
    expect(findings).toEqual([expect.objectContaining({ rule: 'date_out_of_period', severity: 'info', text: '2027年' })]);
    expect(code).toBe(0);
  });

  it('checks a filled user template by its stamp: clean as filled, one figure_mismatch naming the placeholder once typed over', async () => {
    const template = compileTemplate(await templateDocx(['2025年3月，{单位名称}开展宣讲{场次}场次，参与{参与人次:约数}人次。']), valueParser);
    if (!template.ok) throw new Error(template.problems.join('\n'));
    const catalogue = buildCatalogue(
      [
        { code: 'sessions', name: '场次', unit: '场次', valueKind: 'integer' },
        { code: 'attendance', name: '参与人次', unit: '人次', valueKind: 'integer' },
      ],
      [],
      [],
    );
    const scalars = new Map<string, ScalarValue>([
      ['单位名称', { kind: 'text', text: '示例县' }],
      ['场次', { kind: 'count', value: 12 }],
      ['参与人次', { kind: 'count', value: 312 }],
    ]);
    const filled = fillTemplate(template.template, { scalars, loops: new Map() }, { catalogue, from: '2025-01-01', to: '2025-12-31' });
    writeFileSync(file('filled.docx'), filled);
    const zip = new PizZip(filled);
    zip.file('word/document.xml', zip.file('word/document.xml')!.asText().replace('宣讲12场次', '宣讲15场次'));
    writeFileSync(file('filled-edited.docx'), zip.generate({ type: 'nodebuffer' }));

    // The stamp's period (2025) applies: the March 2025 date is within it.
    const clean = await check(file('filled.docx'), { json: true });
    expect(JSON.parse(clean.out.join('\n'))).toEqual([]);
    expect(clean.code).toBe(0);
    const edited = await check(file('filled-edited.docx'), { json: true });
    expect(edited.code).toBe(1);
    const text = new ReportCheckService().textOfFile(readFileSync(file('filled-edited.docx')));
    const at = text.indexOf('15场次');
    expect(JSON.parse(edited.out.join('\n'))).toEqual([
      { rule: 'figure_mismatch', severity: 'error', start: at, end: at + 2, text: '15', message: '「场次」被改写：原为「12」，现为「15」，数字应以台账为准。' },
    ]);
  });

  it('exits 0 for a clean text and for one with warnings only', async () => {
    const clean = await check(file('clean.txt'));
    expect(clean.code).toBe(0);
    expect(clean.out.at(-1)).toBe('未发现问题。');
    expect((await check(file('clean.txt'), { json: true })).out).toEqual(['[]']);
    const warned = await check(file('warnings.txt'), { from: '2025-01-01', to: '2025-12-31' });
    expect(warned.code).toBe(0);
    expect(warned.out.at(-1)).toBe('共发现 1 处问题：错误 0 处，警告 1 处，提示 0 处。');
  });

  it('exits 2 with a Chinese message for a missing file, a photo, a legacy .doc or a bad period', async () => {
    const cases: Array<[string, CheckCommandOptions, RegExp]> = [
      [file('missing.docx'), {}, /^错误：无法读取「.*missing\.docx」：文件不存在$/],
      [dir, {}, /这是一个目录/],
      [file('photo.png'), {}, /请上传 \.docx 或 \.txt 文件/],
      [file('old.doc'), {}, /另存为” \.docx/],
      [file('clean.txt'), { from: '2025-01-01' }, /报告期需同时填写开始日期和结束日期/],
      [file('clean.txt'), { from: '2025/1/1', to: '2025-12-31' }, /^错误：--from 日期格式应为 YYYY-MM-DD$/],
    ];
    for (const [path, options, message] of cases) {
      const { code, out, err } = await check(path, options);
      expect(code).toBe(2);
      expect(out).toEqual([]);
      expect(err).toHaveLength(1);
      expect(err[0]).toMatch(message);
    }
  });

  it('sets the process exit code when run as the real CLI, without a database', { timeout: 120_000 }, async () => {
    const dataDir = mkdtempSync(join(tmpdir(), 'shiliu-check-data-'));
    const run = (args: string[]) =>
      new Promise<{ code: number; stdout: string; stderr: string }>((resolve) => {
        // The sources through tsx: dist/ may be older than this command.
        execFile(
          process.execPath,
          ['--import', 'tsx', 'src/cli/main.ts', 'check', ...args],
          { cwd: REPO_ROOT, env: { ...process.env, SHILIU_DATA_DIR: dataDir } },
          (error, stdout, stderr) => {
            resolve({ code: error ? (typeof error.code === 'number' ? error.code : 1) : 0, stdout: String(stdout), stderr: String(stderr) });
          },
        );
      });
    try {
      const [failed, clean, unreadable] = await Promise.all([run([file('report.docx'), '--json']), run([file('clean.txt')]), run([file('photo.png')])]);
      expect(failed.code, failed.stderr).toBe(1);
      expect(JSON.parse(failed.stdout)).toHaveLength(2);
      expect(clean.code, clean.stderr).toBe(0);
      expect(unreadable.code).toBe(2);
      expect(unreadable.stderr).toContain('请上传 .docx 或 .txt 文件');
      // No database was opened: the data directory is as empty as it was made.
      expect(readdirSync(dataDir)).toEqual([]);
    } finally {
      rmSync(dataDir, { recursive: true, force: true });
    }
  });
});
