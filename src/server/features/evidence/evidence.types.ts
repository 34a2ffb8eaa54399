import type { ActivityStatus, EvidenceKind } from '../../../contracts/ledger.contract.js';

/** An evidence row as services see it (the repository maps rows to this). */
export interface EvidenceRecord {
  id: number;
  sha256: string;
  filename: string;
  mime: string;
  size: number;
  kind: EvidenceKind;
  caption: string;
  hasThumbnail: boolean;
  orgId: number;
  activityId: number | null;
  sortOrder: number;
  createdBy: number | null;
  createdAt: string;
  deletedAt: string | null;
}

/** A row with what access and locking decisions need: its unit's path and its entry's status. */
export interface EvidenceWithContext extends EvidenceRecord {
  orgPath: string;
  activityStatus: ActivityStatus | null;
}

/** A new row: everything but what the database assigns and what attaching to an entry sets later. */
export type NewEvidence = Omit<EvidenceRecord, 'id' | 'activityId' | 'sortOrder' | 'deletedAt'>;

export interface EvidencePatch {
  caption?: string;
  kind?: EvidenceKind;
}

/** What the evidence service needs from storage; `EvidenceRepository` implements it on Kysely. */
export interface EvidenceStore {
  findById(id: number): Promise<EvidenceWithContext | undefined>;
  insert(evidence: NewEvidence): Promise<EvidenceRecord>;
  update(id: number, patch: EvidencePatch): Promise<void>;
}
