import { describe, expect, it } from 'vitest';
import { DEFAULT_PAGE_SIZE, hasActiveFilters, readLedgerFilters, searchIncomplete, toListParams, writeLedgerFilters } from './ledger-filters.js';

describe('readLedgerFilters', () => {
  it('reads every filter from the query string', () => {
    const f = readLedgerFilters(
      new URLSearchParams(
        'orgId=3&typeId=12&from=2025-01-01&to=2025-03-31&status=draft,returned&tagIds=1,4&hasEvidence=true&q=石榴&deleted=true&sort=date&page=2&pageSize=50',
      ),
    );
    expect(f).toEqual({
      orgId: 3,
      typeId: 12,
      from: '2025-01-01',
      to: '2025-03-31',
      status: ['draft', 'returned'],
      tagIds: [1, 4],
      hasEvidence: true,
      q: '石榴',
      deleted: true,
      sort: 'date',
      page: 2,
      pageSize: 50,
    });
  });

  it('ignores malformed values instead of failing on a hand-edited link', () => {
    const f = readLedgerFilters(new URLSearchParams('orgId=abc&from=2025-1-1&status=draft,bogus&tagIds=2,x,-1&sort=name&page=0&pageSize=9999'));
    expect(f.orgId).toBeUndefined();
    expect(f.from).toBeUndefined();
    expect(f.status).toEqual(['draft']);
    expect(f.tagIds).toEqual([2]);
    expect(f.sort).toBe('-date');
    expect(f.page).toBe(1);
    expect(f.pageSize).toBe(DEFAULT_PAGE_SIZE);
  });
});

describe('writeLedgerFilters', () => {
  it('round-trips and leaves defaults out of the link', () => {
    const empty = readLedgerFilters(new URLSearchParams());
    expect(writeLedgerFilters(empty).toString()).toBe('');
    const query = 'typeId=5&status=submitted&tagIds=1%2C2&page=3';
    const filters = readLedgerFilters(new URLSearchParams(query));
    expect(writeLedgerFilters(filters).toString()).toBe(query);
  });
});

describe('toListParams', () => {
  it('does not send a search shorter than two characters', () => {
    expect(toListParams(readLedgerFilters(new URLSearchParams('q=石'))).q).toBeUndefined();
    expect(toListParams(readLedgerFilters(new URLSearchParams('q=石榴'))).q).toBe('石榴');
  });

  it('sends several terms, unless one of them is too short', () => {
    expect(toListParams(readLedgerFilters(new URLSearchParams({ q: '宣讲 东风村' }))).q).toBe('宣讲 东风村');
    expect(toListParams(readLedgerFilters(new URLSearchParams({ q: '宣讲 村' }))).q).toBeUndefined();
  });
});

describe('searchIncomplete', () => {
  it('tells a search too short to send from no search at all', () => {
    const incomplete = (q: string) => searchIncomplete(readLedgerFilters(new URLSearchParams({ q })));
    expect(incomplete('')).toBe(false);
    expect(incomplete('石')).toBe(true);
    expect(incomplete('宣讲　村')).toBe(true);
    expect(incomplete('宣讲 东风村')).toBe(false);
  });
});

describe('hasActiveFilters', () => {
  it('does not count paging, sorting or the recycle bin as filters', () => {
    expect(hasActiveFilters(readLedgerFilters(new URLSearchParams('page=4&sort=date&deleted=true')))).toBe(false);
    expect(hasActiveFilters(readLedgerFilters(new URLSearchParams('hasEvidence=true')))).toBe(true);
  });
});
