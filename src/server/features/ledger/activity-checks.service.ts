import type { Measures } from '../../../contracts/ledger.contract.js';
import type { FieldError } from '../../../contracts/problem.contract.js';
import { canAdminister, inScope, type Actor } from '../../../domain/access.js';
import { InvalidError, NotFoundError } from '../../../domain/errors.js';
import { parseMeasures, type ScaledMeasure } from '../../../domain/measures.js';
import type { AuditStore } from '../audit/audit.types.js';
import { getOrgInScope } from '../orgs/org.service.js';
import type { OrgRecord, OrgStore } from '../orgs/org.types.js';
import type { RollupWriter } from '../rollup/rollup.types.js';
import type { ActivityRecord, ActivityStore, ActivityTypeRecord } from './activity.types.js';
import type { Snapshot } from './activity.view.js';
import { ledgerMessages as m } from './ledger.messages.js';

export interface LedgerStores {
  activities: ActivityStore;
  orgs: OrgStore;
  audit: AuditStore;
  /** Kept exact in the same transaction as every ledger write (see trackRollup). */
  rollup: RollupWriter;
}

/**
 * The entry if the actor may see it: inside their subtree, and not deleted unless they are an
 * admin (who lists and restores deleted entries). Anything else does not exist for them (404).
 */
export async function getEntryInScope(actor: Actor, s: LedgerStores, id: number): Promise<ActivityRecord> {
  const entry = await s.activities.findById(id);
  if (!entry || !inScope(actor, entry.orgPath) || (entry.deletedAt !== null && !canAdminister(actor.roles))) {
    throw new NotFoundError('ACTIVITY_NOT_FOUND', m.notFound);
  }
  return entry;
}

export async function loadSnapshot(s: LedgerStores, entry: ActivityRecord): Promise<Snapshot> {
  return { entry, evidence: await s.activities.listEvidence(entry.id) };
}

/** Re-reads an entry just written in the same transaction. */
export async function reloadSnapshot(s: LedgerStores, id: number): Promise<Snapshot> {
  const entry = await s.activities.findById(id);
  if (!entry) throw new NotFoundError('ACTIVITY_NOT_FOUND', m.notFound);
  return loadSnapshot(s, entry);
}

/**
 * Runs a write to one entry and applies what it changed to the roll-up store: its facts are read
 * before and after, so any change of date, unit, type, status, measures, tags or deletion counts,
 * and a change of nothing counted (title, place, evidence) writes nothing.
 */
export async function trackRollup<T>(s: LedgerStores, id: number, write: () => Promise<T>): Promise<T> {
  const before = await s.rollup.snapshot([id]);
  const result = await write();
  await s.rollup.applyChange(before, await s.rollup.snapshot([id]));
  return result;
}

/** JSON pointer segment: `~` and `/` are escaped (RFC 6901), since indicator codes come from the request. */
const pointerSegment = (s: string) => s.replace(/~/g, '~0').replace(/\//g, '~1');

/**
 * Problems found in one entry's input. Everything fixable in the form is collected and answered
 * together as one 422, so the user sees every field to correct at once.
 */
export class InputProblems {
  private readonly items: Array<{ code: string; error: FieldError }> = [];

  add(code: string, pointer: string, message: string) {
    this.items.push({ code, error: { pointer, message } });
  }

  throwIfAny() {
    if (this.items.length === 0) return;
    const codes = [...new Set(this.items.map((i) => i.code))];
    const errors = this.items.map((i) => i.error);
    throw new InvalidError(codes.length === 1 ? codes[0]! : 'ACTIVITY_INVALID', errors.map((e) => e.message).join('；'), errors);
  }
}

/** The unit an entry is recorded for: outside the scope it does not exist (404); inactive units take no new entries. */
export async function checkOrg(actor: Actor, s: LedgerStores, orgId: number, problems: InputProblems): Promise<OrgRecord> {
  const org = await getOrgInScope(s.orgs, actor, orgId, { message: m.orgNotFound, pointer: '/body/orgId' });
  if (!org.active) problems.add('ACTIVITY_ORG_INACTIVE', '/body/orgId', m.orgInactive);
  return org;
}

/** Entries are recorded under an active type; categories only group types. */
export async function checkType(s: LedgerStores, typeId: number, problems: InputProblems): Promise<ActivityTypeRecord | undefined> {
  const type = await s.activities.findType(typeId);
  const problem = !type ? m.typeNotFound : type.parentId === null ? m.typeIsCategory(type.name) : !type.active ? m.typeInactive(type.name) : undefined;
  if (!problem) return type;
  problems.add(type?.parentId === null ? 'ACTIVITY_TYPE_IS_CATEGORY' : 'ACTIVITY_TYPE_INVALID', '/body/typeId', problem);
  return undefined;
}

/** Measures checked against the type's indicators: one field error per indicator at /body/measures/<code>. */
export async function checkMeasures(s: LedgerStores, typeId: number, input: Measures, problems: InputProblems): Promise<ScaledMeasure[]> {
  const { values, problems: found } = parseMeasures(input, await s.activities.listTypeIndicators(typeId));
  if (found.length === 0) return values;
  const names = await s.activities.listIndicatorNames(found.filter((p) => p.kind === 'unknown').map((p) => p.code));
  for (const p of found) problems.add('ACTIVITY_MEASURES_INVALID', `/body/measures/${pointerSegment(p.code)}`, m.measure(p, names.get(p.code)));
  return [];
}

/** Tags must exist and be active; a tag the entry already carries may stay after it was deactivated. */
export async function checkTags(s: LedgerStores, ids: number[], alreadyAttached: number[], problems: InputProblems): Promise<number[]> {
  const tags = new Map((await s.activities.listTags(ids)).map((t) => [t.id, t]));
  const bad = ids.filter((id) => {
    const tag = tags.get(id);
    return !tag || (!tag.active && !alreadyAttached.includes(id));
  });
  if (bad.length > 0) problems.add('ACTIVITY_TAGS_INVALID', '/body/tagIds', m.tagsInvalid(bad));
  return ids;
}

/**
 * Files to attach: uploaded in the caller's scope, not deleted, and free (or already on this entry).
 * Files elsewhere look the same as missing ones, so ids outside the scope reveal nothing.
 */
export async function checkEvidence(actor: Actor, s: LedgerStores, ids: number[], activityId: number | null, problems: InputProblems): Promise<number[]> {
  const files = new Map((await s.activities.listEvidenceByIds(ids)).map((f) => [f.id, f]));
  const bad = ids.filter((id) => {
    const f = files.get(id);
    return !f || f.deletedAt !== null || !inScope(actor, f.orgPath) || (f.activityId !== null && f.activityId !== activityId);
  });
  if (bad.length > 0) problems.add('ACTIVITY_EVIDENCE_INVALID', '/body/evidenceIds', m.evidenceInvalid(bad));
  return ids;
}

/** The end of a date range: a one-day activity when none is given; never before the start. */
export function checkDates(startDate: string, endDate: string | undefined, problems: InputProblems): string {
  const end = endDate ?? startDate;
  if (end < startDate) problems.add('ACTIVITY_DATES_INVALID', '/body/endDate', m.endBeforeStart);
  return end;
}

export const unique = (ids: number[]) => [...new Set(ids)];
