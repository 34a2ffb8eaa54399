import { Command, CommanderError } from 'commander';
import { loadConfig } from '../server/config.js';
import { AppError } from '../domain/errors.js';
import { registerDemoCommands } from './commands/demo.command.js';
import { registerInitCommand } from './commands/init.command.js';
import { registerMigrateCommand } from './commands/migrate.command.js';
import { registerServeCommands } from './commands/serve.command.js';
import { registerStatsCommands } from './commands/stats.command.js';
import { registerReportCommand } from './commands/report.command.js';
import { registerCheckCommand } from './commands/check.command.js';
import { registerUserCommands } from './commands/user.command.js';
import { APP_VERSION } from '../server/version.js';

const program = new Command('shiliu')
  .description('石榴 — 民族团结进步创建工作平台（Shiliu: ethnic-unity work platform）')
  .version(APP_VERSION, '-v, --version', '显示版本')
  .helpOption('-h, --help', '显示帮助')
  .helpCommand('help [command]', '显示某个命令的帮助')
  .showHelpAfterError('（用 shiliu --help 查看全部命令）')
  .exitOverride();

const config = loadConfig();
registerServeCommands(program, config);
registerMigrateCommand(program, config);
registerInitCommand(program, config);
registerDemoCommands(program, config);
registerUserCommands(program, config);
registerStatsCommands(program, config);
registerReportCommand(program, config);
registerCheckCommand(program);

try {
  await program.parseAsync(process.argv);
} catch (err) {
  if (err instanceof CommanderError) process.exit(err.exitCode);
  if (err instanceof AppError) {
    console.error(`错误：${err.detail}`);
    for (const f of err.fieldErrors) console.error(`  - ${f.message}`);
  } else {
    console.error(`错误：${err instanceof Error ? err.message : String(err)}`);
  }
  process.exit(1);
}
