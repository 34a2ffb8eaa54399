import type { Command } from 'commander';
import type { AppConfig } from '../../server/config.js';
import { migrateDatabase, openConfiguredDatabase } from '../../server/bootstrap.js';
import { describeDatabase } from './with-container.js';

export function registerMigrateCommand(program: Command, config: AppConfig) {
  program
    .command('migrate')
    .description('把数据库结构升级到最新版本')
    .action(async () => {
      const database = openConfiguredDatabase(config);
      try {
        const { applied, rollupFilled } = await migrateDatabase(database);
        console.log(applied.length > 0 ? `已执行迁移：${applied.join('、')}` : '数据库已是最新版本');
        const filled = Object.values(rollupFilled ?? {}).reduce((a, b) => a + b, 0);
        if (filled > 0) console.log(`已按现有台账生成统计汇总：${filled} 行`);
        console.log(`数据库：${describeDatabase(config)}`);
      } finally {
        await database.close();
      }
    });
}
