import { mkdir, writeFile } from 'node:fs/promises';
import path from 'node:path';
import type { Command } from 'commander';
import { IsoDateSchema } from '../../contracts/common.contract.js';
import { REPORT_KINDS, ReportKindSchema, type ReportKind } from '../../contracts/report.contract.js';
import { StatsStatusSchema, type StatsStatus } from '../../contracts/stats.contract.js';
import { systemActor } from '../../domain/access.js';
import { InvalidError } from '../../domain/errors.js';
import type { AppConfig } from '../../server/config.js';
import type { Container } from '../../server/container.js';
import { reportMessages as m } from '../../server/features/reports/report.messages.js';
import { resolveOrg } from './user.command.js';
import { withContainer } from './with-container.js';

type Print = (line: string) => void;

export interface ReportCommandOptions {
  org: string;
  from: string;
  to: string;
  template?: string;
  status?: string;
  out: string;
  title?: string;
}

function checkedDate(option: string, value: string): string {
  if (!IsoDateSchema.safeParse(value).success) throw new InvalidError('CLI_BAD_DATE', m.cliBadDate(option, value));
  return value;
}

/**
 * `shiliu report`: drafts a unit's report from its ledger and writes the .docx, as the operator
 * (whole installation). Nothing is stored: the file is the product; reports meant to be edited
 * and refreshed are created in the web app.
 */
export async function writeReport(c: Container, o: ReportCommandOptions, print: Print = console.log): Promise<string> {
  const from = checkedDate('--from', o.from);
  const to = checkedDate('--to', o.to);
  if (from > to) throw new InvalidError('CLI_BAD_DATE', m.fromAfterTo);
  let kind: ReportKind | undefined;
  if (o.template !== undefined) {
    const parsed = ReportKindSchema.safeParse(o.template);
    if (!parsed.success) throw new InvalidError('CLI_BAD_KIND', m.cliBadKind(o.template, REPORT_KINDS.join(', ')));
    kind = parsed.data;
  }
  const status = StatsStatusSchema.safeParse(o.status ?? 'approved');
  if (!status.success) throw new InvalidError('CLI_BAD_STATUS', m.cliBadStatus(o.status ?? ''));
  if (!/\.docx$/i.test(o.out)) throw new InvalidError('CLI_BAD_OUT', m.cliBadOut);

  const org = await resolveOrg(c, o.org);
  const result = await c.reports.draftDocx(systemActor(), {
    orgId: org.id,
    from,
    to,
    status: status.data as StatsStatus,
    ...(kind && { kind }),
    ...(o.title && { title: o.title }),
  });
  const file = path.resolve(o.out);
  await mkdir(path.dirname(file), { recursive: true });
  await writeFile(file, result.content);
  print(m.cliDone(result.title));
  print(m.cliCounts(result.figures, result.charts));
  print(m.cliPath(file));
  return file;
}

export function registerReportCommand(program: Command, config: AppConfig) {
  program
    .command('report')
    .description('由台账数据起草总结材料并写成 Word 文档（GB/T 9704 公文格式）；不在系统中保存')
    .requiredOption('--org <org>', '单位：编号或名称路径，如“示例县/城关镇”')
    .requiredOption('--from <date>', '统计开始日期，如 2026-01-01')
    .requiredOption('--to <date>', '统计结束日期，如 2026-12-31')
    .requiredOption('--out <file>', '输出文件（.docx）')
    .option('--template <kind>', `材料类型：${REPORT_KINDS.join(' | ')}（默认按单位类型）`)
    .option('--status <status>', 'approved：只计审核通过的活动（默认）；all：含未审核的活动')
    .option('--title <title>', '标题（默认自动生成）')
    .action(async (o: ReportCommandOptions) => {
      await withContainer(config, (c) => writeReport(c, o));
    });
}
