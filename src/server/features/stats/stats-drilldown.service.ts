import { OWN_GROUP_KEY, type StatsGroupBy } from '../../../contracts/stats.contract.js';
import { InvalidError } from '../../../domain/errors.js';
import { bucketRange, bucketsBetween, type Granularity } from '../../../domain/period.js';
import type { Question, QuestionStores } from './stats-question.service.js';
import { statsMessages as m } from './stats.messages.js';

/** The ledger filter behind a figure: a subtree (or one unit's own entries), a date range, types and tags. */
export interface EntryFilter {
  path: string;
  orgId?: number;
  from: string;
  to: string;
  typeIds?: number[];
  tagIds?: number[];
}

/** Narrows the question's filter to one group of its answer; throws when the key names no group of it. */
type Narrower = (key: string, question: Question, filter: EntryFilter, stores: QuestionStores) => Promise<EntryFilter>;

const badKey = () => new InvalidError('STATS_KEY_INVALID', m.keyInvalid, [{ pointer: '/query/key', message: m.keyInvalid }]);
const isId = (key: string) => /^\d+$/.test(key);

function byBucket(granularity: Granularity): Narrower {
  return async (key, question, filter) => {
    if (!bucketsBetween(question.from, question.to, granularity).includes(key)) throw badKey();
    const range = bucketRange(key);
    return { ...filter, from: range.from > filter.from ? range.from : filter.from, to: range.to < filter.to ? range.to : filter.to };
  };
}

/** A category by category, a type under one by type: the key must name a group of the result. */
function byType(category: boolean): Narrower {
  return async (key, question, filter) => {
    const types = question.catalogue.types;
    const id = Number(key);
    const type = isId(key) ? types.find((t) => t.id === id && (t.parentId === null) === category) : undefined;
    if (!type) throw badKey();
    const ids = category ? [id, ...types.filter((t) => t.parentId === id).map((t) => t.id)] : [id];
    return { ...filter, typeIds: filter.typeIds ? filter.typeIds.filter((t) => ids.includes(t)) : ids };
  };
}

/** One narrowing per grouping of GET /api/stats, so the entries behind a group are exactly what it counted. */
export const NARROWERS: Record<StatsGroupBy, Narrower> = {
  none: async () => {
    throw new InvalidError('STATS_KEY_INVALID', m.keyWithoutGroup, [{ pointer: '/query/key', message: m.keyWithoutGroup }]);
  },
  child: async (key, question, filter, stores) => {
    if (key === OWN_GROUP_KEY) return { ...filter, orgId: question.org.id };
    const child = isId(key) ? await stores.orgs.findById(Number(key)) : undefined;
    if (!child || child.parentId !== question.org.id) throw badKey();
    return { ...filter, path: child.path };
  },
  month: byBucket('month'),
  quarter: byBucket('quarter'),
  year: byBucket('year'),
  category: byType(true),
  type: byType(false),
  // With tagKind, tags of other kinds are no group of the result.
  tag: async (key, question, filter) => {
    const id = Number(key);
    if (!isId(key) || !question.catalogue.tags.some((t) => t.id === id && (!question.tagKind || t.kind === question.tagKind))) throw badKey();
    return { ...filter, tagIds: [id] };
  },
};
