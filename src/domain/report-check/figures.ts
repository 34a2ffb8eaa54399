/**
 * `figure_mismatch`: in a report Shiliu generated, each figure is bound to the ledger query that
 * produced it. If the text at the bound span no longer reads as the expected figure, someone typed
 * over it (数出有据 is lost). The binding's offsets refer to the text being checked.
 */
import { figureMessages } from './messages.js';
import { makeFinding } from './text.js';
import type { FigureBinding, Finding } from './types.js';

/** Bound figures whose text changed, as errors. */
export function findFigureMismatches(text: string, figures: readonly FigureBinding[]): Finding[] {
  const out: Finding[] = [];
  for (const f of figures) {
    const valid = Number.isInteger(f.start) && Number.isInteger(f.end) && f.start >= 0 && f.start <= f.end && f.end <= text.length;
    if (!valid) {
      const at = Math.min(Math.max(0, Number.isInteger(f.start) ? f.start : 0), text.length);
      out.push(makeFinding(text, 'figure_mismatch', 'error', figureMessages.outOfRange(f.expectedText, f.label), at, at));
      continue;
    }
    const actual = text.slice(f.start, f.end);
    if (actual !== f.expectedText) out.push(makeFinding(text, 'figure_mismatch', 'error', figureMessages.mismatch(actual, f.expectedText, f.label), f.start, f.end));
  }
  return out;
}
