import { describe, expect, it } from 'vitest';
import { decideEdit, figureAt, unbindFigure, type EditIntent } from './figure-edit.js';
import { toInlines, toTokenText, tokenSpans, type TokenText } from './figure-tokens.js';

const TEXTS: Record<string, string> = { f1: '789项', f2: '138个' };
const resolve = (label: string) => Object.keys(TEXTS).find((id) => TEXTS[id] === label);

// The sentences of the reported fault: 全年分别登记活动⟦789项⟧、… and 纳入管理的⟦138个⟧单位.
const start = (): TokenText =>
  toTokenText(
    [
      { kind: 'text', text: '全年分别登记活动' },
      { kind: 'figure', figureId: 'f1' },
      { kind: 'text', text: '、纳入管理的' },
      { kind: 'figure', figureId: 'f2' },
      { kind: 'text', text: '单位。' },
    ],
    (id) => TEXTS[id],
  );
const value = start();
const first = tokenSpans(value)[0]!;
const second = tokenSpans(value)[1]!;
const caret = (at: number) => ({ start: at, end: at });
const decide = (from: number, to: number, intent: EditIntent) => decideEdit(value, { start: from, end: to }, intent, resolve);
const backspace: EditIntent = { kind: 'delete', direction: 'backward' };
const del: EditIntent = { kind: 'delete', direction: 'forward' };

describe('keys near a figure', () => {
  it('leaves typing and deleting away from figures to the browser', () => {
    expect(decide(2, 2, { kind: 'type', text: '共' })).toEqual({ kind: 'native' });
    expect(decide(2, 2, backspace)).toEqual({ kind: 'native' });
    // Right before a figure Backspace takes the character before it; right after one Delete the one after it.
    expect(decide(first.start, first.start, backspace)).toEqual({ kind: 'native' });
    expect(decide(first.end, first.end, del)).toEqual({ kind: 'native' });
    // Typing at a figure's edge goes beside it.
    expect(decide(first.end, first.end, { kind: 'type', text: '，' })).toEqual({ kind: 'native' });
    expect(decide(0, 4, { kind: 'paste', text: '今年' })).toEqual({ kind: 'native' });
  });

  it('refuses Backspace at a figure’s end or inside it, and selects the whole figure instead', () => {
    const refused = { kind: 'refuse', reason: 'delete', select: { start: first.start, end: first.end }, figures: ['789项'] };
    expect(decide(first.end, first.end, backspace)).toEqual(refused);
    // Between 78 and 9: one Backspace must not leave "全年分别登记活动0、" or anything like it.
    const inside = value.text.indexOf('9项');
    expect(decide(inside, inside, backspace)).toEqual(refused);
    expect(decide(inside, inside, del)).toEqual(refused);
    // Delete at a figure's start.
    expect(decide(first.start, first.start, del)).toEqual(refused);
  });

  it('deletes a whole selected figure on Backspace or Delete, keeping the others bound', () => {
    for (const intent of [backspace, del, { kind: 'cut' } as const]) {
      const decision = decide(first.start, first.end, intent);
      expect(decision).toEqual({
        kind: 'apply',
        value: { text: '全年分别登记活动、纳入管理的⟦138个⟧单位。', ids: ['f2'] },
        caret: first.start,
        removed: ['789项'],
      });
    }
    // A selection of text and whole figures goes as one.
    const wide = decide(first.start - 2, second.end, backspace);
    expect(wide).toMatchObject({ kind: 'apply', value: { text: '全年分别登记单位。', ids: [] }, removed: ['789项', '138个'] });
  });

  it('refuses a deletion of part of a figure and widens the selection to the whole figure', () => {
    const digits = value.text.indexOf('38');
    expect(decide(digits, digits + 2, backspace)).toEqual({
      kind: 'refuse',
      reason: 'delete',
      select: { start: second.start, end: second.end },
      figures: ['138个'],
    });
    // From the text before it into the figure: the selection grows to take the figure whole.
    expect(decide(second.start - 2, digits, del)).toMatchObject({ kind: 'refuse', select: { start: second.start - 2, end: second.end } });
  });

  it('refuses typing over a figure, selected whole or in part, or inside it ("管理的40单位" cannot happen)', () => {
    const select = { start: second.start, end: second.end };
    expect(decide(second.start, second.end, { kind: 'type', text: '1' })).toEqual({ kind: 'refuse', reason: 'typed', select, figures: ['138个'] });
    const digits = value.text.indexOf('138');
    expect(decide(digits, digits + 3, { kind: 'type', text: '1' })).toEqual({ kind: 'refuse', reason: 'typed', select, figures: ['138个'] });
    expect(decide(digits + 1, digits + 1, { kind: 'type', text: '4' })).toMatchObject({ kind: 'refuse', reason: 'typed', select });
  });

  it('pastes over whole figures only, binding a pasted figure by its text', () => {
    const over = decide(second.start, second.end, { kind: 'paste', text: '140个' });
    expect(over).toEqual({
      kind: 'apply',
      value: { text: '全年分别登记活动⟦789项⟧、纳入管理的140个单位。', ids: ['f1'] },
      caret: second.start + 4,
      removed: ['138个'],
    });
    // A copied figure pasted over another is the copied figure, still bound.
    const moved = decide(second.start, second.end, { kind: 'paste', text: '⟦789项⟧' });
    expect(moved).toMatchObject({ kind: 'apply', value: { text: '全年分别登记活动⟦789项⟧、纳入管理的⟦789项⟧单位。', ids: ['f1', 'f1'] } });
    // Into part of a figure, or at a caret inside one: refused, the figure selected.
    const digits = value.text.indexOf('38');
    expect(decide(digits, digits + 2, { kind: 'paste', text: '40' })).toMatchObject({
      kind: 'refuse',
      reason: 'partial',
      select: { start: second.start, end: second.end },
    });
    expect(decide(digits, digits, { kind: 'paste', text: '40' })).toMatchObject({ kind: 'refuse', reason: 'partial' });
    expect(decide(digits, digits + 2, { kind: 'cut' })).toMatchObject({ kind: 'refuse', reason: 'partial' });
  });

  it('finds the figure a caret or selection is at, and unbinds it into plain typed text', () => {
    expect(figureAt(value, caret(first.end))).toEqual(first);
    expect(figureAt(value, caret(first.start))).toEqual(first);
    expect(figureAt(value, caret(first.start + 2))).toEqual(first);
    expect(figureAt(value, caret(2))).toBeUndefined();
    expect(figureAt(value, { start: 0, end: second.start + 1 })).toEqual(first);

    const unbound = unbindFigure(value, second);
    expect(unbound).toEqual({
      value: { text: '全年分别登记活动⟦789项⟧、纳入管理的138个单位。', ids: ['f1'] },
      caret: second.start + 4,
      text: '138个',
      figureId: 'f2',
    });
    expect(toInlines(unbound.value)).toEqual([
      { kind: 'text', text: '全年分别登记活动' },
      { kind: 'figure', figureId: 'f1' },
      { kind: 'text', text: '、纳入管理的138个单位。' },
    ]);
    // Now plain text: its digits are typed like any other.
    const digit = unbound.value.text.indexOf('38');
    expect(decideEdit(unbound.value, { start: digit, end: digit + 2 }, { kind: 'type', text: '40' }, resolve)).toEqual({ kind: 'native' });
    expect(decideEdit(unbound.value, caret(digit + 2), backspace, resolve)).toEqual({ kind: 'native' });
  });
});
