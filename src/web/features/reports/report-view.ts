import type { Block, Figure, ReportBody, ReportKind } from '../../../contracts/report.contract.js';
import type { StatsStatus } from '../../../contracts/stats.contract.js';
import { chineseDate } from '../../../domain/chinese-date.js';

/**
 * How a report reads, computed from its blocks: heading numbers (一、（一）1.（1）) from levels, the
 * plain text (what the checker reads and tests assert on), figure lookups and where a figure's
 * entries are. Pure, so the editor, the checker call and the tests agree on every character.
 */

// Numbering and plain text are shared with the server's checker and .docx writer, so they live in the domain.
export {
  blockAtOffset,
  figureIndex,
  headingNumbers,
  inlineText,
  levelOf,
  reportPlainText,
  type BlockSpan,
  type HeadingLevel,
  type PlainReport,
} from '../../../domain/report-body/index.js';

/** Ids of the figures a block shows, in order. */
export function figureIdsOf(block: Pick<Block, 'inlines'>): string[] {
  return block.inlines.flatMap((inline) => (inline.kind === 'figure' ? [inline.figureId] : []));
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
    period: q.from === q.to ? chineseDate(q.from) : `${chineseDate(q.from)}至${chineseDate(q.to)}`,
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
