import type { StatsGroupBy, StatsQuery, StatsStatus } from '../../../contracts/stats.contract.js';
import { canSeeCampaign, type Actor } from '../../../domain/access.js';
import type { FieldError } from '../../../contracts/problem.contract.js';
import { InvalidError, NotFoundError } from '../../../domain/errors.js';
import { parsePeriod } from '../../../domain/period.js';
import { requireOrgInScope } from '../orgs/org.service.js';
import type { OrgRecord, OrgStore } from '../orgs/org.types.js';
import { statsMessages as m } from './stats.messages.js';
import type { StatsIndicatorRecord, StatsStore, StatsTagRecord, StatsTypeRecord } from './stats.types.js';

/** A statistics question resolved against the caller's scope and the catalogue. */
export interface Question {
  org: OrgRecord;
  from: string;
  to: string;
  status: StatsStatus;
  groupBy: StatsGroupBy;
  indicators: StatsIndicatorRecord[];
  /** Leaf type ids to count (categories expanded); undefined = every type. */
  typeIds?: number[];
  tagKind?: string;
  catalogue: { types: StatsTypeRecord[]; tags: StatsTagRecord[] };
}

export interface QuestionStores {
  stats: StatsStore;
  orgs: OrgStore;
}

const invalid = (pointer: string, message: string, code = 'STATS_QUERY_INVALID') => new InvalidError(code, message, [{ pointer, message }]);

/** The unit asked about: in the caller's subtree, or 404 as for anything outside it. */
export async function resolveOrg(actor: Actor, orgs: OrgStore, orgId: number | undefined): Promise<OrgRecord> {
  const id = orgId ?? (actor.orgId > 0 ? actor.orgId : undefined);
  const org = id !== undefined ? await orgs.findById(id) : await orgs.findRoot();
  return requireOrgInScope(actor, org, { message: m.orgNotFound, pointer: '/query/org' });
}

/** from/to, or a period name, or a campaign the caller can see (its unit is above, at or below theirs). */
export async function resolvePeriod(actor: Actor, stats: StatsStore, q: Pick<StatsQuery, 'from' | 'to' | 'period'>): Promise<{ from: string; to: string }> {
  if (q.period !== undefined && (q.from !== undefined || q.to !== undefined)) throw invalid('/query/period', m.periodBoth);
  let range: { from: string; to: string };
  if (q.period !== undefined) {
    const parsed = parsePeriod(q.period);
    if (!parsed) throw invalid('/query/period', m.periodInvalid);
    if ('campaignId' in parsed) {
      const c = await stats.findCampaign(parsed.campaignId);
      if (!c || !canSeeCampaign(actor, c.orgPath))
        throw new NotFoundError('CAMPAIGN_NOT_FOUND', m.campaignNotFound, [{ pointer: '/query/period', message: m.campaignNotFound }]);
      range = { from: c.startDate, to: c.endDate };
    } else range = parsed;
  } else {
    if (q.from === undefined || q.to === undefined) throw invalid(q.from === undefined ? '/query/from' : '/query/to', m.periodMissing);
    range = { from: q.from, to: q.to };
  }
  if (range.from > range.to) throw invalid('/query/to', m.fromAfterTo);
  return range;
}

/** Resolves every part of a question; every bad part is reported at once, each as a field error. */
export async function resolveQuestion(actor: Actor, s: QuestionStores, q: StatsQuery): Promise<Question> {
  const org = await resolveOrg(actor, s.orgs, q.org);
  const errors: FieldError[] = [];
  const period = await resolvePeriod(actor, s.stats, q).catch((e: unknown) => {
    if (!(e instanceof InvalidError)) throw e;
    errors.push(...e.fieldErrors);
    return undefined;
  });
  const [allIndicators, types, tags] = await Promise.all([s.stats.listIndicators(), s.stats.listTypes(), s.stats.listTags()]);
  let indicators = allIndicators.filter((i) => i.active);
  if (q.indicators) {
    const unknown = q.indicators.filter((code) => !allIndicators.some((i) => i.code === code));
    if (unknown.length > 0) errors.push({ pointer: '/query/indicators', message: m.unknownIndicator(unknown) });
    indicators = q.indicators.flatMap((code) => allIndicators.filter((i) => i.code === code));
  }
  let typeIds: number[] | undefined;
  if (q.types) {
    const unknown = q.types.filter((id) => !types.some((t) => t.id === id));
    if (unknown.length > 0) errors.push({ pointer: '/query/types', message: m.unknownType(unknown) });
    typeIds = [...new Set(q.types.flatMap((id) => [id, ...types.filter((t) => t.parentId === id).map((t) => t.id)]))];
    if (q.groupBy === 'tag') errors.push({ pointer: '/query/types', message: m.tagWithTypes });
  }
  if (errors.length > 0 || !period) throw new InvalidError('STATS_QUERY_INVALID', errors[0]?.message ?? m.periodMissing, errors);
  const { from, to } = period;
  return {
    org,
    from,
    to,
    status: q.status,
    groupBy: q.groupBy,
    indicators,
    ...(typeIds && { typeIds }),
    ...(q.tagKind && { tagKind: q.tagKind }),
    catalogue: { types, tags },
  };
}
