import type { ActivityType, Indicator, Tag } from '../../../contracts/catalogue.contract.js';
import { ACTIVITY_STATUS_LABELS, type ActivityStatus } from '../../../contracts/ledger.contract.js';
import { formatMeasure, formatNumber } from '../../components/format-measure.js';

export interface DiffLine {
  key: string;
  label: string;
  before: string;
  after: string;
}

export interface DiffContext {
  indicatorByCode: ReadonlyMap<string, Indicator>;
  tagById: ReadonlyMap<number, Tag>;
  typeById: ReadonlyMap<number, ActivityType>;
  /** A unit's name where the page knows it; the snapshot keeps only ids. */
  orgName?: (orgId: number) => string | undefined;
}

// The fields a history entry may carry that mean something to a reader, in the order they are shown.
// Anything else the server records (ids, versions, timestamps) is bookkeeping and stays out of view.
const LABELS: Record<string, string> = {
  title: '活动名称',
  orgId: '登记单位',
  typeId: '活动类型',
  typeName: '活动类型',
  startDate: '开始日期',
  endDate: '结束日期',
  place: '地点',
  organiser: '组织者',
  summary: '内容摘要',
  status: '状态',
  tagIds: '标签',
  evidenceIds: '佐证材料',
};
const TEXT_LIMIT = 40;
const EMPTY = '（空）';

type Snapshot = Record<string, unknown>;

const isSnapshot = (v: unknown): v is Snapshot => typeof v === 'object' && v !== null && !Array.isArray(v);
const same = (a: unknown, b: unknown) => JSON.stringify(a) === JSON.stringify(b);
const numbers = (v: unknown): number[] => (Array.isArray(v) ? v.filter((n): n is number => typeof n === 'number') : []);

function clip(text: string): string {
  return text.length > TEXT_LIMIT ? `${text.slice(0, TEXT_LIMIT)}…` : text;
}

function show(key: string, value: unknown, ctx: DiffContext): string {
  if (value === undefined || value === null || value === '') return EMPTY;
  if (key === 'status' && typeof value === 'string' && value in ACTIVITY_STATUS_LABELS) return ACTIVITY_STATUS_LABELS[value as ActivityStatus];
  if (key === 'typeId' && typeof value === 'number') return ctx.typeById.get(value)?.name ?? `#${value}`;
  if (key === 'orgId' && typeof value === 'number') return ctx.orgName?.(value) ?? '其他单位';
  if (key === 'tagIds') {
    const ids = numbers(value);
    return ids.length === 0 ? EMPTY : ids.map((id) => ctx.tagById.get(id)?.name ?? `#${id}`).join('、');
  }
  if (key === 'evidenceIds') return `${numbers(value).length}个文件`;
  if (typeof value === 'number') return formatNumber(value);
  if (typeof value === 'string') return clip(value);
  return clip(JSON.stringify(value));
}

function measureLines(before: unknown, after: unknown, ctx: DiffContext): DiffLine[] {
  const b = isSnapshot(before) ? before : {};
  const a = isSnapshot(after) ? after : {};
  const codes = [...new Set([...Object.keys(b), ...Object.keys(a)])].filter((code) => !same(b[code], a[code]));
  const order = (code: string) => ctx.indicatorByCode.get(code)?.sortOrder ?? Number.MAX_SAFE_INTEGER;
  return codes
    .sort((x, y) => order(x) - order(y))
    .map((code) => {
      const indicator = ctx.indicatorByCode.get(code);
      const fmt = (v: unknown) => (typeof v !== 'number' ? EMPTY : indicator ? formatMeasure(v, indicator) : formatNumber(v));
      return { key: `measures.${code}`, label: indicator?.name ?? code, before: fmt(b[code]), after: fmt(a[code]) };
    });
}

/**
 * What an edit changed, field by field and in words: 活动名称 A → B, 参与人次 100人次 → 120人次.
 * Works on whatever snapshot the server kept; unknown or missing parts are simply not shown.
 */
export function historyDiff(before: unknown, after: unknown, ctx: DiffContext): DiffLine[] {
  if (!isSnapshot(before) || !isSnapshot(after)) return [];
  const lines: DiffLine[] = [];
  for (const [key, label] of Object.entries(LABELS)) {
    if (!(key in before) && !(key in after)) continue;
    // The type's name says it better than its id; show the id only when no name was kept.
    if (key === 'typeId' && ('typeName' in before || 'typeName' in after)) continue;
    if (same(before[key], after[key])) continue;
    lines.push({ key, label, before: show(key, before[key], ctx), after: show(key, after[key], ctx) });
  }
  if ('measures' in before || 'measures' in after) lines.push(...measureLines(before.measures, after.measures, ctx));
  return lines;
}

/** The reason kept with a return or reopen (the entry's `returnReason` after it), if any. */
export function reasonOf(after: unknown): string | undefined {
  if (!isSnapshot(after)) return undefined;
  const reason = after.reason ?? after.returnReason;
  return typeof reason === 'string' && reason.trim() !== '' ? reason : undefined;
}
