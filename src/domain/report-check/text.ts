import type { Finding, RuleId, Severity } from './types.js';

/** A line (a paragraph of extracted .docx text) without its terminator; `start` is its offset. */
export interface Line {
  start: number;
  end: number;
  text: string;
}

/** Splits on \n, \r\n and \r, keeping offsets into the original text. */
export function splitLines(text: string): Line[] {
  const lines: Line[] = [];
  const re = /\r\n|\n|\r/g;
  let start = 0;
  for (let m = re.exec(text); m; m = re.exec(text)) {
    lines.push({ start, end: m.index, text: text.slice(start, m.index) });
    start = m.index + m[0].length;
  }
  lines.push({ start, end: text.length, text: text.slice(start) });
  return lines;
}

/** Horizontal white space only: a placeholder gap never spans a paragraph break. */
export const HSPACE = '[ \\t\\u00a0\\u3000]';

export function isHSpace(ch: string | undefined): boolean {
  return ch !== undefined && /^[ \t\u00a0\u3000]$/.test(ch);
}

/** CJK ideographs (basic, extension A, compatibility). */
export function isCjk(ch: string | undefined): boolean {
  return ch !== undefined && /^[\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff]$/.test(ch);
}

export function isLatin(ch: string | undefined): boolean {
  return ch !== undefined && /^[A-Za-z\uff21-\uff3a\uff41-\uff5a]$/.test(ch);
}

export function isDigit(ch: string | undefined): boolean {
  return ch !== undefined && /^[0-9\uff10-\uff19]$/.test(ch);
}

/** The nearest character before `index`, skipping horizontal spaces. */
export function charBefore(text: string, index: number): string | undefined {
  let i = index - 1;
  while (i >= 0 && isHSpace(text[i])) i -= 1;
  return i >= 0 ? text[i] : undefined;
}

/** The nearest character at or after `index`, skipping horizontal spaces. */
export function charAfter(text: string, index: number): string | undefined {
  let i = index;
  while (i < text.length && isHSpace(text[i])) i += 1;
  return text[i];
}

/** A few characters around a span, for messages that must name where the problem is. */
export function context(text: string, start: number, end: number, before = 4, after = 4): string {
  const from = Math.max(start - before, lineStartOf(text, start));
  const to = Math.min(end + after, lineEndOf(text, end));
  return text.slice(from, to).replace(/^[\s，,。；;：:、]+|[\s，,。；;：:、]+$/g, '');
}

function lineStartOf(text: string, index: number): number {
  const n = Math.max(text.lastIndexOf('\n', index - 1), text.lastIndexOf('\r', index - 1));
  return n + 1;
}

function lineEndOf(text: string, index: number): number {
  const candidates = [text.indexOf('\n', index), text.indexOf('\r', index)].filter((n) => n >= 0);
  return candidates.length > 0 ? Math.min(...candidates) : text.length;
}

export function makeFinding(source: string, rule: RuleId, severity: Severity, message: string, start: number, end: number): Finding {
  return { rule, severity, message, start, end, text: source.slice(start, end) };
}

export function overlaps(a: { start: number; end: number }, b: { start: number; end: number }): boolean {
  return a.start < b.end && b.start < a.end;
}

/** Builds an alternation that prefers the longest word (regex alternation takes the first that fits). */
export function alternation(words: readonly string[]): string {
  return [...words]
    .sort((a, b) => b.length - a.length)
    .map((w) => w.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'))
    .join('|');
}
