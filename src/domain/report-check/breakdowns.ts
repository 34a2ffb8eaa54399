/**
 * `breakdown`: a total followed by 其中 and its parts must add up — `47个(其中乡镇1个,村19个,…)`.
 * Flagged only when the parts plainly partition the total: two or more parts, each a number with
 * the total's unit (人 and 名 count alike; 元/万元/亿元 convert), none approximate (余, 多, 约),
 * the list not left open (等), and, outside brackets, no further figure in that unit later in the
 * sentence (`…，另有…`). A single 其中 part (`其中少数民族学生300人`) is a subset, never checked.
 */
import { breakdownMessages } from './messages.js';
import { parseNumber } from './numerals.js';
import { alternation, makeFinding } from './text.js';
import type { Finding } from './types.js';

// 万元 and 亿元 are read as a multiplier (万, 亿) before 元, so 1.24亿元 and 5000万元 compare.
const UNITS = [
  '平方公里',
  '平方米',
  '人次',
  '场次',
  '户次',
  '批次',
  '课时',
  '个',
  '名',
  '人',
  '场',
  '户',
  '份',
  '元',
  '项',
  '所',
  '家',
  '支',
  '件',
  '套',
  '次',
  '期',
  '批',
  '篇',
  '册',
  '条',
  '处',
  '座',
  '例',
  '起',
  '班',
  '队',
  '天',
  '亩',
  '辆',
  '台',
  '间',
];
const UNIT = `(${alternation(UNITS)})`;
const NUM = '(\\d+(?:\\.\\d+)?|[零〇一二两三四五六七八九十百千万]+)(万|亿)?';
const S = '[ \\u3000]*';
const TOTAL = new RegExp(`${NUM}${S}(余|多)?${S}${UNIT}([^\\d\\n，,。；;：:（()）、]{0,15}?)${S}(?:([（(])${S}其中|[，,；;：:]${S}其中)(?:${S}[，,：:])?`, 'g');
const PART = new RegExp(`^${S}(?:分别为|分别是|包括)?([^\\d]*?)${S}${NUM}${S}(余|多)?${S}${UNIT}${S}$`);
const FIGURE = new RegExp(`${NUM}${S}(?:余|多)?${S}${UNIT}`, 'g');
const APPROX_BEFORE = /(?:约|近|逾|超|超过|上|数|几|多)$/;
const MULTIPLIER: Record<string, number> = { 万: 1e4, 亿: 1e8 };

interface Part {
  text: string;
  /** In base units: 5000万元 → 50000000. */
  value: number;
  unit: string;
  end: number;
}

function sameUnit(a: string, b: string): boolean {
  const people = ['人', '名'];
  return a === b || (people.includes(a) && people.includes(b));
}

function scaled(digits: string, multiplier: string | undefined): number | undefined {
  const n = parseNumber(digits);
  return n === undefined ? undefined : n * (multiplier ? (MULTIPLIER[multiplier] ?? 1) : 1);
}

function format(n: number): string {
  return Number.isInteger(n) ? String(n) : String(Math.round(n * 100) / 100);
}

/** Splits the list after 其中 into parts; stops at the first piece that is not `label + number + unit`. */
function parseParts(list: string, offset: number): { parts: Part[]; complete: boolean } {
  const parts: Part[] = [];
  let pos = 0;
  for (const piece of list.split(/[、，,；;]/)) {
    const m = PART.exec(piece);
    const value = m ? scaled(m[2] ?? '', m[3]) : undefined;
    if (!m || value === undefined || m[4] !== undefined) return { parts, complete: false };
    parts.push({ text: piece.trim(), value, unit: m[5] ?? '', end: offset + pos + piece.trimEnd().length });
    pos += piece.length + 1;
  }
  return { parts, complete: true };
}

function checkOne(text: string, m: RegExpExecArray): Finding | undefined {
  const multiplier = m[2];
  const total = scaled(m[1] ?? '', multiplier);
  const unit = m[4] ?? '';
  if (total === undefined || total === 0 || m[3] !== undefined || APPROX_BEFORE.test(text.slice(Math.max(0, m.index - 2), m.index))) return undefined;
  const listStart = m.index + m[0].length;
  const lineEnd = text.slice(listStart).search(/[\r\n]|$/) + listStart;
  const bracketed = m[6] !== undefined;
  let listEnd: number;
  if (bracketed) {
    const close = text.slice(listStart, lineEnd).search(/[）)]/);
    if (close < 0) return undefined;
    listEnd = listStart + close;
  } else {
    const stop = text.slice(listStart, lineEnd).search(/[。；;！？!?]/);
    listEnd = stop < 0 ? lineEnd : listStart + stop;
  }
  const list = text.slice(listStart, listEnd);
  const { parts, complete } = parseParts(list, listStart);
  if (parts.length < 2 || (bracketed && !complete) || !parts.every((p) => sameUnit(p.unit, unit))) return undefined;
  const last = parts[parts.length - 1];
  if (!last) return undefined;
  if (!bracketed) {
    // More figures in the same unit later in the sentence (另有…, …等) mean the list may not be the whole.
    const rest = text.slice(last.end, listEnd);
    if (/^\s*等/.test(rest) || [...rest.matchAll(FIGURE)].some((f) => sameUnit(f[3] ?? '', unit))) return undefined;
  }
  const sum = parts.reduce((acc, p) => acc + p.value, 0);
  if (Math.abs(sum - total) < 1e-6 * Math.max(1, total)) return undefined;
  const end = bracketed ? listEnd + 1 : last.end;
  // Say the sum in the total's own terms: 1.24亿元 → 1.23亿元.
  const shown = `${format(sum / (multiplier ? (MULTIPLIER[multiplier] ?? 1) : 1))}${multiplier ?? ''}${unit}`;
  const message = breakdownMessages.mismatch(`${m[1] ?? ''}${multiplier ?? ''}${unit}`, shown, parts.map((p) => p.text).join('、'));
  return makeFinding(text, 'breakdown', 'error', message, m.index, end);
}

/** 其中 breakdowns whose parts do not add up to their total, as errors. */
export function findBreakdownMismatches(text: string): Finding[] {
  const out: Finding[] = [];
  TOTAL.lastIndex = 0;
  for (let m = TOTAL.exec(text); m; m = TOTAL.exec(text)) {
    const f = checkOne(text, m);
    if (f) out.push(f);
  }
  return out;
}
