import type { CreateTargetBody, Target, TargetPeriod, TargetScope, UpdateTargetBody } from '../../../contracts/target.contract.js';

/** 按指标合计 sums an indicator; 按活动数 counts entries of a type. */
export type CountMethod = 'indicator' | 'entries';

export interface TargetFormValues {
  year: number;
  method: CountMethod;
  indicatorCode?: string;
  typeId?: number | null;
  period: TargetPeriod;
  amount?: number;
  appliesTo: TargetScope;
  childKind?: string | null;
  note?: string;
}

/** What a new target's form starts with: the page's year, counted by indicator, yearly, for the unit itself. */
export function initialTargetValues(year: number, target?: Target): TargetFormValues {
  if (target) {
    return {
      year: target.year,
      method: target.indicatorCode === null ? 'entries' : 'indicator',
      ...(target.indicatorCode !== null && { indicatorCode: target.indicatorCode }),
      typeId: target.typeId,
      period: target.period,
      amount: target.amount,
      appliesTo: target.appliesTo,
      childKind: target.childKind,
      note: target.note,
    };
  }
  return { year, method: 'indicator', typeId: null, period: 'year', appliesTo: 'self', childKind: null, note: '' };
}

/** The POST body: fields the chosen method or scope does not use are sent as null, not as leftovers. */
export function toCreateBody(orgId: number, v: TargetFormValues): CreateTargetBody {
  return {
    orgId,
    year: v.year,
    indicatorCode: v.method === 'indicator' ? (v.indicatorCode ?? null) : null,
    typeId: v.typeId ?? null,
    period: v.period,
    amount: v.amount ?? 0,
    appliesTo: v.appliesTo,
    childKind: v.appliesTo === 'descendants' ? (v.childKind ?? null) : null,
    note: v.note?.trim() ?? '',
  };
}

/** The PATCH body of an edit: only what may change after a target is set. */
export function toUpdateBody(target: Target, v: TargetFormValues): UpdateTargetBody {
  return { version: target.version, amount: v.amount ?? target.amount, period: v.period, note: v.note?.trim() ?? '' };
}
