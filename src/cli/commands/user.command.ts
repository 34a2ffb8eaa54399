import type { Command } from 'commander';
import { RoleSchema, type Role } from '../../contracts/account.contract.js';
import { systemActor } from '../../domain/access.js';
import { InvalidError, NotFoundError } from '../../domain/errors.js';
import type { AppConfig } from '../../server/config.js';
import type { Container } from '../../server/container.js';
import { generatePassword } from '../../server/features/accounts/password.js';
import { withContainer } from './with-container.js';

function parseRoles(text: string): Role[] {
  return text.split(/[,，]/).map((r) => {
    const parsed = RoleSchema.safeParse(r.trim());
    if (!parsed.success) throw new InvalidError('ROLE_UNKNOWN', `未知角色「${r}」，可选：${RoleSchema.options.join(', ')}`);
    return parsed.data;
  });
}

/** An org unit named by id or by its name path from the top (示例县/城关镇). */
export async function resolveOrg(c: Container, ref: string) {
  if (/^\d+$/.test(ref)) {
    const org = await c.stores.orgs.findById(Number(ref));
    if (org) return org;
  }
  let parentId: number | null = null;
  let org;
  for (const name of ref.split('/').filter(Boolean)) {
    org = await c.stores.orgs.findSiblingByName(parentId, name);
    if (!org) throw new NotFoundError('ORG_NOT_FOUND', `找不到单位「${ref}」（在「${name}」处中断）`);
    parentId = org.id;
  }
  if (!org) throw new NotFoundError('ORG_NOT_FOUND', `找不到单位「${ref}」`);
  return org;
}

export function registerUserCommands(program: Command, config: AppConfig) {
  const user = program.command('user').description('用户账号管理');

  user
    .command('add')
    .description('新增用户（未给密码时随机生成并打印）')
    .requiredOption('--username <username>', '用户名')
    .requiredOption('--org <org>', '所在单位：编号或名称路径，如“示例县/城关镇”')
    .requiredOption('--roles <roles>', '角色，逗号分隔：clerk,reviewer,inspector,admin,viewer')
    .option('--display-name <name>', '姓名或称呼')
    .option('--password <password>', '初始密码（至少8位）')
    .action(async (o: { username: string; org: string; roles: string; displayName?: string; password?: string }) =>
      withContainer(config, async (c) => {
        const org = await resolveOrg(c, o.org);
        const password = o.password ?? generatePassword();
        const created = await c.users.create(systemActor(), {
          username: o.username,
          displayName: o.displayName ?? o.username,
          orgId: org.id,
          roles: parseRoles(o.roles),
          password,
        });
        console.log(`已创建用户 ${created.username}（${created.orgName}，${created.roles.join(',')}）`);
        if (!o.password) console.log(`  密码：${password}（只显示这一次，首次登录后须修改）`);
      }),
    );

  user
    .command('reset-password')
    .description('重置用户密码（未给密码时随机生成并打印），使其全部登录失效，并解除登录限制')
    .argument('<username>', '用户名')
    .option('--password <password>', '新密码（至少8位）')
    .action(async (username: string, o: { password?: string }) =>
      withContainer(config, async (c) => {
        const found = await c.stores.users.findByUsername(username);
        if (!found) throw new NotFoundError('USER_NOT_FOUND', `用户「${username}」不存在`);
        if (o.password !== undefined && o.password.length < 8) throw new InvalidError('PASSWORD_TOO_SHORT', '密码至少8位');
        const password = await c.users.resetPassword(systemActor(), found.id, o.password);
        console.log(`已重置 ${found.username} 的密码：${password}（首次登录后须修改）；登录限制已解除`);
      }),
    );

  user
    .command('unlock')
    .description('解除用户的登录限制（清除其在各地址的登录失败计数），不改密码')
    .argument('<username>', '用户名')
    .action(async (username: string) =>
      withContainer(config, async (c) => {
        const found = await c.stores.users.findByUsername(username);
        if (!found) throw new NotFoundError('USER_NOT_FOUND', `用户「${username}」不存在`);
        await c.users.unlock(systemActor(), found.id);
        console.log(`已解除 ${found.username} 的登录限制`);
      }),
    );
}
