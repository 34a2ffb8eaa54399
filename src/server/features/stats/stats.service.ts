import type { ActivityPage } from '../../../contracts/ledger.contract.js';
import {
  type CoverageQuery,
  type CoverageResult,
  type StatsEntriesQuery,
  type StatsQuery,
  type StatsResult,
  type TreeChange,
} from '../../../contracts/stats.contract.js';
import type { Actor } from '../../../domain/access.js';
import { idsOfPath, isInSubtree } from '../../../domain/org-path.js';
import type { ActivityService } from '../ledger/activity.service.js';
import type { OrgRecord } from '../orgs/org.types.js';
import { NARROWERS, type EntryFilter } from './stats-drilldown.service.js';
import { GROUPINGS, totalsOf, type RollupReader } from './stats-grouping.service.js';
import { resolveOrg, resolvePeriod, resolveQuestion, type Question, type QuestionStores } from './stats-question.service.js';
import { statsMessages as m } from './stats.messages.js';
import type { CoverageUnitRecord } from './stats.types.js';

/**
 * Statistics over the roll-up store: totals and groups for any unit's subtree and period, the
 * entries behind any figure, and coverage. Figures follow the org tree as it is today.
 */
export class StatsService {
  constructor(
    private readonly stores: QuestionStores,
    private readonly activities: Pick<ActivityService, 'listResolved'>,
  ) {}

  /** GET /api/stats: totals and groups; groups add up to the totals except by tag. */
  async query(actor: Actor, q: StatsQuery): Promise<StatsResult> {
    return this.answer(await resolveQuestion(actor, this.stores, q));
  }

  /** Answers a resolved question (also used by targets and reports, which resolve their own). */
  async answer(question: Question): Promise<StatsResult> {
    const { org, indicators } = question;
    const slots = indicators.map((i) => i.slot);
    const base = {
      approvedOnly: question.status === 'approved',
      from: question.from,
      to: question.to,
      slots,
      ...(question.typeIds && { dimIds: question.typeIds }),
    };
    const read: RollupReader = (ancIds, group, dimension = 'type', dimIds = base.dimIds) =>
      this.stores.stats.readRollup({
        ...base,
        ancIds,
        dimension,
        ...(dimIds && { dimIds }),
        groupByAnc: !!group.anc,
        groupByMonth: !!group.month,
        groupByDim: !!group.dim,
      });
    const [totalRow] = await read([org.id], {});
    const totals = totalsOf(totalRow, indicators);
    const grouped = await GROUPINGS[question.groupBy]({ question, totalRow, read, stores: this.stores });
    const notes = [...(grouped.notes ?? [])];
    const treeChanges = await this.treeChanges(org, question.from);
    if (treeChanges.length > 0) {
      notes.push(
        m.treeNote +
          treeChanges.map((c) => (c.direction === 'in' ? m.movedIn : m.movedOut)(c.orgName, c.at.slice(0, 10), c.fromParentName, c.toParentName)).join('；'),
      );
    }
    return {
      org: { id: org.id, name: org.name },
      from: question.from,
      to: question.to,
      status: question.status,
      groupBy: question.groupBy,
      indicators: indicators.map((i) => ({ code: i.code, name: i.name, unit: i.unit, valueKind: i.valueKind })),
      totals,
      groups: grouped.groups,
      groupsAddUp: question.groupBy !== 'tag',
      notes,
      treeChanges,
    };
  }

  /** GET /api/stats/entries: the entries behind a figure; `total` equals the figure's entry count. */
  async entries(actor: Actor, q: StatsEntriesQuery): Promise<ActivityPage> {
    const question = await resolveQuestion(actor, this.stores, q);
    const whole: EntryFilter = { path: question.org.path, from: question.from, to: question.to, ...(question.typeIds && { typeIds: question.typeIds }) };
    const { path, orgId, from, to, typeIds, tagIds } = q.key === undefined ? whole : await NARROWERS[question.groupBy](q.key, question, whole, this.stores);
    return this.activities.listResolved(
      {
        path,
        ...(orgId !== undefined && { orgId }),
        startFrom: from,
        startTo: to,
        ...(question.status === 'approved' && { statuses: ['approved'] }),
        ...(typeIds && { typeIds }),
        ...(tagIds && { tagIds }),
        deleted: false,
        sort: '-date',
      },
      q.page ?? 1,
      q.pageSize ?? 20,
    );
  }

  /** GET /api/stats/coverage: which units recorded anything of their own in the period. */
  async coverage(actor: Actor, q: CoverageQuery): Promise<CoverageResult> {
    const org = await resolveOrg(actor, this.stores.orgs, q.org);
    const { from, to } = await resolvePeriod(actor, this.stores.stats, q);
    const depth = idsOfPath(org.path).length;
    const units = inTreeOrder(await this.stores.stats.listCoverage(org.path, from, to, q.status === 'approved'), depth);
    const names = new Map(units.map((u) => [u.id, u.name]));
    const counted = units.filter((u) => q.kind === undefined || u.kind === q.kind);
    const children = await this.stores.orgs.listChildren(org.id, false);
    return {
      org: { id: org.id, name: org.name },
      from,
      to,
      status: q.status,
      units: counted.length,
      reporting: counted.filter((u) => u.reported).length,
      gaps: counted
        .filter((u) => !u.reported)
        .map((u) => ({
          id: u.id,
          name: u.name,
          kind: u.kind,
          pathName:
            idsOfPath(u.path)
              .slice(depth)
              .map((id) => names.get(id) ?? '…')
              .join(' / ') || u.name,
        })),
      byChild: children.map((c) => {
        const inChild = counted.filter((u) => isInSubtree(u.path, c.path));
        return { key: String(c.id), label: c.name, units: inChild.length, reporting: inChild.filter((u) => u.reported).length };
      }),
    };
  }

  /** Moves since the period began that make today's tree differ from the tree the entries were made in. */
  private async treeChanges(org: OrgRecord, from: string): Promise<TreeChange[]> {
    const moves = await this.stores.stats.listMovesSince(from);
    const changes: TreeChange[] = [];
    for (const mv of moves) {
      const wasIn = isInSubtree(mv.beforePath, org.path);
      const isIn = isInSubtree(mv.afterPath, org.path);
      if (wasIn === isIn || mv.orgId === org.id) continue;
      changes.push({
        at: mv.at,
        orgId: mv.orgId,
        orgName: mv.orgName,
        direction: isIn ? 'in' : 'out',
        fromParentName: mv.beforeParentName,
        toParentName: mv.afterParentName,
      });
    }
    return changes;
  }
}

/**
 * Units in the order the org tree shows them: each under its parent, siblings by their sort order
 * (then id). Paths compare ids as text (/1/10/ before /1/2/), which lists gaps in no order a user knows.
 */
function inTreeOrder(units: CoverageUnitRecord[], depth: number): CoverageUnitRecord[] {
  const byId = new Map(units.map((u) => [u.id, u]));
  const keys = new Map(
    units.map((u) => [
      u.id,
      idsOfPath(u.path)
        .slice(depth)
        .map((id) => [byId.get(id)?.sortOrder ?? 0, id] as const),
    ]),
  );
  return [...units].sort((a, b) => {
    const ka = keys.get(a.id)!;
    const kb = keys.get(b.id)!;
    for (let i = 0; i < Math.min(ka.length, kb.length); i++) {
      const d = ka[i]![0] - kb[i]![0] || ka[i]![1] - kb[i]![1];
      if (d !== 0) return d;
    }
    return ka.length - kb.length;
  });
}
