import { Table, Tooltip, type TableColumnsType } from 'antd';
import { Link } from 'react-router';
import type { StatsGroup, StatsGroupBy } from '../../../contracts/stats.contract.js';
import { formatNumber } from '../../components/format-measure.js';
import { formatWanYuan } from '../../components/format-stats.js';
import { KPI_METRICS, type Metric } from './stats-labels.js';
import { drillHref, type StatsView } from './stats-query.js';

interface GroupTableProps {
  view: StatsView;
  groupBy: StatsGroupBy;
  /** Header of the first column: 单位, 类别… */
  labelTitle: string;
  groups: readonly StatsGroup[];
  testId?: string;
}

/** A chart's figures as a table; every figure links to the entries behind it. */
export function GroupTable({ view, groupBy, labelTitle, groups, testId }: GroupTableProps) {
  const figure = (metric: Metric) => (_: unknown, group: StatsGroup) => {
    const value = group.totals[metric.code];
    if (value === undefined) return '—';
    const text = metric.money ? formatWanYuan(value) : formatNumber(value);
    const link = (
      <Link to={drillHref(view, { groupBy, key: group.key, metric: metric.code })} aria-label={`${group.label}${metric.label}${text}，查看明细`}>
        {text}
      </Link>
    );
    return metric.money ? <Tooltip title={`${formatNumber(value)}元`}>{link}</Tooltip> : link;
  };
  const columns: TableColumnsType<StatsGroup> = [
    { title: labelTitle, dataIndex: 'label', fixed: 'left', width: 120, ellipsis: true },
    ...KPI_METRICS.map((metric) => ({
      title: metric.money ? `${metric.label}（万元）` : metric.label,
      key: metric.code,
      align: 'right' as const,
      width: metric.money ? 116 : 88,
      render: figure(metric),
    })),
  ];
  return (
    <div data-testid={testId}>
      <Table<StatsGroup> rowKey="key" size="small" columns={columns} dataSource={[...groups]} pagination={false} scroll={{ x: 640, y: 400 }} />
    </div>
  );
}
