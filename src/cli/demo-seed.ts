import { systemActor } from '../domain/access.js';
import type { Container } from '../server/container.js';
import { generatePassword } from '../server/features/accounts/password.js';
import type { OrgRecord } from '../server/features/orgs/org.types.js';
import { DEMO_LEDGER_ENTRIES, seedDemoLedger } from './demo-ledger.js';
import { DEMO_ACCOUNTS, DEMO_REGION, type DemoUnit } from './demo-region.js';
import { seedDemoTargets } from './demo-targets.js';

export interface DemoLogin {
  username: string;
  note: string;
  /** The password set by this run, or null when an existing account kept its password. */
  password: string | null;
}

export interface DemoResult {
  unitsCreated: number;
  logins: DemoLogin[];
  /** Ledger entries added by this run (0 when the county already had some, or none were asked for). */
  ledgerEntries: number;
}

export interface DemoOptions {
  /**
   * How many demo ledger entries to generate at most (default: the whole two-year ledger,
   * about 20,000). 0 skips the ledger and its campaigns: test apps use that to stay fast.
   */
  ledgerEntries?: number;
}

/**
 * Loads 示例县, its demo accounts and its ledger. Idempotent: units and accounts that exist are
 * kept, and the ledger is only filled while the county has no entries; with `password`, every demo
 * account is (re)set to it, otherwise only new accounts get a random one.
 */
export async function seedDemo(c: Container, password?: string, options: DemoOptions = {}): Promise<DemoResult> {
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
      await c.users.create(
        actor,
        { username: a.username, displayName: a.displayName, orgId: org.id, roles: a.roles, password: pw },
        { mustChangePassword: false },
      );
      logins.push({ username: a.username, note: a.note, password: pw });
    } else if (password) {
      await c.users.resetPassword(actor, existing.id, password, { mustChangePassword: false });
      logins.push({ username: a.username, note: a.note, password });
    } else {
      logins.push({ username: a.username, note: a.note, password: null });
    }
  }

  const entries = options.ledgerEntries ?? DEMO_LEDGER_ENTRIES;
  const county = byPath.get(DEMO_REGION.name)!;
  const ledger = entries > 0 ? await seedDemoLedger(c, county, { entries }) : undefined;
  // Targets only make sense over a ledger; they are set from last year's figures.
  if (ledger && !ledger.skipped) await seedDemoTargets(c, county, byPath.get(`${DEMO_REGION.name}/城关镇`)!);
  return { unitsCreated, logins, ledgerEntries: ledger?.entries ?? 0 };
}

export function formatLedger(result: DemoResult): string {
  return result.ledgerEntries > 0 ? `已生成演示台账${result.ledgerEntries}条（近两年及今年以来）。` : '演示台账已有数据，未新增台账条目。';
}

export function formatLogins(logins: DemoLogin[]): string {
  // Only ASCII is padded: CJK characters are two columns wide in a terminal and would misalign.
  const lines = logins.map((l) => `  ${l.username.padEnd(10)} ${(l.password ?? '-').padEnd(18)} ${l.note}${l.password ? '' : '（已存在，密码未改）'}`);
  return ['演示账号（用户名 / 密码 / 说明）：', ...lines].join('\n');
}
