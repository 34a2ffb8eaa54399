import type { Figure } from '../../contracts/report.contract.js';
import type { FigureMark } from '../report-check/types.js';
import type { BlockLine } from './plain-text.js';

/** How much of its paragraph a mark keeps on either side of a figure. */
export const MARK_CONTEXT_CHARS = 12;

/**
 * Every figure occurrence of the lines a .docx was written from, with a little of the text around
 * it, so a check of the file can find each figure again and see whether it was typed over. `\n` in
 * a line separates paragraphs (or a title's lines): a context never crosses one. A context also
 * stops at a neighbouring figure, so two numbers edited side by side are both still found. Only a
 * figure's label is read, so a filled user template (whose figures are its numeric tags) is marked
 * by the same rule.
 */
export function figureMarks(lines: readonly BlockLine[], figures: ReadonlyMap<string, Pick<Figure, 'label'>>): FigureMark[] {
  const marks: FigureMark[] = [];
  for (const line of lines) {
    const spans = [...line.figures].sort((a, b) => a.start - b.start);
    spans.forEach((span, i) => {
      const figure = figures.get(span.figureId);
      const written = line.text.slice(span.start, span.end);
      // Nothing to find, or a figure split over two paragraphs: no mark rather than a wrong one.
      if (!figure || written === '' || written.includes('\n')) return;
      const paraStart = line.text.lastIndexOf('\n', span.start - 1) + 1;
      const newline = line.text.indexOf('\n', span.end);
      const paraEnd = newline < 0 ? line.text.length : newline;
      const left = Math.max(paraStart, i > 0 ? Math.min(spans[i - 1]!.end, span.start) : paraStart);
      const right = Math.min(paraEnd, i + 1 < spans.length ? Math.max(spans[i + 1]!.start, span.end) : paraEnd);
      const from = Math.max(left, span.start - MARK_CONTEXT_CHARS);
      const to = Math.min(right, span.end + MARK_CONTEXT_CHARS);
      marks.push({
        label: figure.label,
        text: written,
        before: line.text.slice(from, span.start),
        after: line.text.slice(span.end, to),
        ...(from === paraStart && { atStart: true }),
        ...(to === paraEnd && { atEnd: true }),
      });
    });
  }
  return marks;
}
