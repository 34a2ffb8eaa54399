import type { Inline } from '../../../contracts/report.contract.js';

/**
 * A block's inlines as the plain text a textarea edits: each figure is a token ⟦300余场次⟧ showing
 * its current text, and the tokens are atomic. No edit ever takes part of a token: the keys that
 * reach one are decided in figure-edit.ts (refused, or the whole token taken on an explicit key),
 * and any other change that would cut into one (an input method, the browser's own undo, a script
 * filling the box) is refused here, so a figure is kept whole unless it is deliberately deleted or
 * unbound. A token pasted in finds its figure by its text. Which figure a token stands for is
 * kept beside the text (`ids`, in token order), not written into it.
 */

export const TOKEN_OPEN = '⟦';
export const TOKEN_CLOSE = '⟧';

export interface TokenText {
  text: string;
  /** The figure of the i-th token, in order. */
  ids: readonly string[];
}

export interface TokenSpan {
  start: number;
  end: number;
  id: string;
}

const TOKEN = /⟦[^⟦⟧]*⟧/g;
const RESERVED = /[⟦⟧]/g;
const LINE_BREAKS = /\r\n|\r|\n/g;

const stripReserved = (s: string) => s.replace(RESERVED, '');

/** The token a figure shows as; brackets in its text would break the token, so they are dropped. */
export function tokenOf(label: string): string {
  return `${TOKEN_OPEN}${stripReserved(label) || '数据'}${TOKEN_CLOSE}`;
}

/** A block's inlines as editable text; `figureText` gives a figure's current text. */
export function toTokenText(inlines: readonly Inline[], figureText: (id: string) => string | undefined): TokenText {
  let text = '';
  const ids: string[] = [];
  for (const inline of inlines) {
    if (inline.kind === 'text') {
      text += stripReserved(inline.text);
    } else {
      text += tokenOf(figureText(inline.figureId) ?? '');
      ids.push(inline.figureId);
    }
  }
  return { text, ids };
}

/** Where each token sits in the text. */
export function tokenSpans(value: TokenText): TokenSpan[] {
  const spans: TokenSpan[] = [];
  let i = 0;
  for (const match of value.text.matchAll(TOKEN)) {
    const id = value.ids[i++];
    if (id !== undefined) spans.push({ start: match.index, end: match.index + match[0].length, id });
  }
  return spans;
}

/** Back to inlines: the text between tokens, and a figure for each token. */
export function toInlines(value: TokenText): Inline[] {
  const inlines: Inline[] = [];
  let at = 0;
  for (const span of tokenSpans(value)) {
    if (span.start > at) inlines.push({ kind: 'text', text: value.text.slice(at, span.start) });
    inlines.push({ kind: 'figure', figureId: span.id });
    at = span.end;
  }
  if (at < value.text.length) inlines.push({ kind: 'text', text: value.text.slice(at) });
  return inlines;
}

/** A caret inside a token moves to the token's nearer edge (its end on a tie), so typing never lands in one. */
export function snapCaret(value: TokenText, caret: number): number {
  const span = tokenSpans(value).find((s) => caret > s.start && caret < s.end);
  if (!span) return caret;
  return caret - span.start < span.end - caret ? span.start : span.end;
}

interface EditRange {
  start: number;
  oldEnd: number;
  newEnd: number;
}

/** The smallest change turning `before` into `after`, given how many trailing characters they share at most. */
function rangeWithSuffix(before: string, after: string, suffix: number): EditRange {
  const limit = Math.min(before.length - suffix, after.length - suffix);
  let prefix = 0;
  while (prefix < limit && before[prefix] === after[prefix]) prefix++;
  return { start: prefix, oldEnd: before.length - suffix, newEnd: after.length - suffix };
}

/**
 * The range [start, oldEnd) of `before` that became [start, newEnd) of `after`: the smallest one,
 * so a whole-text replacement (autocorrect, undo, a test's fill) keeps every token it did not
 * touch. Among equally small ones (typing next to a repeated character) the caret, which sits at
 * the end of what was inserted, says where the edit really was.
 */
function editRange(before: string, after: string, caret: number | undefined): EditRange {
  let common = 0;
  const max = Math.min(before.length, after.length);
  while (common < max && before[before.length - 1 - common] === after[after.length - 1 - common]) common++;
  // Prefix first, then whatever suffix is left, as rangeWithSuffix does with the widest suffix.
  let prefix = 0;
  while (prefix < max && before[prefix] === after[prefix]) prefix++;
  const suffix = Math.min(common, max - prefix);
  const smallest: EditRange = { start: prefix, oldEnd: before.length - suffix, newEnd: after.length - suffix };
  if (caret === undefined || caret < 0 || caret > after.length) return smallest;
  const tail = after.length - caret;
  if (tail > before.length || after.slice(caret) !== before.slice(before.length - tail)) return smallest;
  const atCaret = rangeWithSuffix(before, after, tail);
  return atCaret.oldEnd - atCaret.start === smallest.oldEnd - smallest.start ? atCaret : smallest;
}

/** Typed or pasted text: tokens that name a figure stay tokens, anything else loses its brackets; no line breaks. */
export function sanitizeInserted(inserted: string, resolve: (label: string) => string | undefined): TokenText {
  let text = '';
  const ids: string[] = [];
  let at = 0;
  const clean = inserted.replace(LINE_BREAKS, '');
  for (const match of clean.matchAll(TOKEN)) {
    text += stripReserved(clean.slice(at, match.index));
    const label = match[0].slice(1, -1);
    const id = resolve(label);
    if (id === undefined) {
      text += label;
    } else {
      text += tokenOf(label);
      ids.push(id);
    }
    at = match.index + match[0].length;
  }
  text += stripReserved(clean.slice(at));
  return { text, ids };
}

export interface EditResult {
  value: TokenText;
  /** Where the caret belongs afterwards (the text may differ from what the textarea shows). */
  caret: number;
  /** The change would have cut into a figure and was not made: `value` is the text before it. */
  refused?: boolean;
}

/** [start, end) of the text replaced by `inserted`; the tokens inside the range go, those outside keep their figures. */
export function replaceRange(value: TokenText, start: number, end: number, inserted: TokenText): TokenText {
  const spans = tokenSpans(value);
  const before = spans.filter((s) => s.end <= start).map((s) => s.id);
  const after = spans.filter((s) => s.start >= end).map((s) => s.id);
  return { text: value.text.slice(0, start) + inserted.text + value.text.slice(end), ids: [...before, ...inserted.ids, ...after] };
}

/** Whether a change of [start, end) reaches into a token (an insertion: lands strictly inside one). */
export function touchesToken(span: TokenSpan, start: number, end: number): boolean {
  return start === end ? start > span.start && start < span.end : start < span.end && end > span.start;
}

/**
 * Applies what the textarea now shows (`next`, caret at `caret`) to `prev`. A change that stays
 * outside every token is taken as it is (a pasted token is bound by its text through `resolve`;
 * undefined: it becomes plain text). A change that reaches into a token is refused whole: the
 * keys that may take a token were decided before the browser acted (figure-edit.ts), so whatever
 * else gets here (an input method, native undo, a script) must not delete a figure or half of one.
 */
export function applyTokenEdit(prev: TokenText, next: string, caret: number | undefined, resolve: (label: string) => string | undefined): EditResult {
  const range = editRange(prev.text, next, caret);
  const spans = tokenSpans(prev);
  const hit = spans.find((s) => touchesToken(s, range.start, range.oldEnd));
  if (hit) return { value: prev, caret: hit.end, refused: true };
  const inserted = sanitizeInserted(next.slice(range.start, range.newEnd), resolve);
  return { value: replaceRange(prev, range.start, range.oldEnd, inserted), caret: range.start + inserted.text.length };
}

/** Puts a figure's token at the caret (moved out of any token first). */
export function insertToken(value: TokenText, caret: number, figureId: string, label: string): EditResult {
  const at = snapCaret(value, Math.max(0, Math.min(caret, value.text.length)));
  const token = tokenOf(label);
  const spans = tokenSpans(value);
  const before = spans.filter((s) => s.end <= at).map((s) => s.id);
  const after = spans.filter((s) => s.start >= at).map((s) => s.id);
  return { value: { text: value.text.slice(0, at) + token + value.text.slice(at), ids: [...before, figureId, ...after] }, caret: at + token.length };
}

/** Splits the text at the caret (moved out of any token first), for Enter starting a new paragraph. */
export function splitTokenText(value: TokenText, caret: number): [TokenText, TokenText] {
  const at = snapCaret(value, Math.max(0, Math.min(caret, value.text.length)));
  const spans = tokenSpans(value);
  return [
    { text: value.text.slice(0, at), ids: spans.filter((s) => s.end <= at).map((s) => s.id) },
    { text: value.text.slice(at), ids: spans.filter((s) => s.start >= at).map((s) => s.id) },
  ];
}
