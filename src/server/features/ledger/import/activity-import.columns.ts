import type { TagKind } from '../../../../contracts/catalogue.contract.js';
import { InvalidError } from '../../../../domain/errors.js';
import type { ImportIndicator } from './activity-import.types.js';
import { matchKey } from './activity-import.values.js';
import { COLUMN, EXPORT_ONLY_COLUMN, importMessages as m, type FixedColumn } from './import.messages.js';

/** One column per tag kind, in this order, in the template, the import and the export alike. */
export const TAG_COLUMNS: ReadonlyArray<readonly [TagKind, string]> = [
  ['carrier', COLUMN.carrier],
  ['theme', COLUMN.theme],
  ['volume', COLUMN.volume],
];

/** Header text users commonly write for each column, besides the template's own. */
const ALIASES: Record<FixedColumn, string[]> = {
  unit: ['单位', '单位名称', '所属单位', '填报单位', '单位路径', 'unit', 'org'],
  type: ['活动类型', '类型', '活动类别', 'type'],
  title: ['标题', '活动标题', '活动名称', 'title'],
  startDate: ['开始日期', '日期', '活动日期', '开展日期', '活动时间', 'start date', 'startdate'],
  endDate: ['结束日期', 'end date', 'enddate'],
  place: ['地点', '活动地点', 'place'],
  organiser: ['组织者', '组织单位', '主办单位', '承办单位', 'organiser', 'organizer'],
  summary: ['内容摘要', '摘要', '活动内容', '内容', '简要内容', 'summary'],
  carrier: ['“进”载体', '进载体', '载体', '八进', 'carrier'],
  theme: ['主题', '活动主题', 'theme'],
  volume: ['台账卷', '台账分卷', '卷', 'volume'],
};
const REQUIRED: FixedColumn[] = ['unit', 'type', 'title', 'startDate'];
/** Columns people keep in their own sheets that carry nothing to import. */
const IGNORED = new Set(['序号', '编号', 'no', 'no.'].map(headerKey));
/** The ledger export's own read-only columns, by their exact headers: an exported file imports as it is. */
const EXPORT_ONLY = new Set<string>(Object.values(EXPORT_ONLY_COLUMN));

function headerKey(text: string): string {
  return matchKey(text).replace(/["'“”‘’「」『』]/g, '');
}

const FIXED_BY_KEY = new Map<string, FixedColumn>(
  (Object.keys(ALIASES) as FixedColumn[]).flatMap((col) => ALIASES[col].map((alias) => [headerKey(alias), col] as const)),
);

/** True when the row names every required column: the header, not a title row above it. */
export function isHeaderRow(cells: string[]): boolean {
  const found = new Set(cells.map((c) => FIXED_BY_KEY.get(headerKey(c))));
  return REQUIRED.every((c) => found.has(c));
}

export interface IndicatorColumn {
  index: number;
  indicator: ImportIndicator;
}

export interface ColumnMap {
  fixed: Partial<Record<FixedColumn, number>>;
  indicators: IndicatorColumn[];
}

/** The template's header of an indicator column: 参与人次（人次）. */
export function indicatorHeader(i: Pick<ImportIndicator, 'name' | 'unit'>): string {
  return `${i.name}（${i.unit}）`;
}

type HeaderMatch = { fixed: FixedColumn } | { indicator: ImportIndicator } | { wrongUnit: ImportIndicator } | undefined;

function indicatorKeys(indicators: ImportIndicator[]) {
  const byName = new Map<string, ImportIndicator>();
  for (const i of indicators) {
    byName.set(headerKey(i.code), i);
    byName.set(headerKey(i.name), i);
  }
  return byName;
}

function matchHeader(text: string, byName: Map<string, ImportIndicator>): HeaderMatch {
  const key = headerKey(text);
  const fixed = FIXED_BY_KEY.get(key);
  if (fixed) return { fixed };
  const exact = byName.get(key);
  if (exact) return { indicator: exact };
  // 名称(计量单位): the unit must be the indicator's, or a 万元 column would be read as 元.
  // Units may hold brackets themselves (块(幅)): split at the first bracket, then at the last.
  for (const pattern of [/^(.+?)\((.*)\)$/, /^(.+)\((.*)\)$/]) {
    const parts = pattern.exec(key);
    const named = parts && byName.get(parts[1]!);
    if (named) return headerKey(named.unit) === parts[2] ? { indicator: named } : { wrongUnit: named };
  }
  return undefined;
}

/**
 * Finds every column of the header. Unknown columns are refused rather than skipped: a column
 * silently left out would lose data that the user believes was imported. Only the export's own
 * read-only columns (状态, 最后修改…), named exactly, are skipped.
 */
export function mapColumns(header: string[], headerRow: number, indicators: ImportIndicator[]): ColumnMap {
  const byName = indicatorKeys(indicators);
  const fixed: Partial<Record<FixedColumn, number>> = {};
  const found: IndicatorColumn[] = [];
  const unknown: string[] = [];
  const duplicate: string[] = [];
  header.forEach((text, index) => {
    if (text === '' || IGNORED.has(headerKey(text)) || EXPORT_ONLY.has(text)) return;
    const match = matchHeader(text, byName);
    if (!match) unknown.push(text);
    else if ('wrongUnit' in match) throw new InvalidError('IMPORT_HEADER_UNIT', m.headerWrongUnit(headerRow, text, indicatorHeader(match.wrongUnit)));
    else if ('fixed' in match) {
      if (fixed[match.fixed] !== undefined) duplicate.push(COLUMN[match.fixed]);
      else fixed[match.fixed] = index;
    } else if (found.some((c) => c.indicator.id === match.indicator.id)) duplicate.push(match.indicator.name);
    else found.push({ index, indicator: match.indicator });
  });
  const missing = REQUIRED.filter((c) => fixed[c] === undefined).map((c) => COLUMN[c]);
  if (missing.length > 0) throw new InvalidError('IMPORT_HEADER_MISSING', m.headerMissing(headerRow, missing));
  if (unknown.length > 0) throw new InvalidError('IMPORT_HEADER_UNKNOWN', m.headerUnknown(headerRow, unknown));
  if (duplicate.length > 0) throw new InvalidError('IMPORT_HEADER_DUPLICATE', m.headerDuplicate(headerRow, duplicate));
  return { fixed, indicators: found };
}
