import type { ChartSpec, Figure, ReportBody } from '../../../contracts/report.contract.js';
import { OWN_GROUP_KEY, type StatsQuery, type StatsResult } from '../../../contracts/stats.contract.js';
import type { Actor } from '../../../domain/access.js';
import { chineseDate } from '../../../domain/chinese-date.js';
import { AppError } from '../../../domain/errors.js';
import type { OrgStore } from '../orgs/org.types.js';
import type { StatsStore } from '../stats/stats.types.js';
import { reportMessages as m } from './report.messages.js';
import type { ChartAnswer } from './report.types.js';
import type { ChartRenderer, FigureSourceText, RenderableReport, RenderedChart } from '../../word/renderable-report.js';

export interface ReportRenderStores {
  orgs: Pick<OrgStore, 'listByIds' | 'listKinds'>;
  stats: Pick<StatsStore, 'listIndicators' | 'listTypes' | 'listTags'>;
}

/** The statistics a chart block is drawn from. */
export interface ChartStats {
  query(actor: Actor, q: StatsQuery): Promise<StatsResult>;
}

/** Whether an answer has anything to draw: a chart of nothing but zeros is left out of the document. */
function drawable(answer: ChartAnswer): boolean {
  return answer.points.some((p) => p.value !== 0);
}

/**
 * Turns a stored report into what the .docx writer needs: each chart block drawn by the chart
 * renderer from the answer stored with the body (the same moment as its figures, so chart and text
 * agree), and a Chinese description of every figure's question for the appendix (单位、时间、口径、指标).
 * It also asks a chart's question of the statistics, as the caller (so scope holds), for the report
 * service to store.
 */
export class ReportRenderService {
  constructor(
    private readonly stores: ReportRenderStores,
    private readonly stats: ChartStats,
    private readonly charts: ChartRenderer,
  ) {}

  async render(actor: Actor, report: { title: string; body: ReportBody }): Promise<RenderableReport> {
    const { body } = report;
    const charts = new Map<string, RenderedChart>();
    if (body.options.charts) {
      for (const block of body.blocks) {
        if (block.type !== 'chart' || !block.chart) continue;
        // Only a report stored before charts were kept has no stored answer; its chart asks the ledger now.
        const answer = block.chartData ?? (await this.chartData(actor, block.chart));
        if (drawable(answer)) charts.set(block.id, await this.charts.render(block.chart, answer.points, answer.unit));
      }
    }
    const describeFigure = await this.describer(body.figures);
    return { title: report.title, blocks: body.blocks, figures: body.figures, charts, appendix: body.options.appendix, describeFigure };
  }

  /** The groups of the chart's question with the metric's value, asked now; no points when it cannot be answered. */
  async chartData(actor: Actor, spec: ChartSpec): Promise<ChartAnswer> {
    const entries = spec.metric === 'entries';
    let result: StatsResult;
    try {
      result = await this.stats.query(actor, {
        org: spec.org,
        from: spec.from,
        to: spec.to,
        status: spec.status,
        groupBy: spec.groupBy,
        indicators: entries ? [] : [spec.metric],
      });
    } catch (err) {
      // A unit since moved out of reach, or an indicator since removed: the document goes out without that chart.
      if (err instanceof AppError) return { points: [], unit: entries ? m.entriesUnit : '' };
      throw err;
    }
    const unit = entries ? m.entriesUnit : (result.indicators.find((i) => i.code === spec.metric)?.unit ?? '');
    const points = result.groups
      .map((g) => ({ label: g.label, value: g.totals[spec.metric] ?? 0 }))
      // 本级 only when the unit recorded something itself; children and periods show even when empty.
      .filter((p, i) => result.groups[i]!.key !== OWN_GROUP_KEY || p.value !== 0);
    return { points, unit };
  }

  /** Loads the names a figure description needs once, and answers each figure from memory. */
  private async describer(figures: Figure[]): Promise<(figure: Figure) => FigureSourceText> {
    const orgIds = [...new Set(figures.map((f) => f.query.org))];
    const [orgs, kinds, indicators, types, tags] = await Promise.all([
      orgIds.length > 0 ? this.stores.orgs.listByIds(orgIds) : Promise.resolve([]),
      this.stores.orgs.listKinds(),
      this.stores.stats.listIndicators(),
      this.stores.stats.listTypes(),
      this.stores.stats.listTags(),
    ]);
    const orgName = new Map(orgs.map((o) => [o.id, o.name]));
    const kindName = new Map(kinds.map((k) => [k.code, k.name]));
    const indicator = new Map(indicators.map((i) => [i.code, i]));
    const typeName = new Map(types.map((t) => [t.id, t.name]));
    const tagName = new Map(tags.map((t) => [t.id, t.name]));
    return (figure) => {
      const q = figure.query;
      const kind = q.unitKind ? (kindName.get(q.unitKind) ?? q.unitKind) : null;
      const scope = [
        m.subtree(orgName.get(q.org) ?? `#${q.org}`),
        m.period(chineseDate(q.from), chineseDate(q.to)),
        q.status === 'approved' ? m.approvedOnly : m.allEntries,
      ];
      const parts: string[] = [];
      if (q.types && q.types.length > 0) parts.push(m.types(q.types.map((id) => typeName.get(id) ?? `#${id}`)));
      if (q.tagId !== undefined) parts.push(m.tag(tagName.get(q.tagId) ?? `#${q.tagId}`));
      const i = indicator.get(q.metric);
      if (q.metric === 'entries') parts.push(m.metricEntries);
      else if (q.metric === 'units') parts.push(m.metricUnits(kind));
      else if (q.metric === 'reporting_units') parts.push(m.metricReportingUnits(kind));
      else parts.push(i ? m.metricIndicator(i.name, i.unit) : m.metricIndicator(q.metric, figure.unit));
      return { scope: scope.join('；'), detail: parts.join('；') };
    };
  }
}
