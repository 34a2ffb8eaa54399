import { Table } from 'antd';
import { useMemo, useState } from 'react';
import { Link, useNavigate } from 'react-router';
import type { StatsResult } from '../../../contracts/stats.contract.js';
import type { Granularity } from '../../../domain/period.js';
import type { ApiQuery } from '../../api/useApiQuery.js';
import { formatNumber } from '../../components/format-measure.js';
import { ChartCard } from './ChartCard.js';
import { EChart, type ChartOption } from './EChart.js';
import { formatWanYuan } from '../../components/format-stats.js';
import { MetricSelect } from './MetricSelect.js';
import { chartValue, ENTRIES, ENTRIES_METRIC, GROUP_BY_LABELS, metricOf, SERIES_CURRENT, SERIES_LAST_YEAR, type Metric } from './stats-labels.js';
import { drillHref, type StatsView } from './stats-query.js';
import { lastYearView, trendRows, type TrendRow } from './trend-series.js';

const CURRENT_COLOR = '#c0392b';
const LAST_YEAR_COLOR = '#8c9bab';

interface TrendChartProps {
  view: StatsView;
  granularity: Granularity;
  current: ApiQuery<StatsResult>;
  lastYear: ApiQuery<StatsResult>;
}

/** The period month by month (or by quarter/year for long ranges) beside the same months last year. */
export function TrendChart({ view, granularity, current, lastYear }: TrendChartProps) {
  const navigate = useNavigate();
  const [code, setCode] = useState(ENTRIES);
  const metric = metricOf(code) ?? ENTRIES_METRIC;
  const rows = useMemo(
    () => (current.data ? trendRows(view, granularity, current.data.groups, lastYear.data?.groups ?? [], metric.code) : []),
    [view, granularity, current.data, lastYear.data, metric.code],
  );
  const previous = useMemo(() => lastYearView(view), [view]);
  const option = useMemo(() => trendOption(rows, metric), [rows, metric]);
  const hrefOf = (row: TrendRow, seriesIndex: number) =>
    seriesIndex === 0
      ? drillHref(view, { groupBy: granularity, key: row.key, metric: metric.code })
      : drillHref(previous, { groupBy: granularity, key: row.lastYearKey, metric: metric.code });
  const format = (value: number) => (metric.money ? formatWanYuan(value) : formatNumber(value));
  const cell = (seriesIndex: number) => (value: number, row: TrendRow) => <Link to={hrefOf(row, seriesIndex)}>{format(value)}</Link>;

  return (
    <ChartCard
      title={`${GROUP_BY_LABELS[granularity]}趋势`}
      extra={<MetricSelect value={metric.code} onChange={setCode} label="趋势图指标" />}
      loading={current.loading || lastYear.loading}
      error={current.error ?? lastYear.error}
      empty={rows.length === 0}
      testId="stats-trend"
      chart={() => (
        <EChart
          option={option}
          height={300}
          ariaLabel={`${metric.label}${GROUP_BY_LABELS[granularity]}趋势图，本期与去年同期对比`}
          onItemClick={({ seriesIndex, dataIndex }) => {
            const row = rows[dataIndex];
            if (row) navigate(hrefOf(row, seriesIndex));
          }}
        />
      )}
      table={() => (
        <Table<TrendRow>
          rowKey="key"
          size="small"
          pagination={false}
          scroll={{ y: 300 }}
          dataSource={rows}
          columns={[
            { title: GROUP_BY_LABELS[granularity], dataIndex: 'label' },
            { title: `${SERIES_CURRENT}${metric.label}`, dataIndex: 'current', align: 'right', render: cell(0) },
            { title: `${SERIES_LAST_YEAR}`, dataIndex: 'lastYear', align: 'right', render: cell(1) },
          ]}
        />
      )}
    />
  );
}

function trendOption(rows: readonly TrendRow[], metric: Metric): ChartOption {
  const unit = metric.money ? '万元' : metric.unit;
  return {
    color: [CURRENT_COLOR, LAST_YEAR_COLOR],
    grid: { left: 8, right: 16, top: 40, bottom: 8, containLabel: true },
    legend: { top: 0, data: [SERIES_CURRENT, SERIES_LAST_YEAR] },
    tooltip: { trigger: 'axis', valueFormatter: (value) => `${formatNumber(Number(value))}${unit}` },
    xAxis: { type: 'category', data: rows.map((r) => r.axisLabel), axisTick: { alignWithLabel: true } },
    yAxis: { type: 'value', name: unit, nameTextStyle: { align: 'left' }, minInterval: metric.money ? 0 : 1 },
    series: [
      { name: SERIES_CURRENT, type: 'bar', barMaxWidth: 28, data: rows.map((r) => chartValue(metric, r.current)), itemStyle: { borderRadius: [3, 3, 0, 0] } },
      { name: SERIES_LAST_YEAR, type: 'line', symbolSize: 7, data: rows.map((r) => chartValue(metric, r.lastYear)) },
    ],
  };
}
