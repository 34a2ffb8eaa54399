import { useCallback, useEffect, useRef, useState } from 'react';
import type { Block } from '../../../contracts/report.contract.js';
import type { BlockAction, BlockDispatch } from './ReportBlock.js';
import { acceptSuggestion, insertAfter, moveBlock, newBlock, newBlockId, removeBlock, setHeadingLevel, setInlines, splitBlock } from './report-edit.js';

type EditBlocks = (change: (blocks: Block[]) => Block[], key?: string) => void;

/**
 * Which block is open for editing, and the one dispatcher every block sends its actions to (stable,
 * so a keystroke in one block redraws only that block). New blocks open at once.
 */
export function useBlockEditing(blocks: readonly Block[], editBlocks: EditBlocks) {
  const [selectedId, setSelectedId] = useState<string | undefined>(undefined);
  // The second half of a split paragraph opens with the caret at its start.
  const [caretStartId, setCaretStartId] = useState<string | undefined>(undefined);

  // New block ids are worked out against the latest list and every id handed out since.
  const blocksRef = useRef(blocks);
  const issuedIds = useRef(new Set<string>());
  useEffect(() => {
    blocksRef.current = blocks;
  }, [blocks]);
  const issueId = useCallback(() => {
    const id = newBlockId(blocksRef.current, issuedIds.current);
    issuedIds.current.add(id);
    return id;
  }, []);

  const open = useCallback((id: string | undefined, caretAtStart = false) => {
    setSelectedId(id);
    setCaretStartId(caretAtStart ? id : undefined);
  }, []);

  const dispatch: BlockDispatch = useCallback(
    (blockId: string, action: BlockAction) => {
      switch (action.type) {
        case 'select':
          open(blockId);
          return;
        case 'deselect':
          setSelectedId((s) => (s === blockId ? undefined : s));
          return;
        case 'setInlines':
          // One undo step per block however many keys were typed; a figure deleted or unbound is a step of its own.
          editBlocks((b) => setInlines(b, blockId, action.inlines), action.step ? undefined : `text:${blockId}`);
          return;
        case 'split': {
          const id = issueId();
          editBlocks((b) => splitBlock(b, blockId, action.left, action.right, id));
          open(id, true);
          return;
        }
        case 'accept':
          editBlocks((b) => acceptSuggestion(b, blockId));
          return;
        case 'move':
          editBlocks((b) => moveBlock(b, blockId, action.delta));
          return;
        case 'remove':
          editBlocks((b) => removeBlock(b, blockId));
          setSelectedId((s) => (s === blockId ? undefined : s));
          return;
        case 'addAfter': {
          const anchor = blocksRef.current.find((b) => b.id === blockId);
          const block = { ...newBlock(blocksRef.current, action.blockType, anchor, action.level), id: issueId() };
          editBlocks((b) => insertAfter(b, blockId, block));
          open(block.id);
          return;
        }
        case 'setLevel':
          editBlocks((b) => setHeadingLevel(b, blockId, action.level));
          return;
      }
    },
    [editBlocks, issueId, open],
  );

  const close = useCallback(() => setSelectedId(undefined), []);
  return { selectedId, caretStartId, dispatch, close };
}
