import type { Resolved } from './activity-import.catalogue.js';
import type { ScopeUnit } from './activity-import.types.js';
import { matchKey } from './activity-import.values.js';
import { importMessages as m } from './import.messages.js';

interface Node {
  unit: ScopeUnit;
  parent: Node | undefined;
  children: Map<string, Node>;
  /** Position in a walk of the tree, so candidates are listed as the tree shows them. */
  order: number;
}

type UnitResolution = Resolved<ScopeUnit>;

/**
 * Resolves the 单位 column inside the caller's subtree: a name path from the top of the tree or
 * from any unit down to the caller's (示例县/城关镇/东风村, 城关镇/东风村), a path below the
 * caller's unit, or a name (or path starting with a name) that is unique within the subtree.
 * Anything else, including every unit outside the subtree, is "not found": never "forbidden".
 */
export class UnitResolver {
  private readonly root: Node;
  private readonly byName = new Map<string, Node[]>();
  private readonly cache = new Map<string, UnitResolution>();
  private readonly chainKeys: string[];
  private readonly byId: Map<number, Node>;

  /** `rootChain`: names from the top of the whole tree down to the caller's unit. */
  constructor(
    units: ScopeUnit[],
    rootOrgId: number,
    private readonly rootChain: string[],
  ) {
    const nodes = new Map<number, Node>(units.map((u) => [u.id, { unit: u, parent: undefined, children: new Map(), order: 0 }]));
    for (const node of nodes.values()) {
      const parent = node.unit.id === rootOrgId || node.unit.parentId === null ? undefined : nodes.get(node.unit.parentId);
      node.parent = parent;
      parent?.children.set(matchKey(node.unit.name), node);
      const key = matchKey(node.unit.name);
      this.byName.set(key, [...(this.byName.get(key) ?? []), node]);
    }
    this.byId = nodes;
    const root = nodes.get(rootOrgId);
    if (!root) throw new Error(`scope root ${rootOrgId} not among the scope's units`);
    this.root = root;
    this.chainKeys = rootChain.map(matchKey);
    let order = 0;
    const number = (node: Node) => {
      node.order = order++;
      for (const child of node.children.values()) number(child);
    };
    number(root);
  }

  resolve(text: string): UnitResolution {
    let result = this.cache.get(text);
    if (!result) {
      result = this.lookup(text);
      this.cache.set(text, result);
    }
    return result;
  }

  private lookup(text: string): UnitResolution {
    const segments = text.normalize('NFKC').split('/').map(matchKey).filter(Boolean);
    if (segments.length === 0) return { ok: false, message: m.unitNotFound(text, this.rootChain.at(-1) ?? '') };
    const found = this.anchored(segments) ?? walk(this.root, segments) ?? this.byUniqueName(segments);
    if (!found) return { ok: false, message: m.unitNotFound(text, this.rootChain.at(-1) ?? '') };
    if (Array.isArray(found))
      return {
        ok: false,
        message: m.unitAmbiguous(
          text,
          found.slice(0, 3).map((n) => this.pathOf(n)),
        ),
      };
    if (!found.unit.active || !this.ancestorsActive(found)) return { ok: false, message: m.unitInactive(text) };
    return { ok: true, value: found.unit };
  }

  private anchored(segments: string[]): Node | undefined {
    for (let start = 0; start < this.chainKeys.length; start++) {
      const prefix = this.chainKeys.slice(start);
      if (prefix.length <= segments.length && prefix.every((k, i) => segments[i] === k)) return walk(this.root, segments.slice(prefix.length));
    }
    return undefined;
  }

  /** A path whose first name is unique in the subtree; several matches → the candidates. */
  private byUniqueName(segments: string[]): Node | Node[] | undefined {
    const [first, ...rest] = segments;
    if (first === undefined) return undefined;
    const hits = (this.byName.get(first) ?? []).map((n) => walk(n, rest)).filter((n): n is Node => n !== undefined);
    if (hits.length === 0) return undefined;
    return hits.length === 1 ? hits[0] : hits.sort((a, b) => a.order - b.order);
  }

  /** The resolved unit's name path from the caller's unit down (城关镇/东风村), as the import preview shows it. */
  namePath(unitId: number): string {
    const node = this.byId.get(unitId);
    return node ? this.pathOf(node) : '';
  }

  private ancestorsActive(node: Node): boolean {
    for (let n = node.parent; n; n = n.parent) if (!n.unit.active) return false;
    return true;
  }

  /** Names from the caller's unit down to the node, as the user would write them. */
  private pathOf(node: Node): string {
    const names: string[] = [];
    for (let n: Node | undefined = node; n; n = n.parent) names.unshift(n.unit.name);
    return names.join('/');
  }
}

function walk(from: Node, segments: string[]): Node | undefined {
  let node: Node | undefined = from;
  for (const s of segments) node = node?.children.get(s);
  return node;
}
