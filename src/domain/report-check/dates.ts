/**
 * `date_out_of_period`: explicit dates and years that fall outside the report period. Not flagged:
 * years inside document titles and numbers (《…2021—2025年规划》, 〔2018〕1号), ranges that overlap
 * the period, open ranges (2013年以来, 截至2025年底), the signature date on a line of its own.
 * Info only: an earlier year used for comparison (比2023年增长), a later year in a plan
 * (力争2026年底前完成) or anywhere in a section about the coming year (五、下一步工作打算), a year
 * inside a quoted name, a year ten or more years back (history).
 * Month-day dates without a year are skipped.
 */
import { dateMessages } from './messages.js';
import { makeFinding, type Line } from './text.js';
import type { Finding, ReportPeriod, Severity } from './types.js';

const S = '[ \\u3000]*';
const DATE = new RegExp(
  [
    '(\\d{4})[-/.](\\d{1,2})[-/.](\\d{1,2})(?!\\d)',
    `(\\d{4})${S}(?:年${S})?(?:——|[—–\\-~～至到])${S}(\\d{4})(?:${S}年)?(?!\\d)`,
    `(\\d{4})${S}年${S}(\\d{1,2})${S}月${S}(\\d{1,2})${S}[日号]`,
    `(\\d{4})${S}年${S}(\\d{1,2})${S}月`,
    `(\\d{4})${S}年`,
  ]
    .map((p) => `(?<!\\d)${p}`)
    .join('|'),
  'g',
);
const SIGNATURE = /^[ \t\u3000]*(?:\d{4}年\d{1,2}月\d{1,2}日|\d{4}-\d{1,2}-\d{1,2})[ \t\u3000]*$/;
const PROTECTED = /《[^《》\n]*》|〔[^〔〕\n]*〕|[[［]\d{4}[\]］]/g;
const QUOTED = /“[^“”\n]*”|「[^「」\n]*」/g;
const OPEN_END = /^[ \u3000]*(?:以来|起|开始|至今|以后)/;
const OPEN_START = /(?:截至|截止到?|到)[ \u3000]*$/;
/** `自2013年开展创建以来`: 自/从 before the year, 以来/至今 later in the same clause. */
const SINCE_BEFORE = /[自从][ \u3000]*$/;
const SINCE_AFTER = /^[^，,。；;！？]*?(?:以来|至今|以后)/;
const COMPARED_BEFORE = /(?:比|较|与|同|相比|对比|高于|低于)[ \u3000]*$/;
const COMPARED_AFTER = /^[ \u3000]*(?:同期|相比|相较|增长|下降|增加|减少|提高|持平|水平)/;
const PLAN = /计划|力争|争取|前完成|拟|预计|目标|下一步|明年|将于|将在|将要|打算/;
/** A level-1 heading (五、…): the section a line belongs to. */
const LEVEL1 = /^[ \t\u3000]*[一二三四五六七八九十]+、/;
/** A section about the coming year (五、下一步工作打算, 2026年工作思路): every later year in it is a plan. */
const PLAN_SECTION = /下一步|打算|计划|思路|安排|展望|明年|今后/;
const HISTORY_YEARS = 10;
const MIN = '0000-01-01';
const MAX = '9999-12-31';

const pad = (n: number): string => String(n).padStart(2, '0');
const day = (y: number, m: number, d: number): string => `${y}-${pad(m)}-${pad(d)}`;
const lastDay = (y: number, m: number): number => new Date(Date.UTC(y, m, 0)).getUTCDate();

interface Mention {
  from: string;
  to: string;
}

function mentionOf(g: readonly (string | undefined)[]): Mention | undefined {
  const n = g.map((s) => (s === undefined ? undefined : Number(s)));
  const valid = (y: number, m = 1, d = 1): boolean => y >= 1900 && y <= 2099 && m >= 1 && m <= 12 && d >= 1 && d <= lastDay(y, m);
  const [isoY, isoM, isoD, r1, r2, dY, dM, dD, mY, mM, yY] = n.slice(1);
  if (isoY !== undefined && isoM !== undefined && isoD !== undefined)
    return valid(isoY, isoM, isoD) ? { from: day(isoY, isoM, isoD), to: day(isoY, isoM, isoD) } : undefined;
  if (r1 !== undefined && r2 !== undefined) return valid(r1) && valid(r2) && r1 <= r2 ? { from: day(r1, 1, 1), to: day(r2, 12, 31) } : undefined;
  if (dY !== undefined && dM !== undefined && dD !== undefined) return valid(dY, dM, dD) ? { from: day(dY, dM, dD), to: day(dY, dM, dD) } : undefined;
  if (mY !== undefined && mM !== undefined) return valid(mY, mM) ? { from: day(mY, mM, 1), to: day(mY, mM, lastDay(mY, mM)) } : undefined;
  if (yY !== undefined) return valid(yY) ? { from: day(yY, 1, 1), to: day(yY, 12, 31) } : undefined;
  return undefined;
}

function ranges(re: RegExp, s: string): Array<[number, number]> {
  return [...s.matchAll(re)].map((m) => [m.index, m.index + m[0].length]);
}

function sentenceAround(s: string, start: number, end: number): string {
  const from = Math.max(...['。', '！', '？', '；'].map((p) => s.lastIndexOf(p, start - 1))) + 1;
  const stops = ['。', '！', '？', '；'].map((p) => s.indexOf(p, end)).filter((i) => i >= 0);
  return s.slice(from, stops.length > 0 ? Math.min(...stops) : s.length);
}

function severityOf(
  line: string,
  start: number,
  end: number,
  mention: Mention,
  period: ReportPeriod,
  quoted: boolean,
  inPlanSection: boolean,
): { severity: Severity; kind: keyof typeof dateMessages } {
  const before = line.slice(Math.max(0, start - 4), start);
  const after = line.slice(end, end + 4);
  if (mention.to < period.from && (COMPARED_BEFORE.test(before) || COMPARED_AFTER.test(after))) return { severity: 'info', kind: 'comparison' };
  if (mention.from > period.to && (inPlanSection || PLAN.test(sentenceAround(line, start, end)))) return { severity: 'info', kind: 'plan' };
  if (quoted) return { severity: 'info', kind: 'quoted' };
  // A year a decade or more before the period is history (建州于1954年), not a stale template date.
  if (Number(mention.to.slice(0, 4)) <= Number(period.from.slice(0, 4)) - HISTORY_YEARS) return { severity: 'info', kind: 'history' };
  return { severity: 'warning', kind: 'outside' };
}

/** Dates outside `period`, line by line. */
export function findDatesOutOfPeriod(text: string, lines: readonly Line[], period: ReportPeriod): Finding[] {
  const out: Finding[] = [];
  let inPlanSection = false;
  for (const line of lines) {
    if (LEVEL1.test(line.text)) inPlanSection = PLAN_SECTION.test(line.text);
    if (SIGNATURE.test(line.text)) continue;
    const protectedRanges = ranges(PROTECTED, line.text);
    const quotedRanges = ranges(QUOTED, line.text);
    const inside = (rs: Array<[number, number]>, i: number): boolean => rs.some(([a, b]) => i >= a && i < b);
    for (const m of line.text.matchAll(DATE)) {
      const start = m.index;
      const end = start + m[0].length;
      if (inside(protectedRanges, start)) continue;
      const mention = mentionOf(m);
      if (!mention) continue;
      const tail = line.text.slice(end);
      if (OPEN_END.test(tail) || (SINCE_BEFORE.test(line.text.slice(Math.max(0, start - 2), start)) && SINCE_AFTER.test(tail))) mention.to = MAX;
      if (OPEN_START.test(line.text.slice(Math.max(0, start - 4), start))) mention.from = MIN;
      if (mention.from <= period.to && mention.to >= period.from) continue;
      const { severity, kind } = severityOf(line.text, start, end, mention, period, inside(quotedRanges, start), inPlanSection);
      const date = m[0].trim();
      out.push(makeFinding(text, 'date_out_of_period', severity, dateMessages[kind](date, period), line.start + start, line.start + end));
    }
  }
  return out;
}
