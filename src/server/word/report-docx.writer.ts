import {
  AlignmentType,
  BorderStyle,
  Document,
  DocumentGridType,
  Footer,
  ImageRun,
  LineRuleType,
  Packer,
  PageNumber,
  Paragraph,
  Table,
  TableCell,
  TableRow,
  TextRun,
  VerticalAlignTable,
  WidthType,
} from 'docx';
import type { FileChild } from 'docx';
import PizZip from 'pizzip';
import type { Block, Figure, ReportDocxStamp } from '../../contracts/report.contract.js';
import { InvalidError } from '../../domain/errors.js';
import { blockLine, figureMarks, headingNumbers, levelOf, XML_INVALID, type BlockLine } from '../../domain/report-body/index.js';
import type { RenderableReport, RenderedChart, ReportDocxWriter } from './renderable-report.js';
import { stampProperties } from './docx-stamp.js';
import {
  CHAR_PITCH,
  FONT_FALLBACK,
  GRID_CHAR_SPACE,
  LINE_PITCH,
  MARGIN,
  PAGE,
  SIZE,
  STYLE,
  TEXT_WIDTH,
  formatDocumentDate,
  gbtStyles,
  signatureIndents,
  titleLines,
  withOffGridStyles,
} from './gbt-format.js';

/** Options of the .docx writer; the defaults are the house format. */
export interface GbtReportDocxWriterOptions {
  /** Author in the document properties; default 石榴. */
  creator?: string;
  /** Width of a chart on the page in centimetres (the 版心 is 15.6 cm); default 15. */
  chartWidthCm?: number;
  /**
   * Word's 22 × 28 character grid (default false). LibreOffice gives a 16 pt character two cells of
   * a 15.8 pt grid (14 a line), and users open these files in Word, WPS and LibreOffice alike, so the
   * default is the layout that holds in all three: a 22-line grid, with body text condensed 0.25 pt
   * to keep 28 characters a line. True writes the full Word grid for offices that insist on it.
   */
  characterGrid?: boolean;
}

const APPENDIX = {
  label: '附件',
  title: '数据来源说明',
  columns: ['序号', '数字', '含义', '统计口径'],
  // Twips; they add up to the 版心 width.
  columnWidths: [700, 1800, 2500, TEXT_WIDTH - 700 - 1800 - 2500],
  /** Said once above the table: the unit, period and entries most figures count over. */
  commonScope: (scope: string, all: boolean) => `${all ? '' : '除注明者外，'}表中数字的统计范围均为：${scope}。`,
} as const;

const PX_PER_CM = 96 / 2.54;
// A 4号 character, the page number's distance from the outer edge of the 版心 (单页码居右空一字).
const PAGE_NUMBER_INSET = SIZE.pageNumber * 10;

/** Writes a report as a GB/T 9704-2012 .docx: 公文 page, fonts, grid, numbered headings, page numbers. */
export class GbtReportDocxWriter implements ReportDocxWriter {
  private readonly creator: string;
  private readonly chartWidthCm: number;
  private readonly characterGrid: boolean;

  constructor(options: GbtReportDocxWriterOptions = {}) {
    this.creator = options.creator ?? '石榴';
    this.chartWidthCm = options.chartWidthCm ?? 15;
    this.characterGrid = options.characterGrid ?? false;
  }

  async write(report: RenderableReport): Promise<Buffer> {
    const body = new BodyWriter(report, this.chartWidthCm);
    const children = body.children();
    const document = new Document({
      title: report.title,
      creator: this.creator,
      lastModifiedBy: this.creator,
      evenAndOddHeaderAndFooters: true,
      customProperties: report.source ? stampProperties(stampOf(report, body.written)) : [],
      styles: gbtStyles(!this.characterGrid),
      sections: [
        {
          properties: {
            page: { size: PAGE, margin: MARGIN, pageNumbers: { start: 1 } },
            grid: this.characterGrid
              ? { type: DocumentGridType.LINES_AND_CHARS, linePitch: LINE_PITCH, charSpace: GRID_CHAR_SPACE }
              : { type: DocumentGridType.LINES, linePitch: LINE_PITCH },
          },
          footers: { default: pageNumberFooter('odd'), even: pageNumberFooter('even') },
          children,
        },
      ],
    });
    return finish(await Packer.toBuffer(document));
  }
}

/** The stamp 材料体检 reads back from the file: where the report comes from and where its figures were written. */
function stampOf(report: RenderableReport, written: readonly BlockLine[]): ReportDocxStamp {
  const source = report.source!;
  const figures = figureMarks(written, new Map(report.figures.map((f) => [f.id, f])))
    // What the stamp's schema would refuse is left out, so one odd figure does not void the others.
    .filter((mark) => mark.text.length <= 200)
    .slice(0, 2000)
    // A pasted control character in a label would make Word refuse the file (blockLine cleans block text the same way).
    .map((mark) => ({ ...mark, label: mark.label.replace(XML_INVALID, '').slice(0, 100) }));
  return { v: 1, report: source.report, version: source.version, from: source.from, to: source.to, figures };
}

/** Turns blocks into paragraphs, numbering headings and charts as it goes. */
class BodyWriter {
  private readonly figures: Map<string, Figure>;
  private readonly numbers: Map<string, string>;
  /** Each block's line as it went into the file (a title's break and a date's format applied), for the stamp. */
  readonly written: BlockLine[] = [];
  private chartCount = 0;

  constructor(
    private readonly report: RenderableReport,
    private readonly chartWidthCm: number,
  ) {
    this.figures = new Map(report.figures.map((figure) => [figure.id, figure]));
    this.numbers = headingNumbers(report.blocks);
  }

  children(): FileChild[] {
    const { blocks } = this.report;
    const appendixFigures = this.report.appendix ? this.referencedFigures() : [];
    const closing = blocks.findIndex((block) => block.type === 'signature' || block.type === 'date');
    const indents = signatureIndents(this.firstText('signature'), formatDocumentDate(this.firstText('date')));
    const out: FileChild[] = [];
    blocks.forEach((block, index) => {
      if (index === closing && appendixFigures.length > 0) out.push(attachmentNote());
      // The last paragraph before the signature moves with it, so the signature never stands alone on a page.
      out.push(...this.block(block, indents, index === closing - 1));
    });
    if (appendixFigures.length > 0) {
      if (closing < 0) out.push(attachmentNote());
      out.push(...this.appendix(appendixFigures));
    }
    return out;
  }

  private block(block: Block, indents: { signature: number; date: number }, keepWithNext = false): FileChild[] {
    if (block.type === 'chart') return this.chart(block);
    const line = this.line(block);
    switch (block.type) {
      case 'title': {
        const lines = titleLines(line.text);
        this.written.push(withBreaks(line, lines));
        return [new Paragraph({ style: STYLE.title, children: lineRuns(lines) })];
      }
      case 'salutation':
        this.written.push(line);
        return [new Paragraph({ style: STYLE.salutation, text: line.text })];
      case 'heading':
        // The line starts with the heading's number (一、), computed from the levels.
        this.written.push(line);
        return [new Paragraph({ style: STYLE.heading[levelOf(block) - 1], text: line.text })];
      case 'paragraph':
        this.written.push(line);
        // A line break inside a block starts a new paragraph, so each keeps its two-character indent.
        return line.text.split('\n').map((text, i, lines) => new Paragraph({ text, ...(keepWithNext && i === lines.length - 1 && { keepNext: true }) }));
      case 'signature':
        this.written.push(line);
        return [closingLine(STYLE.signature, line.text, indents.signature)];
      case 'date': {
        const date = formatDocumentDate(line.text);
        // A reformatted date has moved its characters: figures in it (there should be none) go unmarked.
        this.written.push(date === line.text ? line : { text: date, figures: [] });
        return [closingLine(STYLE.date, date, indents.date)];
      }
    }
  }

  private chart(block: Block): FileChild[] {
    const chart = this.report.charts.get(block.id);
    if (!chart) return [];
    this.chartCount += 1;
    const title = block.chart?.title || this.line(block).text;
    const caption = `图${this.chartCount}${title ? ` ${title}` : ''}`;
    return [new Paragraph({ style: STYLE.figure, children: [this.image(chart, caption)] }), new Paragraph({ style: STYLE.caption, text: caption })];
  }

  private image(chart: RenderedChart, caption: string): ImageRun {
    const width = Math.round(this.chartWidthCm * PX_PER_CM);
    const height = Math.round((width * chart.height) / chart.width);
    return new ImageRun({
      type: 'png',
      data: chart.png,
      transformation: { width, height },
      altText: { name: caption, title: caption, description: caption },
    });
  }

  private appendix(figures: Figure[]): FileChild[] {
    const headerRow = new TableRow({
      tableHeader: true,
      cantSplit: true,
      children: APPENDIX.columns.map((column) => cell(column, STYLE.tableHeader)),
    });
    const sources = figures.map((figure) => this.report.describeFigure(figure));
    // Most figures of a report share unit, period and status: repeated on every row, that sentence
    // made each row four lines tall and the table ten pages long. Said once; rows that differ
    // (a comparison with last year) keep their own.
    const shared = mostCommon(sources.map((s) => s.scope));
    const rows = figures.map(
      (figure, i) =>
        new TableRow({
          cantSplit: true,
          children: [
            cell(String(i + 1), STYLE.tableIndex),
            cell(figure.text, STYLE.tableText),
            cell(figure.label, STYLE.tableText),
            cell(sources[i]!.scope === shared ? sources[i]!.detail : [sources[i]!.scope, sources[i]!.detail].filter(Boolean).join('；'), STYLE.tableText),
          ],
        }),
    );
    const border = { style: BorderStyle.SINGLE, size: 4, color: '000000' };
    return [
      new Paragraph({ style: STYLE.attachmentLabel, text: APPENDIX.label, pageBreakBefore: true }),
      // GB/T 9704: the attachment's title on the third line, a blank line under 附件.
      new Paragraph({
        style: STYLE.title,
        text: APPENDIX.title,
        spacing: { line: LINE_PITCH, lineRule: LineRuleType.EXACT, before: LINE_PITCH, after: LINE_PITCH },
      }),
      ...(shared !== undefined
        ? [
            new Paragraph({
              style: STYLE.tableText,
              text: APPENDIX.commonScope(
                shared,
                sources.every((s) => s.scope === shared),
              ),
              spacing: { after: 120 },
            }),
          ]
        : []),
      new Table({
        rows: [headerRow, ...rows],
        width: { size: TEXT_WIDTH, type: WidthType.DXA },
        columnWidths: [...APPENDIX.columnWidths],
        alignment: AlignmentType.CENTER,
        borders: { top: border, bottom: border, left: border, right: border, insideHorizontal: border, insideVertical: border },
        margins: { top: 60, bottom: 60, left: 100, right: 100 },
      }),
    ];
  }

  /** Figures the text uses, in reading order: the appendix explains what the reader saw. */
  private referencedFigures(): Figure[] {
    const seen = new Map<string, Figure>();
    for (const block of this.report.blocks) {
      for (const inline of block.inlines) {
        if (inline.kind === 'figure' && !seen.has(inline.figureId)) seen.set(inline.figureId, this.figure(inline.figureId));
      }
    }
    return [...seen.values()];
  }

  private firstText(type: 'signature' | 'date'): string {
    const block = this.report.blocks.find((b) => b.type === type);
    return block ? this.line(block).text : '';
  }

  /** A block's line as domain/report-body writes it for the editor and the checker; a figure the report lacks is refused. */
  private line(block: Block): BlockLine {
    for (const inline of block.inlines) if (inline.kind === 'figure') this.figure(inline.figureId);
    return blockLine(block, this.figures, this.numbers.get(block.id));
  }

  private figure(id: string): Figure {
    const figure = this.figures.get(id);
    if (!figure) throw new InvalidError('REPORT_FIGURE_MISSING', `材料引用的数字（${id}）已不存在，请刷新数字或删除该引用后再导出`);
    return figure;
  }
}

/**
 * A line whose text the writer broke into `pieces` (a title's 回行): each break becomes a \n, as
 * the file reads back, and figures after it move along; one cut by a break keeps no span.
 */
function withBreaks(line: BlockLine, pieces: readonly string[]): BlockLine {
  const text = pieces.join('\n');
  if (text === line.text) return line;
  if (pieces.join('') !== line.text) return { text, figures: [] };
  const breaks: number[] = [];
  for (let i = 0, at = 0; i < pieces.length - 1; i++) breaks.push((at += pieces[i]!.length));
  const figures = line.figures
    .filter((f) => !breaks.some((b) => f.start < b && b < f.end))
    .map((f) => {
      const shift = breaks.filter((b) => b <= f.start).length;
      return { ...f, start: f.start + shift, end: f.end + shift };
    });
  return { text, figures };
}

/** A title's lines (标题回行) as line breaks in one centred paragraph. */
function lineRuns(lines: string[]): TextRun[] {
  return lines.map((line, i) => new TextRun({ text: line, break: i > 0 ? 1 : 0 }));
}

function closingLine(style: string, text: string, rightChars: number): Paragraph {
  return new Paragraph({ style, text, indent: { right: Math.round(rightChars * CHAR_PITCH), firstLine: 0, firstLineChars: 0 } });
}

function attachmentNote(): Paragraph {
  return new Paragraph({ style: STYLE.attachmentNote, text: `${APPENDIX.label}：${APPENDIX.title}` });
}

function cell(text: string, style: string): TableCell {
  return new TableCell({
    verticalAlign: VerticalAlignTable.CENTER,
    children: text.split('\n').map((line) => new Paragraph({ style, text: line })),
  });
}

/** "— N —" in 4号 宋体: odd pages on the right, even pages on the left, one character in from the edge. */
function pageNumberFooter(side: 'odd' | 'even'): Footer {
  const odd = side === 'odd';
  return new Footer({
    children: [
      new Paragraph({
        style: STYLE.pageNumber,
        alignment: odd ? AlignmentType.RIGHT : AlignmentType.LEFT,
        indent: odd ? { right: PAGE_NUMBER_INSET } : { left: PAGE_NUMBER_INSET },
        children: [new TextRun({ children: ['— ', PageNumber.CURRENT, ' —'] })],
      }),
    ],
  });
}

/**
 * What docx cannot say: paragraph styles off the grid, and font table entries whose altName lets Word
 * substitute the font a machine has (仿宋 for 仿宋_GB2312, which Windows 10 no longer ships).
 */
function finish(docx: Buffer): Buffer {
  const zip = new PizZip(docx);
  const styles = zip.file('word/styles.xml');
  if (styles) zip.file('word/styles.xml', withOffGridStyles(styles.asText()));
  const fontTable = zip.file('word/fontTable.xml');
  if (fontTable) {
    const fonts = Object.entries(FONT_FALLBACK)
      .map(
        ([name, alt]) =>
          `<w:font w:name="${name}"><w:altName w:val="${alt}"/><w:charset w:val="86"/><w:family w:val="auto"/><w:pitch w:val="variable"/></w:font>`,
      )
      .join('');
    const xml = fontTable.asText();
    // docx writes the table as one empty element; a filled one gets the entries before its end tag.
    const filled = xml.includes('</w:fonts>') ? xml.replace('</w:fonts>', `${fonts}</w:fonts>`) : xml.replace(/\/>\s*$/, `>${fonts}</w:fonts>`);
    zip.file('word/fontTable.xml', filled);
  }
  return zip.generate({ type: 'nodebuffer', compression: 'DEFLATE' });
}

/** The value most entries have (the first of equals), or undefined for none. */
function mostCommon(values: string[]): string | undefined {
  const counts = new Map<string, number>();
  for (const v of values) counts.set(v, (counts.get(v) ?? 0) + 1);
  let best: string | undefined;
  for (const [v, n] of counts) if (best === undefined || n > counts.get(best)!) best = v;
  return best;
}
