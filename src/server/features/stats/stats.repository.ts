import { sql, type Kysely, type RawBuilder } from 'kysely';
import { splitRange } from '../../../domain/period.js';
import { subtreeUpperBound } from '../../../domain/org-path.js';
import { fromDbBool } from '../../db/columns.js';
import type { Database } from '../../db/schema.js';
import { statSlotOf, toActivityTypeRecord, toCampaignRecord, toIndicatorRecord, toTagRecord } from '../catalogue/catalogue.rows.js';
import type { CoverageUnitRecord, RollupRead, RollupReadRow, StatsStore } from './stats.types.js';

/**
 * Statistics reads. A question over [from, to] reads whole months from the month rows and the
 * partial first and last months from the day rows, in one UNION ALL statement, so its cost depends
 * on the shape of the range and the number of groups, never on how many entries there are.
 */
export class StatsRepository implements StatsStore {
  constructor(private readonly db: Kysely<Database>) {}

  async readRollup(q: RollupRead): Promise<RollupReadRow[]> {
    if (q.ancIds.length === 0 || (q.dimIds && q.dimIds.length === 0)) return [];
    const { dayRanges, monthRange } = splitRange(q.from, q.to);
    const tables =
      q.dimension === 'tag' ? { day: 'stat_tag_day', month: 'stat_tag_month', dim: 'tag_id' } : { day: 'stat_day', month: 'stat_month', dim: 'type_id' };
    const groupCols = (monthExpr: string) => [
      ...(q.groupByAnc ? ['anc_id as anc'] : []),
      ...(q.groupByMonth ? [`${monthExpr} as month`] : []),
      ...(q.groupByDim ? [`${tables.dim} as dim`] : []),
    ];
    const groupBy = (monthExpr: string) => {
      const cols = [...(q.groupByAnc ? ['anc_id'] : []), ...(q.groupByMonth ? [monthExpr] : []), ...(q.groupByDim ? [tables.dim] : [])];
      return cols.length > 0 ? sql.raw(` group by ${cols.join(', ')}`) : sql.raw('');
    };
    // Slot 0 is an indicator without a sum column yet: nothing to read, its sums stay absent (0).
    const slots = q.slots.filter((s) => s > 0);
    const sums = ['sum(n) as n', ...slots.map((s) => `sum(s${s}) as s${s}`)];
    const approved = q.approvedOnly ? sql`approved = 1` : sql`approved in (0, 1)`;
    const dimFilter = q.dimIds ? sql` and ${sql.ref(tables.dim)} in (${sql.join(q.dimIds)})` : sql``;
    const part = (table: string, periodCol: string, monthExpr: string, lo: number, hi: number): RawBuilder<unknown> =>
      sql`select ${sql.raw([...groupCols(monthExpr), ...sums].join(', '))} from ${sql.table(table)}
        where anc_id in (${sql.join(q.ancIds)}) and ${approved} and ${sql.ref(periodCol)} between ${lo} and ${hi}${dimFilter}${groupBy(monthExpr)}`;
    const parts: RawBuilder<unknown>[] = dayRanges.map(([lo, hi]) => part(tables.day, 'day', 'day / 100', lo, hi));
    if (monthRange) parts.push(part(tables.month, 'month', 'month', monthRange[0], monthRange[1]));
    if (parts.length === 0) return [];
    const { rows } = await sql<Record<string, number | string | null>>`${sql.join(parts, sql` union all `)}`.execute(this.db);
    // The parts overlap in their groups (a month split across day and month rows): add them up here.
    const merged = new Map<string, RollupReadRow>();
    for (const r of rows) {
      if (r.n === null || Number(r.n) === 0) continue;
      const key = `${r.anc ?? ''}|${r.month ?? ''}|${r.dim ?? ''}`;
      let row = merged.get(key);
      if (!row) {
        row = { n: 0, sums: new Map() };
        if (q.groupByAnc) row.anc = Number(r.anc);
        if (q.groupByMonth) row.month = Number(r.month);
        if (q.groupByDim) row.dim = Number(r.dim);
        merged.set(key, row);
      }
      row.n += Number(r.n);
      for (const s of slots) {
        const v = r[`s${s}`];
        // bigint sums: PostgreSQL returns numeric as a string; values stay far below 2^53.
        if (v !== null && v !== undefined) row.sums.set(s, (row.sums.get(s) ?? 0) + Number(v));
      }
    }
    return [...merged.values()];
  }

  async listIndicators() {
    const rows = await this.db.selectFrom('indicator').selectAll().orderBy('sort_order').orderBy('id').execute();
    // An indicator created after migration 0003 has no sum column until an entry first records a
    // value for it (rollup.repository.ts): it exists all the same and totals 0. Slot 0 = no column.
    return rows.map((r) => ({ ...toIndicatorRecord(r), slot: statSlotOf(r) }));
  }

  async listTypes() {
    const rows = await this.db.selectFrom('activity_type').selectAll().orderBy('sort_order').orderBy('id').execute();
    return rows.map(toActivityTypeRecord);
  }

  async listTags() {
    const rows = await this.db.selectFrom('tag').selectAll().orderBy('sort_order').orderBy('id').execute();
    return rows.map(toTagRecord);
  }

  async findCampaign(id: number) {
    const r = await this.db
      .selectFrom('campaign')
      .innerJoin('org_unit', 'org_unit.id', 'campaign.org_unit_id')
      .selectAll('campaign')
      .select(['org_unit.name as org_name', 'org_unit.path as org_path'])
      .where('campaign.id', '=', id)
      .executeTakeFirst();
    return r && toCampaignRecord(r);
  }

  async listCoverage(path: string, from: string, to: string, approvedOnly: boolean, kind?: string): Promise<CoverageUnitRecord[]> {
    // One probe of activity_coverage_idx (unit, start_date, status; live entries only) per unit.
    const rows = await this.db
      .selectFrom('org_unit as u')
      .select(['u.id', 'u.name', 'u.kind', 'u.path', 'u.sort_order'])
      .select((eb) =>
        eb
          .exists(
            eb
              .selectFrom('activity as a')
              .select(sql`1`.as('one'))
              .whereRef('a.org_unit_id', '=', 'u.id')
              .where('a.start_date', '>=', from)
              .where('a.start_date', '<=', to)
              .where('a.deleted_at', 'is', null)
              .$if(approvedOnly, (s) => s.where('a.status', '=', 'approved')),
          )
          .as('reported'),
      )
      .where('u.path', '>=', path)
      .where('u.path', '<', subtreeUpperBound(path))
      .where('u.active', '=', 1)
      .$if(kind !== undefined, (s) => s.where('u.kind', '=', kind!))
      .orderBy('u.path')
      .execute();
    return rows.map((r) => ({ id: r.id, name: r.name, kind: r.kind, path: r.path, sortOrder: Number(r.sort_order), reported: fromDbBool(r.reported) }));
  }

  async listMovesSince(since: string) {
    const rows = await this.db
      .selectFrom('audit_log')
      .innerJoin('org_unit', 'org_unit.id', 'audit_log.org_unit_id')
      .select(['audit_log.at', 'audit_log.org_unit_id', 'org_unit.name', 'audit_log.before_json', 'audit_log.after_json'])
      .where('audit_log.action', '=', 'org.move')
      .where('audit_log.at', '>=', since)
      .orderBy('audit_log.id')
      .execute();
    const moves = rows.map((r) => {
      const before = JSON.parse(r.before_json ?? '{}') as { parentId?: number; path?: string };
      const after = JSON.parse(r.after_json ?? '{}') as { parentId?: number; path?: string };
      return { at: r.at, orgId: Number(r.org_unit_id), orgName: r.name, before, after };
    });
    const parentIds = [...new Set(moves.flatMap((m) => [m.before.parentId, m.after.parentId]).filter((id): id is number => typeof id === 'number'))];
    const names = new Map<number, string>();
    if (parentIds.length > 0) {
      for (const r of await this.db.selectFrom('org_unit').select(['id', 'name']).where('id', 'in', parentIds).execute()) names.set(r.id, r.name);
    }
    return moves.map((m) => ({
      at: m.at,
      orgId: m.orgId,
      orgName: m.orgName,
      beforePath: m.before.path ?? '',
      afterPath: m.after.path ?? '',
      beforeParentName: names.get(m.before.parentId ?? -1) ?? '',
      afterParentName: names.get(m.after.parentId ?? -1) ?? '',
    }));
  }
}
