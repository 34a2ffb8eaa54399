import type { Repositories } from '../../container.js';
import type { FileStore } from '../evidence/file-store.js';
import type { ActivityService } from '../ledger/activity.service.js';
import { StatsService } from '../stats/stats.service.js';
import type { Transactor } from '../transactor.js';
import { ReportTemplateService } from './report-template.service.js';
import { TemplateValuesService } from './template-values.service.js';

/**
 * User templates wired to their parts; container.ts adds the result to the container. Its
 * statistics service is a stateless wrapper over the same stores, so figures equal GET /api/stats.
 */
export function createReportTemplateService(stores: Repositories, transact: Transactor<Repositories>, files: FileStore, activities: ActivityService): ReportTemplateService {
  return new ReportTemplateService(stores, transact, { files, values: new TemplateValuesService(new StatsService(stores, activities)) });
}
