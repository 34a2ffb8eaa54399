/**
 * `punctuation`: half-width `, ; : ? ! ( )` typed into Chinese prose (`开展宣讲,覆盖全县`,
 * `进村(社区)`), the full-width mark as the fix. Only where Chinese stands on one side and nothing
 * Latin on the other: `1,234`, `10:30`, `3:1`, URLs, English and code (`print(x)`) stay untouched.
 * A `(1)` or `(一)` opening a paragraph is a heading the numbering rule already notes.
 */
import { punctuationMessages } from './messages.js';
import { charAfter, charBefore, context, isCjk, isDigit, isLatin, makeFinding, type Line } from './text.js';
import type { Finding } from './types.js';

const FULL_WIDTH: Record<string, string> = { ',': '，', ';': '；', ':': '：', '?': '？', '!': '！', '(': '（', ')': '）' };

/** Chinese ideographs, CJK and full-width punctuation, and the curly quotes Chinese text uses. */
function isChineseSide(ch: string | undefined): boolean {
  return ch !== undefined && (isCjk(ch) || /^[\u3000-\u303f\uff01-\uff0f\uff1a-\uff20\uff3b-\uff40\uff5b-\uff65“”‘’…—]$/.test(ch));
}

const isLineEnd = (ch: string | undefined): boolean => ch === undefined || ch === '\n' || ch === '\r';

/** A mark with Chinese before it and Chinese, a number or the paragraph's end after it — or a number before and Chinese after. */
function inChineseText(text: string, start: number, end: number): boolean {
  const before = charBefore(text, start);
  const after = charAfter(text, end);
  if (isChineseSide(before)) return isChineseSide(after) || isDigit(after) || isLineEnd(after);
  return isDigit(before) && isChineseSide(after);
}

const HEADING_NUMBER = /^[0-9０-９一二三四五六七八九十]{1,3}$/;

function findParentheses(text: string, line: Line, out: Finding[]): void {
  for (const m of line.text.matchAll(/\(([^()\n]{0,60})\)/g)) {
    const start = line.start + m.index;
    const end = start + m[0].length;
    const inner = m[1] ?? '';
    if (line.text.slice(0, m.index).trim() === '' && HEADING_NUMBER.test(inner.trim())) continue;
    // `（  ）` is an empty blank, the placeholder rule's.
    if (inner.trim() === '') continue;
    const prev = text[start - 1];
    // `print("你好")`, `f(x)`: a call in code or English, whatever it holds.
    if (isLatin(prev) || prev === '_') continue;
    if (![...inner].some(isCjk) && !isCjk(prev)) continue;
    out.push(makeFinding(text, 'punctuation', 'warning', punctuationMessages.parentheses(inner), start, end));
  }
}

/** Half-width punctuation inside Chinese text, as warnings (one per mark, one per bracket pair). */
export function findHalfWidthPunctuation(text: string, lines: readonly Line[]): Finding[] {
  const out: Finding[] = [];
  for (const line of lines) {
    findParentheses(text, line, out);
    for (const m of line.text.matchAll(/[,;:?!]/g)) {
      const start = line.start + m.index;
      if (!inChineseText(text, start, start + 1)) continue;
      const where = context(text, start, start + 1, 4, 4);
      out.push(makeFinding(text, 'punctuation', 'warning', punctuationMessages.mark(m[0], FULL_WIDTH[m[0]] ?? m[0], where), start, start + 1));
    }
  }
  return out.sort((a, b) => a.start - b.start);
}
