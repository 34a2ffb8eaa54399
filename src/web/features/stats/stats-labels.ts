import type { StatsGroupBy, StatsStatus } from '../../../contracts/stats.contract.js';

// The dashboard's Chinese wording in one place, so cards, charts, headings and the export agree.

export const ENTRIES = 'entries';

/** A figure the dashboard leads with. `entries` counts ledger entries; the rest are indicator codes. */
export interface Metric {
  code: string;
  label: string;
  /** The unit as displayed; money is shown in 万元 although the API speaks 元. */
  unit: string;
  money: boolean;
  hint?: string;
}

export const ENTRIES_METRIC: Metric = { code: ENTRIES, label: '活动数', unit: '条', money: false, hint: '台账登记的活动条数' };

export const KPI_METRICS: readonly Metric[] = [
  ENTRIES_METRIC,
  { code: 'sessions', label: '活动场次', unit: '场次', money: false },
  { code: 'attendance', label: '参与人次', unit: '人次', money: false },
  { code: 'households', label: '覆盖户数', unit: '户', money: false },
  { code: 'materials', label: '发放资料', unit: '份', money: false },
  { code: 'funds', label: '投入资金', unit: '万元', money: true },
];

export function metricOf(code: string | undefined): Metric | undefined {
  return KPI_METRICS.find((m) => m.code === code);
}

export const GROUP_BY_LABELS: Record<StatsGroupBy, string> = {
  none: '合计',
  child: '下级单位',
  month: '月份',
  quarter: '季度',
  year: '年度',
  category: '活动类别',
  type: '活动类型',
  tag: '标签',
};

export const STATUS_LABELS: Record<StatsStatus, string> = { approved: '仅已审核', all: '全部（含未审核）' };

export const SERIES_CURRENT = '本期';
export const SERIES_LAST_YEAR = '去年同期';
export const TABLE_VIEW = '查看数据表';
export const CHART_VIEW = '查看图表';
export const NO_DATA = '所选时间内没有活动';

/** A figure as a chart plots it: money in 万元 so the axis stays short. */
export function chartValue(metric: Metric, value: number): number {
  return metric.money ? Math.round(value / 100) / 100 : value;
}
