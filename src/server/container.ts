import path from 'node:path';
import type { Kysely } from 'kysely';
import type { Db } from './db/database.js';
import type { Database } from './db/schema.js';
import type { AppConfig } from './config.js';
import { AuditRepository } from './features/audit/audit.repository.js';
import { AuthService, type AuthStores } from './features/accounts/auth.service.js';
import { SessionRepository, ThrottleRepository } from './features/accounts/session.repository.js';
import { UserRepository } from './features/accounts/user.repository.js';
import { UserService } from './features/accounts/user.service.js';
import { CatalogueRepository } from './features/catalogue/catalogue.repository.js';
import { CatalogueService } from './features/catalogue/catalogue.service.js';
import { EvidenceRepository } from './features/evidence/evidence.repository.js';
import { EvidenceService } from './features/evidence/evidence.service.js';
import { LocalFileStore } from './features/evidence/file-store.js';
import { sharpThumbnailer } from './features/evidence/thumbnails.js';
import { OrgImportService } from './features/orgs/org-import.service.js';
import { OrgRepository } from './features/orgs/org.repository.js';
import { OrgService } from './features/orgs/org.service.js';
import { ActivityRepository } from './features/ledger/activity.repository.js';
import { ActivityReviewService } from './features/ledger/activity-review.service.js';
import { ActivityService } from './features/ledger/activity.service.js';
import { ActivityImportRepository } from './features/ledger/import/activity-import.repository.js';
import { ActivityImportService } from './features/ledger/import/activity-import.service.js';
import { SyntheticRegionRepository } from './features/ledger/synthetic/synthetic.repository.js';
import { SyntheticRegionService } from './features/ledger/synthetic/synthetic.service.js';
import { RollupMaintenanceService } from './features/rollup/rollup-maintenance.service.js';
import { RollupRebuildRepository } from './features/rollup/rollup-rebuild.repository.js';
import { RollupRepository } from './features/rollup/rollup.repository.js';
import { StatsRepository } from './features/stats/stats.repository.js';
import { StatsService } from './features/stats/stats.service.js';
import { TargetProgressService } from './features/targets/target-progress.service.js';
import { TargetRepository } from './features/targets/target.repository.js';
import { TargetService } from './features/targets/target.service.js';
import { ReportRepository } from './features/reports/report.repository.js';
import { FigureEvaluatorService } from './features/reports/figure-evaluator.service.js';
import { ReportDraftService } from './features/reports/report-draft.service.js';
import { ReportRenderService } from './features/reports/report-render.service.js';
import { ReportService } from './features/reports/report.service.js';
import { ReportCheckService } from './features/reports/report-check.service.js';
import { ReportTemplateRepository } from './features/report-templates/report-template.repository.js';
import { ReportTemplateService } from './features/report-templates/report-template.service.js';
import { TemplateValuesService } from './features/report-templates/template-values.service.js';
import { EchartsChartRenderer } from './word/chart-render.js';
import { GbtReportDocxWriter } from './word/report-docx.writer.js';
import type { Transactor } from './features/transactor.js';

/** Every repository, bound to one executor (the database, or a transaction). */
function repositories(db: Kysely<Database>) {
  return {
    orgs: new OrgRepository(db),
    users: new UserRepository(db),
    sessions: new SessionRepository(db),
    throttle: new ThrottleRepository(db),
    audit: new AuditRepository(db),
    catalogue: new CatalogueRepository(db),
    evidence: new EvidenceRepository(db),
    activities: new ActivityRepository(db),
    activityImport: new ActivityImportRepository(db),
    synthetic: new SyntheticRegionRepository(db),
    rollup: new RollupRepository(db),
    rollupRebuild: new RollupRebuildRepository(db),
    stats: new StatsRepository(db),
    targets: new TargetRepository(db),
    reports: new ReportRepository(db),
    reportTemplates: new ReportTemplateRepository(db),
  };
}
export type Repositories = ReturnType<typeof repositories>;

/** Wires services to repositories. The HTTP layer and the CLI both start from here. */
export function createContainer(database: Db, config: Pick<AppConfig, 'sessionTtlHours' | 'dataDir'>) {
  const stores = repositories(database.db);
  const transact: Transactor<Repositories> = (fn) => database.db.transaction().execute((trx) => fn(repositories(trx)));
  const orgs = new OrgService(stores, transact);
  // Evidence blobs live under the data directory, beside the SQLite file (see file-store.ts).
  const activities = new ActivityService(stores, transact);
  const files = new LocalFileStore(path.join(config.dataDir, 'files'));
  const catalogue = new CatalogueService(stores, transact);
  const stats = new StatsService(stores, activities);
  const targets = new TargetService(stores, transact);
  const targetProgress = new TargetProgressService(stores);
  // Reports and templates read through the same statistics service as GET /api/stats, so their figures are its answers.
  const drafter = new ReportDraftService({ stats, targets, targetProgress, catalogue, orgs: stores.orgs });
  const reportRender = new ReportRenderService(stores, stats, new EchartsChartRenderer());
  const reports = new ReportService(stores, transact, {
    drafter,
    evaluator: new FigureEvaluatorService(stats),
    render: reportRender,
    writer: new GbtReportDocxWriter(),
  });
  return {
    database,
    stores,
    transact,
    orgs,
    orgImport: new OrgImportService(stores, transact),
    users: new UserService(stores, transact),
    auth: new AuthService(stores as AuthStores, transact, { sessionTtlHours: config.sessionTtlHours }),
    catalogue,
    files,
    evidence: new EvidenceService(stores, transact, { files, thumbnails: sharpThumbnailer }),
    activities,
    activityReview: new ActivityReviewService(transact),
    activityImport: new ActivityImportService(stores, transact),
    synthetic: new SyntheticRegionService(stores, transact),
    stats,
    reports,
    reportRender,
    targets,
    targetProgress,
    rollupMaintenance: new RollupMaintenanceService(transact),
    reportCheck: new ReportCheckService(),
    reportTemplates: new ReportTemplateService(stores, transact, { files, values: new TemplateValuesService(stats) }),
  };
}
export type Container = ReturnType<typeof createContainer>;
