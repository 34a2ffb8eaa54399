import type { ActivityPage } from '../../contracts/ledger.contract.js';
import {
  CoverageResultSchema,
  StatsEntriesSchema,
  StatsResultSchema,
  type CoverageQuery,
  type CoverageResult,
  type StatsEntriesQuery,
  type StatsQuery,
  type StatsResult,
} from '../../contracts/stats.contract.js';
import { TargetProgressSchema, type TargetProgress, type TargetProgressQuery } from '../../contracts/target.contract.js';
import { apiRequest } from './client.js';

type Wire = Record<string, string | number | undefined>;

// Lists travel as comma-separated codes and ids, as the contract's query schema reads them.
function statsWire(q: StatsQuery): Wire {
  return {
    org: q.org,
    from: q.from,
    to: q.to,
    period: q.period,
    indicators: q.indicators?.length ? q.indicators.join(',') : undefined,
    groupBy: q.groupBy,
    status: q.status,
    types: q.types?.length ? q.types.join(',') : undefined,
    tagKind: q.tagKind,
  };
}

/** Totals of a unit's subtree over a period, optionally split into groups (children, months, categories…). */
export function getStats(query: StatsQuery, signal?: AbortSignal): Promise<StatsResult> {
  return apiRequest('/stats', StatsResultSchema, { query: statsWire(query), ...(signal && { signal }) });
}

/** The entries behind a figure: the same question, narrowed to one group's key; `total` equals the figure's entries. */
export function listStatsEntries(query: StatsEntriesQuery, signal?: AbortSignal): Promise<ActivityPage> {
  const wire = { ...statsWire(query), key: query.key, page: query.page, pageSize: query.pageSize };
  return apiRequest('/stats/entries', StatsEntriesSchema, { query: wire, ...(signal && { signal }) });
}

/** Which units of the subtree recorded anything in the period, and which did not. */
export function getCoverage(query: CoverageQuery, signal?: AbortSignal): Promise<CoverageResult> {
  const wire: Wire = { org: query.org, from: query.from, to: query.to, period: query.period, status: query.status, kind: query.kind };
  return apiRequest('/stats/coverage', CoverageResultSchema, { query: wire, ...(signal && { signal }) });
}

/** How the unit's yearly targets stand, with its child units ranked by completion. */
export function getTargetProgress(query: TargetProgressQuery, signal?: AbortSignal): Promise<TargetProgress> {
  const wire: Wire = { org: query.org, year: query.year, asOf: query.asOf };
  return apiRequest('/targets/progress', TargetProgressSchema, { query: wire, ...(signal && { signal }) });
}
