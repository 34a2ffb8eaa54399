import type { Kysely } from 'kysely';
import type { ActivityStatus } from '../../../contracts/ledger.contract.js';
import { toDbBool } from '../../db/columns.js';
import type { Database } from '../../db/schema.js';
import { toEvidenceRecord } from './evidence.rows.js';
import type { EvidencePatch, EvidenceRecord, EvidenceStore, EvidenceWithContext, NewEvidence } from './evidence.types.js';

export class EvidenceRepository implements EvidenceStore {
  constructor(private readonly db: Kysely<Database>) {}

  async findById(id: number): Promise<EvidenceWithContext | undefined> {
    const r = await this.db
      .selectFrom('evidence')
      .innerJoin('org_unit', 'org_unit.id', 'evidence.org_unit_id')
      .leftJoin('activity', 'activity.id', 'evidence.activity_id')
      .selectAll('evidence')
      .select(['org_unit.path as org_path', 'activity.status as activity_status'])
      .where('evidence.id', '=', id)
      .executeTakeFirst();
    return r && { ...toEvidenceRecord(r), orgPath: r.org_path, activityStatus: (r.activity_status as ActivityStatus | null) ?? null };
  }

  async insert(e: NewEvidence): Promise<EvidenceRecord> {
    const r = await this.db
      .insertInto('evidence')
      .values({
        sha256: e.sha256,
        filename: e.filename,
        mime: e.mime,
        size: e.size,
        kind: e.kind,
        caption: e.caption,
        has_thumbnail: toDbBool(e.hasThumbnail),
        org_unit_id: e.orgId,
        activity_id: null,
        sort_order: 0,
        created_by: e.createdBy,
        created_at: e.createdAt,
        deleted_at: null,
      })
      .returningAll()
      .executeTakeFirstOrThrow();
    return toEvidenceRecord(r);
  }

  async update(id: number, p: EvidencePatch): Promise<void> {
    const set = { ...(p.caption !== undefined && { caption: p.caption }), ...(p.kind !== undefined && { kind: p.kind }) };
    if (Object.keys(set).length > 0) await this.db.updateTable('evidence').set(set).where('id', '=', id).execute();
  }
}
