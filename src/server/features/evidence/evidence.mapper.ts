import type { Evidence } from '../../../contracts/ledger.contract.js';
import type { Actor } from '../../../domain/access.js';
import { canOpenEvidence } from '../../../domain/evidence-access.js';
import type { EvidenceRecord } from './evidence.types.js';

/** The fields of an evidence row the API shows. */
export type EvidenceView = Pick<EvidenceRecord, 'id' | 'filename' | 'mime' | 'size' | 'kind' | 'caption' | 'hasThumbnail' | 'activityId' | 'createdAt'>;

export function evidenceUrl(id: number): string {
  return `/api/files/${id}`;
}

/**
 * An evidence row as the API shows it to `actor`. `unitPath` is the path of the evidence's own
 * unit (`evidence.org_unit_id`). A sign-in sheet the actor may not open is still listed, with
 * canOpen false and no thumbnail URL (the thumbnail shows the names too).
 */
export function toEvidence(row: EvidenceView, actor: Actor, unitPath: string): Evidence {
  const canOpen = canOpenEvidence(actor, row.kind, unitPath);
  return {
    id: row.id,
    filename: row.filename,
    mime: row.mime,
    size: row.size,
    kind: row.kind,
    caption: row.caption,
    hasThumbnail: row.hasThumbnail,
    canOpen,
    url: evidenceUrl(row.id),
    thumbnailUrl: row.hasThumbnail && canOpen ? `${evidenceUrl(row.id)}/thumbnail` : null,
    activityId: row.activityId,
    createdAt: row.createdAt,
  };
}
