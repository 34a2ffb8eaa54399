import type { Selectable } from 'kysely';
import type { EvidenceKind } from '../../../contracts/ledger.contract.js';
import { fromDbBool } from '../../db/columns.js';
import type { EvidenceTable } from '../../db/schema.js';
import type { EvidenceRecord } from './evidence.types.js';

/** Maps an `evidence` row; other features that select evidence rows (the ledger's entry detail) map them the same way. */
export function toEvidenceRecord(r: Selectable<EvidenceTable>): EvidenceRecord {
  return {
    id: r.id,
    sha256: r.sha256,
    filename: r.filename,
    mime: r.mime,
    size: Number(r.size),
    kind: r.kind as EvidenceKind,
    caption: r.caption,
    hasThumbnail: fromDbBool(r.has_thumbnail),
    orgId: r.org_unit_id,
    activityId: r.activity_id,
    sortOrder: Number(r.sort_order),
    createdBy: r.created_by,
    createdAt: r.created_at,
    deletedAt: r.deleted_at,
  };
}
