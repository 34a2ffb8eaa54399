import {
  ACTIVITY_SORTS,
  ACTIVITY_STATUSES,
  SEARCH_TERM_MIN,
  searchTerms,
  searchTermsComplete,
  type ActivityStatus,
} from '../../../contracts/ledger.contract.js';
import type { ActivityListParams, ActivitySort } from '../../api/ledger.api.js';

/** The ledger list's filters. They live in the URL, so a filtered view can be shared and reloaded. */
export interface LedgerFilters {
  /** Undefined: the user's own unit and everything under it. */
  orgId: number | undefined;
  /** A type, or a category meaning all its types. */
  typeId: number | undefined;
  from: string | undefined;
  to: string | undefined;
  status: ActivityStatus[];
  tagIds: number[];
  hasEvidence: boolean;
  q: string;
  /** Admins: the recycle bin instead of live entries. */
  deleted: boolean;
  sort: ActivitySort;
  page: number;
  pageSize: number;
}

export const DEFAULT_PAGE_SIZE = 20;
export const PAGE_SIZES = [10, 20, 50, 100] as const;
/** The server searches only with terms of two or more characters; shorter input is not sent. */
export const SEARCH_MIN = SEARCH_TERM_MIN;

const DEFAULT_SORT: ActivitySort = '-date';
const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;

const positiveInt = (raw: string | null): number | undefined => {
  const n = Number(raw);
  return raw !== null && Number.isInteger(n) && n > 0 ? n : undefined;
};
const isoDate = (raw: string | null): string | undefined => (raw !== null && ISO_DATE.test(raw) ? raw : undefined);
const list = (raw: string | null): string[] => (raw ? raw.split(',').filter(Boolean) : []);
const isStatus = (s: string): s is ActivityStatus => (ACTIVITY_STATUSES as readonly string[]).includes(s);
const isSort = (s: string | null): s is ActivitySort => s !== null && (ACTIVITY_SORTS as readonly string[]).includes(s);

/** Reads filters from the query string; anything malformed is ignored, not an error, as links get hand-edited. */
export function readLedgerFilters(params: URLSearchParams): LedgerFilters {
  const sort = params.get('sort');
  const pageSize = positiveInt(params.get('pageSize'));
  return {
    orgId: positiveInt(params.get('orgId')),
    typeId: positiveInt(params.get('typeId')),
    from: isoDate(params.get('from')),
    to: isoDate(params.get('to')),
    status: [...new Set(list(params.get('status')).filter(isStatus))],
    tagIds: [
      ...new Set(
        list(params.get('tagIds'))
          .map((s) => positiveInt(s))
          .filter((n): n is number => n !== undefined),
      ),
    ],
    hasEvidence: params.get('hasEvidence') === 'true',
    q: (params.get('q') ?? '').trim(),
    deleted: params.get('deleted') === 'true',
    sort: isSort(sort) ? sort : DEFAULT_SORT,
    page: positiveInt(params.get('page')) ?? 1,
    pageSize: pageSize !== undefined && pageSize <= 200 ? pageSize : DEFAULT_PAGE_SIZE,
  };
}

/** The query string for a set of filters, leaving out defaults so links stay short. */
export function writeLedgerFilters(f: LedgerFilters): URLSearchParams {
  const params = new URLSearchParams();
  const set = (key: string, value: string | number | undefined, skip?: string | number) => {
    if (value !== undefined && value !== '' && value !== skip) params.set(key, String(value));
  };
  set('orgId', f.orgId);
  set('typeId', f.typeId);
  set('from', f.from);
  set('to', f.to);
  set('status', f.status.join(','));
  set('tagIds', f.tagIds.join(','));
  set('hasEvidence', f.hasEvidence ? 'true' : undefined);
  set('q', f.q);
  set('deleted', f.deleted ? 'true' : undefined);
  set('sort', f.sort, DEFAULT_SORT);
  set('page', f.page, 1);
  set('pageSize', f.pageSize, DEFAULT_PAGE_SIZE);
  return params;
}

/**
 * A search typed but not searchable: a term shorter than the server accepts. The list then shows
 * nothing rather than the previous word's results (or everything) under the new word.
 */
export function searchIncomplete(f: LedgerFilters): boolean {
  return f.q !== '' && !searchTermsComplete(searchTerms(f.q));
}

/** What the list request asks for; a search shorter than the server accepts is left out. */
export function toListParams(f: LedgerFilters): ActivityListParams {
  return {
    orgId: f.orgId,
    typeId: f.typeId,
    from: f.from,
    to: f.to,
    status: f.status,
    tagIds: f.tagIds,
    hasEvidence: f.hasEvidence,
    q: f.q !== '' && !searchIncomplete(f) ? f.q : undefined,
    deleted: f.deleted,
    sort: f.sort,
    page: f.page,
    pageSize: f.pageSize,
  };
}

/** Whether any filter narrows the list, to offer 清除筛选. */
export function hasActiveFilters(f: LedgerFilters): boolean {
  return (
    f.orgId !== undefined ||
    f.typeId !== undefined ||
    f.from !== undefined ||
    f.to !== undefined ||
    f.status.length > 0 ||
    f.tagIds.length > 0 ||
    f.hasEvidence ||
    f.q !== ''
  );
}
