import { reportTemplateMessages as m } from './report-template.messages.js';

/**
 * Turns docxtemplater's offsets (positions in the concatenated text of one part's w:t runs) into
 * words a Word user can find: 第3段, 表格第2行第4列, 页眉, and the text of the paragraph there.
 * Paragraphs are counted from the top of the body as a reader counts them: those holding text,
 * outside tables; a table cell is named by its table, row and column.
 */

/** One item of docxtemplater's xmllexed array: an XML tag it tracks, or text inside or outside w:t. */
export interface XmlLexedPart {
  type: string;
  value: string;
  tag?: string;
  position?: string;
}

interface Span {
  start: number;
  paragraph: number | undefined;
  /** Characters of its paragraph's text before this span. */
  before: number;
}

interface ParagraphInfo {
  text: string;
  /** The cell holding it (outermost table): table number, row and column, from 1. */
  cell: { table: number; row: number; column: number } | undefined;
}

export interface Locator {
  /** Where the offset is, in Chinese. */
  where(offset: number | undefined): string;
  /** The text of the paragraph holding the offset, and the offset's index in it. */
  paragraphAt(offset: number | undefined): { text: string; index: number } | undefined;
}

const PART_LABELS: Array<[RegExp, string]> = [
  [/^word\/header\d*\.xml$/, m.header],
  [/^word\/footer\d*\.xml$/, m.footer],
  [/^word\/footnotes\.xml$/, m.footnotes],
  [/^word\/endnotes\.xml$/, m.endnotes],
  [/^word\/comments\.xml$/, m.comments],
  [/^docProps\//, m.properties],
];

/** The locator of one templated part, from the xmllexed docxtemplater made of it. */
export function locator(file: string, xmllexed: readonly XmlLexedPart[]): Locator {
  const paragraphs: ParagraphInfo[] = [];
  const spans: Span[] = [];
  const open: number[] = [];
  // Position in the outermost table; a table nested in a cell is named by that cell.
  const table = { depth: 0, count: 0, row: 0, column: 0 };
  let offset = 0;
  for (const part of xmllexed) {
    if (part.type === 'tag') {
      const start = part.position === 'start';
      if (part.tag === 'w:tbl' && part.position !== 'selfclosing') {
        table.depth += start ? 1 : -1;
        if (start && table.depth === 1) Object.assign(table, { count: table.count + 1, row: 0 });
      } else if (part.tag === 'w:tr' && start && table.depth === 1) Object.assign(table, { row: table.row + 1, column: 0 });
      else if (part.tag === 'w:tc' && start && table.depth === 1) table.column += 1;
      if (part.tag !== 'w:p') continue;
      if (start) {
        paragraphs.push({ text: '', cell: table.depth > 0 ? { table: table.count, row: table.row, column: table.column } : undefined });
        open.push(paragraphs.length - 1);
      } else if (part.position === 'end') open.pop();
    } else if (part.type === 'content' && part.position === 'insidetag') {
      const paragraph = open[open.length - 1];
      const info = paragraph === undefined ? undefined : paragraphs[paragraph];
      spans.push({ start: offset, paragraph, before: info?.text.length ?? 0 });
      if (info) info.text += part.value;
      offset += part.value.length;
    }
  }
  // The reader's number of each paragraph: blank ones and table cells are not counted.
  const numbers: number[] = [];
  let n = 0;
  for (const p of paragraphs) numbers.push(p.text.trim() !== '' && !p.cell ? ++n : n);
  const singleTable = table.count === 1;
  const spanOf = (at: number | undefined) => (at === undefined || spans.length === 0 ? undefined : spans[spanAt(spans, at)]);
  const label = PART_LABELS.find(([pattern]) => pattern.test(file))?.[1] ?? (file === 'word/document.xml' ? undefined : m.elsewhere);
  return {
    where(at) {
      if (label !== undefined) return label;
      const paragraph = spanOf(at)?.paragraph;
      if (paragraph === undefined) return m.elsewhere;
      const cell = paragraphs[paragraph]!.cell;
      if (cell) return m.tableCell(singleTable ? undefined : cell.table, cell.row, cell.column);
      return m.paragraph(Math.max(numbers[paragraph] ?? 1, 1));
    },
    paragraphAt(at) {
      const span = spanOf(at);
      if (at === undefined || span?.paragraph === undefined) return undefined;
      return { text: paragraphs[span.paragraph]!.text, index: span.before + at - span.start };
    },
  };
}

/** Index of the last span starting at or before `at` (spans are in text order, contiguous). */
function spanAt(spans: Span[], at: number): number {
  let lo = 0;
  let hi = spans.length - 1;
  while (lo < hi) {
    const mid = Math.ceil((lo + hi) / 2);
    if (spans[mid]!.start <= at) lo = mid;
    else hi = mid - 1;
  }
  return lo;
}
