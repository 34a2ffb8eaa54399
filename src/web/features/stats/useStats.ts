import dayjs from 'dayjs';
import { useCallback, useMemo } from 'react';
import type { StatsGroupBy } from '../../../contracts/stats.contract.js';
import { presetRanges, type NamedRange } from '../../../domain/period.js';
import { getCoverage, getStats } from '../../api/stats.api.js';
import { useApiQuery } from '../../api/useApiQuery.js';
import { toStatsQuery, type DateRange, type StatsView } from './stats-query.js';

/** The view's figures split by `groupBy`; pass a memoized view, since a new object means a new request. */
export function useStats(view: StatsView, groupBy: StatsGroupBy) {
  const load = useCallback((signal: AbortSignal) => getStats(toStatsQuery(view, groupBy), signal), [view, groupBy]);
  return useApiQuery(load);
}

/** Which units of the view's subtree recorded something in its period. */
export function useCoverage(view: StatsView) {
  const load = useCallback((signal: AbortSignal) => getCoverage({ org: view.org, from: view.from, to: view.to, status: view.status }, signal), [view]);
  return useApiQuery(load);
}

/** The period presets as of today; the first, 本年, is the period a link without dates means. */
export function usePeriodPresets(): { presets: NamedRange[]; thisYear: DateRange } {
  return useMemo(() => {
    const today = dayjs().format('YYYY-MM-DD');
    const presets = presetRanges(today);
    return { presets, thisYear: presets[0] ?? { from: today, to: today } };
  }, []);
}
