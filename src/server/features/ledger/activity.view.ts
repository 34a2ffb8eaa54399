import type { Activity, ActivitySummary } from '../../../contracts/ledger.contract.js';
import type { Actor } from '../../../domain/access.js';
import { allowedActions, type EntryFacts } from '../../../domain/activity-workflow.js';
import { toDisplayMeasures } from '../../../domain/measures.js';
import type { AuditRecord } from '../audit/audit.types.js';
import { evidenceUrl, toEvidence } from '../evidence/evidence.mapper.js';
import type { ActivityRecord, ActivitySummaryRecord, EvidenceRecord } from './activity.types.js';

/** An entry with its attached files, as read inside one transaction. */
export interface Snapshot {
  entry: ActivityRecord;
  evidence: EvidenceRecord[];
}

// Files are served by the evidence feature; these are its addresses.
const thumbnailUrl = (id: number) => `${evidenceUrl(id)}/thumbnail`;

export function entryFacts(e: ActivitySummaryRecord): EntryFacts {
  return { status: e.status, unitPath: e.orgPath, createdBy: e.createdById, deleted: e.deletedAt !== null };
}

export function toActivitySummary(e: ActivitySummaryRecord): ActivitySummary {
  return {
    id: e.id,
    orgId: e.orgId,
    orgName: e.orgName,
    typeId: e.typeId,
    typeName: e.typeName,
    categoryName: e.categoryName,
    title: e.title,
    startDate: e.startDate,
    endDate: e.endDate,
    place: e.place,
    status: e.status,
    measures: toDisplayMeasures(e.measures),
    tagIds: e.tagIds,
    evidenceCount: e.evidenceCount,
    coverThumbnailUrl: e.coverEvidenceId === null ? null : thumbnailUrl(e.coverEvidenceId),
    updatedAt: e.updatedAt,
    deletedAt: e.deletedAt,
  };
}

/** The full entry as the caller sees it, with the actions open to them now. */
export function toActivity(actor: Actor, { entry: e, evidence }: Snapshot): Activity {
  return {
    ...toActivitySummary(e),
    organiser: e.organiser,
    summary: e.summary,
    returnReason: e.returnReason,
    evidence: evidence.map((f) => toEvidence(f, actor, f.orgPath)),
    version: e.version,
    createdBy: e.createdBy,
    createdAt: e.createdAt,
    submittedAt: e.submittedAt,
    reviewedBy: e.reviewedBy,
    reviewedAt: e.reviewedAt,
    allowed: allowedActions(actor, entryFacts(e)),
  };
}

/** What the audit log keeps of an entry: every value a user can change, measures in display units. */
export function auditView({ entry: e, evidence }: Snapshot) {
  return {
    title: e.title,
    startDate: e.startDate,
    endDate: e.endDate,
    orgId: e.orgId,
    typeId: e.typeId,
    status: e.status,
    place: e.place,
    organiser: e.organiser,
    summary: e.summary,
    measures: toDisplayMeasures(e.measures),
    tagIds: e.tagIds,
    evidenceIds: evidence.map((f) => f.id),
    returnReason: e.returnReason,
    deletedAt: e.deletedAt,
  };
}

export type LedgerAction = 'create' | 'update' | 'submit' | 'approve' | 'return' | 'reopen' | 'delete' | 'restore';

/** One audit row for a change of an entry; `before`/`after` are omitted where the entry did not exist. */
export function auditEntry(
  actor: Actor,
  action: LedgerAction,
  snapshots: { before?: Snapshot; after: Snapshot },
  meta: { requestId?: string | null },
): AuditRecord {
  return {
    userId: actor.userId,
    action: `activity.${action}`,
    entity: 'activity',
    entityId: snapshots.after.entry.id,
    orgUnitId: snapshots.after.entry.orgId,
    ...(snapshots.before && { before: auditView(snapshots.before) }),
    after: auditView(snapshots.after),
    requestId: meta.requestId ?? null,
  };
}
