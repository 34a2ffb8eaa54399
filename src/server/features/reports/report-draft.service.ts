import type { Catalogue } from '../../../contracts/catalogue.contract.js';
import type { ReportBody } from '../../../contracts/report.contract.js';
import type { StatsQuery, StatsResult } from '../../../contracts/stats.contract.js';
import type { Target, TargetProgress } from '../../../contracts/target.contract.js';
import type { Actor } from '../../../domain/access.js';
import { InvalidError } from '../../../domain/errors.js';
import { idsOfPath } from '../../../domain/org-path.js';
import { shiftYear } from '../../../domain/period.js';
import { composeDraft, type CategoryFact, type DraftFacts, type PlannedTarget, type TargetFact } from '../../../domain/report-draft/index.js';
import type { CatalogueService } from '../catalogue/catalogue.service.js';
import type { OrgRecord, OrgStore } from '../orgs/org.types.js';
import { resolveOrg } from '../stats/stats-question.service.js';
import type { StatsService } from '../stats/stats.service.js';
import type { TargetProgressService } from '../targets/target-progress.service.js';
import type { TargetService } from '../targets/target.service.js';
import type { DraftRequest, ReportDrafter } from './report.types.js';

export interface ReportDraftDeps {
  stats: Pick<StatsService, 'query' | 'coverage'>;
  targets: Pick<TargetService, 'list'>;
  targetProgress: Pick<TargetProgressService, 'progress'>;
  catalogue: Pick<CatalogueService, 'getCatalogue'>;
  orgs: OrgStore;
}

/** Children named as lagging behind their targets, lowest completion first. */
const MAX_LAGGING = 3;

/**
 * Drafts a summary report for a unit and period: reads the statistics once per question the
 * draft needs (totals by type, tag, child and month, the same period a year before, coverage,
 * targets), then writes it with the pure composer in domain/report-draft. Every figure keeps the
 * question it was read with, so it can be refreshed and traced to its entries.
 */
export class ReportDraftService implements ReportDrafter {
  constructor(
    private readonly deps: ReportDraftDeps,
    /** The current time (ISO); tests fix it so drafts compare equal. */
    private readonly clock: () => string = () => new Date().toISOString(),
  ) {}

  async draft(actor: Actor, request: DraftRequest): Promise<{ title: string; body: ReportBody }> {
    return composeDraft(await this.facts(actor, request));
  }

  /** Everything the composer needs, read within the actor's scope (404 for a unit outside it). */
  async facts(actor: Actor, request: DraftRequest): Promise<DraftFacts> {
    const org = await resolveOrg(actor, this.deps.orgs, request.orgId);
    const { from, to, status } = request;
    if (from > to) throw new InvalidError('REPORT_PERIOD_INVALID', '开始日期不能晚于结束日期', [{ pointer: '/body/to', message: '开始日期不能晚于结束日期' }]);
    const now = this.clock();
    const today = now.slice(0, 10);
    const reportDate = to < today ? to : today;
    const year = Number(to.slice(0, 4));
    const { stats } = this.deps;
    const base = { org: org.id, from, to, status };
    const ask = (q: Partial<StatsQuery> & Pick<StatsQuery, 'groupBy'>) => stats.query(actor, { ...base, ...q });
    const [catalogue, byType, lastYear, byTag, byChild, byMonth, coverage, subtree, orgKinds, progress, next] = await Promise.all([
      this.deps.catalogue.getCatalogue(actor, true),
      ask({ groupBy: 'type' }),
      ask({ groupBy: 'type', indicators: [], from: shiftYear(from, -1), to: shiftYear(to, -1) }),
      ask({ groupBy: 'tag', indicators: [] }),
      ask({ groupBy: 'child', indicators: [] }),
      ask({ groupBy: 'month', indicators: [] }),
      stats.coverage(actor, base),
      this.deps.orgs.listSubtree(org.path, { includeInactive: false }),
      this.deps.orgs.listKinds(),
      this.deps.targetProgress.progress(actor, { org: org.id, year, asOf: reportDate }),
      this.deps.targets.list(actor, { org: org.id, year: year + 1 }),
    ]);
    const kindOf = new Map(subtree.map((u) => [u.id, u.kind]));
    const unitsByKind = new Map<string, number>();
    for (const u of subtree) unitsByKind.set(u.kind, (unitsByKind.get(u.kind) ?? 0) + 1);
    return {
      org: { id: org.id, name: org.name, kind: org.kind },
      kind: request.kind,
      from,
      to,
      status,
      reportDate,
      now,
      orgKinds: orgKinds.map((k) => ({ code: k.code, name: k.name, isArea: k.isArea })),
      indicators: catalogue.indicators.map((i) => ({ code: i.code, name: i.name, unit: i.unit, money: i.valueKind === 'money' })),
      categories: categoriesOf(catalogue, byType, lastYear),
      totals: byType.totals,
      tags: byTag.groups.flatMap((g) => {
        const tag = catalogue.tags.find((t) => String(t.id) === g.key);
        return tag ? [{ id: tag.id, kind: tag.kind, name: tag.name, entries: g.totals.entries ?? 0 }] : [];
      }),
      children: byChild.groups
        .filter((g) => /^\d+$/.test(g.key))
        .map((g) => ({ id: Number(g.key), name: g.label, kind: kindOf.get(Number(g.key)) ?? '', entries: g.totals.entries ?? 0 })),
      months: byMonth.groups.map((g) => ({ key: g.key, entries: g.totals.entries ?? 0 })),
      coverage: {
        units: coverage.units,
        reporting: coverage.reporting,
        gaps: coverage.gaps.map((g) => ({ name: g.name, pathName: g.pathName, kind: g.kind })),
      },
      unitsByKind: [...unitsByKind].map(([kind, count]) => ({ kind, count })),
      campaigns: await this.campaigns(actor, org, catalogue, base),
      targets: { year, asOf: progress.asOf, items: progress.items.map((i) => targetFact(i, catalogue)), lagging: laggingOf(progress) },
      nextTargets: { year: year + 1, items: next.items.map((t) => plannedTarget(t, catalogue, org.id)) },
    };
  }

  /** Campaign periods of the unit or above it that overlap the period, clipped to it, with their entries. */
  private async campaigns(actor: Actor, org: OrgRecord, catalogue: Catalogue, base: { org: number; from: string; to: string; status: DraftRequest['status'] }) {
    const lineage = new Set(idsOfPath(org.path));
    const seen = new Set<string>();
    const out: DraftFacts['campaigns'] = [];
    for (const c of catalogue.campaigns) {
      const from = c.startDate > base.from ? c.startDate : base.from;
      const to = c.endDate < base.to ? c.endDate : base.to;
      const key = `${c.name}|${from}|${to}`;
      if (!c.active || !lineage.has(c.orgId) || from > to || seen.has(key)) continue;
      seen.add(key);
      const r = await this.deps.stats.query(actor, { ...base, from, to, indicators: [], groupBy: 'none' });
      out.push({ name: c.name, from, to, entries: r.totals.entries ?? 0 });
    }
    return out;
  }
}

/** Categories (active ones, and any with entries) with their types' totals this period and last year's entries. */
function categoriesOf(catalogue: Catalogue, byType: StatsResult, lastYear: StatsResult): CategoryFact[] {
  const current = new Map(byType.groups.map((g) => [Number(g.key), g.totals]));
  const before = new Map(lastYear.groups.map((g) => [Number(g.key), g.totals.entries ?? 0]));
  return catalogue.types
    .filter((t) => t.parentId === null)
    .map((cat) => {
      // Entries sit on types; one recorded on the category itself still counts in it.
      const members = catalogue.types.filter((t) => t.id === cat.id || t.parentId === cat.id);
      const types = members
        .filter((t) => current.has(t.id))
        .map((t) => ({ id: t.id, code: t.code, name: t.name, totals: current.get(t.id)!, lastYearEntries: before.get(t.id) ?? 0 }));
      return { id: cat.id, code: cat.code, name: cat.name, active: cat.active, entries: types.reduce((sum, t) => sum + (t.totals.entries ?? 0), 0), types };
    })
    .filter((cat) => cat.active || cat.entries > 0)
    .map(({ active: _active, ...cat }) => cat);
}

function isMoney(catalogue: Catalogue, code: string | null): boolean {
  return code !== null && catalogue.indicators.some((i) => i.code === code && i.valueKind === 'money');
}

function targetFact(item: TargetProgress['items'][number], catalogue: Catalogue): TargetFact {
  const t = item.target;
  return {
    metricLabel: t.metricLabel,
    indicatorCode: t.indicatorCode,
    typeId: t.typeId,
    typeName: t.typeName,
    unit: t.unit,
    money: isMoney(catalogue, t.indicatorCode),
    period: t.period,
    goal: item.goal,
    actual: item.actual,
    state: item.state,
    missedPeriods: item.periods.filter((p) => p.state === 'missed').map((p) => p.label),
  };
}

function laggingOf(progress: TargetProgress): string[] {
  return progress.ranking
    .filter((r) => r.behind > 0)
    .sort((a, b) => a.percent - b.percent || a.name.localeCompare(b.name, 'zh-CN'))
    .slice(0, MAX_LAGGING)
    .map((r) => r.name);
}

function plannedTarget(t: Target, catalogue: Catalogue, orgId: number): PlannedTarget {
  const type = t.typeId === null ? undefined : catalogue.types.find((x) => x.id === t.typeId);
  const category = type && (type.parentId === null ? type : catalogue.types.find((x) => x.id === type.parentId));
  return {
    indicatorCode: t.indicatorCode,
    indicatorName: catalogue.indicators.find((i) => i.code === t.indicatorCode)?.name ?? null,
    typeName: t.typeName,
    categoryCode: category?.code ?? null,
    unit: t.unit,
    money: isMoney(catalogue, t.indicatorCode),
    period: t.period,
    amount: t.amount,
    appliesTo: t.appliesTo,
    childKind: t.childKind,
    fromAbove: t.orgId !== orgId,
  };
}
