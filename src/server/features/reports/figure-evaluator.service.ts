import type { FigureQuery } from '../../../contracts/report.contract.js';
import type { Actor } from '../../../domain/access.js';
import { InvalidError } from '../../../domain/errors.js';
import type { StatsService } from '../stats/stats.service.js';
import type { FigureEvaluator } from './report.types.js';

const UNIT_METRICS = new Set(['units', 'reporting_units']);

function invalid(pointer: string, message: string): InvalidError {
  return new InvalidError('FIGURE_QUERY_INVALID', message, [{ pointer, message }]);
}

/**
 * Answers a figure's question from the statistics, exactly as GET /api/stats (entries, indicator
 * sums; by tag: the tag's group) or GET /api/stats/coverage (units, reporting units) would. Scope
 * errors propagate: a unit outside the actor's subtree is 404, as everywhere.
 */
export class FigureEvaluatorService implements FigureEvaluator {
  constructor(private readonly stats: Pick<StatsService, 'query' | 'coverage'>) {}

  async evaluate(actor: Actor, q: FigureQuery): Promise<number> {
    const period = { org: q.org, from: q.from, to: q.to, status: q.status };
    if (UNIT_METRICS.has(q.metric)) {
      // Coverage counts units, not entries: a type or tag filter would be silently ignored.
      if (q.types || q.tagId !== undefined) throw invalid('/query/metric', '单位数不能按活动类型或标签筛选');
      const coverage = await this.stats.coverage(actor, { ...period, ...(q.unitKind !== undefined && { kind: q.unitKind }) });
      return q.metric === 'units' ? coverage.units : coverage.reporting;
    }
    if (q.unitKind !== undefined) throw invalid('/query/unitKind', '只有单位数可以按单位类型筛选');
    // `entries` is in every answer; asking for no indicator keeps the read to the entry count.
    const indicators = q.metric === 'entries' ? [] : [q.metric];
    if (q.tagId !== undefined) {
      const r = await this.stats.query(actor, { ...period, indicators, groupBy: 'tag', ...(q.types && { types: q.types }) });
      // A tag with nothing in the period has no group: its figure is 0.
      return r.groups.find((g) => g.key === String(q.tagId))?.totals[q.metric] ?? 0;
    }
    const r = await this.stats.query(actor, { ...period, indicators, groupBy: 'none', ...(q.types && { types: q.types }) });
    return r.totals[q.metric] ?? 0;
  }
}
