import type { Block } from '../../contracts/report.contract.js';
import { headingNumber } from '../chinese-number.js';

export type HeadingLevel = 1 | 2 | 3 | 4;

const LEVELS: readonly HeadingLevel[] = [1, 2, 3, 4];

/** A heading's level as the contract allows it; a heading without one reads as level 1 (as the .docx writes it). */
export function levelOf(block: Pick<Block, 'level'>): HeadingLevel {
  const level = block.level ?? 1;
  return LEVELS.includes(level as HeadingLevel) ? (level as HeadingLevel) : 1;
}

/**
 * The number of every heading, by block id. Each level counts from 1 again under each heading of a
 * higher level (一、→（一）（二）, 二、→（一）…), so moving or deleting a heading renumbers the rest.
 * The editor, the checker and the .docx writer all number from here, so they cannot disagree.
 */
export function headingNumbers(blocks: readonly Pick<Block, 'id' | 'type' | 'level'>[]): Map<string, string> {
  const counters = [0, 0, 0, 0];
  const numbers = new Map<string, string>();
  for (const block of blocks) {
    if (block.type !== 'heading') continue;
    const level = levelOf(block);
    counters[level - 1] = (counters[level - 1] ?? 0) + 1;
    for (let deeper = level; deeper < counters.length; deeper++) counters[deeper] = 0;
    numbers.set(block.id, headingNumber(level, counters[level - 1] ?? 1));
  }
  return numbers;
}
