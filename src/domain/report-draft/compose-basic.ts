import type { Inline } from '../../contracts/report.contract.js';
import { joinInlines, text, type FigureSpec } from './builder.js';
import type { DraftContext } from './context.js';
import {
  BASIC_CATEGORY_LEAD,
  BASIC_CATEGORY_SECOND,
  BASIC_CHILDREN,
  BASIC_COVERAGE,
  BASIC_COVERAGE_ALL,
  BASIC_PROFILE,
  BASIC_SUMMARY,
  COVERAGE_COMMENTS,
  LEAD_CLOSERS,
  LEAD_EMPTY,
  LEAD_FIGURES,
  LEAD_FUNDS,
  LEAD_OPENINGS,
  LEAD_PEOPLE,
  LEAD_REPORT,
  MONTH_COMMENTS,
  SOURCE_NOTE,
} from './phrases-sections.js';
import { kindCount, listNames } from './wording.js';

/** 开展 for reviewed entries; 登记 when drafts count too. */
function verbOf(ctx: DraftContext): string {
  return ctx.facts.status === 'approved' ? '开展' : '登记';
}

/** 导语: what the unit set out to do, then the period in two or three figures, then 现将…如下：. */
export function composeLead(ctx: DraftContext): void {
  const { c, facts } = ctx;
  const group = facts.kind === 'school' ? 'school' : facts.kind === 'agency' || facts.kind === 'enterprise' ? 'institution' : 'area';
  const opening = ctx.fill(c.pick('lead:opening', LEAD_OPENINGS[group]))!;
  const slots = { words: { verb: verbOf(ctx) }, figures: ctx.totalFigures() };
  const figures = ctx.fill(LEAD_FIGURES, slots);
  let year: Inline[];
  if (figures) {
    const pieces = [figures];
    for (const [key, options] of [
      ['people', LEAD_PEOPLE],
      ['funds', LEAD_FUNDS],
    ] as const) {
      const phrase = ctx.pickUsable(`lead:${key}`, options, slots);
      if (phrase) pieces.push(ctx.fill(phrase, slots)!);
    }
    year = joinInlines([joinInlines(pieces, '，'), text(c.pick('lead:closer', LEAD_CLOSERS))], '，');
  } else {
    year = ctx.fill(LEAD_EMPTY)!;
  }
  const close = ctx.isArea ? LEAD_REPORT.spoken : LEAD_REPORT.written;
  ctx.b.paragraph('lead', joinInlines([opening, year, text(close)]));
}

/** 「7个乡镇、2个街道…」「辖区内还有学校13所…」: the subtree's units by kind, each a bound unit count. */
function composeProfile(ctx: DraftContext): void {
  const { facts } = ctx;
  const order = new Map(facts.orgKinds.map((k, i) => [k.code, i]));
  const kinds = new Map(facts.orgKinds.map((k) => [k.code, k]));
  const counts = facts.unitsByKind
    .filter((u) => u.kind !== facts.org.kind && u.count > 0)
    .sort((a, b) => (order.get(a.kind) ?? 999) - (order.get(b.kind) ?? 999) || a.kind.localeCompare(b.kind));
  const piece = (kind: string, count: number): Inline[] => {
    const k = kindCount(kind, kinds.get(kind)?.name);
    const spec: FigureSpec = { ...ctx.spec(`${k.noun}数`, 'units', count, { unitKind: kind }), unit: k.measure, style: 'exact' };
    return ctx.fill(k.numberFirst ? `{n}${k.noun}` : `${k.noun}{n}`, { figures: { n: spec } })!;
  };
  const areas = counts.filter((u) => kinds.get(u.kind)?.isArea).map((u) => piece(u.kind, u.count));
  const others = counts.filter((u) => !kinds.get(u.kind)?.isArea).map((u) => piece(u.kind, u.count));
  const list = (pieces: Inline[][], last: string) =>
    joinInlines([joinInlines(pieces.slice(0, -1), '、'), pieces[pieces.length - 1]!], pieces.length > 1 ? last : '');
  let sentence: Inline[];
  if (areas.length > 0) {
    sentence = joinInlines([ctx.fill(BASIC_PROFILE.areas)!, list(areas, '和')]);
    if (others.length > 0) sentence = joinInlines([sentence, text('，'), ctx.fill(BASIC_PROFILE.institutions)!, list(others, '、')]);
  } else if (others.length > 0) {
    sentence = joinInlines([ctx.fill(BASIC_PROFILE.only)!, list(others, '、')]);
  } else {
    return;
  }
  ctx.b.paragraph('basic', joinInlines([sentence, text('。')]));
}

/** 「全县纳入…的138个单位中，全年有135个单位登记了创建活动」 and where the figures come from. */
function coverageSentence(ctx: DraftContext): Inline[] | undefined {
  const { coverage } = ctx.facts;
  if (coverage.units <= 1) return undefined;
  const figures = {
    units: { ...ctx.spec('单位数', 'units', coverage.units), unit: '个', style: 'exact' as const },
    reporting: { ...ctx.spec('登记了创建活动的单位数', 'reporting_units', coverage.reporting), unit: '个', style: 'exact' as const },
  };
  const every = coverage.reporting === coverage.units;
  const filled = ctx.fill(every ? BASIC_COVERAGE_ALL : BASIC_COVERAGE, { figures });
  if (!filled) return undefined;
  const share = coverage.reporting / coverage.units;
  const comments = every ? COVERAGE_COMMENTS.every : share >= 0.95 ? COVERAGE_COMMENTS.full : share >= 0.8 ? COVERAGE_COMMENTS.broad : COVERAGE_COMMENTS.narrow;
  return joinInlines([filled, text(ctx.c.pick('basic:coverage', comments))]);
}

/** The three children with the most entries (area reports), then the categories sentence, then the chart by child. */
function composeChildren(ctx: DraftContext, categories: Inline[] | undefined): void {
  const active = ctx.facts.children.filter((ch) => ch.entries > 0);
  if (!ctx.isArea || active.length < 2) {
    if (categories) ctx.b.paragraph('basic', categories);
    return;
  }
  const top = [...active].sort((a, b) => b.entries - a.entries || a.id - b.id).slice(0, 3);
  const open = ctx.fill(ctx.c.pick('basic:children', BASIC_CHILDREN), {
    words: {
      names: listNames(
        top.map((ch) => ch.name),
        '、',
      ),
    },
  })!;
  const figures = top.map((ch) => ctx.fill('{n}', { figures: { n: ctx.exact(ctx.spec(`${ch.name}创建活动数`, 'entries', ch.entries, { org: ch.id })) } })!);
  const quoted = joinInlines([joinInlines(figures.slice(0, -1), '、'), figures[figures.length - 1]!], '和');
  ctx.b.paragraph('basic', joinInlines([open, quoted, text('。'), categories ?? []]));
  const { org, from, to, status } = ctx.facts;
  ctx.b.chart('basic', { kind: 'bar', title: `${ctx.period.label}各下级单位创建活动数`, org: org.id, from, to, status, groupBy: 'child', metric: 'entries' });
}

/** 「从活动类别看，以…类活动为主，共413项；…类活动405项，位居其次。」 */
function categorySentence(ctx: DraftContext): Inline[] | undefined {
  const [first, second] = [...ctx.activeCategories()].sort((a, b) => b.entries - a.entries || a.id - b.id);
  if (!first || !second) return undefined;
  return joinInlines([
    ctx.fill(BASIC_CATEGORY_LEAD, { words: { first: first.name }, figures: { n1: ctx.exact(ctx.categoryEntries(first)) } })!,
    ctx.fill(BASIC_CATEGORY_SECOND, { words: { second: second.name }, figures: { n2: ctx.exact(ctx.categoryEntries(second)) } })!,
    text('。'),
  ]);
}

/** For a school, bureau or village: the period at a glance, by month. */
function summarySentences(ctx: DraftContext): Inline[] | undefined {
  const { facts } = ctx;
  const names = ctx
    .activeCategories()
    .slice(0, 4)
    .map((cat) => cat.name)
    .join('、');
  const head = ctx.fill(BASIC_SUMMARY, { words: { verb: verbOf(ctx), categories: names }, figures: ctx.totalFigures() });
  if (!head) return undefined;
  const lastMonth = facts.reportDate.slice(0, 7);
  const months = facts.months.filter((m) => m.key <= lastMonth);
  const active = months.filter((m) => m.entries > 0).length;
  const comments = active === months.length ? MONTH_COMMENTS.every : active * 2 >= months.length ? MONTH_COMMENTS.most : MONTH_COMMENTS.few;
  return joinInlines([head, text(ctx.c.pick('basic:months', comments))]);
}

/** 一、基本情况: profile, coverage, where activity concentrated (area reports) or the period at a glance. */
export function composeBasic(ctx: DraftContext): void {
  const { b, facts } = ctx;
  b.heading(1, 'basic', '基本情况');
  composeProfile(ctx);
  const source = text(SOURCE_NOTE[facts.status]);
  const coverage = coverageSentence(ctx);
  const summary = ctx.isArea ? undefined : summarySentences(ctx);
  const categories = categorySentence(ctx);
  if (summary) b.paragraph('basic', joinInlines([summary, categories ?? [], coverage ? [] : source]));
  if (coverage) b.paragraph('basic', joinInlines([coverage, source]));
  if (!summary && !coverage) b.paragraph('basic', source);
  composeChildren(ctx, summary ? undefined : categories);
  if ((facts.totals.entries ?? 0) > 0) {
    b.chart('basic', {
      kind: 'bar',
      title: `${ctx.period.label}各月创建活动数`,
      org: facts.org.id,
      from: facts.from,
      to: facts.to,
      status: facts.status,
      groupBy: 'month',
      metric: 'entries',
    });
  }
}
