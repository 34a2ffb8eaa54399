import type { Command } from 'commander';
import type { AppConfig } from '../../server/config.js';
import { formatLedger, formatLogins, seedDemo } from '../demo-seed.js';
import { withContainer } from './with-container.js';

export function registerDemoCommands(program: Command, config: AppConfig) {
  program
    .command('demo')
    .description('载入演示区域“示例县”及演示账号；重复运行不会重复创建')
    .option('--password <password>', '所有演示账号统一使用此密码（默认为新账号随机生成并只打印一次）')
    .action(async (o: { password?: string }) =>
      withContainer(config, async (c) => {
        if (o.password !== undefined && o.password.length < 8) throw new Error('演示密码至少8位');
        const result = await seedDemo(c, o.password);
        console.log(result.unitsCreated > 0 ? `已创建${result.unitsCreated}个单位。` : '演示区域已存在，未新增单位。');
        console.log(formatLedger(result));
        console.log(formatLogins(result.logins));
      }),
    );
}
