/**
 * `figure_mismatch`: in a report Shiliu generated, each figure is bound to the ledger query that
 * produced it (数出有据). Two ways to check it:
 * - bindings at known offsets (a stored report's text, with what the ledger answers now): the span
 *   must read as the expected text;
 * - marks of a .docx Shiliu wrote (offsets are lost once the file is edited): each figure is found
 *   again by the text around it, and what now stands between that text must still be the figure.
 */
import { figureMessages } from './messages.js';
import { makeFinding, overlaps, splitLines, type Line } from './text.js';
import type { FigureBinding, FigureMark, Finding } from './types.js';

/** Bound figures whose text differs from what they should read, as errors (unanswerable ones as warnings). */
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
    // Nothing to compare with: the reader is told the figure has lost its source, not that it is wrong.
    if (f.unanswerable !== undefined)
      out.push(makeFinding(text, 'figure_mismatch', 'warning', figureMessages.unanswerable(actual, f.unanswerable, f.label), f.start, f.end));
    else if (actual !== f.expectedText)
      out.push(makeFinding(text, 'figure_mismatch', 'error', figureMessages.mismatch(actual, f.expectedText, f.label), f.start, f.end));
  }
  return out;
}

/** Where a mark's figure stands in the checked text now, and what it reads there. */
export interface MarkLocation {
  start: number;
  end: number;
  actual: string;
  /** It still reads as written (spaces aside). */
  same: boolean;
}

// A figure, however rewritten, stays inside its sentence; a longer gap means the context matched by chance.
const MAX_GAP = 24;
// Fewer characters of context than this (a paragraph that is little more than the figure) would match
// any short paragraph of a rewritten file: such a mark is not placed at all.
const MIN_CONTEXT = 4;
const SENTENCE_END = /[。；！？!?;]/;
const sameFigure = (a: string, b: string): boolean => a === b || a.replace(/[ \t\u00a0\u3000]/g, '') === b.replace(/[ \t\u00a0\u3000]/g, '');

/** Every place in the lines where the mark's context stands, with the text between (nearest closing context first). */
function candidates(lines: readonly Line[], mark: FigureMark): MarkLocation[] {
  // A context that is empty without reaching its paragraph's edge anchors nothing: the mark cannot be placed.
  if ((mark.before === '' && !mark.atStart) || (mark.after === '' && !mark.atEnd)) return [];
  if (mark.before.length + mark.after.length < MIN_CONTEXT) return [];
  const out: MarkLocation[] = [];
  for (const line of lines) {
    const starts: number[] = [];
    if (mark.atStart) {
      if (line.text.startsWith(mark.before)) starts.push(mark.before.length);
    } else {
      for (let at = line.text.indexOf(mark.before); at >= 0; at = line.text.indexOf(mark.before, at + 1)) starts.push(at + mark.before.length);
    }
    for (const s of starts) {
      const e = closingAt(line.text, s, mark);
      if (e === undefined) continue;
      const actual = line.text.slice(s, e);
      if (actual.length > Math.max(MAX_GAP, 2 * mark.text.length) || SENTENCE_END.test(actual)) continue;
      out.push({ start: line.start + s, end: line.start + e, actual, same: sameFigure(actual, mark.text) });
    }
  }
  return out;
}

/** Where the closing context begins after `s`: right after the figure if it is unchanged, else the nearest one. */
function closingAt(line: string, s: number, mark: FigureMark): number | undefined {
  if (mark.atEnd) {
    const e = line.length - mark.after.length;
    return e >= s && line.endsWith(mark.after) ? e : undefined;
  }
  if (line.startsWith(mark.text + mark.after, s)) return s + mark.text.length;
  const e = line.indexOf(mark.after, s);
  return e < 0 ? undefined : e;
}

/**
 * Places each mark in the text, in reading order. A mark takes, by preference, an unchanged
 * occurrence after the previous mark, then one anywhere, then a changed one after, then anywhere;
 * a place is taken once, so repeated identical sentences pair up one to one and an edited
 * repetition is the one reported. Undefined: the context is gone (the paragraph was rewritten).
 */
export function locateFigureMarks(text: string, marks: readonly FigureMark[]): Array<MarkLocation | undefined> {
  const lines = splitLines(text);
  const taken: MarkLocation[] = [];
  let cursor = 0;
  return marks.map((mark) => {
    // Same start counts as taken too: a deleted figure's place is empty, and empty spans overlap nothing.
    const free = candidates(lines, mark).filter((c) => !taken.some((t) => overlaps(t, c) || t.start === c.start));
    const after = (c: MarkLocation) => c.start >= cursor;
    const chosen = free.find((c) => c.same && after(c)) ?? free.find((c) => c.same) ?? free.find(after) ?? free[0];
    if (chosen) {
      taken.push(chosen);
      cursor = chosen.end;
    }
    return chosen;
  });
}

/**
 * Figures of a Shiliu .docx typed over (or deleted) since it was written, as errors at the span
 * that now stands in their place. A figure whose context cannot be found is not reported: its
 * paragraph was rewritten, which is the writer's right, and guessing where it went would raise
 * false alarms.
 */
export function findRewrittenFigures(text: string, marks: readonly FigureMark[]): Finding[] {
  const out: Finding[] = [];
  locateFigureMarks(text, marks).forEach((at, i) => {
    const mark = marks[i]!;
    if (!at || at.same) return;
    const message = at.actual.trim() === '' ? figureMessages.deleted(mark.text, mark.label) : figureMessages.rewritten(at.actual, mark.text, mark.label);
    out.push(makeFinding(text, 'figure_mismatch', 'error', message, at.start, at.end));
  });
  return out;
}
