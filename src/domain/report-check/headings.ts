/**
 * Heading markers at the start of a paragraph, in the GB/T 9704-2012 order 一、 → （一） → 1. → （1）.
 * Only a paragraph's first token counts: `1.坚持… 2.加强…` inside a paragraph is an inline list.
 */
import { parseChineseNumeral, toChineseNumeral } from './numerals.js';
import type { Line } from './text.js';

export type HeadingLevel = 1 | 2 | 3 | 4;

export interface Heading {
  level: HeadingLevel;
  number: number;
  /** The marker as written (`（一）`, `1、`, `( 二)`), at [start, end) of the text. */
  marker: string;
  start: number;
  end: number;
  /** Punctuation written after the number or bracket ('' when none). */
  punct: string;
  halfWidth: boolean;
}

const LEADING = /^[ \t\u00a0\u3000]*/;
const CN = '[一二三四五六七八九十]{1,3}';
const PATTERNS: ReadonlyArray<{ level: HeadingLevel; re: RegExp }> = [
  // `一、二年级学生…` lists numbers, it is not a heading.
  { level: 1, re: new RegExp(`^(${CN})[ \\u3000]*([、.．])(?![一二三四五六七八九十][、年季月])`) },
  { level: 2, re: new RegExp(`^[（(][ \\u3000]*(${CN})[ \\u3000]*[）)](?:[ \\u3000]*([、.．，,]))?`) },
  // `1.24亿元` and `1、2月份` opening a paragraph are figures, not headings.
  { level: 3, re: /^(\d{1,2})[ \u3000]*([.．、，,])(?![\d０-９])/ },
  { level: 4, re: /^[（(][ \u3000]*(\d{1,2})[ \u3000]*[）)](?:[ \u3000]*([、.．，,]))?/ },
];

/** The heading marker a paragraph opens with, if any. */
export function parseHeading(line: Line): Heading | undefined {
  const indent = LEADING.exec(line.text)?.[0].length ?? 0;
  const body = line.text.slice(indent);
  for (const { level, re } of PATTERNS) {
    const m = re.exec(body);
    if (!m) continue;
    const digits = m[1] ?? '';
    const number = level === 1 || level === 2 ? parseChineseNumeral(digits) : Number(digits);
    if (number === undefined || number < 1) return undefined;
    const start = line.start + indent;
    return { level, number, marker: m[0], start, end: start + m[0].length, punct: m[2] ?? '', halfWidth: /[()]/.test(m[0]) };
  }
  return undefined;
}

/** The correct form of a heading number at a level: 三、 （三） 3. （3）. */
export function canonicalMarker(level: HeadingLevel, n: number): string {
  switch (level) {
    case 1:
      return `${toChineseNumeral(n)}、`;
    case 2:
      return `（${toChineseNumeral(n)}）`;
    case 3:
      return `${n}.`;
    case 4:
      return `（${n}）`;
  }
}
