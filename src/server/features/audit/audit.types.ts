/** What services need to log a change; written in the same transaction as the change. */
export interface AuditRecord {
  userId: number | null;
  action: string;
  entity: string;
  entityId: string | number;
  orgUnitId: number | null;
  before?: unknown;
  after?: unknown;
  requestId?: string | null;
}

export interface AuditStore {
  record(entry: AuditRecord): Promise<void>;
}
