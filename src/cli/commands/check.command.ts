import { readFile } from 'node:fs/promises';
import type { Command } from 'commander';
import { CheckTextBodySchema } from '../../contracts/report.contract.js';
import { AppError } from '../../domain/errors.js';
import { groupByParagraph, RULES, SEVERITY_LABELS, type Finding } from '../../domain/report-check/index.js';
import { ReportCheckService, uploadPeriod } from '../../server/features/reports/report-check.service.js';
import type { ReportUpload } from '../../server/word/report-text.js';

type Print = (line: string) => void;

export interface CheckCommandOptions {
  json?: boolean;
  from?: string;
  to?: string;
}

/** Exit codes of `shiliu check`, for scripts: findings of error severity fail the check. */
export const CHECK_EXIT = { clean: 0, errors: 1, unreadable: 2 } as const;

const OPTION_NAMES: Record<string, string> = { from: '--from', to: '--to', text: '材料' };
const READ_FAILURES: Record<string, string> = { ENOENT: '文件不存在', EISDIR: '这是一个目录，不是文件', EACCES: '没有读取权限' };

/** 1-based line and column (in characters) of an offset. */
function position(text: string, offset: number): { line: number; column: number } {
  const before = text.slice(0, offset);
  const lineStart = before.lastIndexOf('\n') + 1;
  return { line: before.split('\n').length, column: [...before.slice(lineStart)].length + 1 };
}

// A finding's text may hold a tab or span a line; show them instead of breaking the listing.
const visible = (s: string) => s.replace(/\n/g, '↵').replace(/\t/g, '→');

async function readInput(file: string, service: ReportCheckService): Promise<ReportUpload> {
  let bytes: Buffer;
  try {
    bytes = await readFile(file);
  } catch (err) {
    const code = (err as NodeJS.ErrnoException).code ?? '';
    throw new Error(`无法读取「${file}」：${READ_FAILURES[code] ?? (err as Error).message}`);
  }
  return service.readUpload(bytes);
}

/**
 * `shiliu check <file>`: runs the report checker (材料体检) over a .docx or .txt without any database.
 * A .docx Shiliu wrote is checked against its own period unless --from/--to say otherwise, and
 * its figures are compared with what Shiliu wrote (typed over → error).
 * Prints the findings (or, with `json`, an array with offsets into the extracted text) and returns
 * the exit code: 1 when any finding is an error, 0 otherwise, 2 when the input cannot be checked.
 */
export async function runCheck(file: string, options: CheckCommandOptions, out: Print = console.log, err: Print = console.error): Promise<number> {
  const service = new ReportCheckService();
  let findings: Finding[];
  let text: string;
  try {
    const upload = await readInput(file, service);
    text = upload.text;
    const body = CheckTextBodySchema.safeParse({ text, ...uploadPeriod(options, upload) });
    if (!body.success) {
      // One message per option: a malformed date fails both the format and the calendar check.
      const messages = new Map<string, string>();
      for (const issue of body.error.issues) {
        const option = OPTION_NAMES[String(issue.path[0])] ?? '';
        if (!messages.has(option)) messages.set(option, `${option} ${issue.message}`.trim());
      }
      err(`错误：${[...messages.values()].join('；')}`);
      return CHECK_EXIT.unreadable;
    }
    findings = service.check(body.data, upload.stamp?.figures).findings;
  } catch (e) {
    err(`错误：${e instanceof AppError ? e.detail : e instanceof Error ? e.message : String(e)}`);
    return CHECK_EXIT.unreadable;
  }

  if (options.json) {
    out(
      JSON.stringify(
        findings.map(({ rule, severity, message, start, end, text: span }) => ({ rule, severity, message, start, end, text: span })),
        null,
        2,
      ),
    );
  } else {
    printFindings(file, text, findings, out);
  }
  return findings.some((f) => f.severity === 'error') ? CHECK_EXIT.errors : CHECK_EXIT.clean;
}

function printFindings(file: string, text: string, findings: Finding[], out: Print): void {
  out(`材料体检：${file}（${[...text.replace(/\s/g, '')].length} 字）`);
  // Findings of one kind in one paragraph print as one line with their count (figure_mismatch each alone).
  for (const group of groupByParagraph(text, findings)) {
    const members = group.map((i) => findings[i]!);
    const f = members[0]!;
    const { line, column } = position(text, f.start);
    const more = members.length > 1 ? `  （本段同类共 ${members.length} 处：${[...new Set(members.map((m) => `「${visible(m.text)}」`))].join('')}）` : '';
    out(`  ${`${line}:${column}`.padEnd(8)}${SEVERITY_LABELS[f.severity]}  ${RULES[f.rule].title}  ${f.message}  原文：${visible(f.text)}${more}`);
  }
  const count = (s: Finding['severity']) => findings.filter((f) => f.severity === s).length;
  out(
    findings.length === 0
      ? '未发现问题。'
      : `共发现 ${findings.length} 处问题：${SEVERITY_LABELS.error} ${count('error')} 处，${SEVERITY_LABELS.warning} ${count('warning')} 处，${SEVERITY_LABELS.info} ${count('info')} 处。`,
  );
}

export function registerCheckCommand(program: Command) {
  program
    .command('check')
    .description('材料体检：检查总结材料（.docx 或 .txt）中的占位符、序号、数字、网页残留等问题；有“错误”时退出码为 1，无法读取时为 2')
    .argument('<file>', '.docx 或 .txt 文件')
    .option('--json', '以 JSON 输出问题列表（start/end 为提取文字中的字符位置）')
    .option('--from <date>', '报告期开始日期（YYYY-MM-DD），与 --to 一起给出时检查日期是否超出报告期；石榴导出的 .docx 默认用其报告期')
    .option('--to <date>', '报告期结束日期（YYYY-MM-DD）')
    .action(async (file: string, options: CheckCommandOptions) => {
      process.exitCode = await runCheck(file, options);
    });
}
