import type { Kysely } from 'kysely';
import type { Database } from '../../db/schema.js';
import type { AuditRecord, AuditStore } from './audit.types.js';

export interface AuditEntry {
  id: number;
  at: string;
  userId: number | null;
  action: string;
  entity: string;
  entityId: string;
  before: unknown;
  after: unknown;
}

/** Append-only change log; written in the same transaction as the change it describes. */
export class AuditRepository implements AuditStore {
  constructor(private readonly db: Kysely<Database>) {}

  async record(entry: AuditRecord): Promise<void> {
    await this.db
      .insertInto('audit_log')
      .values({
        at: new Date().toISOString(),
        user_id: entry.userId,
        action: entry.action,
        entity: entry.entity,
        entity_id: String(entry.entityId),
        org_unit_id: entry.orgUnitId,
        before_json: entry.before === undefined ? null : JSON.stringify(entry.before),
        after_json: entry.after === undefined ? null : JSON.stringify(entry.after),
        request_id: entry.requestId ?? null,
      })
      .execute();
  }

  async listForEntity(entity: string, entityId: string | number): Promise<AuditEntry[]> {
    const rows = await this.db
      .selectFrom('audit_log')
      .selectAll()
      .where('entity', '=', entity)
      .where('entity_id', '=', String(entityId))
      .orderBy('id')
      .execute();
    return rows.map((r) => ({
      id: r.id,
      at: r.at,
      userId: r.user_id,
      action: r.action,
      entity: r.entity,
      entityId: r.entity_id,
      before: r.before_json ? JSON.parse(r.before_json) : null,
      after: r.after_json ? JSON.parse(r.after_json) : null,
    }));
  }
}
