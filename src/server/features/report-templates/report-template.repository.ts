import type { ExpressionBuilder, Kysely } from 'kysely';
import { subtreeUpperBound } from '../../../domain/org-path.js';
import type { Database } from '../../db/schema.js';
import type { NewReportTemplate, ReportTemplateRecord, ReportTemplateStore, TemplateReach } from './report-template.types.js';

interface TemplateRow {
  id: number;
  org_unit_id: number;
  org_name: string;
  org_path: string;
  name: string;
  filename: string;
  size: number | string;
  sha256: string;
  placeholders: string;
  warnings: string;
  created_at: string;
  created_by_name: string | null;
  archived_at: string | null;
}

const stringList = (json: string): string[] => {
  const parsed: unknown = JSON.parse(json);
  return Array.isArray(parsed) ? parsed.map(String) : [];
};

function toRecord(r: TemplateRow): ReportTemplateRecord {
  return {
    id: r.id,
    orgId: r.org_unit_id,
    orgName: r.org_name,
    orgPath: r.org_path,
    name: r.name,
    filename: r.filename,
    size: Number(r.size),
    sha256: r.sha256,
    placeholders: stringList(r.placeholders),
    warnings: stringList(r.warnings),
    createdAt: r.created_at,
    createdByName: r.created_by_name,
    archivedAt: r.archived_at,
  };
}

/** User templates (自定义模板) on Kysely; the files themselves are in the file store. */
export class ReportTemplateRepository implements ReportTemplateStore {
  constructor(private readonly db: Kysely<Database>) {}

  private select() {
    return this.db
      .selectFrom('report_template')
      .innerJoin('org_unit', 'org_unit.id', 'report_template.org_unit_id')
      .leftJoin('app_user', 'app_user.id', 'report_template.created_by')
      .select([
        'report_template.id',
        'report_template.org_unit_id',
        'org_unit.name as org_name',
        'org_unit.path as org_path',
        'report_template.name',
        'report_template.filename',
        'report_template.size',
        'report_template.sha256',
        'report_template.placeholders',
        'report_template.warnings',
        'report_template.created_at',
        'app_user.display_name as created_by_name',
        'report_template.archived_at',
      ]);
  }

  async findById(id: number) {
    const r = await this.select().where('report_template.id', '=', id).executeTakeFirst();
    return r && toRecord(r);
  }

  async list(reach: TemplateReach, archived: boolean) {
    // Ancestors by id (their ids are in the caller's path), the subtree by the path range: both indexed.
    const visible = (eb: ExpressionBuilder<Database, 'report_template' | 'org_unit'>) =>
      eb.or([
        ...(reach.ancestorIds.length > 0 ? [eb('report_template.org_unit_id', 'in', reach.ancestorIds)] : []),
        eb.and([eb('org_unit.path', '>=', reach.path), eb('org_unit.path', '<', subtreeUpperBound(reach.path))]),
      ]);
    const rows = await this.select()
      .where(visible)
      .where('report_template.archived_at', archived ? 'is not' : 'is', null)
      .orderBy('report_template.created_at', 'desc')
      .orderBy('report_template.id', 'desc')
      .execute();
    return rows.map(toRecord);
  }

  async insert(t: NewReportTemplate) {
    const { id } = await this.db
      .insertInto('report_template')
      .values({
        org_unit_id: t.orgId,
        name: t.name,
        filename: t.filename,
        size: t.size,
        sha256: t.sha256,
        placeholders: JSON.stringify(t.placeholders),
        warnings: JSON.stringify(t.warnings),
        created_at: t.now,
        created_by: t.userId,
        archived_at: null,
        archived_by: null,
      })
      .returning('id')
      .executeTakeFirstOrThrow();
    return id;
  }

  async archive(id: number, by: { userId: number | null; now: string }) {
    const result = await this.db
      .updateTable('report_template')
      .set({ archived_at: by.now, archived_by: by.userId })
      .where('id', '=', id)
      .where('archived_at', 'is', null)
      .executeTakeFirst();
    return Number(result.numUpdatedRows) > 0;
  }
}
