import type { StatsResult, StatsStatus } from '../../../contracts/stats.contract.js';
import { OWN_GROUP_KEY } from '../../../contracts/stats.contract.js';
import type { Actor } from '../../../domain/access.js';
import { chineseDate, chineseMonthDay } from '../../../domain/chinese-date.js';
import type { StatsService } from '../stats/stats.service.js';
import type { TemplateValues } from './template-fill.js';
import type { BasicKey, FieldDef, LoopGroupBy, ScalarValue, TemplateCatalogue, ValueKind } from './template-placeholders.js';

/** The unit and period a template is filled for; the unit already checked to be in the caller's scope. */
export interface ValueRequest {
  org: { id: number; name: string };
  parentName: string;
  from: string;
  to: string;
  status: StatsStatus;
  /** ISO day the document is made (成文日期). */
  today: string;
}

/** 2025年1月1日至12月31日; the year is repeated only when the period spans two. */
export function periodText(from: string, to: string): string {
  const sameYear = from.slice(0, 4) === to.slice(0, 4);
  return `${chineseDate(from)}至${sameYear ? chineseMonthDay(to) : chineseDate(to)}`;
}

const numberOf = (kind: ValueKind, value: number): ScalarValue => (kind === 'text' ? { kind, text: String(value) } : { kind, value });

/**
 * Values of every placeholder for a unit and period, read from the statistics exactly as
 * GET /api/stats and /api/stats/coverage answer them (so a filled figure equals the dashboard's):
 * one question per loop grouping, whose totals are the unit's (and whose groups by type give the
 * type-scoped figures), and one coverage question.
 */
export class TemplateValuesService {
  constructor(private readonly stats: Pick<StatsService, 'query' | 'coverage'>) {}

  async values(actor: Actor, catalogue: TemplateCatalogue, r: ValueRequest): Promise<TemplateValues> {
    const base = { org: r.org.id, from: r.from, to: r.to, status: r.status };
    const ask = (groupBy: LoopGroupBy) => this.stats.query(actor, { ...base, groupBy });
    // Sequential: on SQLite the queries share one connection anyway, and PostgreSQL's pool is small.
    const answers = new Map<LoopGroupBy, StatsResult>();
    for (const groupBy of ['child', 'category', 'type', 'month'] as const) answers.set(groupBy, await ask(groupBy));
    const coverage = await this.stats.coverage(actor, base);
    const byChild = answers.get('child')!;
    const totals = byChild.totals;
    const groupsOf = (groupBy: LoopGroupBy) => answers.get(groupBy)!.groups.filter((g) => g.key !== OWN_GROUP_KEY);
    // 本级 as /api/stats answers it (total − Σ children), last: after the children, a table adds up.
    const ownOf = (groupBy: LoopGroupBy) => answers.get(groupBy)!.groups.filter((g) => g.key === OWN_GROUP_KEY);

    const loops = new Map<string, Array<Map<string, ScalarValue>>>();
    for (const loop of catalogue.loops.values()) {
      const groups = [...groupsOf(loop.groupBy), ...(loop.withOwn ? ownOf(loop.groupBy) : [])];
      loops.set(
        loop.name,
        groups.map((g, i) => new Map(loop.fields.map((f) => [f.name, fieldValue(f, g.label, i + 1, g.totals)]))),
      );
    }
    const basic: Record<BasicKey, ScalarValue> = {
      orgName: { kind: 'text', text: r.org.name },
      parentName: { kind: 'text', text: r.parentName },
      year: { kind: 'text', text: r.to.slice(0, 4) },
      period: { kind: 'text', text: periodText(r.from, r.to) },
      from: { kind: 'text', text: chineseDate(r.from) },
      to: { kind: 'text', text: chineseDate(r.to) },
      today: { kind: 'text', text: chineseDate(r.today) },
      childCount: { kind: 'count', value: groupsOf('child').length },
      entries: { kind: 'count', value: totals.entries ?? 0 },
      units: { kind: 'count', value: coverage.units },
      reportingUnits: { kind: 'count', value: coverage.reporting },
      reportingRate: { kind: 'ratio', value: coverage.units > 0 ? coverage.reporting / coverage.units : 0 },
    };
    const categories = new Map(groupsOf('category').map((g) => [g.key, g.totals.entries ?? 0]));
    // A type without entries in the period has no group: its figures are 0, as /api/stats?types= says.
    const types = new Map(groupsOf('type').map((g) => [g.key, g.totals]));
    const scalars = new Map<string, ScalarValue>();
    for (const def of catalogue.scalars.values()) {
      const s = def.source;
      if ('basic' in s) scalars.set(def.name, basic[s.basic]);
      else if ('indicator' in s) scalars.set(def.name, numberOf(def.kind, totals[s.indicator] ?? 0));
      else if ('type' in s) scalars.set(def.name, numberOf(def.kind, types.get(String(s.type))?.[s.total] ?? 0));
      else scalars.set(def.name, numberOf(def.kind, categories.get(String(s.category)) ?? 0));
    }
    // The tag as written is what docxtemplater looks up, so an alias carries its scalar's value.
    for (const [alias, canonical] of catalogue.aliases) {
      const value = scalars.get(canonical);
      if (value) scalars.set(alias, value);
    }
    return { scalars, loops };
  }
}

function fieldValue(f: FieldDef, label: string, index: number, totals: Record<string, number>): ScalarValue {
  const s = f.source;
  if ('indicator' in s) return numberOf(f.kind, totals[s.indicator] ?? 0);
  if (s.item === 'name') return { kind: 'text', text: label };
  return numberOf(f.kind, s.item === 'index' ? index : (totals.entries ?? 0));
}
