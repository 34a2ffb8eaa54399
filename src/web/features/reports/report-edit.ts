import type { Block, Inline } from '../../../contracts/report.contract.js';
import type { HeadingLevel } from './report-view.js';

/**
 * The editor's changes to a report's block list, as pure functions of the list: each returns a new
 * array and leaves the blocks it does not touch as they were (so React redraws only those).
 */

const ID_LIMIT = 20;

/** An id no block of the list has; ids written here start with `e`, so they never meet the server's. */
export function newBlockId(blocks: readonly Block[], taken: ReadonlySet<string> = new Set()): string {
  const used = new Set([...blocks.map((b) => b.id), ...taken]);
  let n = blocks.length + 1;
  while (used.has(`e${n}`)) n++;
  return `e${n}`.slice(0, ID_LIMIT);
}

/** A new empty paragraph or heading, in the section of the block it follows. */
export function newBlock(
  blocks: readonly Block[],
  type: 'paragraph' | 'heading',
  anchor: Block | undefined,
  level?: HeadingLevel,
  inlines: Inline[] = [],
): Block {
  return {
    id: newBlockId(blocks),
    type,
    ...(type === 'heading' && { level: level ?? 1 }),
    ...(anchor?.section !== undefined && { section: anchor.section }),
    inlines,
  };
}

export function insertAfter(blocks: readonly Block[], anchorId: string, block: Block): Block[] {
  const at = blocks.findIndex((b) => b.id === anchorId);
  const next = [...blocks];
  next.splice(at < 0 ? blocks.length : at + 1, 0, block);
  return next;
}

export function removeBlock(blocks: readonly Block[], id: string): Block[] {
  return blocks.filter((b) => b.id !== id);
}

/** Moves a block one place up (-1) or down (+1); at either end nothing changes. */
export function moveBlock(blocks: readonly Block[], id: string, delta: -1 | 1): Block[] {
  const from = blocks.findIndex((b) => b.id === id);
  const to = from + delta;
  if (from < 0 || to < 0 || to >= blocks.length) return [...blocks];
  const next = [...blocks];
  const [moved] = next.splice(from, 1);
  if (moved) next.splice(to, 0, moved);
  return next;
}

/** Whether a block can move that way. */
export function canMove(blocks: readonly Block[], id: string, delta: -1 | 1): boolean {
  const from = blocks.findIndex((b) => b.id === id);
  return from >= 0 && from + delta >= 0 && from + delta < blocks.length;
}

export function updateBlock(blocks: readonly Block[], id: string, change: (block: Block) => Block): Block[] {
  return blocks.map((b) => (b.id === id ? change(b) : b));
}

export function setInlines(blocks: readonly Block[], id: string, inlines: Inline[]): Block[] {
  return updateBlock(blocks, id, (b) => ({ ...b, inlines }));
}

export function setHeadingLevel(blocks: readonly Block[], id: string, level: HeadingLevel): Block[] {
  return updateBlock(blocks, id, (b) => ({ ...b, level }));
}

/** Keeps a drafted suggestion as the writer's own text: the mark goes, the words stay. */
export function acceptSuggestion(blocks: readonly Block[], id: string): Block[] {
  return updateBlock(blocks, id, (b) => {
    const accepted = { ...b };
    delete accepted.suggestion;
    return accepted;
  });
}

/** Splits a paragraph in two at the given inlines (Enter in the middle of a sentence); the new one gets `newId`. */
export function splitBlock(blocks: readonly Block[], id: string, left: Inline[], right: Inline[], newId: string): Block[] {
  const at = blocks.findIndex((b) => b.id === id);
  const block = blocks[at];
  if (!block) return [...blocks];
  const { suggestion, ...rest } = block;
  const first: Block = { ...rest, inlines: left, ...(suggestion !== undefined && { suggestion }) };
  const second: Block = { ...rest, id: newId, inlines: right, ...(suggestion !== undefined && { suggestion }) };
  const next = [...blocks];
  next.splice(at, 1, first, second);
  return next;
}
