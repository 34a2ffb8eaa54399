import type { Kysely, Selectable } from 'kysely';
import type { ScaledMeasure } from '../../../domain/measures.js';
import type { Database, EvidenceTable } from '../../db/schema.js';
import { isRequired, toActivityTypeRecord, toIndicatorRecord, toTagRecord } from '../catalogue/catalogue.rows.js';
import { toEvidenceRecord } from '../evidence/evidence.rows.js';
import { listActivities, loadEntryExtras, selectEntries, toSummaryRecord } from './activity-query.repository.js';
import type { ActivityListFilter, ActivityPatch, ActivityRecord, ActivityStore, EvidenceRecord, NewActivity, UserRef } from './activity.types.js';

const userRef = (id: number | null, name: string | null): UserRef | null => (id === null ? null : { id, displayName: name ?? '' });

/** Ledger entries on Kysely; the only place that knows the ledger tables. */
export class ActivityRepository implements ActivityStore {
  constructor(private readonly db: Kysely<Database>) {}

  async findById(id: number): Promise<ActivityRecord | undefined> {
    const r = await selectEntries(this.db)
      .leftJoin('app_user as cu', 'cu.id', 'activity.created_by')
      .leftJoin('app_user as ru', 'ru.id', 'activity.reviewed_by')
      .select(['cu.display_name as created_by_name', 'ru.display_name as reviewed_by_name'])
      .where('activity.id', '=', id)
      .executeTakeFirst();
    if (!r) return undefined;
    const extras = await loadEntryExtras(this.db, [r.id]);
    return {
      ...toSummaryRecord(r, extras),
      returnReason: r.return_reason,
      version: Number(r.version),
      createdBy: userRef(r.created_by, r.created_by_name),
      createdAt: r.created_at,
      submittedAt: r.submitted_at,
      reviewedBy: userRef(r.reviewed_by, r.reviewed_by_name),
      reviewedAt: r.reviewed_at,
    };
  }

  list(filter: ActivityListFilter) {
    return listActivities(this.db, filter);
  }

  async insert(a: NewActivity, now: string): Promise<number> {
    const { id } = await this.db
      .insertInto('activity')
      .values({
        org_unit_id: a.orgId,
        type_id: a.typeId,
        title: a.title,
        start_date: a.startDate,
        end_date: a.endDate,
        place: a.place,
        organiser: a.organiser,
        summary: a.summary,
        status: 'draft',
        evidence_count: 0,
        version: 1,
        created_by: a.createdBy,
        created_at: now,
        updated_by: a.createdBy,
        updated_at: now,
      })
      .returning('id')
      .executeTakeFirstOrThrow();
    return id;
  }

  async update(id: number, p: ActivityPatch, expected: { version: number; userId: number | null; now: string }): Promise<boolean> {
    const result = await this.db
      .updateTable('activity')
      .set((eb) => ({
        ...(p.orgId !== undefined && { org_unit_id: p.orgId }),
        ...(p.typeId !== undefined && { type_id: p.typeId }),
        ...(p.title !== undefined && { title: p.title }),
        ...(p.startDate !== undefined && { start_date: p.startDate }),
        ...(p.endDate !== undefined && { end_date: p.endDate }),
        ...(p.place !== undefined && { place: p.place }),
        ...(p.organiser !== undefined && { organiser: p.organiser }),
        ...(p.summary !== undefined && { summary: p.summary }),
        ...(p.status !== undefined && { status: p.status }),
        ...(p.returnReason !== undefined && { return_reason: p.returnReason }),
        ...(p.submittedAt !== undefined && { submitted_at: p.submittedAt }),
        ...(p.reviewedBy !== undefined && { reviewed_by: p.reviewedBy }),
        ...(p.reviewedAt !== undefined && { reviewed_at: p.reviewedAt }),
        ...(p.deletedAt !== undefined && { deleted_at: p.deletedAt }),
        ...(p.deletedBy !== undefined && { deleted_by: p.deletedBy }),
        version: eb('version', '+', 1),
        updated_by: expected.userId,
        updated_at: expected.now,
      }))
      .where('id', '=', id)
      // Optimistic locking in the statement itself: two writers racing cannot both pass.
      .where('version', '=', expected.version)
      .executeTakeFirst();
    return Number(result.numUpdatedRows) > 0;
  }

  async replaceMeasures(id: number, values: ScaledMeasure[]) {
    await this.db.deleteFrom('activity_measure').where('activity_id', '=', id).execute();
    if (values.length === 0) return;
    await this.db
      .insertInto('activity_measure')
      .values(values.map((v) => ({ activity_id: id, indicator_id: v.indicatorId, value: v.value })))
      .execute();
  }

  async replaceTags(id: number, tagIds: number[]) {
    await this.db.deleteFrom('activity_tag').where('activity_id', '=', id).execute();
    if (tagIds.length === 0) return;
    await this.db
      .insertInto('activity_tag')
      .values(tagIds.map((tagId) => ({ activity_id: id, tag_id: tagId })))
      .execute();
  }

  async replaceEvidence(id: number, evidenceIds: number[]) {
    await this.db
      .updateTable('evidence')
      .set({ activity_id: null, sort_order: 0 })
      .where('activity_id', '=', id)
      .$if(evidenceIds.length > 0, (q) => q.where('id', 'not in', evidenceIds))
      .execute();
    for (const [i, evidenceId] of evidenceIds.entries()) {
      await this.db.updateTable('evidence').set({ activity_id: id, sort_order: i }).where('id', '=', evidenceId).execute();
    }
    await this.db
      .updateTable('activity')
      .set((eb) => ({
        evidence_count: eb
          .selectFrom('evidence')
          .select((e) => e.fn.countAll<number>().as('n'))
          .where('evidence.activity_id', '=', id)
          .where('evidence.deleted_at', 'is', null),
      }))
      .where('id', '=', id)
      .execute();
  }

  private selectEvidence() {
    return this.db
      .selectFrom('evidence')
      .innerJoin('org_unit', 'org_unit.id', 'evidence.org_unit_id')
      .selectAll('evidence')
      .select('org_unit.path as org_path');
  }

  private static toEvidence(r: Selectable<EvidenceTable> & { org_path: string }): EvidenceRecord {
    return { ...toEvidenceRecord(r), orgPath: r.org_path };
  }

  async listEvidence(activityId: number) {
    const rows = await this.selectEvidence()
      .where('evidence.activity_id', '=', activityId)
      .where('evidence.deleted_at', 'is', null)
      .orderBy('evidence.sort_order')
      .orderBy('evidence.id')
      .execute();
    return rows.map(ActivityRepository.toEvidence);
  }

  async listEvidenceByIds(ids: number[]) {
    if (ids.length === 0) return [];
    return (await this.selectEvidence().where('evidence.id', 'in', ids).execute()).map(ActivityRepository.toEvidence);
  }

  async findType(id: number) {
    const r = await this.db.selectFrom('activity_type').selectAll().where('id', '=', id).executeTakeFirst();
    return r && toActivityTypeRecord(r);
  }

  async listChildTypeIds(categoryId: number) {
    const rows = await this.db.selectFrom('activity_type').select('id').where('parent_id', '=', categoryId).execute();
    return rows.map((r) => r.id);
  }

  async listTypeIndicators(typeId: number) {
    const rows = await this.db
      .selectFrom('activity_type_indicator as ti')
      .innerJoin('indicator', 'indicator.id', 'ti.indicator_id')
      .selectAll('indicator')
      .select('ti.required')
      .where('ti.type_id', '=', typeId)
      .orderBy('ti.sort_order')
      .orderBy('indicator.id')
      .execute();
    return rows.map((r) => {
      const i = toIndicatorRecord(r);
      return { indicatorId: i.id, code: i.code, name: i.name, valueKind: i.valueKind, scale: i.scale, required: isRequired(r), active: i.active };
    });
  }

  async listIndicatorNames(codes: string[]) {
    if (codes.length === 0) return new Map<string, string>();
    const rows = await this.db.selectFrom('indicator').select(['code', 'name']).where('code', 'in', codes).execute();
    return new Map(rows.map((r) => [r.code, r.name]));
  }

  async listTags(ids: number[]) {
    if (ids.length === 0) return [];
    const rows = await this.db.selectFrom('tag').selectAll().where('id', 'in', ids).execute();
    return rows.map(toTagRecord);
  }

  async listHistory(id: number) {
    const rows = await this.db
      .selectFrom('audit_log')
      .leftJoin('app_user', 'app_user.id', 'audit_log.user_id')
      .select([
        'audit_log.id',
        'audit_log.at',
        'audit_log.action',
        'audit_log.user_id',
        'audit_log.before_json',
        'audit_log.after_json',
        'app_user.display_name',
      ])
      .where('audit_log.entity', '=', 'activity')
      .where('audit_log.entity_id', '=', String(id))
      .orderBy('audit_log.id')
      .execute();
    return rows.map((r) => ({
      id: r.id,
      at: r.at,
      action: r.action,
      user: userRef(r.user_id, r.display_name),
      before: r.before_json ? (JSON.parse(r.before_json) as unknown) : null,
      after: r.after_json ? (JSON.parse(r.after_json) as unknown) : null,
    }));
  }
}
