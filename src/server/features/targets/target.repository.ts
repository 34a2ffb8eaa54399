import type { Kysely, Selectable } from 'kysely';
import type { TargetPeriod, TargetScope } from '../../../contracts/target.contract.js';
import type { ValueKind } from '../../../contracts/catalogue.contract.js';
import { subtreeUpperBound } from '../../../domain/org-path.js';
import type { Database, TargetTable } from '../../db/schema.js';
import type { NewTarget, TargetPatch, TargetRecord, TargetStore } from './target.types.js';
import { fromDbBool, toDbBool } from '../../db/columns.js';

type TargetRow = Selectable<TargetTable> & {
  org_name: string;
  org_path: string;
  i_code: string | null;
  i_name: string | null;
  i_unit: string | null;
  i_kind: string | null;
  i_scale: number | null;
  i_slot: number | null;
  t_name: string | null;
  t_parent: number | null;
};

function toTargetRecord(r: TargetRow): TargetRecord {
  return {
    id: r.id,
    orgId: r.org_unit_id,
    orgName: r.org_name,
    orgPath: r.org_path,
    year: Number(r.year),
    indicator:
      r.indicator_id === null
        ? null
        : { id: r.indicator_id, code: r.i_code ?? '', name: r.i_name ?? '', unit: r.i_unit ?? '', valueKind: (r.i_kind ?? 'integer') as ValueKind, scale: Number(r.i_scale ?? 0), slot: Number(r.i_slot ?? 0) },
    type: r.type_id === null ? null : { id: r.type_id, name: r.t_name ?? '', parentId: r.t_parent },
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

/** Targets (目标任务) on Kysely. */
export class TargetRepository implements TargetStore {
  constructor(private readonly db: Kysely<Database>) {}

  private select() {
    return this.db
      .selectFrom('target')
      .innerJoin('org_unit', 'org_unit.id', 'target.org_unit_id')
      .leftJoin('indicator', 'indicator.id', 'target.indicator_id')
      .leftJoin('activity_type', 'activity_type.id', 'target.type_id')
      .selectAll('target')
      .select([
        'org_unit.name as org_name',
        'org_unit.path as org_path',
        'indicator.code as i_code',
        'indicator.name as i_name',
        'indicator.unit as i_unit',
        'indicator.value_kind as i_kind',
        'indicator.scale as i_scale',
        'indicator.stat_slot as i_slot',
        'activity_type.name as t_name',
        'activity_type.parent_id as t_parent',
      ]);
  }

  async findById(id: number) {
    const r = await this.select().where('target.id', '=', id).executeTakeFirst();
    return r && toTargetRecord(r);
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
    return rows.map(toTargetRecord);
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
    return rows.map(toTargetRecord);
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
    const r = await this.db.selectFrom('indicator').select(['id', 'scale', 'value_kind']).where('code', '=', code).executeTakeFirst();
    return r && { id: r.id, scale: Number(r.scale), valueKind: r.value_kind as ValueKind };
  }

  async findType(id: number) {
    const r = await this.db.selectFrom('activity_type').select(['id', 'parent_id']).where('id', '=', id).executeTakeFirst();
    return r && { id: r.id, parentId: r.parent_id };
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
