import type { Selectable } from 'kysely';
import type { TagKind, ValueKind } from '../../../contracts/catalogue.contract.js';
import { fromDbBool } from '../../db/columns.js';
import type { ActivityTypeIndicatorTable, ActivityTypeTable, CampaignTable, IndicatorTable, TagTable } from '../../db/schema.js';
import type { ActivityTypeRecord, CampaignRecord, IndicatorRecord, TagRecord, TypeIndicatorLink } from './catalogue.types.js';

/*
 * The catalogue's tables read into records, in one place: the catalogue's own repository and every
 * other repository that reads indicators, types, tags or campaigns (ledger, import, statistics,
 * targets) map their rows here, so a column means the same everywhere.
 */

export type IndicatorRow = Selectable<IndicatorTable>;
export type ActivityTypeRow = Selectable<ActivityTypeTable>;
export type TagRow = Selectable<TagTable>;
/** A campaign row with the name and path of the unit that defines it. */
export type CampaignRow = Selectable<CampaignTable> & { org_name: string; org_path: string };

export function toIndicatorRecord(r: IndicatorRow): IndicatorRecord {
  return {
    id: r.id,
    code: r.code,
    name: r.name,
    unit: r.unit,
    valueKind: r.value_kind as ValueKind,
    scale: Number(r.scale),
    sortOrder: Number(r.sort_order),
    active: fromDbBool(r.active),
  };
}

/** The indicator's roll-up sum column; 0 while it has none (nothing to read, its figures are 0). */
export function statSlotOf(r: Pick<IndicatorRow, 'stat_slot'>): number {
  return Number(r.stat_slot ?? 0);
}

export function toActivityTypeRecord(r: ActivityTypeRow): ActivityTypeRecord {
  return { id: r.id, code: r.code, name: r.name, parentId: r.parent_id, sortOrder: Number(r.sort_order), active: fromDbBool(r.active) };
}

export function toTagRecord(r: TagRow): TagRecord {
  return { id: r.id, kind: r.kind as TagKind, name: r.name, sortOrder: Number(r.sort_order), active: fromDbBool(r.active) };
}

export function toCampaignRecord(r: CampaignRow): CampaignRecord {
  return {
    id: r.id,
    orgId: r.org_unit_id,
    orgName: r.org_name,
    orgPath: r.org_path,
    name: r.name,
    startDate: r.start_date,
    endDate: r.end_date,
    active: fromDbBool(r.active),
  };
}

/** Whether a type requires an indicator (`activity_type_indicator.required`). */
export function isRequired(r: Pick<Selectable<ActivityTypeIndicatorTable>, 'required'>): boolean {
  return fromDbBool(r.required);
}

/** A type's link to one of its indicators, with the indicator's code and whether it is still in use. */
export function toTypeIndicatorLink(
  r: Pick<Selectable<ActivityTypeIndicatorTable>, 'type_id' | 'indicator_id' | 'required'> & Pick<IndicatorRow, 'code' | 'active'>,
): TypeIndicatorLink {
  return { typeId: r.type_id, indicatorId: r.indicator_id, code: r.code, required: isRequired(r), indicatorActive: fromDbBool(r.active) };
}
