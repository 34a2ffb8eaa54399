import type { RawCell } from './activity-import.types.js';

/**
 * Key for matching names typed by people: NFKC folds full-width letters, digits, brackets and
 * slashes (（）／１２) into ASCII, so “进村（社区）” finds 进村(社区); spaces and case are ignored.
 */
export function matchKey(text: string): string {
  return text.normalize('NFKC').replace(/\s+/g, '').toLowerCase();
}

/** The text of a cell, trimmed; dates as YYYY-MM-DD, numbers as Excel shows them. */
export function cellText(cell: RawCell): string {
  if (cell === null) return '';
  if (typeof cell === 'string') return cell.trim();
  if (typeof cell === 'number') return String(excelNumber(cell));
  return isoOfDate(cell);
}

/** Excel keeps 15 significant digits; a formula's 0.1+0.2 shows (and should import) as 0.3. */
function excelNumber(n: number): number {
  return Number(n.toPrecision(15));
}

function isoOfDate(d: Date): string {
  // Excel dates carry no zone; the reader builds them at UTC midnight.
  return d.toISOString().slice(0, 10);
}

export type DateResult = { ok: true; date: string } | { ok: false; reason: 'format' | 'impossible' };

const DATE_PATTERNS = [
  /^(\d{4})[-/.](\d{1,2})[-/.](\d{1,2})(?:[ T]\d{1,2}:\d{2}(?::\d{2})?)?$/,
  /^(\d{4})年(\d{1,2})月(\d{1,2})日?$/,
  /^(\d{4})(\d{2})(\d{2})$/,
];

/** Accepts Excel date cells, 2025-05-12, 2025/5/12, 2025.5.12, 2025年5月12日 and 20250512. */
export function parseDateCell(cell: RawCell): DateResult {
  if (cell instanceof Date) {
    return Number.isNaN(cell.getTime()) ? { ok: false, reason: 'format' } : { ok: true, date: isoOfDate(cell) };
  }
  const text = cellText(cell)
    .normalize('NFKC')
    .replace(/\s+(?=[年月日])|(?<=[年月日])\s+/g, '');
  for (const pattern of DATE_PATTERNS) {
    const m = pattern.exec(text);
    if (!m) continue;
    const [year, month, day] = [Number(m[1]), Number(m[2]), Number(m[3])];
    if (year < 1900 || month < 1 || month > 12 || day < 1 || day > daysInMonth(year, month)) return { ok: false, reason: 'impossible' };
    return { ok: true, date: `${year}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}` };
  }
  return { ok: false, reason: 'format' };
}

function daysInMonth(year: number, month: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

const PLAIN_NUMBER = /^[+-]?(\d+(\.\d*)?|\.\d+)$/;
const GROUPED_NUMBER = /^[+-]?\d{1,3}(,\d{3})+(\.\d+)?$/;

/**
 * A measure cell as a number in display units: undefined when blank (an absent measure), NaN when
 * it is not a number. Thousands separators (1,234.5) are accepted; units or words are not.
 */
export function parseMeasureCell(cell: RawCell): number | undefined {
  if (cell === null) return undefined;
  if (typeof cell === 'number') return excelNumber(cell);
  if (cell instanceof Date) return Number.NaN;
  const text = cell.normalize('NFKC').trim();
  if (text === '') return undefined;
  if (PLAIN_NUMBER.test(text)) return Number(text);
  if (GROUPED_NUMBER.test(text)) return Number(text.replaceAll(',', ''));
  return Number.NaN;
}

/** Several names in one cell: 进村(社区)、进学校 / 进村(社区),进学校 / 进村(社区)；进学校. */
export function splitNames(text: string): string[] {
  return [
    ...new Set(
      text
        .split(/[、，,;；\n]/)
        .map((s) => s.trim())
        .filter(Boolean),
    ),
  ];
}
