import type { Inline } from '../../contracts/report.contract.js';
import { enumerationPrefix, formatFigure } from '../chinese-number.js';
import { joinInlines, slotsOf, text } from './builder.js';
import type { DraftContext } from './context.js';
import type { CategoryFact, TypeFact } from './facts.js';
import {
  CARRIER_CLOSERS,
  CARRIER_HEADINGS,
  CARRIER_OPENERS,
  CATEGORY_HEADINGS,
  CATEGORY_LEADINS,
  CATEGORY_OPENERS,
  FALLBACK_CATEGORY_HEADINGS,
  FALLBACK_CATEGORY_LEADINS,
  FALLBACK_CATEGORY_OPENERS,
  GENERIC_CLAUSES,
  GENERIC_HEADS,
  GENERIC_MAIN,
  OTHER_TYPES,
  TYPE_PHRASINGS,
  type Phrase,
} from './phrases-practices.js';
import { bracketsFullWidth, proseName } from './wording.js';

const SECTION = 'practices';
/** A category quotes at most this many of its types; the rest are named in one sentence. */
const MAX_TYPES = 4;
/** Extra clauses after a type's main sentence. */
const MAX_EXTRAS = 2;

interface Point {
  head: string;
  sentence: Inline[];
}

/** The verb a headline opens with (强化, 抓好…): points of one section should not all start alike. */
const verbOf = (head: string) => head.slice(0, 2);

/** One type's point: a headline and a sentence quoting its largest non-zero figures. */
function typePoint(ctx: DraftContext, type: TypeFact, usedVerbs: Set<string>): Point | undefined {
  const phrasing = TYPE_PHRASINGS[type.code];
  const name = proseName(type.name);
  const figures = ctx.typeFigures(type);
  const slots = { words: { name }, figures };
  const usableOf = (phrases: readonly (string | Phrase)[]) =>
    phrases
      .map((p): Phrase => (typeof p === 'string' ? { text: p } : p))
      .filter((p) => !p.kinds || p.kinds.includes(ctx.facts.kind))
      .filter((p) => !p.min || slotsOf(p.text).every((slot) => !(slot in figures) || figures[slot]!.value >= p.min!))
      .map((p) => p.text)
      .filter((t) => ctx.usable(t, slots));
  // A known type whose usual figures were not recorded still reads from its name and entry count.
  let mains = usableOf(phrasing?.main ?? GENERIC_MAIN);
  if (mains.length === 0 && phrasing) mains = usableOf(GENERIC_MAIN);
  if (mains.length === 0) return undefined;
  // The phrasing that quotes the most figures says the most; the seed only breaks ties.
  const quoted = (t: string) => slotsOf(t).filter((s) => s in figures).length;
  const best = Math.max(...mains.map(quoted));
  const main = ctx.c.pick(
    `type:${type.code}:main`,
    mains.filter((t) => quoted(t) === best),
  );
  const used = new Set(slotsOf(main));
  const extras: string[] = [];
  for (const metric of Object.keys(type.totals)) {
    if (used.has(metric) || metric === 'entries' || extras.length >= MAX_EXTRAS) continue;
    const options = phrasing ? (phrasing.extras?.[metric] ?? []) : [GENERIC_CLAUSES[metric]].filter((t): t is string => t !== undefined);
    const extra = ctx.pickUsable(`type:${type.code}:extra:${metric}`, options, slots);
    if (extra) extras.push(extra);
  }
  const sentence = joinInlines(
    [main, ...extras].map((t) => ctx.fill(t, slots)!),
    '，',
  );
  const heads = phrasing?.heads ?? GENERIC_HEADS;
  const fresh = heads.filter((h) => !usedVerbs.has(verbOf(h)));
  const head = ctx.c.pick(`type:${type.code}:head`, fresh.length > 0 ? fresh : heads).replace('{name}', name);
  usedVerbs.add(verbOf(head));
  return { head, sentence };
}

/** A category's heading, avoiding the verb the previous headings opened with (深化…，深化…). */
function categoryHeading(ctx: DraftContext, cat: CategoryFact, usedVerbs: Set<string>): string {
  const headings = CATEGORY_HEADINGS[cat.code] ?? FALLBACK_CATEGORY_HEADINGS;
  const fresh = headings.filter((h) => !usedVerbs.has(verbOf(h)));
  const heading = ctx.c.pick(`cat:${cat.code}:heading`, fresh.length > 0 ? fresh : headings).replace('{name}', cat.name);
  usedVerbs.add(verbOf(heading));
  return heading;
}

/**
 * One category: a level-2 heading, an opening sentence with its entries, then its largest types
 * as 一是…二是… in one paragraph, or, for the largest category with three or more points, as
 * level-3 headings each with its paragraph.
 */
function composeCategory(ctx: DraftContext, cat: CategoryFact, asSubheadings: boolean, headingVerbs: Set<string>): void {
  const { b } = ctx;
  const heading = categoryHeading(ctx, cat, headingVerbs);
  b.heading(2, SECTION, heading);
  const usedVerbs = new Set([verbOf(heading)]);
  const ranked = [...cat.types].sort((a, b2) => b2.totals.entries! - a.totals.entries! || a.id - b2.id);
  const points: Point[] = [];
  const rest: TypeFact[] = [];
  for (const type of ranked) {
    const point = points.length < MAX_TYPES ? typePoint(ctx, type, usedVerbs) : undefined;
    if (point) points.push(point);
    else rest.push(type);
  }
  if (points.length === 1 && rest.length === 0) {
    // One point quotes its own figures; the category's entry count would only repeat them.
    const leadIn = ctx.fill(ctx.c.pick(`cat:${cat.code}:leadin`, CATEGORY_LEADINS[cat.code] ?? FALLBACK_CATEGORY_LEADINS))!;
    b.paragraph(SECTION, joinInlines([leadIn, points[0]!.sentence, text('。')]));
    return;
  }
  const slots = { words: { name: cat.name }, figures: { entries: ctx.categoryEntries(cat) } };
  const opener = ctx.fill(ctx.pickUsable(`cat:${cat.code}:opener`, CATEGORY_OPENERS[cat.code] ?? FALLBACK_CATEGORY_OPENERS, slots)!, slots)!;
  const others =
    rest.length > 0
      ? ctx.fill(ctx.c.pick(`cat:${cat.code}:others`, OTHER_TYPES), { words: { list: rest.map((t) => proseName(t.name)).join('、') } })
      : undefined;
  if (asSubheadings && points.length >= 3) {
    b.paragraph(SECTION, opener);
    points.forEach((p, i) => {
      b.heading(3, SECTION, p.head);
      const last = i === points.length - 1 && others ? others : [];
      b.paragraph(SECTION, joinInlines([p.sentence, text('。'), last]));
    });
    return;
  }
  const body =
    points.length === 1
      ? [points[0]!.sentence, text('。')]
      : points.map((p, i) => joinInlines([text(`${enumerationPrefix(i + 1)}${p.head}。`), p.sentence, text('。')]));
  b.paragraph(SECTION, joinInlines([opener, ...body, others ?? []]));
}

/** 八进: the carriers that had entries, with the largest three quoted. */
function composeCarriers(ctx: DraftContext): void {
  const carriers = ctx.facts.tags.filter((t) => t.kind === 'carrier' && t.entries > 0);
  // A single carrier is just where the unit itself works (a school's 进学校): nothing to report.
  if (carriers.length < 2) return;
  const total = ctx.facts.tags.filter((t) => t.kind === 'carrier').length;
  const { b, c } = ctx;
  b.heading(2, SECTION, c.pick('carrier:heading', total === 8 ? CARRIER_HEADINGS : CARRIER_HEADINGS.slice(1)).replace('{n}', formatFigure(total, 'chinese')));
  const opener = ctx.fill(c.pick('carrier:opener', CARRIER_OPENERS), { words: { list: carriers.map((t) => bracketsFullWidth(t.name)).join('、') } })!;
  const top = [...carriers].sort((a, b2) => b2.entries - a.entries || a.id - b2.id).slice(0, 3);
  const quoted = top.map((t) =>
    ctx.fill(`${bracketsFullWidth(t.name)}活动{n}`, { figures: { n: ctx.exact(ctx.spec(`“${t.name}”活动数`, 'entries', t.entries, { tagId: t.id })) } })!,
  );
  b.paragraph(SECTION, joinInlines([opener, text('其中'), joinInlines(quoted, '，'), text('，'), text(c.pick('carrier:closer', CARRIER_CLOSERS))]));
}

/** 二、主要做法: a subsection per category with entries, then the 进 carriers. */
export function composePractices(ctx: DraftContext): void {
  const { b } = ctx;
  b.heading(1, SECTION, '主要做法');
  const categories = ctx.activeCategories();
  if (categories.length === 0) {
    b.paragraph(
      SECTION,
      text(`${ctx.period.span}，台账中尚无${ctx.facts.status === 'approved' ? '审核通过的' : ''}创建活动记录，请结合实际补充主要做法。`),
      true,
    );
    return;
  }
  const largest = [...categories].sort((a, c2) => c2.entries - a.entries || a.id - c2.id)[0]!;
  const headingVerbs = new Set<string>();
  for (const cat of categories) composeCategory(ctx, cat, cat.id === largest.id && categories.length > 1, headingVerbs);
  composeCarriers(ctx);
}
