import type { Indicator, ValueKind } from '../../../contracts/catalogue.contract.js';
import { TARGET_PERIOD_LABELS, type ProgressState, type Target } from '../../../contracts/target.contract.js';
import type { TypeCategory } from '../../api/catalogue-index.js';

/** Tag colours of the progress states: met green, on track blue, behind orange, missed red, upcoming grey. */
export const STATE_TAG_COLORS: Record<ProgressState, string> = { met: 'green', on_track: 'blue', behind: 'orange', missed: 'red', upcoming: 'default' };
/** The same colours for progress bars. */
export const STATE_STROKES: Record<ProgressState, string> = { met: '#52c41a', on_track: '#1677ff', behind: '#fa8c16', missed: '#f5222d', upcoming: '#bfbfbf' };

const WHOLE = new Intl.NumberFormat('zh-CN', { maximumFractionDigits: 0 });
const TWO_PLACES = new Intl.NumberFormat('zh-CN', { maximumFractionDigits: 2 });
const MONEY = new Intl.NumberFormat('zh-CN', { minimumFractionDigits: 0, maximumFractionDigits: 2 });

/** What a target's figures are: an indicator's kind, or whole entries when it counts 活动数. */
export function amountKindOf(target: Pick<Target, 'indicatorCode' | 'unit'>, indicatorByCode: ReadonlyMap<string, Pick<Indicator, 'valueKind'>>): ValueKind {
  if (target.indicatorCode === null) return 'integer';
  // A code the catalogue no longer lists still reads sensibly: 元 is money, anything else may have decimals.
  return indicatorByCode.get(target.indicatorCode)?.valueKind ?? (target.unit === '元' ? 'money' : 'decimal');
}

/** A figure with its unit: 1,200人次, 5次, money always in 元 with separators (12,345.5元), never 万元. */
export function formatAmount(value: number, kind: ValueKind, unit: string): string {
  if (kind === 'money') return `${MONEY.format(value)}元`;
  return `${(kind === 'integer' ? WHOLE : TWO_PLACES).format(value)}${unit}`;
}

/** The goal as the table states it: 每季度 5次. */
export function goalText(target: Pick<Target, 'period' | 'amount' | 'unit'>, kind: ValueKind): string {
  return `${TARGET_PERIOD_LABELS[target.period]} ${formatAmount(target.amount, kind, target.unit)}`;
}

/** Whom a target is judged on: 本单位, 下级全部, or 下级中的「学校」. */
export function scopeLabel(target: Pick<Target, 'appliesTo' | 'childKind'>, kindLabel: (code: string) => string): string {
  if (target.appliesTo === 'self') return '本单位';
  return target.childKind === null ? '下级全部' : `下级中的「${kindLabel(target.childKind)}」`;
}

/** A label to put inside 「」: its own 「」 become 『』, as Chinese nests quotes (「『主题班会』活动数」). */
export function nestedLabel(label: string): string {
  return label.replace(/「/g, '『').replace(/」/g, '』');
}

/** A completion percentage as printed beside its bar: whole numbers, over 100 % allowed. */
export function percentText(percent: number): string {
  return `${Math.round(percent)}%`;
}

/** How full the bar is drawn: never past its end, never negative. */
export function barPercent(percent: number): number {
  return Math.max(0, Math.min(100, Math.round(percent)));
}

/**
 * The units whose targets the user may edit, seen from the selected unit: the unit itself and its
 * ancestors the server listed (it lists only those inside the user's subtree). Targets set further up
 * are read-only; the server answers 404 to a PATCH of them.
 */
export function manageableOrgIds(selected: { id: number; ancestors: readonly { id: number }[] }): ReadonlySet<number> {
  return new Set([selected.id, ...selected.ancestors.map((a) => a.id)]);
}

export interface TypeTreeNode {
  value: number;
  title: string;
  children?: TypeTreeNode[];
}

/**
 * Categories → types for the target form. With an indicator chosen, only types that record it are
 * offered (a category, meaning all its types, whenever one of them does); inactive types are left out.
 */
export function targetTypeTree(categories: readonly TypeCategory[], indicatorId: number | undefined): TypeTreeNode[] {
  const records = (t: TypeCategory['types'][number]) => indicatorId === undefined || t.indicators.some((i) => i.indicatorId === indicatorId);
  return categories
    .filter(({ category }) => category.active)
    .map(({ category, types }) => ({ category, types: types.filter((t) => t.active && records(t)) }))
    .filter(({ types }) => types.length > 0)
    .map(({ category, types }) => ({ value: category.id, title: category.name, children: types.map((t) => ({ value: t.id, title: t.name })) }));
}

/** Whether a category or type is among the tree's choices. */
export function treeOffers(tree: readonly TypeTreeNode[], id: number): boolean {
  return tree.some((node) => node.value === id || treeOffers(node.children ?? [], id));
}

/** The years offered in the picker: next year back to five years ago, plus the one shown if older. */
export function yearChoices(thisYear: number, shown: number): number[] {
  const years = Array.from({ length: 7 }, (_, i) => thisYear + 1 - i);
  return years.includes(shown) ? years : [...years, shown].sort((a, b) => b - a);
}

export interface TargetsView {
  /** Undefined: the user's own unit. */
  org: number | undefined;
  year: number;
}

/** The page's unit and year from its address (?org=12&year=2025), so a reload or a shared link shows the same. */
export function readTargetsView(params: URLSearchParams, thisYear: number): TargetsView {
  const org = Number(params.get('org'));
  const year = Number(params.get('year'));
  return {
    org: Number.isInteger(org) && org > 0 ? org : undefined,
    year: Number.isInteger(year) && year >= 2000 && year <= 2100 ? year : thisYear,
  };
}

/** The address of a view; defaults stay out of it. */
export function writeTargetsView(view: TargetsView, thisYear: number): URLSearchParams {
  const params = new URLSearchParams();
  if (view.org !== undefined) params.set('org', String(view.org));
  if (view.year !== thisYear) params.set('year', String(view.year));
  return params;
}
