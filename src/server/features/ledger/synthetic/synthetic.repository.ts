import type { Kysely } from 'kysely';
import { childPath, rootPath } from '../../../../domain/org-path.js';
import { bulkInsert, enlargeSqliteCache, reserveIds, type Cell, type Column } from '../../../db/bulk-insert.js';
import type { Database } from '../../../db/schema.js';
import type { SyntheticUnit } from './synthetic-region.js';
import { SYNTHETIC_AUDIT_ACTION, type SyntheticRegionStore, type SyntheticRunSummary } from './synthetic.types.js';

const ORG_COLUMNS: Column[] = [
  ['id', 'int4'],
  ['name', 'text'],
  ['kind', 'text'],
  ['code', 'text'],
  ['parent_id', 'int4'],
  ['path', 'text'],
  ['depth', 'int4'],
  ['sort_order', 'int4'],
  ['active', 'int4'],
  ['created_at', 'text'],
  ['updated_at', 'text'],
];

/**
 * Bulk writes of the synthetic benchmark regions. Units skip OrgService on purpose: its one
 * insert + one update per unit (the path needs the id) would take minutes for 50,000 units, and
 * the checks it makes (free names, known kinds) hold by construction of the generated tree.
 */
export class SyntheticRegionRepository implements SyntheticRegionStore {
  constructor(private readonly db: Kysely<Database>) {}

  async insertTree(units: SyntheticUnit[], now: string): Promise<number[]> {
    const ids = await reserveIds(this.db, 'org_unit', units.length);
    const paths: string[] = [];
    const depths: number[] = [];
    const nextSortOrder = new Map<number, number>();
    const rows: Cell[][] = units.map((u, i) => {
      const id = ids[i]!;
      const top = u.parent < 0;
      paths.push(top ? rootPath(id) : childPath(paths[u.parent]!, id));
      depths.push(top ? 0 : depths[u.parent]! + 1);
      const sortOrder = nextSortOrder.get(u.parent) ?? 0;
      nextSortOrder.set(u.parent, sortOrder + 1);
      return [id, u.name, u.kind, null, top ? null : ids[u.parent]!, paths[i]!, depths[i]!, sortOrder, 1, now, now];
    });
    await bulkInsert(this.db, 'org_unit', ORG_COLUMNS, rows);
    return ids;
  }

  enlargeCache(): Promise<() => Promise<void>> {
    return enlargeSqliteCache(this.db);
  }

  async findRunSummary(regionId: number): Promise<SyntheticRunSummary | undefined> {
    const row = await this.db
      .selectFrom('audit_log')
      .select('after_json')
      .where('entity', '=', 'org_unit')
      .where('entity_id', '=', String(regionId))
      .where('action', '=', SYNTHETIC_AUDIT_ACTION)
      .orderBy('id', 'desc')
      .executeTakeFirst();
    return row?.after_json ? (JSON.parse(row.after_json) as SyntheticRunSummary) : undefined;
  }
}
