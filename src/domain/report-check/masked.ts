/**
 * `masked`: text the source website censored into asterisks (`区****领导`, `开****园区`). Four or
 * more stars; three are a template blank (see placeholders.ts).
 */
import { maskedMessages } from './messages.js';
import { context, makeFinding } from './text.js';
import type { Finding } from './types.js';

/** Runs of four or more asterisks (half- or full-width), as `masked` errors. */
export function findMasked(text: string): Finding[] {
  const out: Finding[] = [];
  for (const m of text.matchAll(/[*＊]{4,}/g)) {
    const end = m.index + m[0].length;
    out.push(makeFinding(text, 'masked', 'error', maskedMessages.masked(m[0], context(text, m.index, end, 2, 2)), m.index, end));
  }
  return out;
}
