import type { Inline } from '../../contracts/report.contract.js';
import { chineseMonthDay } from '../chinese-date.js';
import { daysBetweenInclusive, shiftYear } from '../period.js';
import { joinInlines, text } from './builder.js';
import type { DraftContext } from './context.js';
import { HIGHLIGHTS } from './phrases-sections.js';
import { proseName } from './wording.js';

const SECTION = 'highlights';
const MAX_HIGHLIGHTS = 3;
/** A type "grew" when it has at least this many more entries than a year before… */
const GROWTH_MIN_ENTRIES = 5;
/** …and at least this share more. */
const GROWTH_MIN_RATIO = 1.2;
/** A campaign "peaks" when its entries per day are this much above the period's. */
const PEAK_RATIO = 1.3;
/** Below this many entries a theme, campaign or type is no highlight. */
const MIN_ENTRIES = 3;

interface Highlight {
  key: string;
  heads: readonly string[];
  headName?: string;
  paragraph: Inline[];
}

/** The two themes with the most entries. */
function themeHighlight(ctx: DraftContext): Highlight | undefined {
  const themes = ctx.facts.tags
    .filter((t) => t.kind === 'theme' && t.entries > 0)
    .sort((a, b) => b.entries - a.entries || a.id - b.id)
    .slice(0, 2);
  if ((themes[0]?.entries ?? 0) < MIN_ENTRIES) return undefined;
  const { c } = ctx;
  const open = ctx.fill(c.pick('hl:theme:open', HIGHLIGHTS.theme.open), { words: { quoted: themes.map((t) => `“${t.name}”`).join('') } })!;
  const quoted = themes.map((t) =>
    ctx.fill(`“${t.name}”主题活动{n}`, { figures: { n: ctx.exact(ctx.spec(`“${t.name}”主题活动数`, 'entries', t.entries, { tagId: t.id })) } })!,
  );
  return {
    key: 'theme',
    heads: HIGHLIGHTS.theme.heads,
    paragraph: joinInlines([open, joinInlines(quoted, '、'), text('，'), text(c.pick('hl:theme:close', HIGHLIGHTS.theme.close))]),
  };
}

/** A campaign period (民族团结教育月) inside the period, and whether activity peaked in it. */
function campaignHighlight(ctx: DraftContext): Highlight | undefined {
  const { facts, c } = ctx;
  const campaign = facts.campaigns.find((x) => x.entries >= MIN_ENTRIES);
  if (!campaign) return undefined;
  const wholeMonth =
    campaign.from.slice(8) === '01' && campaign.to.slice(0, 7) === campaign.from.slice(0, 7) && daysBetweenInclusive(campaign.from, campaign.to) >= 28;
  const range = wholeMonth ? `${Number(campaign.from.slice(5, 7))}月` : `${chineseMonthDay(campaign.from)}至${chineseMonthDay(campaign.to)}`;
  const spec = ctx.spec(`${campaign.name}期间创建活动数`, 'entries', campaign.entries, { from: campaign.from, to: campaign.to });
  const open = ctx.fill(c.pick('hl:campaign:open', HIGHLIGHTS.campaign.open), { words: { name: campaign.name, range }, figures: { n: spec } })!;
  const periodEnd = facts.reportDate < facts.to ? facts.reportDate : facts.to;
  const periodDays = daysBetweenInclusive(facts.from, periodEnd);
  const rate = (facts.totals.entries ?? 0) / Math.max(1, periodDays);
  const peak =
    campaign.entries / daysBetweenInclusive(campaign.from, campaign.to) >= PEAK_RATIO * rate && periodDays > daysBetweenInclusive(campaign.from, campaign.to);
  return {
    key: 'campaign',
    heads: HIGHLIGHTS.campaign.heads,
    paragraph: joinInlines([open, text(peak ? HIGHLIGHTS.campaign.peak : ''), text(c.pick('hl:campaign:close', HIGHLIGHTS.campaign.close))]),
  };
}

/** The type that grew most against the same period a year before. */
function growthHighlight(ctx: DraftContext): Highlight | undefined {
  const { facts, c } = ctx;
  const grown = facts.categories
    .flatMap((cat) => cat.types)
    .map((t) => ({ t, current: t.totals.entries ?? 0, last: t.lastYearEntries }))
    .filter((x) => x.last > 0 && x.current - x.last >= GROWTH_MIN_ENTRIES && x.current >= x.last * GROWTH_MIN_RATIO)
    .sort((a, b) => b.current - b.last - (a.current - a.last) || a.t.id - b.t.id)[0];
  if (!grown) return undefined;
  const { t } = grown;
  const name = proseName(t.name);
  const figures = {
    current: ctx.exact(ctx.spec(`${t.name}活动数`, 'entries', grown.current, { types: [t.id] })),
    last: ctx.exact(
      ctx.spec(`${t.name}活动数（上年同期）`, 'entries', grown.last, { types: [t.id], from: shiftYear(facts.from, -1), to: shiftYear(facts.to, -1) }),
    ),
  };
  const paragraph = ctx.fill(c.pick('hl:growth:text', HIGHLIGHTS.growth.text), { words: { name }, figures })!;
  return { key: 'growth', heads: HIGHLIGHTS.growth.heads, headName: name, paragraph };
}

function siblingsLabel(kind: string): string {
  if (kind === 'township' || kind === 'street') return '各乡镇（街道）';
  if (kind === 'village' || kind === 'community') return '各村（社区）';
  if (kind === 'school') return '各学校';
  return '各下属单位';
}

/** The child unit with the most entries, when several children worked. */
function childHighlight(ctx: DraftContext): Highlight | undefined {
  const active = ctx.facts.children.filter((ch) => ch.entries > 0);
  if (active.length < 2) return undefined;
  const top = [...active].sort((a, b) => b.entries - a.entries || a.id - b.id)[0]!;
  const spec = ctx.exact(ctx.spec(`${top.name}创建活动数`, 'entries', top.entries, { org: top.id }));
  const words = { name: top.name, siblings: `${ctx.self.all}${siblingsLabel(top.kind)}` };
  return {
    key: 'child',
    heads: HIGHLIGHTS.child.heads,
    paragraph: ctx.fill(ctx.c.pick('hl:child:text', HIGHLIGHTS.child.text), { words, figures: { n: spec } })!,
  };
}

/** When nothing else stands out: the largest type of the period. */
function fallbackHighlight(ctx: DraftContext): Highlight | undefined {
  const top = ctx.facts.categories.flatMap((cat) => cat.types).sort((a, b) => (b.totals.entries ?? 0) - (a.totals.entries ?? 0) || a.id - b.id)[0];
  if (!top || (top.totals.entries ?? 0) < MIN_ENTRIES) return undefined;
  const name = proseName(top.name);
  const spec = ctx.spec(`${top.name}活动数`, 'entries', top.totals.entries!, { types: [top.id] });
  return {
    key: 'fallback',
    heads: HIGHLIGHTS.fallback.heads,
    headName: name,
    paragraph: ctx.fill(ctx.c.pick('hl:fallback', HIGHLIGHTS.fallback.text), { words: { name }, figures: { n: spec } })!,
  };
}

/** 三、亮点及特色: up to three highlights found in the data, each a level-2 heading and a paragraph. */
export function composeHighlights(ctx: DraftContext): void {
  const { b, c } = ctx;
  b.heading(1, SECTION, '亮点及特色');
  const found: Highlight[] = [];
  for (const find of [themeHighlight, campaignHighlight, growthHighlight, childHighlight]) {
    if (found.length >= MAX_HIGHLIGHTS) break;
    const h = find(ctx);
    if (h) found.push(h);
  }
  if (found.length === 0) {
    const h = fallbackHighlight(ctx);
    if (h) found.push(h);
  }
  if (found.length === 0) {
    b.paragraph(SECTION, text(`${ctx.period.span}台账记录的活动较少，尚不足以提炼特色做法，请结合实际补充。`), true);
    return;
  }
  for (const h of found) {
    b.heading(2, SECTION, c.pick(`hl:${h.key}:head`, h.heads).replace('{name}', h.headName ?? ''));
    b.paragraph(SECTION, h.paragraph);
  }
}
