import type { Command } from 'commander';
import { parsePort, type AppConfig } from '../../server/config.js';
import { openContainer } from '../../server/bootstrap.js';
import { formatLogins, seedDemo } from '../demo-seed.js';
import { describeDatabase } from './with-container.js';

/** Loaded only when serving, so every other command starts without Fastify and the app (see lint rule cli-not-to-http-stack). */
async function loadServer() {
  return import('../../server/serve.js');
}

interface ServeOptions {
  port?: string;
  host?: string;
}

function applyListen(config: AppConfig, o: ServeOptions): AppConfig {
  return { ...config, ...(o.port !== undefined && { port: parsePort(o.port) }), ...(o.host !== undefined && { host: o.host }) };
}

export function registerServeCommands(program: Command, base: AppConfig) {
  program
    .command('serve')
    .description('启动服务（先自动迁移数据库）')
    .option('-p, --port <port>', `端口（默认 ${base.port}）`)
    .option('-H, --host <host>', `监听地址（默认 ${base.host}）`)
    .action(async (o: ServeOptions) => {
      const config = applyListen(base, o);
      const { startServer } = await loadServer();
      const c = await openContainer(config);
      await startServer(config, c);
      console.log(`石榴已启动：http://${config.host}:${config.port}  数据库：${describeDatabase(config)}`);
    });

  program
    .command('start')
    .description('快速开始：迁移数据库；库为空时载入演示区域（示例县）并打印演示账号；然后启动服务')
    .option('-p, --port <port>', `端口（默认 ${base.port}）`)
    .option('-H, --host <host>', `监听地址（默认 ${base.host}）`)
    .option('--password <password>', '为新建的演示账号统一设置此密码（默认随机生成）')
    .action(async (o: ServeOptions & { password?: string }) => {
      const config = applyListen(base, o);
      const { startServer } = await loadServer();
      const c = await openContainer(config);
      const empty = !(await c.stores.orgs.findRoot());
      let banner = '';
      if (empty) {
        const result = await seedDemo(c, o.password);
        banner = `已载入演示区域「示例县」（${result.unitsCreated}个单位，${result.ledgerEntries}条演示台账）。\n${formatLogins(result.logins)}\n`;
      } else {
        banner = '数据库中已有数据，未载入演示数据（如需演示账号，请运行 shiliu demo --password <密码>）。\n';
      }
      await startServer(config, c);
      console.log(`\n${banner}石榴已启动：http://${config.host}:${config.port}  数据库：${describeDatabase(config)}\n`);
    });
}
