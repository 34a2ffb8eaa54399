import type { Command } from 'commander';
import type { AppConfig } from '../../server/config.js';
import type { Container } from '../../server/container.js';
import type { RollupTable } from '../../server/features/rollup/rollup.types.js';
import { withContainer } from './with-container.js';

type Print = (line: string) => void;

/** The roll-up tables in the order they are reported, with what each one sums by. */
const TABLES: Array<[RollupTable, string]> = [
  ['stat_day', '按日·按活动类型'],
  ['stat_month', '按月·按活动类型'],
  ['stat_tag_day', '按日·按标签'],
  ['stat_tag_month', '按月·按标签'],
];

/** `shiliu stats rebuild`: recomputes the whole store from the ledger and reports rows per table and the time taken. */
export async function rebuildStats(c: Container, print: Print = console.log): Promise<void> {
  const started = performance.now();
  const rows = await c.rollupMaintenance.rebuild();
  const seconds = (performance.now() - started) / 1000;
  print('已按台账重建统计汇总：');
  for (const [table, label] of TABLES) print(`  ${table}（${label}）：${rows[table]} 行`);
  print(`用时 ${seconds.toFixed(1)} 秒`);
}

/** `shiliu stats verify`: the exit code is 0 when the store matches the ledger row for row, 1 otherwise. */
export async function verifyStats(c: Container, print: Print = console.log): Promise<number> {
  const differences = await c.rollupMaintenance.verify();
  if (differences.length === 0) {
    print('统计汇总与台账一致');
    return 0;
  }
  print(`统计汇总与台账不一致（${differences.length} 张表）：`);
  const labels = new Map(TABLES);
  for (const d of differences) print(`  ${d.table}（${labels.get(d.table)}）：多出 ${d.extra} 行，缺少或数值不符 ${d.missing} 行`);
  print('可运行 shiliu stats rebuild 按台账重建。');
  return 1;
}

export function registerStatsCommands(program: Command, config: AppConfig) {
  const stats = program.command('stats').description('统计汇总维护：按台账重建、核对是否一致');

  stats
    .command('rebuild')
    .description('按台账重新计算全部统计汇总（在一个事务中完成）')
    .action(async () => withContainer(config, (c) => rebuildStats(c)));

  stats
    .command('verify')
    .description('核对统计汇总与台账是否逐行一致；不一致时列出各表差异并以退出码 1 结束')
    .action(async () => {
      // Not an error to report: the differences are the output. The exit code tells scripts.
      process.exitCode = await withContainer(config, (c) => verifyStats(c));
    });
}
