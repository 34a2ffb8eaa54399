import type { Command } from 'commander';
import type { AppConfig } from '../../server/config.js';
import { formatLedger, formatLogins, seedDemo } from '../demo-seed.js';
import { SYNTHETIC_HELP, formatProgress, formatSyntheticResult, parseSyntheticArgs } from '../demo-synthetic.js';
import { withContainer } from './with-container.js';

interface DemoOptions {
  password?: string;
  scale?: string;
  entries?: string;
  seed?: string;
}

export function registerDemoCommands(program: Command, config: AppConfig) {
  program
    .command('demo')
    .description('载入演示区域“示例县”及演示账号；重复运行不会重复创建。加 --scale 则另建大规模合成区域（性能测试用）')
    .option('--password <password>', '所有演示账号统一使用此密码（默认为新账号随机生成并只打印一次）')
    .option('--scale <scale>', '另建合成基准区域：county | prefecture | province（见下文）')
    .option('--entries <n>', '与 --scale 同用：合成台账条数（默认按规模 10万 / 100万 / 500万）')
    .option('--seed <s>', '与 --scale 同用：随机种子（默认1）')
    .addHelpText('after', SYNTHETIC_HELP)
    .action(async (o: DemoOptions) => {
      const synthetic = parseSyntheticArgs(o);
      await withContainer(config, async (c) => {
        if (synthetic) {
          const result = await c.synthetic.generate({ ...synthetic, onProgress: (p) => console.log(formatProgress(p)) });
          console.log(formatSyntheticResult(result));
          return;
        }
        if (o.password !== undefined && o.password.length < 8) throw new Error('演示密码至少8位');
        const result = await seedDemo(c, o.password);
        console.log(result.unitsCreated > 0 ? `已创建${result.unitsCreated}个单位。` : '演示区域已存在，未新增单位。');
        console.log(formatLedger(result));
        console.log(formatLogins(result.logins));
      });
    });
}
