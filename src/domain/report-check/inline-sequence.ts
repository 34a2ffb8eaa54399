/**
 * `numbering` (inline): `一是…二是…三是…` inside one paragraph must count up by one. Only markers
 * after a boundary count (paragraph start, punctuation, space), so `统一是` is not a marker. A
 * paragraph that opens with `二是` continues the previous one and is fine.
 */
import { numberingMessages as msg } from './messages.js';
import { parseChineseNumeral, toChineseNumeral } from './numerals.js';
import { makeFinding, type Line } from './text.js';
import type { Finding } from './types.js';

const MARKER = /(?<=^|[。；;：:，,！!？?\s（(“"、])([一二三四五六七八九十]{1,3})是/g;

/** Skips and repeats in inline `一是/二是` enumerations, as warnings. */
export function findInlineSequenceProblems(text: string, lines: readonly Line[]): Finding[] {
  const out: Finding[] = [];
  for (const line of lines) {
    let previous: { n: number; marker: string } | undefined;
    for (const m of line.text.matchAll(MARKER)) {
      const n = parseChineseNumeral(m[1] ?? '');
      if (n === undefined) continue;
      const start = line.start + m.index;
      const end = start + m[0].length;
      if (previous) {
        let message: string | undefined;
        if (n === previous.n) message = msg.inlineRepeat(m[0]);
        else if (n < previous.n) message = msg.inlineBackwards(m[0], previous.marker);
        else if (n > previous.n + 1) message = msg.inlineGap(m[0], `${toChineseNumeral(previous.n + 1)}是`);
        if (message) out.push(makeFinding(text, 'numbering', 'warning', message, start, end));
      }
      previous = { n, marker: m[0] };
    }
  }
  return out;
}
