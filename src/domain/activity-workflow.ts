import type { ActivityStatus } from '../contracts/ledger.contract.js';
import { canAdminister, canRecord, canReview, inScope, type Actor } from './access.js';
import { depthOfPath, isInSubtree } from './org-path.js';

/**
 * The review workflow of a ledger entry:
 *   draft ─submit→ submitted ─approve→ approved (locked)
 *                            └return→ returned ─submit→ submitted
 *   approved ─reopen→ returned   (a reviewer above the entry's unit, with a reason)
 */
export type Transition = 'submit' | 'approve' | 'return' | 'reopen';

const FROM: Record<Transition, ActivityStatus[]> = {
  submit: ['draft', 'returned'],
  approve: ['submitted'],
  return: ['submitted'],
  reopen: ['approved'],
};
const TO: Record<Transition, ActivityStatus> = { submit: 'submitted', approve: 'approved', return: 'returned', reopen: 'returned' };

export function canTransition(status: ActivityStatus, t: Transition): boolean {
  return FROM[t].includes(status);
}

export function targetStatus(t: Transition): ActivityStatus {
  return TO[t];
}

/** The facts about an entry that decide who may do what with it. */
export interface EntryFacts {
  status: ActivityStatus;
  /** Materialized path of the entry's unit. */
  unitPath: string;
  createdBy: number | null;
  deleted: boolean;
}

/** Entries are edited while they are drafts or returned; approved ones are locked until reopened. */
export function isEditable(status: ActivityStatus): boolean {
  return status === 'draft' || status === 'returned';
}

/**
 * What the actor may do with an entry in their scope. Reviewers never approve or return their own
 * entries (four eyes); reopening an approved entry is for a reviewer strictly above its unit, or
 * at the top of the tree where nobody is above.
 */
export function allowedActions(actor: Actor, e: EntryFacts) {
  const mine = inScope(actor, e.unitPath);
  const notOwn = e.createdBy === null || e.createdBy !== actor.userId;
  const strictlyAbove = isInSubtree(e.unitPath, actor.scope.rootPath) && e.unitPath !== actor.scope.rootPath;
  const atTop = depthOfPath(actor.scope.rootPath) === 0;
  const live = mine && !e.deleted;
  return {
    edit: live && canRecord(actor.roles) && isEditable(e.status),
    submit: live && canRecord(actor.roles) && canTransition(e.status, 'submit'),
    approve: live && canReview(actor.roles) && notOwn && canTransition(e.status, 'approve'),
    return: live && canReview(actor.roles) && notOwn && canTransition(e.status, 'return'),
    reopen: live && canReview(actor.roles) && (strictlyAbove || atTop) && canTransition(e.status, 'reopen'),
    delete: live && canRecord(actor.roles) && isEditable(e.status),
    restore: mine && e.deleted && canAdminister(actor.roles),
  };
}
export type AllowedActions = ReturnType<typeof allowedActions>;
