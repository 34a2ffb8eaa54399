import { describe, expect, it } from 'vitest';
import type { Block } from '../../../contracts/report.contract.js';
import { acceptSuggestion, canMove, insertAfter, moveBlock, newBlock, newBlockId, removeBlock, setHeadingLevel, splitBlock } from './report-edit.js';

const p = (id: string, text = id, extra: Partial<Block> = {}): Block => ({ id, type: 'paragraph', inlines: [{ kind: 'text', text }], ...extra });
const ids = (blocks: readonly Block[]) => blocks.map((b) => b.id);

describe('report edits', () => {
  const blocks = [p('b1'), p('b2', '做法', { section: 'practices' }), p('b3')];

  it('gives new blocks ids no block has and the section of the block they follow', () => {
    expect(newBlockId([...blocks, p('e4')])).toBe('e5');
    const heading = newBlock(blocks, 'heading', blocks[1], 2);
    expect(heading).toEqual({ id: 'e4', type: 'heading', level: 2, section: 'practices', inlines: [] });
    expect(ids(insertAfter(blocks, 'b2', heading))).toEqual(['b1', 'b2', 'e4', 'b3']);
  });

  it('moves a block one place and stops at either end', () => {
    expect(ids(moveBlock(blocks, 'b2', -1))).toEqual(['b2', 'b1', 'b3']);
    expect(ids(moveBlock(blocks, 'b3', 1))).toEqual(['b1', 'b2', 'b3']);
    expect(canMove(blocks, 'b1', -1)).toBe(false);
    expect(canMove(blocks, 'b1', 1)).toBe(true);
  });

  it('removes a block, changes a heading level, and leaves the other blocks as they were', () => {
    expect(ids(removeBlock(blocks, 'b2'))).toEqual(['b1', 'b3']);
    const headed = setHeadingLevel([{ id: 'h', type: 'heading', level: 1, inlines: [] }, ...blocks], 'h', 3);
    expect(headed[0]?.level).toBe(3);
    expect(headed[1]).toBe(blocks[0]);
  });

  it("keeps an accepted suggestion's words and drops its mark", () => {
    const accepted = acceptSuggestion([p('s', '部分村（社区）活动开展不平衡', { suggestion: true })], 's');
    expect(accepted[0]).toEqual(p('s', '部分村（社区）活动开展不平衡'));
    expect('suggestion' in accepted[0]!).toBe(false);
  });

  it('splits a paragraph in two at Enter', () => {
    const split = splitBlock(blocks, 'b2', [{ kind: 'text', text: '做' }], [{ kind: 'text', text: '法' }], 'e9');
    expect(ids(split)).toEqual(['b1', 'b2', 'e9', 'b3']);
    expect(split[2]).toEqual({ id: 'e9', type: 'paragraph', section: 'practices', inlines: [{ kind: 'text', text: '法' }] });
  });
});
