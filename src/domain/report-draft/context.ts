import type { FigureQuery } from '../../contracts/report.contract.js';
import { DraftBuilder, type FigureSpec, type Slots } from './builder.js';
import { Chooser } from './choice.js';
import type { CategoryFact, DraftFacts, IndicatorFact, TypeFact } from './facts.js';
import { periodWords, proseUnit, selfWords, type PeriodWords, type SelfWords } from './wording.js';

/** Measure word of an entry count: activities are counted in 项. */
export const ENTRY_UNIT = '项';

/** What every section's composer works with: the facts, the builder, the seeded chooser, the words. */
export class DraftContext {
  readonly b: DraftBuilder;
  readonly c: Chooser;
  readonly period: PeriodWords;
  readonly self: SelfWords;
  /** Words every phrase may use: {we} {all} {who} {period} {opening}. */
  readonly words: Record<string, string>;
  private readonly indicatorsByCode: Map<string, IndicatorFact>;

  constructor(readonly facts: DraftFacts) {
    this.b = new DraftBuilder(facts.now);
    this.c = new Chooser(`${facts.org.id}|${facts.from}|${facts.to}|${facts.kind}|${facts.status}`);
    this.period = periodWords(facts.from, facts.to, facts.reportDate);
    this.self = selfWords(facts.org.name, facts.kind);
    this.words = { we: this.self.we, all: this.self.all, who: this.self.who, period: this.period.span, opening: this.period.opening, org: facts.org.name };
    this.indicatorsByCode = new Map(facts.indicators.map((i) => [i.code, i]));
  }

  indicator(code: string): IndicatorFact | undefined {
    return this.indicatorsByCode.get(code);
  }

  /** The report's question with the given parts: its unit, period and status unless overridden. */
  query(parts: Partial<FigureQuery> & { metric: string }): FigureQuery {
    const { org, from, to, status } = this.facts;
    return { org: org.id, from, to, status, ...parts };
  }

  /** A figure of one metric (`entries` or an indicator code) with its value. */
  spec(label: string, metric: string, value: number, parts: Partial<FigureQuery> = {}): FigureSpec {
    if (metric === 'entries') return { label, query: this.query({ ...parts, metric }), value, unit: ENTRY_UNIT, money: false };
    const i = this.indicator(metric);
    return { label, query: this.query({ ...parts, metric }), value, unit: proseUnit(i?.unit ?? ''), money: i?.money ?? false };
  }

  /** The unit's totals for the period, by metric. */
  totalFigures(): Record<string, FigureSpec> {
    const out: Record<string, FigureSpec> = {};
    for (const [metric, value] of Object.entries(this.facts.totals)) {
      const name = metric === 'entries' ? '创建活动数' : (this.indicator(metric)?.name ?? metric);
      out[metric] = this.spec(name, metric, value);
    }
    return out;
  }

  /** A type's figures of the period: `entries` and each indicator it recorded. */
  typeFigures(type: TypeFact): Record<string, FigureSpec> {
    const out: Record<string, FigureSpec> = {};
    for (const [metric, value] of Object.entries(type.totals)) {
      const what = metric === 'entries' ? '活动数' : (this.indicator(metric)?.name ?? metric);
      out[metric] = this.spec(`${type.name}${what}`, metric, value, { types: [type.id] });
    }
    return out;
  }

  /** The same figure written exactly: figures compared side by side (120项、116项) must not round alike. */
  exact(spec: FigureSpec): FigureSpec {
    return spec.money ? spec : { ...spec, style: 'exact' };
  }

  categoryEntries(cat: CategoryFact): FigureSpec {
    return this.spec(`${cat.name}类活动数`, 'entries', cat.entries, { types: [cat.id] });
  }

  /** Fills a template with the common words, extra words and figures. */
  fill(template: string, slots: Slots = {}) {
    return this.b.fill(template, { words: { ...this.words, ...slots.words }, ...(slots.figures && { figures: slots.figures }) });
  }

  usable(template: string, slots: Slots = {}): boolean {
    return this.b.usable(template, { words: { ...this.words, ...slots.words }, ...(slots.figures && { figures: slots.figures }) });
  }

  /** Picks among the templates that can be filled; undefined when none can. */
  pickUsable(key: string, templates: readonly string[], slots: Slots = {}): string | undefined {
    const usable = templates.filter((t) => this.usable(t, slots));
    return usable.length > 0 ? this.c.pick(key, usable) : undefined;
  }

  /** Categories with entries, 组织领导 first as the genre leads with it, then catalogue order. */
  activeCategories(): CategoryFact[] {
    const active = this.facts.categories.filter((c) => c.entries > 0);
    return [...active.filter((c) => c.code === 'org'), ...active.filter((c) => c.code !== 'org')];
  }

  /** Area reports (county, township) describe their subdivisions and greet their audience. */
  get isArea(): boolean {
    return this.facts.kind === 'county' || this.facts.kind === 'township';
  }
}
