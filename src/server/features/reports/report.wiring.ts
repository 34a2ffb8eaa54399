import type { Repositories } from '../../container.js';
import { CatalogueService } from '../catalogue/catalogue.service.js';
import type { ActivityService } from '../ledger/activity.service.js';
import { StatsService } from '../stats/stats.service.js';
import { TargetProgressService } from '../targets/target-progress.service.js';
import { TargetService } from '../targets/target.service.js';
import type { Transactor } from '../transactor.js';
import { EchartsChartRenderer } from '../../word/chart-render.js';
import { GbtReportDocxWriter } from '../../word/report-docx.writer.js';
import { FigureEvaluatorService } from './figure-evaluator.service.js';
import { ReportDraftService } from './report-draft.service.js';
import { ReportRenderService } from './report-render.service.js';
import { ReportService } from './report.service.js';

/**
 * The reports feature wired to its parts; container.ts spreads the result into the container.
 * The statistics, target and catalogue services it reads through are stateless wrappers over the
 * same stores, so its own instances answer exactly as the container's do.
 */
export function createReportServices(stores: Repositories, transact: Transactor<Repositories>, activities: ActivityService) {
  const stats = new StatsService(stores, activities);
  const drafter = new ReportDraftService({
    stats,
    targets: new TargetService(stores, transact),
    targetProgress: new TargetProgressService(stores),
    catalogue: new CatalogueService(stores, transact),
    orgs: stores.orgs,
  });
  const reportRender = new ReportRenderService(stores, stats, new EchartsChartRenderer());
  const reports = new ReportService(stores, transact, { drafter, evaluator: new FigureEvaluatorService(stats), render: reportRender, writer: new GbtReportDocxWriter() });
  return { reports, reportRender };
}
