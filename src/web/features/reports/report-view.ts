import type { Block, Figure, ReportBody, ReportKind } from '../../../contracts/report.contract.js';
import type { StatsStatus } from '../../../contracts/stats.contract.js';
import { headingNumber } from '../../../domain/chinese-number.js';

/**
 * How a report reads, computed from its blocks: heading numbers (一、（一）1.（1）) from levels, the
 * plain text (what the checker reads and tests assert on), figure lookups and where a figure's
 * entries are. Pure, so the editor, the checker call and the tests agree on every character.
 */

export type HeadingLevel = 1 | 2 | 3 | 4;

const LEVELS: readonly HeadingLevel[] = [1, 2, 3, 4];

/** A heading's level as the contract allows it; a heading without one reads as level 1. */
export function levelOf(block: Pick<Block, 'level'>): HeadingLevel {
  const level = block.level ?? 1;
  return LEVELS.includes(level as HeadingLevel) ? (level as HeadingLevel) : 1;
}

/**
 * The number of every heading, by block id. Each level counts from 1 again under each heading of a
 * higher level (一、→（一）（二）, 二、→（一）…), so moving or deleting a heading renumbers the rest.
 */
export function headingNumbers(blocks: readonly Block[]): Map<string, string> {
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

/** Figures by id. */
export function figureIndex(body: Pick<ReportBody, 'figures'>): Map<string, Figure> {
  return new Map(body.figures.map((f) => [f.id, f]));
}

/** The text of a block's inlines, each figure written as its text (a figure the report lost writes nothing). */
export function inlineText(block: Pick<Block, 'inlines'>, figures: ReadonlyMap<string, Figure>): string {
  return block.inlines.map((inline) => (inline.kind === 'text' ? inline.text : (figures.get(inline.figureId)?.text ?? ''))).join('');
}

/** Ids of the figures a block shows, in order. */
export function figureIdsOf(block: Pick<Block, 'inlines'>): string[] {
  return block.inlines.flatMap((inline) => (inline.kind === 'figure' ? [inline.figureId] : []));
}

/** Where a block's line sits in the plain text. */
export interface BlockSpan {
  blockId: string;
  start: number;
  end: number;
}

export interface PlainReport {
  text: string;
  spans: BlockSpan[];
}

/**
 * The report as plain text, one line per block as the .docx would read: headings carry their
 * numbers, charts are left out (the checker reads words, and a chart is a picture). The spans let
 * a finding's offsets lead back to the block that holds it.
 */
export function reportPlainText(body: Pick<ReportBody, 'blocks' | 'figures'>): PlainReport {
  const figures = figureIndex(body);
  const numbers = headingNumbers(body.blocks);
  const lines: string[] = [];
  const spans: BlockSpan[] = [];
  let offset = 0;
  for (const block of body.blocks) {
    if (block.type === 'chart') continue;
    const line = (numbers.get(block.id) ?? '') + inlineText(block, figures);
    spans.push({ blockId: block.id, start: offset, end: offset + line.length });
    lines.push(line);
    offset += line.length + 1;
  }
  return { text: lines.join('\n'), spans };
}

/** The block whose line holds a text offset (a checker finding's start). */
export function blockAtOffset(spans: readonly BlockSpan[], offset: number): string | undefined {
  return spans.find((s) => offset >= s.start && offset <= s.end)?.blockId;
}

/** Metrics that count units rather than entries: their figures lead to the dashboard's coverage card. */
export const UNIT_METRICS: ReadonlySet<string> = new Set(['units', 'reporting_units']);

/**
 * Where a click on a figure leads: the entries behind it (/stats/entries, the same question, so
 * its total is the figure's entry count), or the dashboard with its coverage card for unit counts.
 * The period and status are always spelled out, so the link means the same tomorrow.
 */
export function figureDrillHref(figure: Pick<Figure, 'query'>): string {
  const q = figure.query;
  const params = new URLSearchParams({ org: String(q.org), from: q.from, to: q.to, status: q.status });
  if (UNIT_METRICS.has(q.metric)) return `/stats?${params.toString()}`;
  // A tag is a group of the tag grouping, which the drill-down already knows how to narrow to.
  if (q.tagId !== undefined) {
    params.set('groupBy', 'tag');
    params.set('key', String(q.tagId));
  }
  params.set('metric', q.metric);
  if (q.types?.length) params.set('types', q.types.join(','));
  return `/stats/entries?${params.toString()}`;
}

/** Figures a refresh changed (they keep the text they had before until the next refresh). */
export function changedFigureIds(body: Pick<ReportBody, 'figures'>): Set<string> {
  return new Set(body.figures.filter((f) => f.previousText !== null && f.previousText !== f.text).map((f) => f.id));
}

/** Names for a figure's source: the unit, the metric, types and tag, as the page knows them. */
export interface SourceNames {
  orgName: (id: number) => string | undefined;
  metricLabel: (code: string) => string | undefined;
  typeName: (id: number) => string | undefined;
  tagName: (id: number) => string | undefined;
  kindName: (code: string) => string;
}

export interface FigureSource {
  label: string;
  unit: string;
  period: string;
  basis: string;
  metric: string;
  filters: string[];
}

const STATUS_BASIS: Record<StatsStatus, string> = { approved: '仅统计已审核通过的活动', all: '统计全部活动（含未审核）' };

/** 2026-03-05 → 2026年3月5日. */
export function chineseDay(iso: string): string {
  const [y, m, d] = iso.split('-').map(Number);
  return `${y}年${m}月${d}日`;
}

/** What a figure counts and over what, in Chinese, for its tooltip (统计单位、时间、口径、指标). */
export function describeFigureSource(figure: Figure, names: SourceNames): FigureSource {
  const q = figure.query;
  const filters: string[] = [];
  if (q.types?.length) filters.push(`活动类型：${q.types.map((id) => names.typeName(id) ?? `#${id}`).join('、')}`);
  if (q.tagId !== undefined) filters.push(`标签：${names.tagName(q.tagId) ?? `#${q.tagId}`}`);
  if (q.unitKind) filters.push(`单位类型：${names.kindName(q.unitKind)}`);
  return {
    label: figure.label,
    unit: `${names.orgName(q.org) ?? `单位 #${q.org}`}（含下级）`,
    period: q.from === q.to ? chineseDay(q.from) : `${chineseDay(q.from)}至${chineseDay(q.to)}`,
    basis: STATUS_BASIS[q.status],
    metric: names.metricLabel(q.metric) ?? q.metric,
    filters,
  };
}

const KIND_BY_ORG_KIND: Readonly<Record<string, ReportKind>> = {
  county: 'county',
  township: 'township',
  street: 'township',
  school: 'school',
  agency: 'agency',
  enterprise: 'enterprise',
  village: 'village',
  community: 'village',
};

/** The report template a unit of this kind usually writes (a street writes as a township, a community as a village). */
export function defaultReportKind(orgKind: string | undefined): ReportKind {
  return (orgKind !== undefined && KIND_BY_ORG_KIND[orgKind]) || 'generic';
}

/**
 * The period a new report most likely covers, by when it is written: early in the year last year's
 * summary (上年), in the summer the first half's (上半年), otherwise this year's (本年).
 */
export function defaultDraftPresetKey(today: string): 'last-year' | 'first-half' | 'this-year' {
  const month = Number(today.slice(5, 7));
  if (month <= 2) return 'last-year';
  if (month >= 6 && month <= 8) return 'first-half';
  return 'this-year';
}
