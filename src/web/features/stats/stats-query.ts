import { STATS_GROUP_BYS, type StatsEntriesQuery, type StatsGroupBy, type StatsQuery, type StatsStatus } from '../../../contracts/stats.contract.js';

/** The dashboard's question. It lives in the URL, so a view can be shared, reloaded and drilled into. */
export interface StatsView {
  /** Undefined: the user's own unit. */
  org: number | undefined;
  from: string;
  to: string;
  status: StatsStatus;
  /** Only these activity types (a category means all its types): set by links from report figures, never by the dashboard. */
  types?: number[];
}

/** The drill-down's question: the dashboard's, narrowed to one group of one grouping, one page at a time. */
export interface StatsDrill extends StatsView {
  groupBy: StatsGroupBy;
  /** A group's key as the server gave it (unit id or `own`, `2026-05`, type id…); undefined: every entry. */
  key: string | undefined;
  /** The figure that was clicked (an indicator code or `entries`), restated in the heading. */
  metric: string | undefined;
  page: number;
  pageSize: number;
}

export interface DateRange {
  from: string;
  to: string;
}

export const DRILL_PAGE_SIZE = 20;
export const DRILL_PAGE_SIZES = [10, 20, 50, 100] as const;

const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;
// Group keys are unit ids, `own`, `2026-05`, `2026Q2`, years and ids; metrics are indicator codes.
const KEY = /^[A-Za-z0-9_-]{1,40}$/;
const METRIC = /^[a-z0-9_]{1,40}$/;

const positiveInt = (raw: string | null): number | undefined => {
  const n = Number(raw);
  return raw !== null && Number.isInteger(n) && n > 0 ? n : undefined;
};
const isGroupBy = (s: string | null): s is StatsGroupBy => s !== null && (STATS_GROUP_BYS as readonly string[]).includes(s);
const matching = (raw: string | null, pattern: RegExp): string | undefined => (raw !== null && pattern.test(raw) ? raw : undefined);

/** Reads the view; a missing or malformed period (hand-edited links) falls back to `fallback` (本年). */
export function readStatsView(params: URLSearchParams, fallback: DateRange): StatsView {
  const from = matching(params.get('from'), ISO_DATE);
  const to = matching(params.get('to'), ISO_DATE);
  const range = from !== undefined && to !== undefined && from <= to ? { from, to } : fallback;
  const types = params.get('types');
  return {
    org: positiveInt(params.get('org')),
    ...range,
    status: params.get('status') === 'all' ? 'all' : 'approved',
    ...(types !== null && /^\d+(,\d+){0,49}$/.test(types) && { types: types.split(',').map(Number) }),
  };
}

/** The query string of a view, leaving out the defaults (own unit, the fallback period, approved only). */
export function writeStatsView(view: StatsView, fallback?: DateRange): URLSearchParams {
  const params = new URLSearchParams();
  if (view.org !== undefined) params.set('org', String(view.org));
  if (!fallback || view.from !== fallback.from || view.to !== fallback.to) {
    params.set('from', view.from);
    params.set('to', view.to);
  }
  if (view.status === 'all') params.set('status', 'all');
  if (view.types?.length) params.set('types', view.types.join(','));
  return params;
}

export function readStatsDrill(params: URLSearchParams, fallback: DateRange): StatsDrill {
  const groupBy = params.get('groupBy');
  const pageSize = positiveInt(params.get('pageSize'));
  return {
    ...readStatsView(params, fallback),
    groupBy: isGroupBy(groupBy) ? groupBy : 'none',
    key: isGroupBy(groupBy) && groupBy !== 'none' ? matching(params.get('key'), KEY) : undefined,
    metric: matching(params.get('metric'), METRIC),
    page: positiveInt(params.get('page')) ?? 1,
    pageSize: pageSize !== undefined && pageSize <= 200 ? pageSize : DRILL_PAGE_SIZE,
  };
}

/** A drill-down's query string; the period is always spelled out, so the link means the same tomorrow. */
export function writeStatsDrill(drill: StatsDrill): URLSearchParams {
  const params = writeStatsView(drill);
  if (drill.groupBy !== 'none') params.set('groupBy', drill.groupBy);
  if (drill.groupBy !== 'none' && drill.key !== undefined) params.set('key', drill.key);
  if (drill.metric !== undefined) params.set('metric', drill.metric);
  if (drill.page !== 1) params.set('page', String(drill.page));
  if (drill.pageSize !== DRILL_PAGE_SIZE) params.set('pageSize', String(drill.pageSize));
  return params;
}

export interface DrillTarget {
  groupBy: StatsGroupBy;
  key?: string;
  metric?: string;
}

/** Where a click on a figure leads: the entries behind it, on page 1. */
export function drillHref(view: StatsView, target: DrillTarget): string {
  const drill: StatsDrill = { ...view, groupBy: target.groupBy, key: target.key, metric: target.metric, page: 1, pageSize: DRILL_PAGE_SIZE };
  return `/stats/entries?${writeStatsDrill(drill).toString()}`;
}

/** The dashboard showing `view`, for the way back from a drill-down. */
export function dashboardHref(view: StatsView, fallback: DateRange): string {
  const search = writeStatsView(view, fallback).toString();
  return search ? `/stats?${search}` : '/stats';
}

/** What the stats endpoint is asked for a view split by `groupBy`. */
export function toStatsQuery(view: StatsView, groupBy: StatsGroupBy): StatsQuery {
  return { org: view.org, from: view.from, to: view.to, groupBy, status: view.status, ...(view.types?.length && { types: view.types }) };
}

export function toEntriesQuery(drill: StatsDrill): StatsEntriesQuery {
  return { ...toStatsQuery(drill, drill.groupBy), key: drill.key, page: drill.page, pageSize: drill.pageSize };
}
