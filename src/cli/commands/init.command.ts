import type { Command } from 'commander';
import { systemActor } from '../../domain/access.js';
import type { AppConfig } from '../../server/config.js';
import { generatePassword } from '../../server/features/accounts/password.js';
import { withContainer } from './with-container.js';

interface InitOptions {
  org: string;
  kind: string;
  code?: string;
  username: string;
  displayName: string;
}

export function registerInitCommand(program: Command, config: AppConfig) {
  program
    .command('init')
    .description('初始化：创建顶级单位和第一个管理员账号（打印随机生成的密码）')
    .requiredOption('--org <name>', '顶级单位名称，例如“某某县”')
    .option('--kind <kind>', '顶级单位类型代码（province/prefecture/county/township…）', 'county')
    .option('--code <code>', '行政区划代码（可选）')
    .option('--username <username>', '管理员用户名', 'admin')
    .option('--display-name <name>', '管理员姓名或称呼', '系统管理员')
    .action(async (o: InitOptions) =>
      withContainer(config, async (c) => {
        const actor = systemActor();
        const org = await c.orgs.createRoot(actor, { name: o.org, kind: o.kind, code: o.code ?? null });
        const password = generatePassword();
        await c.users.create(actor, { username: o.username, displayName: o.displayName, orgId: org.id, roles: ['admin', 'reviewer'], password });
        console.log(`已创建顶级单位「${org.name}」（编号 ${org.id}）和管理员账号：`);
        console.log(`  用户名：${o.username}`);
        console.log(`  密码：  ${password}（只显示这一次，首次登录后须修改）`);
      }),
    );
}
