import type { ChartData, FigureQuery, ReportBody, ReportKind } from '../../../contracts/report.contract.js';
import type { StatsStatus } from '../../../contracts/stats.contract.js';
import type { Actor } from '../../../domain/access.js';

/**
 * The seams between the parts of the reports feature, so drafting, figures, the .docx writer and
 * the report store can be built and tested apart.
 */

/** Answers a figure's question from the statistics (exact value, display units: 元 for money). */
export interface FigureEvaluator {
  evaluate(actor: Actor, query: FigureQuery): Promise<number>;
}

/** What a new report starts from. */
export interface DraftRequest {
  orgId: number;
  from: string;
  to: string;
  kind: ReportKind;
  status: StatsStatus;
}

/** Drafts a report from the ledger and statistics: every figure a binding with its question. */
export interface ReportDrafter {
  draft(actor: Actor, request: DraftRequest): Promise<{ title: string; body: ReportBody }>;
}

/** A chart's answer as the body keeps it, less the time it was asked. */
export type ChartAnswer = Omit<ChartData, 'refreshedAt'>;
