import { replaceRange, sanitizeInserted, tokenSpans, touchesToken, TOKEN_CLOSE, TOKEN_OPEN, type TokenSpan, type TokenText } from './figure-tokens.js';

/**
 * What the keys of a person editing a block do to the figures in it, decided before the browser
 * acts, so that a figure is kept whole unless it is deliberately taken away:
 * - typing (a key, an input method's candidate) never changes a figure: inside one, or over a
 *   selection that holds one, it is refused and the figure is selected to show what is bound;
 * - Backspace/Delete next to or inside a figure first selects the whole figure (refused once, with
 *   a hint); on a selection that holds only whole figures (and text) it deletes them whole — an
 *   explicit key on a visible selection, which the editor lets the writer undo;
 * - cut, paste and drop over a selection replace whole figures only; one that cuts into a figure
 *   is refused and the selection widened to the whole figure;
 * - `unbindFigure` is the one way to turn a figure into plain typed text that can be rewritten.
 * Nothing near a figure is left to the browser (`native`), so its own undo keeps working there.
 */

export interface Selection {
  start: number;
  end: number;
}

export type EditIntent =
  { kind: 'type'; text: string } | { kind: 'paste'; text: string } | { kind: 'delete'; direction: 'backward' | 'forward' } | { kind: 'cut' };

/** Why a key was refused: typed onto a figure, a deletion next to or into one, a cut or paste into part of one. */
export type Refusal = 'typed' | 'delete' | 'partial';

export type EditDecision =
  | { kind: 'native' }
  /** Done by the editor instead of the browser; `removed`: the texts of the figures taken out, in order. */
  | { kind: 'apply'; value: TokenText; caret: number; removed: string[] }
  /** Nothing changes; `select` is the range to select (the whole figures concerned). */
  | { kind: 'refuse'; reason: Refusal; select: Selection; figures: string[] };

const labelOf = (value: TokenText, span: TokenSpan) => value.text.slice(span.start + TOKEN_OPEN.length, span.end - TOKEN_CLOSE.length);

function refuse(value: TokenText, reason: Refusal, hit: readonly TokenSpan[], selection: Selection): EditDecision {
  const start = Math.min(selection.start, ...hit.map((s) => s.start));
  const end = Math.max(selection.end, ...hit.map((s) => s.end));
  return { kind: 'refuse', reason, select: { start, end }, figures: hit.map((s) => labelOf(value, s)) };
}

/** What `intent` on `selection` does to `value`; `resolve` binds a pasted token to its figure by its text. */
export function decideEdit(value: TokenText, selection: Selection, intent: EditIntent, resolve: (label: string) => string | undefined): EditDecision {
  const spans = tokenSpans(value);
  const { start, end } = selection;
  if (start === end && intent.kind === 'delete') {
    // A bare caret deletes the character beside it: a figure's bracket, or one inside a figure.
    const beside = spans.find((s) => (intent.direction === 'backward' ? start > s.start && start <= s.end : start >= s.start && start < s.end));
    return beside ? refuse(value, 'delete', [beside], selection) : { kind: 'native' };
  }
  const hit = spans.filter((s) => touchesToken(s, start, end));
  if (hit.length === 0) return { kind: 'native' };
  if (intent.kind === 'type') return refuse(value, 'typed', hit, selection);
  if (start === end || !hit.every((s) => s.start >= start && s.end <= end))
    return refuse(value, intent.kind === 'delete' ? 'delete' : 'partial', hit, selection);
  const inserted = intent.kind === 'paste' ? sanitizeInserted(intent.text, resolve) : { text: '', ids: [] };
  return { kind: 'apply', value: replaceRange(value, start, end, inserted), caret: start + inserted.text.length, removed: hit.map((s) => labelOf(value, s)) };
}

/** The figure a selection holds or touches, or the one beside a bare caret (the one before it first). */
export function figureAt(value: TokenText, selection: Selection): TokenSpan | undefined {
  const spans = tokenSpans(value);
  if (selection.start !== selection.end) return spans.find((s) => selection.start < s.end && selection.end > s.start);
  const at = selection.start;
  return spans.find((s) => at > s.start && at <= s.end) ?? spans.find((s) => at === s.start);
}

export interface Unbound {
  value: TokenText;
  /** After the figure's text, now plain. */
  caret: number;
  /** The text it had, now typed text. */
  text: string;
  figureId: string;
}

/** Turns the figure at `span` into the plain text it showed: no longer bound, refreshed or checked against the ledger. */
export function unbindFigure(value: TokenText, span: TokenSpan): Unbound {
  const text = labelOf(value, span);
  return { value: replaceRange(value, span.start, span.end, { text, ids: [] }), caret: span.start + text.length, text, figureId: span.id };
}
