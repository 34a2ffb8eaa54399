import { IsoDateSchema } from '../../../contracts/common.contract.js';
import type { TargetProgress, TargetProgressItem, TargetProgressQuery } from '../../../contracts/target.contract.js';
import type { Actor } from '../../../domain/access.js';
import { InvalidError } from '../../../domain/errors.js';
import { toDisplayValue } from '../../../domain/measures.js';
import { idsOfPath, isInSubtree } from '../../../domain/org-path.js';
import { judgeTarget, type TargetJudgement } from '../../../domain/target-progress.js';
import type { OrgRecord, OrgStore } from '../orgs/org.types.js';
import { resolveOrg } from '../stats/stats-question.service.js';
import type { StatsStore } from '../stats/stats.types.js';
import { targetMessages as m } from './target.messages.js';
import { toTarget } from './target.service.js';
import type { TargetRecord, TargetStore } from './target.types.js';

export interface TargetProgressStores {
  targets: TargetStore;
  orgs: OrgStore;
  stats: StatsStore;
}

const ANC_CHUNK = 500;

/** Whether target `t` is judged on unit `u`: its own unit for `self`, each descendant (of the kind) for `descendants`. */
function appliesTo(t: TargetRecord, u: Pick<OrgRecord, 'id' | 'path' | 'kind'>): boolean {
  if (t.appliesTo === 'self') return t.orgId === u.id;
  return u.id !== t.orgId && isInSubtree(u.path, t.orgPath) && (t.childKind === null || t.childKind === u.kind);
}

/**
 * Target progress (目标进度): each target judged per period from approved entries in the roll-up
 * store, and the unit's children ranked by how complete the targets judged inside them are.
 */
export class TargetProgressService {
  constructor(private readonly stores: TargetProgressStores) {}

  async progress(actor: Actor, q: TargetProgressQuery): Promise<TargetProgress> {
    // The contract checks only the shape; 2026-02-30 would otherwise fail deep in the period maths.
    if (q.asOf !== undefined && !IsoDateSchema.safeParse(q.asOf).success)
      throw new InvalidError('TARGET_AS_OF_INVALID', m.asOfInvalid, [{ pointer: '/query/asOf', message: m.asOfInvalid }]);
    const org = await resolveOrg(actor, this.stores.orgs, q.org);
    const today = new Date().toISOString().slice(0, 10);
    const asOf = q.asOf ?? (today < `${q.year}-12-31` ? today : `${q.year}-12-31`);
    const [above, inside, subtree, types] = await Promise.all([
      this.stores.targets.listForUnits(
        idsOfPath(org.path).filter((id) => id !== org.id),
        q.year,
        false,
      ),
      this.stores.targets.listInSubtree(org.path, q.year),
      this.stores.orgs.listSubtree(org.path, { includeInactive: false }),
      this.stores.stats.listTypes(),
    ]);
    const targets = [...above, ...inside];
    const units = subtree.filter((u) => u.id !== org.id);
    const children = units.filter((u) => u.parentId === org.id);

    // Every (target, unit) pair to judge: the unit itself, and every descendant for the ranking.
    const pairs = targets.map((t) => ({ t, units: [org, ...units].filter((u) => appliesTo(t, u)) })).filter((p) => p.units.length > 0);
    const judged = new Map<string, TargetJudgement>();
    for (const { t, units: judgedUnits } of pairs) {
      const monthly = await this.monthlyActuals(
        t,
        judgedUnits.map((u) => u.id),
        q.year,
        asOf,
        types,
      );
      for (const u of judgedUnits) judged.set(`${t.id}|${u.id}`, judgeTarget(q.year, t.period, t.amount, monthly.get(u.id) ?? new Map(), asOf));
    }

    const items: TargetProgressItem[] = pairs
      .filter((p) => p.units.some((u) => u.id === org.id))
      .map(({ t }) => {
        const j = judged.get(`${t.id}|${org.id}`)!;
        const shown = (stored: number) => toDisplayValue(stored, t.indicator?.scale ?? 0);
        return {
          target: toTarget(t),
          org: { id: org.id, name: org.name },
          goal: shown(j.goal),
          actual: shown(j.actual),
          percent: j.percent,
          state: j.state,
          periods: j.periods.map((p) => ({ ...p, goal: shown(p.goal), actual: shown(p.actual), expected: Math.round(shown(p.expected) * 100) / 100 })),
        };
      });

    const unitById = new Map(units.map((u) => [u.id, u]));
    const judgedBelow = [...judged.entries()].flatMap(([key, j]) => {
      const unit = unitById.get(Number(key.split('|')[1]));
      return unit ? [{ path: unit.path, j }] : [];
    });
    const ranking = children
      .map((c) => {
        const inChild = judgedBelow.filter((x) => isInSubtree(x.path, c.path)).map((x) => ['', x.j] as const);
        const percents = inChild.map(([, j]) => j.cappedPercent);
        return {
          orgId: c.id,
          name: c.name,
          percent: percents.length > 0 ? Math.round((percents.reduce((a, b) => a + b, 0) / percents.length) * 10) / 10 : 0,
          targets: inChild.length,
          behind: inChild.filter(([, j]) => j.state === 'behind' || j.state === 'missed').length,
        };
      })
      .filter((r) => r.targets > 0)
      .sort((a, b) => b.percent - a.percent || a.name.localeCompare(b.name, 'zh-CN'));

    return { org: { id: org.id, name: org.name }, year: q.year, asOf, items, ranking };
  }

  /**
   * Approved figures of the target's measure per unit (its subtree) and month, from the start of
   * the year through `asOf`: progress on a day counts only what had started by then.
   */
  private async monthlyActuals(t: TargetRecord, unitIds: number[], year: number, asOf: string, types: Array<{ id: number; parentId: number | null }>) {
    const typeIds = t.type ? [t.type.id, ...types.filter((x) => x.parentId === t.type!.id).map((x) => x.id)] : undefined;
    const slot = t.indicator?.slot;
    const result = new Map<number, Map<number, number>>();
    // An indicator gets its roll-up column on its first recorded value: without one nothing was recorded
    // (reading no column would count entries instead).
    if (t.indicator && !slot) return result;
    const yearEnd = `${year}-12-31`;
    for (let i = 0; i < unitIds.length; i += ANC_CHUNK) {
      const rows = await this.stores.stats.readRollup({
        ancIds: unitIds.slice(i, i + ANC_CHUNK),
        approvedOnly: true,
        from: `${year}-01-01`,
        // Before the year starts, from > to and nothing is read.
        to: asOf < yearEnd ? asOf : yearEnd,
        dimension: 'type',
        ...(typeIds && { dimIds: typeIds }),
        slots: slot ? [slot] : [],
        groupByAnc: true,
        groupByMonth: true,
        groupByDim: false,
      });
      for (const r of rows) {
        const months = result.get(r.anc!) ?? new Map<number, number>();
        months.set(r.month!, (months.get(r.month!) ?? 0) + (slot ? (r.sums.get(slot) ?? 0) : r.n));
        result.set(r.anc!, months);
      }
    }
    return result;
  }
}
