import { systemActor } from '../domain/access.js';
import type { Container } from '../server/container.js';
import { generatePassword } from '../server/features/accounts/password.js';
import type { OrgRecord } from '../server/features/orgs/org.types.js';
import { DEMO_ACCOUNTS, DEMO_REGION, type DemoUnit } from './demo-region.js';

export interface DemoLogin {
  username: string;
  note: string;
  /** The password set by this run, or null when an existing account kept its password. */
  password: string | null;
}

export interface DemoResult {
  unitsCreated: number;
  logins: DemoLogin[];
}

/**
 * Loads 示例县 and its demo accounts. Idempotent: units and accounts that exist are kept; with
 * `password`, every demo account is (re)set to it, otherwise only new accounts get a random one.
 */
export async function seedDemo(c: Container, password?: string): Promise<DemoResult> {
  const actor = systemActor();
  let unitsCreated = 0;
  const byPath = new Map<string, OrgRecord>();

  const ensure = async (unit: DemoUnit, parent: OrgRecord | undefined, names: string[]) => {
    const existing = await c.stores.orgs.findSiblingByName(parent?.id ?? null, unit.name);
    let org = existing;
    if (!org) {
      org = parent
        ? await c.orgs.create(actor, { parentId: parent.id, name: unit.name, kind: unit.kind })
        : await c.orgs.createRoot(actor, { name: unit.name, kind: unit.kind });
      unitsCreated++;
    }
    const path = [...names, unit.name];
    byPath.set(path.join('/'), org);
    for (const child of unit.children ?? []) await ensure(child, org, path);
  };
  await ensure(DEMO_REGION, undefined, []);

  const logins: DemoLogin[] = [];
  for (const a of DEMO_ACCOUNTS) {
    const org = byPath.get(a.orgPath.join('/'))!;
    const existing = await c.stores.users.findByUsername(a.username);
    if (!existing) {
      const pw = password ?? generatePassword();
      // Demo accounts are for trying the product: no forced password change on first login.
      await c.users.create(actor, { username: a.username, displayName: a.displayName, orgId: org.id, roles: a.roles, password: pw }, { mustChangePassword: false });
      logins.push({ username: a.username, note: a.note, password: pw });
    } else if (password) {
      await c.users.resetPassword(actor, existing.id, password, { mustChangePassword: false });
      logins.push({ username: a.username, note: a.note, password });
    } else {
      logins.push({ username: a.username, note: a.note, password: null });
    }
  }
  return { unitsCreated, logins };
}

export function formatLogins(logins: DemoLogin[]): string {
  // Only ASCII is padded: CJK characters are two columns wide in a terminal and would misalign.
  const lines = logins.map((l) => `  ${l.username.padEnd(10)} ${(l.password ?? '-').padEnd(18)} ${l.note}${l.password ? '' : '（已存在，密码未改）'}`);
  return ['演示账号（用户名 / 密码 / 说明）：', ...lines].join('\n');
}
