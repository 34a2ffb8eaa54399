import type { Inline } from '../../contracts/report.contract.js';
import { TARGET_PERIOD_LABELS } from '../../contracts/target.contract.js';
import { chineseMonthDay } from '../chinese-date.js';
import { enumerationPrefix, formatFigure } from '../chinese-number.js';
import { figureText } from '../report-body/figure-text.js';
import { joinInlines, text } from './builder.js';
import type { DraftContext } from './context.js';
import type { CategoryFact, PlannedTarget, TargetFact } from './facts.js';
import { NEXT, PLAN_FALLBACK, PLANS, SHORTCOMINGS } from './phrases-sections.js';
import { eachOfKind, listNames, proseName } from './wording.js';

/** Points quoted per shortcoming; more would turn a paragraph into a table. */
const MAX_NAMED = 3;
/** A category is "weak" below this share of all entries (area reports: also when it has none). */
const WEAK_SHARE = 0.05;
/** Below this many entries there is too little to compare categories. */
const WEAK_MIN_TOTAL = 20;
const MAX_PLANS = 5;
const MIN_PLANS = 3;
const DEFAULT_PLANS = ['edu', 'exchange', 'model'];

/** A goal as written (12万人次, 450万元, 2次): goals are settings, not ledger figures, so they are plain text. */
function goalText(amount: number, unit: string, money: boolean): string {
  return figureText({ style: money ? 'money' : amount >= 10_000 ? 'wan' : 'exact', unit: money ? '元' : unit }, amount);
}

/** 「「宣讲/报告会」场次」→「宣讲和报告会场次」 */
function metricProse(label: string): string {
  return label.replace(/「([^」]*)」/g, (_, name: string) => proseName(name));
}

/** Categories with few (or, in an area report, no) entries, fewest first. */
export function weakCategories(ctx: DraftContext): CategoryFact[] {
  const total = ctx.facts.totals.entries ?? 0;
  if (total < WEAK_MIN_TOTAL) return [];
  return ctx.facts.categories
    .filter((cat) => (cat.entries > 0 || ctx.isArea) && cat.entries < total * WEAK_SHARE)
    .sort((a, b) => a.entries - b.entries || a.id - b.id);
}

function gapsPoint(ctx: DraftContext): Inline[] | undefined {
  const { gaps } = ctx.facts.coverage;
  if (gaps.length === 0) return undefined;
  const counts = new Map<string, number>();
  for (const g of gaps) counts.set(g.name, (counts.get(g.name) ?? 0) + 1);
  // Two 和平村 in different townships are told apart by their path.
  const names = gaps.slice(0, MAX_NAMED).map((g) => ((counts.get(g.name) ?? 0) > 1 ? g.pathName.replace(/ \/ /g, '') : g.name));
  // The count of units without entries is units − reporting, which no single figure question answers: written plain.
  const who = gaps.length > MAX_NAMED ? `${names.join('、')}等${gaps.length}个单位` : listNames(names);
  const { c } = ctx;
  return text(
    `${c.pick('sc:gaps:head', SHORTCOMINGS.gaps.head)}${who}${ctx.period.span}未在台账中登记创建活动${c.pick('sc:gaps:close', SHORTCOMINGS.gaps.close)}`,
  );
}

/** 「2026年1月、2026年2月」→「2026年1月、2月」: the year once. */
function periodList(labels: readonly string[]): string {
  const year = /^\d{4}年/.exec(labels[0] ?? '')?.[0];
  return labels.map((l, i) => (i > 0 && year && l.startsWith(year) ? l.slice(year.length) : l)).join('、');
}

/** A period target that missed some of its periods: 「主题班会和队会活动数按每月考核，2026年1月、2月未达到目标要求。」 */
function periodTargetSentence(t: TargetFact): string {
  const what = metricProse(t.metricLabel);
  const per = TARGET_PERIOD_LABELS[t.period];
  if (t.missedPeriods.length === 0) return `${what}${per}进度滞后。`;
  return `${what}按${per}考核，${periodList(t.missedPeriods)}未达到目标要求。`;
}

/** A year target behind: what was reached (a bound figure) against the goal (a setting, plain). */
function yearTargetClause(ctx: DraftContext, t: TargetFact): Inline[] {
  const { year, asOf } = ctx.facts.targets;
  const what = metricProse(t.metricLabel);
  const goal = `年度目标为${goalText(t.goal, t.unit, t.money)}`;
  const spec = {
    ...ctx.spec(`${t.metricLabel}（目标进度）`, t.indicatorCode ?? 'entries', t.actual, {
      from: `${year}-01-01`,
      to: asOf,
      status: 'approved',
      ...(t.typeId !== null && { types: [t.typeId] }),
    }),
    unit: t.unit,
    money: t.money,
  };
  return ctx.fill(`${what}完成{actual}，${goal}`, { figures: { actual: spec } }) ?? text(`${what}尚无完成记录，${goal}`);
}

function targetsPoint(ctx: DraftContext): Inline[] | undefined {
  const { year, asOf, items, lagging } = ctx.facts.targets;
  const behind = items.filter((t) => t.state === 'behind' || t.state === 'missed').slice(0, MAX_NAMED);
  if (behind.length === 0 && lagging.length === 0) return undefined;
  const { c } = ctx;
  const pieces = [text(c.pick('sc:targets:head', SHORTCOMINGS.targets.head))];
  const yearly = behind.filter((t) => t.period === 'year');
  if (yearly.length > 0) {
    const asOfText = asOf === `${year}-12-31` ? '年底' : chineseMonthDay(asOf);
    // Missed: the year is over; behind: below the pro-rata share on the judging day.
    const tail = yearly.every((t) => t.state === 'missed') ? SHORTCOMINGS.targets.missed : SHORTCOMINGS.targets.behind;
    pieces.push(
      text(`截至${asOfText}，`),
      joinInlines(
        yearly.map((t) => yearTargetClause(ctx, t)),
        '；',
      ),
      text(yearly.length > 1 ? `，${tail.many}` : `，${tail.one}`),
    );
  }
  for (const t of behind.filter((x) => x.period !== 'year')) pieces.push(text(periodTargetSentence(t)));
  if (lagging.length > 0) pieces.push(ctx.fill(SHORTCOMINGS.targets.lagging, { words: { names: lagging.slice(0, MAX_NAMED).join('、') } })!);
  return joinInlines(pieces);
}

function weakPoint(ctx: DraftContext, weak: CategoryFact[]): Inline[] | undefined {
  if (weak.length === 0) return undefined;
  const { c } = ctx;
  const few = weak.filter((cat) => cat.entries > 0).slice(0, MAX_NAMED);
  const none = weak.filter((cat) => cat.entries === 0).slice(0, MAX_NAMED);
  const quoted = few.map((cat, i) => ctx.fill(`${cat.name}类活动仅${i === 0 ? '登记' : ''}{n}`, { figures: { n: ctx.exact(ctx.categoryEntries(cat)) } })!);
  const pieces: Inline[][] = [text(`${c.pick('sc:weak:head', SHORTCOMINGS.weak.head)}${ctx.period.span}`)];
  if (quoted.length > 0) pieces.push(joinInlines(quoted, '、'));
  if (none.length > 0) pieces.push(text(`${quoted.length > 0 ? '，' : ''}${listNames(none.map((cat) => cat.name))}方面尚无活动记录`));
  pieces.push(text(c.pick('sc:weak:close', SHORTCOMINGS.weak.close)));
  return joinInlines(pieces);
}

/** 四、存在的不足: drafted from the data and marked as suggestions for the writer to confirm. */
export function composeShortcomings(ctx: DraftContext): void {
  const { b, c } = ctx;
  b.heading(1, 'shortcomings', '存在的不足');
  const points = [gapsPoint(ctx), targetsPoint(ctx), weakPoint(ctx, weakCategories(ctx))].filter((p): p is Inline[] => p !== undefined);
  if (points.length === 0) points.push(ctx.fill(`${c.pick('sc:generic:head', SHORTCOMINGS.generic.head)}${c.pick('sc:generic', SHORTCOMINGS.generic.text)}`)!);
  b.paragraph('shortcomings', text(c.pick('sc:intro', SHORTCOMINGS.intro)));
  // A single point needs no 一是.
  points.forEach((p, i) => b.paragraph('shortcomings', joinInlines([text(points.length > 1 ? enumerationPrefix(i + 1) : ''), p]), true));
}

const PER: Record<PlannedTarget['period'], string> = { year: '全年', half: '每半年', quarter: '每季度', month: '每月' };

/** A next-year target as a plan sentence: 「力争全年各类创建活动参与人次达到12万人次以上」. */
export function targetPlan(t: PlannedTarget, kindName: string | undefined): string {
  const per = PER[t.period];
  const type = t.typeName ? proseName(t.typeName) : undefined;
  const goal = goalText(t.amount, t.unit, t.money);
  if (t.fromAbove) {
    // Set above for every unit of this kind: the unit's own standing goal.
    if (t.indicatorCode === null) return `坚持${per}至少开展${type ?? '创建'}活动${formatFigure(t.amount, 'exact', { unit: '次' })}`;
    return `确保${per}${type ?? ''}${t.indicatorName ?? ''}不少于${goal}`;
  }
  if (t.appliesTo === 'descendants') {
    const each = eachOfKind(t.childKind, kindName);
    if (t.indicatorCode === null) return `推动${each}${per}至少开展${type ?? '创建'}活动${formatFigure(t.amount, 'exact', { unit: '次' })}`;
    return `推动${each}${per}${type ?? ''}${t.indicatorName ?? ''}不少于${goal}`;
  }
  if (t.indicatorCode === null) return `力争${per}开展${type ?? '各类创建'}活动不少于${formatFigure(t.amount, 'exact', { unit: '次' })}`;
  if (t.indicatorCode === 'sessions') return `力争${per}开展${type ?? '各类创建活动'}${goal}以上`;
  if (t.indicatorCode === 'attendance') return `力争${per}${type ?? '各类创建活动'}参与人次达到${goal}以上`;
  if (t.indicatorCode === 'households') return `力争${per}${type ?? '创建活动'}覆盖${goal}以上`;
  if (t.money) return `${per}${type ? `${type}投入资金` : '创建工作投入资金'}不低于${goal}`;
  return `力争${per}${type ?? ''}${t.indicatorName ?? ''}达到${goal}以上`;
}

/** Which plan a target belongs to. */
function planKey(t: PlannedTarget): string {
  if (t.appliesTo === 'descendants' && !t.fromAbove) return 'grassroots';
  if (t.categoryCode && PLANS[t.categoryCode]) return t.categoryCode;
  if (t.money) return 'funds';
  if (t.indicatorCode === 'attendance' || t.indicatorCode === 'people' || t.indicatorCode === 'households') return 'coverage';
  return 'other';
}

/** 五、下一步工作打算: next year's targets grouped into plans, topped up from the weak spots. */
export function composeNext(ctx: DraftContext): void {
  const { b, c, facts } = ctx;
  b.heading(1, 'next', '下一步工作打算');
  const intro = ctx.period.next !== undefined ? c.pick('next:intro', NEXT.intro.year) : c.pick('next:intro', NEXT.intro.other);
  b.paragraph('next', ctx.fill(intro, { words: { next: ctx.period.next ?? '' } })!);
  const kindNames = new Map(facts.orgKinds.map((k) => [k.code, k.name]));
  const plans = new Map<string, string[]>();
  const targets = ctx.period.endsYear ? facts.nextTargets.items : [];
  for (const t of targets) {
    const key = planKey(t);
    plans.set(key, [...(plans.get(key) ?? []), targetPlan(t, t.childKind ? kindNames.get(t.childKind) : undefined)]);
  }
  const fill = (key: string) => {
    if (plans.size < MAX_PLANS && !plans.has(key)) plans.set(key, []);
  };
  if (facts.coverage.gaps.length > 0) fill('gaps');
  for (const cat of weakCategories(ctx).slice(0, 2)) fill(PLANS[cat.code] ? cat.code : `category:${cat.name}`);
  if (plans.size < MIN_PLANS) fill('summary');
  // Still short of plans: the least active categories, then the staples of the genre.
  const least = [...ctx.activeCategories()].sort((a, b2) => a.entries - b2.entries).map((cat) => (PLANS[cat.code] ? cat.code : `category:${cat.name}`));
  for (const key of [...least, ...DEFAULT_PLANS]) {
    if (plans.size >= MIN_PLANS) break;
    fill(key);
  }
  for (const [key, sentences] of plans) {
    const name = key.startsWith('category:') ? key.slice('category:'.length) : '';
    const plan = PLANS[key] ?? { head: PLAN_FALLBACK.head.replace('{name}', name), text: PLAN_FALLBACK.text.replace('{name}', name) };
    b.heading(2, 'next', plan.head);
    b.paragraph('next', text(sentences.length > 0 ? `${sentences.join('；')}。${plan.text}` : plan.text));
  }
  b.paragraph('next', ctx.fill(c.pick('next:closing', NEXT.closing))!);
}
