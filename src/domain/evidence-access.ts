import type { EvidenceKind } from '../contracts/ledger.contract.js';
import { canReview, inScope, type Actor } from './access.js';

/**
 * Whether the actor may open (download) an evidence file. Anyone in scope may open photos and
 * documents. Sign-in sheets carry people's names, so only staff of the file's own unit and
 * reviewers above it may open them; others see that the file exists, not its content.
 */
export function canOpenEvidence(actor: Actor, kind: EvidenceKind, unitPath: string): boolean {
  if (!inScope(actor, unitPath)) return false;
  if (kind !== 'signin_sheet') return true;
  return actor.scope.rootPath === unitPath || canReview(actor.roles);
}
