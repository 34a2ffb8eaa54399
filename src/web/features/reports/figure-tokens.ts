import type { Inline } from '../../../contracts/report.contract.js';

/**
 * A block's inlines as the plain text a textarea edits: each figure is a token ⟦300余场次⟧ showing
 * its current text, and the tokens are atomic. An edit that cuts into a token removes the whole
 * token, typing inside one lands after it, and a token pasted back in finds its figure by its
 * text, so a figure can be deleted or moved but never half-edited into typed digits. Which figure
 * a token stands for is kept beside the text (`ids`, in token order), not written into it.
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
function sanitizeInserted(inserted: string, resolve: (label: string) => string | undefined): TokenText {
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
}

/**
 * Applies what the textarea now shows (`next`, caret at `caret`) to `prev`, keeping tokens whole:
 * a deletion that reaches into a token takes the whole token, an insertion inside one goes after
 * it. `resolve` finds the figure of a pasted token by its text (undefined: it becomes plain text).
 */
export function applyTokenEdit(prev: TokenText, next: string, caret: number | undefined, resolve: (label: string) => string | undefined): EditResult {
  const range = editRange(prev.text, next, caret);
  let { start, oldEnd } = range;
  const spans = tokenSpans(prev);
  for (const span of spans) {
    if (start === oldEnd) {
      if (start > span.start && start < span.end) start = oldEnd = span.end;
    } else if (start < span.end && oldEnd > span.start) {
      start = Math.min(start, span.start);
      oldEnd = Math.max(oldEnd, span.end);
    }
  }
  const inserted = sanitizeInserted(next.slice(range.start, range.newEnd), resolve);
  const before = spans.filter((s) => s.end <= start).map((s) => s.id);
  const after = spans.filter((s) => s.start >= oldEnd).map((s) => s.id);
  return {
    value: { text: prev.text.slice(0, start) + inserted.text + prev.text.slice(oldEnd), ids: [...before, ...inserted.ids, ...after] },
    caret: start + inserted.text.length,
  };
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
