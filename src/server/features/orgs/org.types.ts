/** An org unit as services see it (the repository maps rows to this). */
export interface OrgRecord {
  id: number;
  name: string;
  kind: string;
  code: string | null;
  parentId: number | null;
  path: string;
  depth: number;
  sortOrder: number;
  active: boolean;
  createdAt: string;
  updatedAt: string;
}

export interface OrgWithCounts extends OrgRecord {
  childCount: number;
}

export interface NewOrg {
  name: string;
  kind: string;
  code: string | null;
  parentId: number | null;
  parentPath: string | null;
  sortOrder: number;
}

export interface OrgPatch {
  name?: string;
  kind?: string;
  code?: string | null;
  sortOrder?: number;
  active?: boolean;
}

export interface OrgKindRecord {
  code: string;
  name: string;
  isArea: boolean;
  sortOrder: number;
}

/** What the org service needs from storage; `OrgRepository` implements it on Kysely. */
export interface OrgStore {
  findById(id: number): Promise<OrgRecord | undefined>;
  findRoot(): Promise<OrgRecord | undefined>;
  listByIds(ids: number[]): Promise<OrgRecord[]>;
  listChildren(parentId: number, includeInactive: boolean): Promise<OrgWithCounts[]>;
  /** Units of the subtree at `path`, down to `maxDepth` absolute depth, ordered for tree building. */
  listSubtree(path: string, options: { maxDepth?: number; includeInactive: boolean }): Promise<OrgWithCounts[]>;
  searchByName(path: string, text: string, options: { includeInactive: boolean; limit: number }): Promise<OrgWithCounts[]>;
  /** Ids of the subtree's units, inactive ones too, whose name contains `text` (a ledger search). */
  listIdsNameContaining(path: string, text: string): Promise<number[]>;
  /** The subtree's units, inactive ones too, named exactly one of `names`. */
  listNamed(path: string, names: string[]): Promise<Array<{ id: number; name: string }>>;
  insert(org: NewOrg, now: string): Promise<OrgRecord>;
  update(id: number, patch: OrgPatch, now: string): Promise<void>;
  /** Rewrites the path prefix and depth of a whole subtree in one statement. */
  moveSubtree(id: number, newParentId: number, oldPath: string, newPath: string, depthDelta: number, now: string): Promise<void>;
  deactivateSubtree(path: string, now: string): Promise<number>;
  remove(id: number): Promise<void>;
  countChildren(id: number): Promise<number>;
  countDescendants(path: string): Promise<number>;
  countUsersInSubtree(path: string): Promise<number>;
  countUsersAt(id: number): Promise<number>;
  findSiblingByName(parentId: number | null, name: string): Promise<OrgRecord | undefined>;
  findByCode(code: string): Promise<OrgRecord | undefined>;
  listKinds(): Promise<OrgKindRecord[]>;
}
