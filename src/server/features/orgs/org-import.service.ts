import { ORG_NAME_MAX, type ImportOrgsResult } from '../../../contracts/org.contract.js';
import type { FieldError } from '../../../contracts/problem.contract.js';
import { canAdminister, requirePermission, type Actor } from '../../../domain/access.js';
import { InvalidError } from '../../../domain/errors.js';
import type { Transactor } from '../transactor.js';
import type { OrgImportRow } from './org-import.file.js';
import { orgMessages as m } from './org.messages.js';
import type { OrgStores } from './org.service.js';
import type { OrgKindRecord, OrgRecord } from './org.types.js';
import { idsOfPath } from '../../../domain/org-path.js';

const CODE_PATTERN = /^[0-9A-Za-z-]{1,32}$/;

/** A unit of the scope's tree, existing or about to be created by the import. */
interface Node {
  key: string;
  name: string;
  active: boolean;
  existing?: OrgRecord;
  children: Map<string, Node>;
}

interface PlannedUnit {
  row: OrgImportRow;
  parent: Node;
  node: Node;
  kind: string;
  code: string | null;
}

/** Bulk creation of units from rows of `parent path · name · kind · code`, all or nothing. */
export class OrgImportService {
  constructor(
    private readonly stores: OrgStores,
    private readonly transact: Transactor<OrgStores>,
  ) {}

  async importRows(actor: Actor, rows: OrgImportRow[], options: { dryRun: boolean; requestId?: string | null }): Promise<ImportOrgsResult> {
    requirePermission(actor, canAdminister, m.manage);
    const plan = await this.plan(actor, rows);
    if (!options.dryRun) {
      await this.transact(async (s) => {
        const created = new Map<Node, OrgRecord>();
        const now = new Date().toISOString();
        for (const p of plan) {
          const parent = p.parent.existing ?? created.get(p.parent)!;
          const org = await s.orgs.insert(
            {
              name: p.row.name,
              kind: p.kind,
              code: p.code,
              parentId: parent.id,
              parentPath: parent.path,
              sortOrder: (await s.orgs.countChildren(parent.id)) * 10,
            },
            now,
          );
          created.set(p.node, org);
          await s.audit.record({
            userId: actor.userId,
            action: 'org.import',
            entity: 'org_unit',
            entityId: org.id,
            orgUnitId: org.id,
            after: { name: org.name, kind: org.kind, code: org.code, parentId: org.parentId, row: p.row.row },
            requestId: options.requestId ?? null,
          });
        }
      });
    }
    return { dryRun: options.dryRun, rows: rows.length, created: options.dryRun ? 0 : plan.length };
  }

  /** Checks every row against the tree and the rest of the file; throws with all problems at once. */
  private async plan(actor: Actor, rows: OrgImportRow[]): Promise<PlannedUnit[]> {
    const kinds = await this.stores.orgs.listKinds();
    const root = await this.loadScopeTree(actor);
    const rootChain = await this.rootNameChain(actor);
    const errors: FieldError[] = [];
    const fail = (r: OrgImportRow, column: string, message: string) =>
      errors.push({ pointer: `/rows/${r.row}/${column}`, message: `第${r.row}行「${column}」${message}` });
    const codes = new Map<string, number>();

    type Pending = { row: OrgImportRow; segments: string[]; kind: string; code: string | null };
    let pending: Pending[] = [];
    for (const r of rows) {
      const before = errors.length;
      if (!r.name) fail(r, '名称', '不能为空');
      else if (r.name.length > ORG_NAME_MAX) fail(r, '名称', `不能超过${ORG_NAME_MAX}个字`);
      else if (r.name.includes('/')) fail(r, '名称', '中不能含有“/”');
      const kind = resolveKind(kinds, r.kind);
      if (!r.kind) fail(r, '类型', '不能为空');
      else if (!kind) fail(r, '类型', `「${r.kind}」不是已知的组织类型`);
      if (r.code) {
        if (!CODE_PATTERN.test(r.code)) fail(r, '代码', '只能由数字、字母和“-”组成，最长32位');
        else if (codes.has(r.code)) fail(r, '代码', `「${r.code}」与第${codes.get(r.code)}行重复`);
        else if (await this.stores.orgs.findByCode(r.code)) fail(r, '代码', `「${r.code}」已被其他组织使用`);
        else codes.set(r.code, r.row);
      }
      const segments = anchorPath(r.parentPath, rootChain);
      if (!r.parentPath) fail(r, '上级路径', '不能为空');
      else if (!segments) fail(r, '上级路径', `「${r.parentPath}」应从「${rootChain.at(-1)}」开始（不在您的管辖范围内，或写法有误）`);
      if (errors.length === before && kind && segments) pending.push({ row: r, segments, kind: kind.code, code: r.code || null });
    }

    // Rows may name a parent created by a later row: resolve in passes until nothing moves.
    const planned: PlannedUnit[] = [];
    const firstRowOf = new Map<Node, number>();
    let progress = true;
    while (pending.length > 0 && progress) {
      progress = false;
      const waiting: Pending[] = [];
      for (const p of pending) {
        const parent = walk(root, p.segments);
        if (!parent) {
          waiting.push(p);
          continue;
        }
        progress = true;
        const clash = parent.children.get(p.row.name);
        if (clash) {
          const other = firstRowOf.get(clash);
          fail(p.row, '名称', other ? `「${p.row.name}」与第${other}行重复（同一上级下名称不能相同）` : `「${p.row.name}」在「${parent.name}」下已存在`);
          continue;
        }
        if (!parent.active) {
          fail(p.row, '上级路径', `「${p.row.parentPath}」已停用，不能在其下新增单位`);
          continue;
        }
        const node: Node = { key: `new:${p.row.row}`, name: p.row.name, active: true, children: new Map() };
        parent.children.set(node.name, node);
        firstRowOf.set(node, p.row.row);
        planned.push({ row: p.row, parent, node, kind: p.kind, code: p.code });
      }
      pending = waiting;
    }
    for (const p of pending) fail(p.row, '上级路径', `「${p.row.parentPath}」不存在（本文件中也没有这个上级）`);

    if (errors.length > 0) {
      errors.sort((a, b) => rowOf(a) - rowOf(b));
      throw new InvalidError('IMPORT_ROWS_INVALID', `文件中有${errors.length}处问题，未导入任何数据。请修改后重新上传。`, errors);
    }
    return planned;
  }

  private async loadScopeTree(actor: Actor): Promise<Node> {
    const units = await this.stores.orgs.listSubtree(actor.scope.rootPath, { includeInactive: true });
    const nodes = new Map<number, Node>();
    for (const u of units) nodes.set(u.id, { key: String(u.id), name: u.name, active: u.active, existing: u, children: new Map() });
    for (const u of units) {
      if (u.id !== actor.scope.rootOrgId && u.parentId !== null) nodes.get(u.parentId)?.children.set(u.name, nodes.get(u.id)!);
    }
    return nodes.get(actor.scope.rootOrgId)!;
  }

  /** Names from the top of the whole tree down to the actor's unit, e.g. [示例州, 示例县]. */
  private async rootNameChain(actor: Actor): Promise<string[]> {
    const ids = idsOfPath(actor.scope.rootPath);
    const byId = new Map((await this.stores.orgs.listByIds(ids)).map((o) => [o.id, o.name]));
    return ids.map((id) => byId.get(id) ?? '');
  }
}

function rowOf(e: FieldError): number {
  return Number(e.pointer.split('/')[2]);
}

function resolveKind(kinds: OrgKindRecord[], text: string): OrgKindRecord | undefined {
  const t = text.trim();
  // '县' and '省' name the kinds '县(市、区)' and '省(自治区)' as well.
  return kinds.find((k) => k.code === t || k.name === t) ?? kinds.find((k) => k.name.split('(')[0] === t);
}

/**
 * The segments of a parent path below the actor's unit. The path may start at the top of the whole
 * tree or at any unit from there down to the actor's own; it must pass through the actor's unit.
 */
export function anchorPath(path: string, rootChain: string[]): string[] | undefined {
  const segments = path
    .split(/[/／]/)
    .map((s) => s.trim())
    .filter(Boolean);
  if (segments.length === 0) return undefined;
  for (let start = 0; start < rootChain.length; start++) {
    const prefix = rootChain.slice(start);
    if (prefix.every((name, i) => segments[i] === name)) return segments.slice(prefix.length);
  }
  return undefined;
}

function walk(root: Node, segments: string[]): Node | undefined {
  let node: Node | undefined = root;
  for (const s of segments) node = node?.children.get(s);
  return node;
}
