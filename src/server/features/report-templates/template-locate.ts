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
  /** The w:t text, as docxtemplater counts it (XML entities not decoded). */
  text: string;
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

/** How a part's text falls into paragraphs: docxtemplater's text offsets, paragraph by paragraph. */
interface Layout {
  paragraphs: ParagraphInfo[];
  /** Every w:t text in text order, with the paragraph holding it. */
  spans: Span[];
  /** The reader's number of each paragraph (第N段). */
  numbers: number[];
  tables: number;
}

function layoutOf(xmllexed: readonly XmlLexedPart[]): Layout {
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
      spans.push({ start: offset, text: part.value, paragraph, before: info?.text.length ?? 0 });
      if (info) info.text += part.value;
      offset += part.value.length;
    }
  }
  // The reader's number of each paragraph: blank ones and table cells are not counted.
  const numbers: number[] = [];
  let n = 0;
  for (const p of paragraphs) numbers.push(p.text.trim() !== '' && !p.cell ? ++n : n);
  return { paragraphs, spans, numbers, tables: table.count };
}

/** The name of a part outside the body (页眉), which is all its places are called; undefined for the body. */
function partLabel(file: string): string | undefined {
  return PART_LABELS.find(([pattern]) => pattern.test(file))?.[1] ?? (file === 'word/document.xml' ? undefined : m.elsewhere);
}

/** Where a paragraph is: its part's name outside the body, else 第N段 or a table cell. */
function whereOf(label: string | undefined, layout: Layout, paragraph: number | undefined): string {
  if (label !== undefined) return label;
  if (paragraph === undefined) return m.elsewhere;
  const cell = layout.paragraphs[paragraph]!.cell;
  if (cell) return m.tableCell(layout.tables === 1 ? undefined : cell.table, cell.row, cell.column);
  return m.paragraph(Math.max(layout.numbers[paragraph] ?? 1, 1));
}

/** The locator of one templated part, from the xmllexed docxtemplater made of it. */
export function locator(file: string, xmllexed: readonly XmlLexedPart[]): Locator {
  const layout = layoutOf(xmllexed);
  const { spans, paragraphs } = layout;
  const label = partLabel(file);
  const spanOf = (at: number | undefined) => (at === undefined || spans.length === 0 ? undefined : spans[spanAt(spans, at)]);
  return {
    where: (at) => whereOf(label, layout, spanOf(at)?.paragraph),
    paragraphAt(at) {
      const span = spanOf(at);
      if (at === undefined || span?.paragraph === undefined) return undefined;
      return { text: paragraphs[span.paragraph]!.text, index: span.before + at - span.start };
    },
  };
}

/** A paragraph of a part as the reader finds it, and its text. */
export interface LocatedParagraph {
  where: string;
  text: string;
}

/** One w:t text of a paragraph, with its offset in the part's text (the offsets docxtemplater's tags have). */
export interface ParagraphRun {
  offset: number;
  /** As docxtemplater counts it: XML entities not decoded. */
  text: string;
}

/**
 * Every paragraph of a part (body paragraphs, table cells, text boxes; none for a part without
 * paragraphs, such as the document properties), in order, each with where it is and its w:t texts
 * in order. Text outside paragraphs is left out.
 */
export function paragraphRuns(file: string, xmllexed: readonly XmlLexedPart[]): Array<{ where: string; runs: ParagraphRun[] }> {
  const layout = layoutOf(xmllexed);
  const runs = layout.paragraphs.map((): ParagraphRun[] => []);
  for (const span of layout.spans) {
    if (span.paragraph !== undefined) runs[span.paragraph]!.push({ offset: span.start, text: span.text });
  }
  const label = partLabel(file);
  return runs.map((r, i) => ({ where: whereOf(label, layout, i), runs: r }));
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
