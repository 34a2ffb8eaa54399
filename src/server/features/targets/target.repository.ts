import type { Kysely, Selectable } from 'kysely';
import type { TargetPeriod, TargetScope } from '../../../contracts/target.contract.js';
import { subtreeUpperBound } from '../../../domain/org-path.js';
import { fromDbBool, toDbBool } from '../../db/columns.js';
import type { Database, TargetTable } from '../../db/schema.js';
import { statSlotOf, toActivityTypeRecord, toIndicatorRecord, type ActivityTypeRow, type IndicatorRow } from '../catalogue/catalogue.rows.js';
import type { NewTarget, TargetPatch, TargetRecord, TargetStore } from './target.types.js';

type TargetRow = Selectable<TargetTable> & { org_name: string; org_path: string };

/** What a target names in the catalogue, by id: its indicator and its type (or category). */
interface CatalogueRefs {
  indicators: Map<number, IndicatorRow>;
  types: Map<number, ActivityTypeRow>;
}

function toTargetRecord(r: TargetRow, refs: CatalogueRefs): TargetRecord {
  const indicator = r.indicator_id === null ? undefined : refs.indicators.get(r.indicator_id);
  const type = r.type_id === null ? undefined : refs.types.get(r.type_id);
  return {
    id: r.id,
    orgId: r.org_unit_id,
    orgName: r.org_name,
    orgPath: r.org_path,
    year: Number(r.year),
    indicator: indicator ? { ...pick(toIndicatorRecord(indicator), 'id', 'code', 'name', 'unit', 'valueKind', 'scale'), slot: statSlotOf(indicator) } : null,
    type: type ? pick(toActivityTypeRecord(type), 'id', 'name', 'parentId') : null,
    period: r.period as TargetPeriod,
    // bigint: PostgreSQL hands it back as a string.
    amount: Number(r.amount),
    appliesTo: r.applies_to as TargetScope,
    childKind: r.child_kind,
    note: r.note,
    active: fromDbBool(r.active),
    version: Number(r.version),
    updatedAt: r.updated_at,
  };
}

function pick<T, K extends keyof T>(o: T, ...keys: K[]): Pick<T, K> {
  return Object.fromEntries(keys.map((k) => [k, o[k]])) as Pick<T, K>;
}

/** Targets (目标任务) on Kysely. */
export class TargetRepository implements TargetStore {
  constructor(private readonly db: Kysely<Database>) {}

  private select() {
    return this.db
      .selectFrom('target')
      .innerJoin('org_unit', 'org_unit.id', 'target.org_unit_id')
      .selectAll('target')
      .select(['org_unit.name as org_name', 'org_unit.path as org_path']);
  }

  /** Target rows as records, with the indicators and types they name read in one query each. */
  private async toRecords(rows: TargetRow[]): Promise<TargetRecord[]> {
    const indicatorIds = [...new Set(rows.flatMap((r) => (r.indicator_id === null ? [] : [r.indicator_id])))];
    const typeIds = [...new Set(rows.flatMap((r) => (r.type_id === null ? [] : [r.type_id])))];
    const [indicators, types] = await Promise.all([
      indicatorIds.length === 0 ? [] : this.db.selectFrom('indicator').selectAll().where('id', 'in', indicatorIds).execute(),
      typeIds.length === 0 ? [] : this.db.selectFrom('activity_type').selectAll().where('id', 'in', typeIds).execute(),
    ]);
    const refs = { indicators: new Map(indicators.map((i) => [i.id, i])), types: new Map(types.map((t) => [t.id, t])) };
    return rows.map((r) => toTargetRecord(r, refs));
  }

  async findById(id: number) {
    const r = await this.select().where('target.id', '=', id).executeTakeFirst();
    return r && (await this.toRecords([r]))[0];
  }

  async listForUnits(orgIds: number[], year: number | undefined, includeInactive: boolean) {
    if (orgIds.length === 0) return [];
    const rows = await this.select()
      .where('target.org_unit_id', 'in', orgIds)
      .$if(year !== undefined, (q) => q.where('target.year', '=', year!))
      .$if(!includeInactive, (q) => q.where('target.active', '=', 1))
      .orderBy('org_unit.path')
      .orderBy('target.id')
      .execute();
    return this.toRecords(rows);
  }

  async listInSubtree(path: string, year: number) {
    const rows = await this.select()
      .where('org_unit.path', '>=', path)
      .where('org_unit.path', '<', subtreeUpperBound(path))
      .where('target.year', '=', year)
      .where('target.active', '=', 1)
      .orderBy('org_unit.path')
      .orderBy('target.id')
      .execute();
    return this.toRecords(rows);
  }

  async insert(t: NewTarget) {
    const { id } = await this.db
      .insertInto('target')
      .values({
        org_unit_id: t.orgId,
        year: t.year,
        indicator_id: t.indicatorId,
        type_id: t.typeId,
        period: t.period,
        amount: t.amount,
        applies_to: t.appliesTo,
        child_kind: t.childKind,
        note: t.note,
        active: 1,
        version: 1,
        created_by: t.userId,
        created_at: t.now,
        updated_by: t.userId,
        updated_at: t.now,
      })
      .returning('id')
      .executeTakeFirstOrThrow();
    return id;
  }

  async update(id: number, p: TargetPatch, expected: { version: number; userId: number | null; now: string }) {
    const result = await this.db
      .updateTable('target')
      .set((eb) => ({
        ...(p.amount !== undefined && { amount: p.amount }),
        ...(p.period !== undefined && { period: p.period }),
        ...(p.note !== undefined && { note: p.note }),
        ...(p.active !== undefined && { active: toDbBool(p.active) }),
        version: eb('version', '+', 1),
        updated_by: expected.userId,
        updated_at: expected.now,
      }))
      .where('id', '=', id)
      .where('version', '=', expected.version)
      .executeTakeFirst();
    return Number(result.numUpdatedRows) > 0;
  }

  async findIndicatorByCode(code: string) {
    const r = await this.db.selectFrom('indicator').selectAll().where('code', '=', code).executeTakeFirst();
    return r && toIndicatorRecord(r);
  }

  async findType(id: number) {
    const r = await this.db.selectFrom('activity_type').selectAll().where('id', '=', id).executeTakeFirst();
    return r && toActivityTypeRecord(r);
  }

  async typeRecordsIndicator(typeId: number, indicatorId: number) {
    const r = await this.db
      .selectFrom('activity_type_indicator as ati')
      .innerJoin('activity_type as t', 't.id', 'ati.type_id')
      .select('ati.type_id')
      .where('ati.indicator_id', '=', indicatorId)
      .where((eb) => eb.or([eb('t.id', '=', typeId), eb('t.parent_id', '=', typeId)]))
      .executeTakeFirst();
    return r !== undefined;
  }

  async orgKindExists(code: string) {
    return (await this.db.selectFrom('org_kind').select('code').where('code', '=', code).executeTakeFirst()) !== undefined;
  }
}
