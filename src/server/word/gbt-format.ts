import { AlignmentType, LineRuleType } from 'docx';
import type { IParagraphStyleOptions, IStylesOptions } from 'docx';
import { chineseDate } from '../../domain/chinese-date.js';

/**
 * GB/T 9704-2012 (党政机关公文格式) as Word settings: A4, 版心 156 × 225 mm, 3号 仿宋 body on a
 * grid of 22 lines × 28 characters, headings 一、(黑体) （一）(楷体) 1.(仿宋 bold) （1）(仿宋).
 * Lengths are twips (1/20 pt) unless named otherwise; font sizes are half-points as Word stores them.
 */
export const PAGE = { width: 11906, height: 16838 } as const;
/** Top 37 mm, bottom 35 mm, left 28 mm, right 26 mm; a footer 25 mm from the edge puts the page number ≈ 7 mm below the 版心. */
export const MARGIN = { top: 2098, bottom: 1984, left: 1587, right: 1474, header: 851, footer: 1417 } as const;
export const TEXT_WIDTH = PAGE.width - MARGIN.left - MARGIN.right;

export const LINES_PER_PAGE = 22;
export const CHARS_PER_LINE = 28;
/** 28.95 pt (579): the fixed line spacing that puts 22 lines in the 225 mm 版心. */
export const LINE_PITCH = Math.floor((PAGE.height - MARGIN.top - MARGIN.bottom) / LINES_PER_PAGE);
/** Pitch of one character on the 28-per-line grid (≈ 15.8 pt, a little under the 16 pt body size). */
export const CHAR_PITCH = TEXT_WIDTH / CHARS_PER_LINE;

export const SIZE = {
  /** 2号 */
  title: 44,
  /** 3号 */
  body: 32,
  /** 4号 */
  pageNumber: 28,
  /** 4号, chart captions */
  caption: 28,
  /** 小4号, the appendix table */
  table: 24,
} as const;

/** The font each part asks for. */
export const FONT = {
  body: '仿宋_GB2312',
  title: '方正小标宋简体',
  heading1: '黑体',
  heading2: '楷体_GB2312',
  pageNumber: '宋体',
} as const;
/** The font Word substitutes when a machine lacks one (fontTable altName): Windows 10 has 仿宋, not 仿宋_GB2312. */
export const FONT_FALLBACK: Readonly<Record<string, string>> = {
  仿宋_GB2312: '仿宋',
  方正小标宋简体: '宋体',
  黑体: 'SimHei',
  楷体_GB2312: '楷体',
  宋体: 'SimSun',
};

/**
 * The docGrid charSpace that gives 28 characters a line: (pitch − Normal font size) × 4096, in points,
 * rounded down so the 28th character does not overhang by a fraction of a twip (−842, as in Word's
 * 公文 templates). The grid squeezes 16 pt characters to ≈ 15.8 pt.
 */
export const GRID_CHAR_SPACE = Math.floor((CHAR_PITCH / 20 - SIZE.body / 2) * 4096);
/**
 * Without the character grid (see GbtReportDocxWriterOptions.characterGrid) body text is condensed
 * 0.25 pt (twips), so 28 characters of 15.75 pt still fill the 442 pt line.
 */
export const CONDENSED_CHARACTER_SPACING = -5;
/** Styles laid out off the character grid (their children inherit it): larger or smaller text would be spread over whole cells. */
export const OFF_GRID_STYLES: readonly string[] = ['Title', 'ChartImage', 'ChartCaption', 'TableText', 'PageNumberLine'];

/** Style ids; Word shows the built-in ones by their localised names (Normal → 正文, Heading 1 → 标题 1). */
export const STYLE = {
  body: 'Normal',
  title: 'Title',
  heading: ['Heading1', 'Heading2', 'Heading3', 'Heading4'],
  salutation: 'Salutation',
  signature: 'Signature',
  date: 'DocumentDate',
  figure: 'ChartImage',
  caption: 'ChartCaption',
  attachmentNote: 'AttachmentNote',
  attachmentLabel: 'AttachmentLabel',
  tableText: 'TableText',
  tableHeader: 'TableHeader',
  tableIndex: 'TableIndex',
  pageNumber: 'PageNumberLine',
} as const;

/** All of a run's font slots: East Asian text, Latin digits and the quotes Word would set in the Latin font. */
export function fontSlots(name: string): { ascii: string; eastAsia: string; hAnsi: string; cs: string; hint: string } {
  return { ascii: name, eastAsia: name, hAnsi: name, cs: name, hint: 'eastAsia' };
}

const TWO_CHARS = { firstLineChars: 200, firstLine: Math.round(2 * CHAR_PITCH) };
// Word reads firstLineChars before firstLine, so an unindented style must say 0 in both.
const NO_INDENT = { firstLineChars: 0, firstLine: 0 };
const EXACT_LINE = { line: LINE_PITCH, lineRule: LineRuleType.EXACT, before: 0, after: 0 };
const SINGLE_LINE = { line: 240, lineRule: LineRuleType.AUTO, before: 0, after: 0 };

function headingStyle(font: string, bold: boolean, outlineLevel: number): Pick<IParagraphStyleOptions, 'paragraph' | 'run'> {
  return {
    paragraph: { indent: TWO_CHARS, spacing: EXACT_LINE, keepNext: true, keepLines: true, outlineLevel, alignment: AlignmentType.JUSTIFIED },
    run: { font: fontSlots(font), size: SIZE.body, bold, color: 'auto', italics: false },
  };
}

/** Named styles, so a Word user restyles every level at once instead of paragraph by paragraph; `condensed` for a page without the character grid. */
export function gbtStyles(condensed = false): IStylesOptions {
  const style = (id: string, name: string, options: Omit<IParagraphStyleOptions, 'id' | 'name'>): IParagraphStyleOptions => ({
    id,
    name,
    basedOn: STYLE.body,
    next: STYLE.body,
    quickFormat: true,
    ...options,
  });
  return {
    default: {
      document: {
        run: { font: fontSlots(FONT.body), size: SIZE.body, language: { value: 'zh-CN', eastAsia: 'zh-CN' } },
        paragraph: { spacing: EXACT_LINE, indent: TWO_CHARS, alignment: AlignmentType.JUSTIFIED },
      },
      title: {
        paragraph: { alignment: AlignmentType.CENTER, indent: NO_INDENT, spacing: { ...EXACT_LINE, after: LINE_PITCH }, keepNext: true },
        run: { font: fontSlots(FONT.title), size: SIZE.title, bold: false, color: 'auto' },
      },
      heading1: headingStyle(FONT.heading1, false, 0),
      heading2: headingStyle(FONT.heading2, false, 1),
      heading3: headingStyle(FONT.body, true, 2),
      heading4: headingStyle(FONT.body, false, 3),
    },
    paragraphStyles: [
      // Normal repeats the defaults: LibreOffice sizes the character grid from Normal's own font size.
      {
        id: STYLE.body,
        name: 'Normal',
        quickFormat: true,
        paragraph: { spacing: EXACT_LINE, indent: TWO_CHARS, alignment: AlignmentType.JUSTIFIED },
        run: { font: fontSlots(FONT.body), size: SIZE.body, ...(condensed ? { characterSpacing: CONDENSED_CHARACTER_SPACING } : {}) },
      },
      style(STYLE.salutation, '称呼', { paragraph: { indent: NO_INDENT } }),
      // Unsealed 公文: the unit two characters in from the right, one blank line below the text; the
      // writer widens the right indent per GB/T 9704 7.3.5.3 when the date is longer.
      // GB/T 9704 7.3.5: no page may hold the signature and date without text above them, so
      // the 附件说明 and the signature keep with what follows (the writer chains the last paragraph too).
      style(STYLE.signature, '落款', {
        paragraph: { alignment: AlignmentType.RIGHT, indent: NO_INDENT, spacing: { ...EXACT_LINE, before: LINE_PITCH }, keepNext: true },
      }),
      style(STYLE.date, '成文日期', { paragraph: { alignment: AlignmentType.RIGHT, indent: NO_INDENT } }),
      style(STYLE.figure, '图', { paragraph: { alignment: AlignmentType.CENTER, indent: NO_INDENT, spacing: SINGLE_LINE, keepNext: true } }),
      style(STYLE.caption, '图题', {
        paragraph: { alignment: AlignmentType.CENTER, indent: NO_INDENT, spacing: { ...EXACT_LINE, after: Math.round(LINE_PITCH / 2) } },
        run: { size: SIZE.caption },
      }),
      style(STYLE.attachmentNote, '附件说明', { paragraph: { spacing: { ...EXACT_LINE, before: LINE_PITCH }, keepNext: true } }),
      style(STYLE.attachmentLabel, '附件标识', {
        paragraph: { indent: NO_INDENT, alignment: AlignmentType.LEFT },
        run: { font: fontSlots(FONT.heading1) },
      }),
      style(STYLE.tableText, '表格文字', {
        paragraph: { indent: NO_INDENT, alignment: AlignmentType.LEFT, spacing: { line: 288, lineRule: LineRuleType.AUTO, before: 0, after: 0 } },
        run: { size: SIZE.table },
      }),
      {
        id: STYLE.tableHeader,
        name: '表头',
        basedOn: STYLE.tableText,
        quickFormat: true,
        paragraph: { alignment: AlignmentType.CENTER },
        run: { font: fontSlots(FONT.heading1) },
      },
      { id: STYLE.tableIndex, name: '表格序号', basedOn: STYLE.tableText, quickFormat: true, paragraph: { alignment: AlignmentType.CENTER } },
      style(STYLE.pageNumber, '页码', {
        paragraph: { indent: NO_INDENT, spacing: SINGLE_LINE },
        run: { font: fontSlots(FONT.pageNumber), size: SIZE.pageNumber },
      }),
    ],
  };
}

/** Width of text in characters of the grid: CJK and full-width count 1, Latin letters and digits ½. */
export function textWidthInChars(text: string): number {
  let width = 0;
  for (const ch of text) width += (ch.codePointAt(0) ?? 0) < 0x2e80 ? 0.5 : 1;
  return width;
}

/**
 * Right indents (in characters) of an unsealed document's signature and date (GB/T 9704 7.3.5.3):
 * the unit two characters in from the right, the date's first character two to the right of the
 * unit's; when the date is the longer, the date keeps two characters and the unit moves left.
 */
export function signatureIndents(signature: string, date: string): { signature: number; date: number } {
  const unit = textWidthInChars(signature);
  const day = textWidthInChars(date);
  if (!signature) return { signature: 0, date: 2 };
  if (!date) return { signature: 2, date: 0 };
  const dateRight = unit - day;
  if (dateRight >= 2) return { signature: 2, date: dateRight };
  return { signature: 2 + (2 - dateRight), date: 2 };
}

const CHINESE_DIGITS: Readonly<Record<string, number>> = { 〇: 0, 零: 0, O: 0, 一: 1, 二: 2, 三: 3, 四: 4, 五: 5, 六: 6, 七: 7, 八: 8, 九: 9 };

/** 一 … 九, 十, 十一 … 十九, 二十 … 三十一; undefined for anything else. */
function chineseSmallNumber(text: string): number | undefined {
  const match = /^([一二三])?十([一二三四五六七八九])?$/.exec(text);
  if (match) return (match[1] ? (CHINESE_DIGITS[match[1]] ?? 0) : 1) * 10 + (match[2] ? (CHINESE_DIGITS[match[2]] ?? 0) : 0);
  return /^[一二三四五六七八九]$/.test(text) ? CHINESE_DIGITS[text] : undefined;
}

/**
 * The 成文日期 as GB/T 9704 writes it: Arabic numerals, year in full, no leading zeros
 * (2026年1月5日). Reads 2026-01-05, 2026/1/5, 2026.1.5, 2026年01月05日 and 二〇二六年一月五日;
 * any other text is kept as written.
 */
export function formatDocumentDate(text: string): string {
  const trimmed = text.trim();
  const arabic = /^(\d{4})\s*[-/.年]\s*(\d{1,2})\s*[-/.月]\s*(\d{1,2})\s*日?$/.exec(trimmed);
  if (arabic) return chineseDate(`${arabic[1]}-${arabic[2]}-${arabic[3]}`);
  const chinese = /^([〇零O一二三四五六七八九]{4})年([一二三四五六七八九十]{1,3})月([一二三四五六七八九十]{1,3})日$/.exec(trimmed);
  if (chinese) {
    const year = [...(chinese[1] ?? '')].map((ch) => CHINESE_DIGITS[ch] ?? 0).join('');
    const month = chineseSmallNumber(chinese[2] ?? '');
    const day = chineseSmallNumber(chinese[3] ?? '');
    if (month && day && month <= 12 && day <= 31) return chineseDate(`${year}-${month}-${day}`);
  }
  return trimmed;
}

/**
 * Marks the OFF_GRID_STYLES `snapToGrid` 0 in styles.xml (docx has no option for it in a paragraph
 * style). The element goes before `w:spacing`, where the schema's order puts it.
 */
export function withOffGridStyles(stylesXml: string): string {
  let xml = stylesXml;
  for (const id of OFF_GRID_STYLES) {
    const style = new RegExp(`(<w:style [^>]*w:styleId="${id}"[^>]*>(?:(?!</w:style>).)*?<w:pPr>(?:(?!</w:pPr>).)*?)(<w:spacing )`);
    if (!style.test(xml)) throw new Error(`Style ${id} has no paragraph spacing to place snapToGrid before`);
    xml = xml.replace(style, '$1<w:snapToGrid w:val="0"/>$2');
  }
  return xml;
}

/** Characters of 2号 text on one line of the 版心 (442 pt / 22 pt). */
export const TITLE_LINE_CHARS = Math.floor(TEXT_WIDTH / SIZE.title / 10);
// Where a title line may end (after a year or a unit) or the next may start, keeping words whole.
const TITLE_LINE_ENDS = /(?:\d{4}年度?|[省市县区州旗盟乡镇村局委厅部院校所]|街道|社区|关于|年)$/;
const TITLE_LINE_STARTS = /^(?:关于|民族团结|铸牢|深化|推进|开展|创建|[0-9]{4}年)/;

/**
 * The lines of a title (标题回行): kept as written when it fits one line or has its own line
 * breaks; otherwise two lines of nearly equal length, broken where a word ends (after 2026年度, after
 * the unit's name, before 关于…), the first no longer than the second (梯形). Longer titles wrap as Word does.
 */
export function titleLines(title: string): string[] {
  if (title.includes('\n')) return title.split('\n');
  const chars = [...title];
  const total = textWidthInChars(title);
  if (total <= TITLE_LINE_CHARS || total > 2 * TITLE_LINE_CHARS) return [title];
  let best: { at: number; score: number } | undefined;
  for (let at = 1; at < chars.length; at++) {
    const left = chars.slice(0, at).join('');
    const right = chars.slice(at).join('');
    const leftWidth = textWidthInChars(left);
    const rightWidth = total - leftWidth;
    if (leftWidth > TITLE_LINE_CHARS || rightWidth > TITLE_LINE_CHARS) continue;
    if (/[0-9A-Za-z.%]$/.test(left) && /^[0-9A-Za-z.%]/.test(right)) continue;
    // Punctuation never starts a line (避头点).
    if (/^[，。、；：？！）》”’]/.test(right)) continue;
    const natural = TITLE_LINE_ENDS.test(left) || TITLE_LINE_STARTS.test(right);
    const score = Math.abs(rightWidth - leftWidth) + (natural ? 0 : 6) + (leftWidth > rightWidth ? 0.5 : 0);
    if (!best || score < best.score) best = { at, score };
  }
  return best ? [chars.slice(0, best.at).join(''), chars.slice(best.at).join('')] : [title];
}
