import type { Block, Figure, ReportBody } from '../../contracts/report.contract.js';
import { headingNumbers } from './numbering.js';

/** Figures by id. */
export function figureIndex(body: Pick<ReportBody, 'figures'>): Map<string, Figure> {
  return new Map(body.figures.map((f) => [f.id, f]));
}

/** The text of a block's inlines, each figure written as its text (a figure the report lost writes nothing). */
export function inlineText(block: Pick<Block, 'inlines'>, figures: ReadonlyMap<string, Figure>): string {
  return block.inlines.map((inline) => (inline.kind === 'text' ? inline.text : (figures.get(inline.figureId)?.text ?? ''))).join('');
}

/** Where a figure sits in a line or a text. */
export interface FigureSpan {
  figureId: string;
  start: number;
  end: number;
}

/** One block as the .docx writes it: its words (a heading's number first) and where its figures sit. */
export interface BlockLine {
  text: string;
  figures: FigureSpan[];
}

// Characters XML 1.0 cannot carry: the .docx writer drops them, so the text read here drops them too.
export const XML_INVALID = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]/g; // eslint-disable-line no-control-regex

/** A piece of a block's text as written: line ends as \n, characters XML cannot hold left out. */
function clean(s: string, oneLine: boolean): string {
  const text = s.replace(/\r\n?/g, '\n').replace(XML_INVALID, '');
  return oneLine ? text.replace(/\n/g, '') : text;
}

/**
 * A block's line: `number` (a heading's 一、) then its inlines, figures as their text. A heading is
 * one line whatever was typed into it; elsewhere a line break stays (the writer starts a new
 * paragraph there). Figures the report lost write nothing and have no span.
 */
export function blockLine(block: Pick<Block, 'type' | 'inlines'>, figures: ReadonlyMap<string, Figure>, number = ''): BlockLine {
  const oneLine = block.type === 'heading';
  let text = clean(number, true);
  const spans: FigureSpan[] = [];
  for (const inline of block.inlines) {
    if (inline.kind === 'text') {
      text += clean(inline.text, oneLine);
      continue;
    }
    const figure = figures.get(inline.figureId);
    if (!figure) continue;
    const written = clean(figure.text, oneLine);
    spans.push({ figureId: inline.figureId, start: text.length, end: text.length + written.length });
    text += written;
  }
  return { text, figures: spans };
}

/** Where a block's line sits in the plain text. */
export interface BlockSpan {
  blockId: string;
  start: number;
  end: number;
}

/** A figure placed in the plain text, in the shape the checker's figure rule takes. */
export interface PlacedFigure extends FigureSpan {
  /** The figure's text as stored (what the span should read). */
  expectedText: string;
  label: string;
}

export interface PlainReport {
  text: string;
  /** Each block's line, so a finding's offset leads back to its block. */
  spans: BlockSpan[];
  /** Every figure occurrence, in reading order. */
  figures: PlacedFigure[];
}

/**
 * The report as plain text, one line per block as the .docx reads: headings carry their numbers,
 * charts are left out (the checker reads words, and a chart is a picture). This is what 材料体检
 * reads, in the editor and on the server alike.
 */
export function reportPlainText(body: Pick<ReportBody, 'blocks' | 'figures'>): PlainReport {
  const figures = figureIndex(body);
  const numbers = headingNumbers(body.blocks);
  const lines: string[] = [];
  const spans: BlockSpan[] = [];
  const placed: PlacedFigure[] = [];
  let offset = 0;
  for (const block of body.blocks) {
    if (block.type === 'chart') continue;
    const line = blockLine(block, figures, numbers.get(block.id));
    for (const f of line.figures) {
      const figure = figures.get(f.figureId)!;
      placed.push({ figureId: f.figureId, start: offset + f.start, end: offset + f.end, expectedText: figure.text, label: figure.label });
    }
    spans.push({ blockId: block.id, start: offset, end: offset + line.text.length });
    lines.push(line.text);
    offset += line.text.length + 1;
  }
  return { text: lines.join('\n'), spans, figures: placed };
}

/** The block whose line holds a text offset (a checker finding's start). */
export function blockAtOffset(spans: readonly BlockSpan[], offset: number): string | undefined {
  return spans.find((s) => offset >= s.start && offset <= s.end)?.blockId;
}
