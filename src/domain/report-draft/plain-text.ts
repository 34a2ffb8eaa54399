import type { Block, ReportBody } from '../../contracts/report.contract.js';
import { headingNumber } from '../chinese-number.js';

/** Where a bound figure sits in the plain text, and what it should read (for the checker's figure rule). */
export interface PlacedFigure {
  start: number;
  end: number;
  expectedText: string;
  label: string;
}

/** Heading numbers by block id, computed from the levels: 一、 （一） 1. （1）, each level restarting under its parent. */
export function headingNumbers(blocks: readonly Block[]): Map<string, string> {
  const counters = [0, 0, 0, 0];
  const out = new Map<string, string>();
  for (const block of blocks) {
    if (block.type !== 'heading' || block.level === undefined) continue;
    const level = block.level as 1 | 2 | 3 | 4;
    counters[level - 1]! += 1;
    for (let i = level; i < counters.length; i++) counters[i] = 0;
    out.set(block.id, headingNumber(level, counters[level - 1]!));
  }
  return out;
}

/**
 * A report as plain text, one paragraph a line: headings with their computed numbers, figures as
 * written, charts left out. This is what the report checker (材料体检) reads.
 */
export function reportPlainText(body: ReportBody): { text: string; figures: PlacedFigure[] } {
  const numbers = headingNumbers(body.blocks);
  const byId = new Map(body.figures.map((f) => [f.id, f]));
  const lines: string[] = [];
  const placed: PlacedFigure[] = [];
  let offset = 0;
  for (const block of body.blocks) {
    if (block.type === 'chart') continue;
    let line = numbers.get(block.id) ?? '';
    for (const inline of block.inlines) {
      if (inline.kind === 'text') {
        line += inline.text;
        continue;
      }
      const figure = byId.get(inline.figureId);
      const written = figure?.text ?? `[${inline.figureId}]`;
      if (figure) placed.push({ start: offset + line.length, end: offset + line.length + written.length, expectedText: figure.text, label: figure.label });
      line += written;
    }
    lines.push(line);
    offset += line.length + 1;
  }
  return { text: lines.join('\n'), figures: placed };
}
