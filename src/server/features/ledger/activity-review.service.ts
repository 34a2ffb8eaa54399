import type { Activity } from '../../../contracts/ledger.contract.js';
import { canReview, roleRefusal, type Actor, type RequestMeta } from '../../../domain/access.js';
import { allowedActions, canTransition, targetStatus, type Transition } from '../../../domain/activity-workflow.js';
import { ConflictError, ForbiddenError } from '../../../domain/errors.js';
import type { Transactor } from '../transactor.js';
import { getEntryInScope, loadSnapshot, reloadSnapshot, trackRollup, type LedgerStores } from './activity-checks.service.js';
import type { ActivityPatch, ActivityRecord } from './activity.types.js';
import { auditEntry, entryFacts, toActivity, type Snapshot } from './activity.view.js';
import { ledgerMessages as m } from './ledger.messages.js';

/** Why an actor may not take a step the entry's state allows: the most specific reason wins. */
function refusal(actor: Actor, t: Transition): ForbiddenError {
  if (t === 'submit') return roleRefusal(m.record);
  if (!canReview(actor.roles)) return roleRefusal(m.review);
  if (t === 'reopen') return new ForbiddenError('ACTIVITY_REOPEN_NOT_ABOVE', m.reopenNotAbove);
  return new ForbiddenError('ACTIVITY_OWN_ENTRY', m.ownEntry);
}

function transitionPatch(actor: Actor, t: Transition, reason: string | null, now: string): ActivityPatch {
  const status = targetStatus(t);
  if (t === 'submit') return { status, submittedAt: now, returnReason: null };
  // Returning and reopening are review decisions too: they record who decided and why.
  const reviewed = { reviewedBy: actor.userId, reviewedAt: now };
  if (t === 'approve') return { status, ...reviewed };
  return { status, returnReason: reason, ...reviewed };
}

/**
 * Moves an entry one step along the review workflow inside the caller's transaction, audited.
 * A step the state does not allow is a conflict (409); one the actor may not take is forbidden (403).
 */
export async function applyTransition(
  actor: Actor,
  s: LedgerStores,
  before: Snapshot,
  t: Transition,
  reason: string | null,
  meta: RequestMeta,
): Promise<Snapshot> {
  const e: ActivityRecord = before.entry;
  if (e.deletedAt !== null) throw new ConflictError('ACTIVITY_DELETED', m.deleted);
  if (!canTransition(e.status, t)) throw new ConflictError('ACTIVITY_TRANSITION_INVALID', m.transitionInvalid(t, e.status));
  if (!allowedActions(actor, entryFacts(e))[t]) throw refusal(actor, t);
  const now = new Date().toISOString();
  // Approving and reopening move the entry between the approved and the other figures.
  const written = await trackRollup(s, e.id, () =>
    s.activities.update(e.id, transitionPatch(actor, t, reason, now), { version: e.version, userId: actor.userId, now }),
  );
  if (!written) throw new ConflictError('ACTIVITY_STALE', m.stale);
  const after = await reloadSnapshot(s, e.id);
  await s.audit.record(auditEntry(actor, t, { before, after }, meta));
  return after;
}

/** The review workflow of ledger entries: submit, approve, return and reopen. */
export class ActivityReviewService {
  constructor(private readonly transact: Transactor<LedgerStores>) {}

  submit(actor: Actor, id: number, meta: RequestMeta = {}) {
    return this.step(actor, id, 'submit', null, meta);
  }

  approve(actor: Actor, id: number, meta: RequestMeta = {}) {
    return this.step(actor, id, 'approve', null, meta);
  }

  /** Sends a submitted entry back to its unit with a reason. */
  sendBack(actor: Actor, id: number, reason: string, meta: RequestMeta = {}) {
    return this.step(actor, id, 'return', reason, meta);
  }

  /** Unlocks an approved entry (a reviewer above its unit), with a reason; it goes back as returned. */
  reopen(actor: Actor, id: number, reason: string, meta: RequestMeta = {}) {
    return this.step(actor, id, 'reopen', reason, meta);
  }

  private step(actor: Actor, id: number, t: Transition, reason: string | null, meta: RequestMeta): Promise<Activity> {
    return this.transact(async (s) => {
      const before = await loadSnapshot(s, await getEntryInScope(actor, s, id));
      return toActivity(actor, await applyTransition(actor, s, before, t, reason, meta));
    });
  }
}
