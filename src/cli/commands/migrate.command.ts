import type { Command } from 'commander';
import type { AppConfig } from '../../server/config.js';
import { openConfiguredDatabase } from '../../server/main.js';
import { migrateToLatest } from '../../server/db/migrate.js';
import { describeDatabase } from './with-container.js';

export function registerMigrateCommand(program: Command, config: AppConfig) {
  program
    .command('migrate')
    .description('把数据库结构升级到最新版本')
    .action(async () => {
      const database = openConfiguredDatabase(config);
      try {
        const applied = await migrateToLatest(database);
        console.log(applied.length > 0 ? `已执行迁移：${applied.join('、')}` : '数据库已是最新版本');
        console.log(`数据库：${describeDatabase(config)}`);
      } finally {
        await database.close();
      }
    });
}
