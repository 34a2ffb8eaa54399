import { describe, expect, it } from 'vitest';
import type { Inline } from '../../../contracts/report.contract.js';
import { applyTokenEdit, insertToken, snapCaret, splitTokenText, toInlines, toTokenText, tokenSpans, type TokenText } from './figure-tokens.js';

const TEXTS: Record<string, string> = { f1: '300余场次', f2: '7500余户', f3: '300余场次' };
const figureText = (id: string) => TEXTS[id];
// A pasted token finds the first figure with that text.
const resolve = (label: string) => Object.keys(TEXTS).find((id) => TEXTS[id] === label);

const inlines: Inline[] = [
  { kind: 'text', text: '开展宣讲' },
  { kind: 'figure', figureId: 'f1' },
  { kind: 'text', text: '，覆盖' },
  { kind: 'figure', figureId: 'f2' },
  { kind: 'text', text: '。' },
];
const start = (): TokenText => toTokenText(inlines, figureText);

/** What the textarea shows after replacing [from, to) with `typed`, caret after it. */
function type(value: TokenText, from: number, to: number, typed: string) {
  const next = value.text.slice(0, from) + typed + value.text.slice(to);
  return applyTokenEdit(value, next, from + typed.length, resolve);
}

describe('figure tokens', () => {
  it('writes figures as ⟦text⟧ tokens and reads them back to the same inlines', () => {
    const value = start();
    expect(value).toEqual({ text: '开展宣讲⟦300余场次⟧，覆盖⟦7500余户⟧。', ids: ['f1', 'f2'] });
    expect(toInlines(value)).toEqual(inlines);
    expect(tokenSpans(value).map((s) => value.text.slice(s.start, s.end))).toEqual(['⟦300余场次⟧', '⟦7500余户⟧']);
  });

  it('keeps typing between tokens as text and every figure bound', () => {
    const value = start();
    const { value: edited, caret } = type(value, 4, 4, '报告会');
    expect(edited).toEqual({ text: '开展宣讲报告会⟦300余场次⟧，覆盖⟦7500余户⟧。', ids: ['f1', 'f2'] });
    expect(caret).toBe(7);
  });

  it('refuses a change that reaches into a token, leaving every figure whole (an input method, native undo, a script)', () => {
    const value = start();
    const end = value.text.indexOf('⟧') + 1;
    // Backspace on the closing bracket, had the browser done it.
    expect(type(value, end - 1, end, '')).toEqual({ value, caret: end, refused: true });
    // A selection from 宣 into the middle of the second token, replaced by 工作.
    expect(type(value, value.text.indexOf('宣'), value.text.indexOf('余户'), '工作').value).toEqual(value);
    // Typing inside a token.
    const inside = value.text.indexOf('余场次');
    expect(type(value, inside, inside, '多').refused).toBe(true);
    // The reported fault: 138 selected inside ⟦138个⟧ and 1 typed must not leave "管理的40单位" behind.
    const units = toTokenText(
      [
        { kind: 'text', text: '管理的' },
        { kind: 'figure', figureId: 'u' },
        { kind: 'text', text: '单位' },
      ],
      () => '138个',
    );
    const typed = units.text.replace('138', '1');
    expect(applyTokenEdit(units, typed, typed.indexOf('1') + 1, resolve)).toMatchObject({ value: units, refused: true });
  });

  it('deletes text right up to a token without touching it', () => {
    const value = start();
    const open = value.text.indexOf('⟦');
    const { value: edited, caret } = type(value, open - 1, open, '');
    expect(edited).toEqual({ text: '开展宣⟦300余场次⟧，覆盖⟦7500余户⟧。', ids: ['f1', 'f2'] });
    expect(caret).toBe(open - 1);
  });

  it('tells two tokens with the same text apart by position, not by text', () => {
    const value = toTokenText(
      [
        { kind: 'figure', figureId: 'f3' },
        { kind: 'text', text: '和' },
        { kind: 'figure', figureId: 'f1' },
      ],
      figureText,
    );
    const { value: edited } = type(value, value.text.length, value.text.length, '。');
    expect(edited.ids).toEqual(['f3', 'f1']);
    // Deleting 和 between them keeps both in order.
    const and = value.text.indexOf('和');
    expect(type(value, and, and + 1, '').value.ids).toEqual(['f3', 'f1']);
  });

  it('binds a pasted token to its figure by text, and turns an unknown one into plain words', () => {
    const value = start();
    const end = value.text.length - 1;
    const { value: edited } = type(value, end, end, '，发放⟦7500余户⟧和⟦9999份⟧');
    expect(edited.text).toBe('开展宣讲⟦300余场次⟧，覆盖⟦7500余户⟧，发放⟦7500余户⟧和9999份。');
    expect(edited.ids).toEqual(['f1', 'f2', 'f2']);
  });

  it('drops stray brackets and line breaks from typed text', () => {
    const value = start();
    const { value: edited } = type(value, 0, 0, '⟦全年\n');
    expect(edited.text.startsWith('全年开展')).toBe(true);
    expect(edited.ids).toEqual(['f1', 'f2']);
  });

  it('keeps same-text tokens bound to their own figures when the whole text is replaced at once', () => {
    const value = toTokenText(
      [
        { kind: 'text', text: '纳入管理的' },
        { kind: 'figure', figureId: 'f3' },
        { kind: 'text', text: '单位中，全年有' },
        { kind: 'figure', figureId: 'f1' },
        { kind: 'text', text: '单位登记了活动，基本实现全覆盖。' },
      ],
      figureText,
    );
    const next = value.text.replace('纳入管理的', '纳入台账管理的');
    // A programmatic fill leaves the caret at the end.
    expect(applyTokenEdit(value, next, next.length, resolve).value).toEqual({ text: next, ids: ['f3', 'f1'] });
  });

  it('works out the edit without a caret too (autocorrect, undo)', () => {
    const value = start();
    const next = value.text.replace('覆盖', '惠及');
    expect(applyTokenEdit(value, next, undefined, resolve).value).toEqual({ text: next, ids: ['f1', 'f2'] });
  });

  it('moves a caret out of a token to its nearer edge', () => {
    const value = start();
    const open = value.text.indexOf('⟦');
    const close = value.text.indexOf('⟧') + 1;
    expect(snapCaret(value, open + 1)).toBe(open);
    expect(snapCaret(value, close - 1)).toBe(close);
    expect(snapCaret(value, 2)).toBe(2);
  });

  it('inserts a figure at the caret and splits at the caret for a new paragraph', () => {
    const value = start();
    const { value: inserted, caret } = insertToken(value, 2, 'f3', '300余场次');
    expect(inserted.text.slice(0, caret)).toBe('开展⟦300余场次⟧');
    expect(inserted.ids).toEqual(['f3', 'f1', 'f2']);

    const at = value.text.indexOf('，');
    const [left, right] = splitTokenText(value, at);
    expect(left).toEqual({ text: '开展宣讲⟦300余场次⟧', ids: ['f1'] });
    expect(right).toEqual({ text: '，覆盖⟦7500余户⟧。', ids: ['f2'] });
    // A split asked inside a token happens at its edge.
    const [l2, r2] = splitTokenText(value, value.text.indexOf('余场次'));
    expect(l2.ids.length + r2.ids.length).toBe(2);
  });
});
