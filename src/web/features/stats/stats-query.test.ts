import { describe, expect, it } from 'vitest';
import { dashboardHref, drillHref, readStatsDrill, readStatsView, toEntriesQuery, toStatsQuery, writeStatsDrill, writeStatsView } from './stats-query.js';

const THIS_YEAR = { from: '2026-01-01', to: '2026-12-31' };

describe('readStatsView', () => {
  it('reads unit, period and status from the query string', () => {
    expect(readStatsView(new URLSearchParams('org=7&from=2025-01-01&to=2025-06-30&status=all'), THIS_YEAR)).toEqual({
      org: 7,
      from: '2025-01-01',
      to: '2025-06-30',
      status: 'all',
    });
  });

  it('falls back to the default period and approved entries when the link is empty or hand-edited', () => {
    expect(readStatsView(new URLSearchParams(''), THIS_YEAR)).toEqual({ org: undefined, ...THIS_YEAR, status: 'approved' });
    const broken = readStatsView(new URLSearchParams('org=-3&from=2025-13&to=2025-06-30&status=draft'), THIS_YEAR);
    expect(broken).toEqual({ org: undefined, ...THIS_YEAR, status: 'approved' });
  });

  it('does not accept a period that ends before it starts', () => {
    expect(readStatsView(new URLSearchParams('from=2025-07-01&to=2025-06-30'), THIS_YEAR)).toMatchObject(THIS_YEAR);
  });
});

describe('writeStatsView', () => {
  it('leaves the defaults out, so the plain dashboard link stays /stats', () => {
    expect(writeStatsView({ org: undefined, ...THIS_YEAR, status: 'approved' }, THIS_YEAR).toString()).toBe('');
    expect(dashboardHref({ org: undefined, ...THIS_YEAR, status: 'approved' }, THIS_YEAR)).toBe('/stats');
  });

  it('round-trips a view that differs from the defaults', () => {
    const query = 'org=12&from=2025-01-01&to=2025-12-31&status=all';
    expect(writeStatsView(readStatsView(new URLSearchParams(query), THIS_YEAR), THIS_YEAR).toString()).toBe(query);
  });
});

describe('drill-down links', () => {
  const view = { org: 3, from: '2025-01-01', to: '2025-12-31', status: 'approved' as const };

  it('carries the same question plus the grouping and the clicked key', () => {
    const href = drillHref(view, { groupBy: 'child', key: '15' });
    expect(href).toBe('/stats/entries?org=3&from=2025-01-01&to=2025-12-31&groupBy=child&key=15');
    const drill = readStatsDrill(new URLSearchParams(href.split('?')[1]), THIS_YEAR);
    expect(drill).toEqual({ ...view, groupBy: 'child', key: '15', metric: undefined, page: 1, pageSize: 20 });
  });

  it('spells out the period even when it is the default one', () => {
    expect(drillHref({ ...view, org: undefined, ...THIS_YEAR }, { groupBy: 'none', metric: 'attendance' })).toBe(
      '/stats/entries?from=2026-01-01&to=2026-12-31&metric=attendance',
    );
  });

  it('reads the keys the server hands out and drops anything else', () => {
    for (const key of ['own', '2026-05', '2026Q2', '2026', '42']) {
      expect(readStatsDrill(new URLSearchParams(`groupBy=month&key=${key}`), THIS_YEAR).key).toBe(key);
    }
    expect(readStatsDrill(new URLSearchParams('groupBy=child&key=<script>'), THIS_YEAR).key).toBeUndefined();
    // A key means nothing without its grouping.
    expect(readStatsDrill(new URLSearchParams('key=15'), THIS_YEAR).key).toBeUndefined();
    expect(readStatsDrill(new URLSearchParams('groupBy=weekday&key=1'), THIS_YEAR).groupBy).toBe('none');
  });

  it('keeps paging in the link and leaves page 1 and the default size out', () => {
    const drill = readStatsDrill(new URLSearchParams('groupBy=category&key=4&page=3&pageSize=50&status=all'), THIS_YEAR);
    expect(drill).toMatchObject({ page: 3, pageSize: 50, status: 'all' });
    expect(writeStatsDrill({ ...drill, page: 1, pageSize: 20 }).toString()).toBe('from=2026-01-01&to=2026-12-31&status=all&groupBy=category&key=4');
    expect(readStatsDrill(new URLSearchParams('page=0&pageSize=500'), THIS_YEAR)).toMatchObject({ page: 1, pageSize: 20 });
  });
});

describe('API queries', () => {
  it("asks the stats endpoint the view's question split by a grouping", () => {
    expect(toStatsQuery({ org: undefined, ...THIS_YEAR, status: 'all' }, 'month')).toEqual({ org: undefined, ...THIS_YEAR, groupBy: 'month', status: 'all' });
  });

  it("asks for the drill-down's page of the clicked group", () => {
    const drill = readStatsDrill(new URLSearchParams('org=3&groupBy=child&key=own&page=2'), THIS_YEAR);
    expect(toEntriesQuery(drill)).toEqual({ org: 3, ...THIS_YEAR, groupBy: 'child', status: 'approved', key: 'own', page: 2, pageSize: 20 });
  });
});

describe('activity types in a drill-down link', () => {
  const fallback = { from: '2026-01-01', to: '2026-12-31' };
  it('carries the types of a report figure into the question, so the list total matches the figure', () => {
    const drill = readStatsDrill(new URLSearchParams('org=3&from=2025-01-01&to=2025-12-31&types=2,5'), fallback);
    expect(drill.types).toEqual([2, 5]);
    expect(toEntriesQuery(drill)).toMatchObject({ org: 3, types: [2, 5] });
    expect(writeStatsDrill(drill).get('types')).toBe('2,5');
  });

  it('ignores a malformed types parameter instead of sending it', () => {
    const drill = readStatsDrill(new URLSearchParams('types=2,abc'), fallback);
    expect(drill.types).toBeUndefined();
    expect(toEntriesQuery(drill).types).toBeUndefined();
  });
});
