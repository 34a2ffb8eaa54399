import type { ExpressionBuilder, Kysely } from 'kysely';
import { ReportBodySchema, type ReportBody, type ReportKind } from '../../../contracts/report.contract.js';
import { subtreeUpperBound } from '../../../domain/org-path.js';
import type { Database } from '../../db/schema.js';
import type { NewReport, ReportListFilter, ReportRecord, ReportSave, ReportStore, ReportSummaryRecord, ReportVersionRecord } from './report-store.types.js';

// Parsed through the contract so bodies stored before a contract change come back with its defaults.
const parseBody = (json: string): ReportBody => ReportBodySchema.parse(JSON.parse(json));

interface SummaryRow {
  id: number;
  org_unit_id: number;
  org_name: string;
  org_path: string;
  title: string;
  kind: string;
  from_date: string;
  to_date: string;
  version: number;
  created_at: string;
  updated_by: number | null;
  updated_by_name: string | null;
  updated_at: string;
  archived_at: string | null;
}

function toSummary(r: SummaryRow): ReportSummaryRecord {
  return {
    id: r.id,
    orgId: r.org_unit_id,
    orgName: r.org_name,
    orgPath: r.org_path,
    title: r.title,
    kind: r.kind as ReportKind,
    from: r.from_date,
    to: r.to_date,
    version: Number(r.version),
    createdAt: r.created_at,
    updatedBy: r.updated_by,
    updatedByName: r.updated_by_name,
    updatedAt: r.updated_at,
    archivedAt: r.archived_at,
  };
}

/** Reports and their earlier versions on Kysely. */
export class ReportRepository implements ReportStore {
  constructor(private readonly db: Kysely<Database>) {}

  private selectSummary() {
    return this.db
      .selectFrom('report')
      .innerJoin('org_unit', 'org_unit.id', 'report.org_unit_id')
      .leftJoin('app_user', 'app_user.id', 'report.updated_by')
      .select([
        'report.id',
        'report.org_unit_id',
        'org_unit.name as org_name',
        'org_unit.path as org_path',
        'report.title',
        'report.kind',
        'report.from_date',
        'report.to_date',
        'report.version',
        'report.created_at',
        'report.updated_by',
        'app_user.display_name as updated_by_name',
        'report.updated_at',
        'report.archived_at',
      ]);
  }

  async findById(id: number): Promise<ReportRecord | undefined> {
    const r = await this.selectSummary().select(['report.body_json', 'report.version_note']).where('report.id', '=', id).executeTakeFirst();
    return r && { ...toSummary(r), body: parseBody(r.body_json), versionNote: r.version_note };
  }

  async list(f: ReportListFilter) {
    const scoped = (eb: ExpressionBuilder<Database, 'report' | 'org_unit'>) =>
      eb.and([
        eb('org_unit.path', '>=', f.path),
        eb('org_unit.path', '<', subtreeUpperBound(f.path)),
        eb('report.archived_at', f.archived ? 'is not' : 'is', null),
      ]);
    const [rows, count] = await Promise.all([
      this.selectSummary().where(scoped).orderBy('report.to_date', 'desc').orderBy('report.id', 'desc').offset(f.offset).limit(f.limit).execute(),
      this.db
        .selectFrom('report')
        .innerJoin('org_unit', 'org_unit.id', 'report.org_unit_id')
        .where(scoped)
        .select((eb) => eb.fn.countAll<number | string>().as('n'))
        .executeTakeFirstOrThrow(),
    ]);
    return { items: rows.map(toSummary), total: Number(count.n) };
  }

  async insert(r: NewReport) {
    const { id } = await this.db
      .insertInto('report')
      .values({
        org_unit_id: r.orgId,
        title: r.title,
        kind: r.kind,
        from_date: r.from,
        to_date: r.to,
        body_json: JSON.stringify(r.body),
        version: 1,
        version_note: r.note,
        created_by: r.userId,
        created_at: r.now,
        updated_by: r.userId,
        updated_at: r.now,
        archived_at: null,
      })
      .returning('id')
      .executeTakeFirstOrThrow();
    return id;
  }

  async save(id: number, s: ReportSave, expected: { version: number; userId: number | null; now: string }) {
    const result = await this.db
      .updateTable('report')
      .set((eb) => ({
        title: s.title,
        body_json: JSON.stringify(s.body),
        version_note: s.note,
        version: eb('version', '+', 1),
        updated_by: expected.userId,
        updated_at: expected.now,
      }))
      .where('id', '=', id)
      .where('version', '=', expected.version)
      .executeTakeFirst();
    return Number(result.numUpdatedRows) > 0;
  }

  async insertVersion(reportId: number, v: { version: number; title: string; body: ReportBody; savedBy: number | null; savedAt: string; note: string }) {
    await this.db
      .insertInto('report_version')
      .values({
        report_id: reportId,
        version: v.version,
        title: v.title,
        body_json: JSON.stringify(v.body),
        saved_by: v.savedBy,
        saved_at: v.savedAt,
        note: v.note,
      })
      .execute();
  }

  private selectVersions(reportId: number) {
    return this.db
      .selectFrom('report_version')
      .leftJoin('app_user', 'app_user.id', 'report_version.saved_by')
      .select([
        'report_version.version',
        'report_version.title',
        'report_version.saved_by',
        'app_user.display_name as saved_by_name',
        'report_version.saved_at',
        'report_version.note',
      ])
      .where('report_version.report_id', '=', reportId);
  }

  async listVersions(reportId: number): Promise<ReportVersionRecord[]> {
    const rows = await this.selectVersions(reportId).orderBy('report_version.version', 'desc').execute();
    return rows.map((r) => ({
      version: Number(r.version),
      title: r.title,
      savedBy: r.saved_by,
      savedByName: r.saved_by_name,
      savedAt: r.saved_at,
      note: r.note,
    }));
  }

  async findVersion(reportId: number, version: number) {
    const r = await this.selectVersions(reportId).select('report_version.body_json').where('report_version.version', '=', version).executeTakeFirst();
    return (
      r && {
        version: Number(r.version),
        title: r.title,
        savedBy: r.saved_by,
        savedByName: r.saved_by_name,
        savedAt: r.saved_at,
        note: r.note,
        body: parseBody(r.body_json),
      }
    );
  }

  async archive(id: number, expected: { userId: number | null; now: string }) {
    const result = await this.db
      .updateTable('report')
      .set({ archived_at: expected.now, updated_by: expected.userId, updated_at: expected.now })
      .where('id', '=', id)
      .where('archived_at', 'is', null)
      .executeTakeFirst();
    return Number(result.numUpdatedRows) > 0;
  }
}
