import { useMemo, useState } from 'react';
import { useNavigate } from 'react-router';
import type { StatsGroup, StatsResult } from '../../../contracts/stats.contract.js';
import type { ApiQuery } from '../../api/useApiQuery.js';
import { formatNumber } from '../../components/format-measure.js';
import { ChartCard } from './ChartCard.js';
import { EChart, type ChartOption } from './EChart.js';
import { formatPercent } from '../../components/format-stats.js';
import { GroupTable } from './GroupTable.js';
import { MetricSelect } from './MetricSelect.js';
import { chartValue, ENTRIES, ENTRIES_METRIC, metricOf, type Metric } from './stats-labels.js';
import { drillHref, type StatsView } from './stats-query.js';

// Warm to cool, starting with the brand red, distinguishable side by side.
const PALETTE = ['#c0392b', '#e67e22', '#f1c40f', '#27ae60', '#2f6fb0', '#8e44ad', '#16a085', '#7f8c8d', '#d35b47', '#5d6d7e'];

/** The period's figure by activity category as a ring; a slice opens that category's entries. */
export function CategoryChart({ view, query }: { view: StatsView; query: ApiQuery<StatsResult> }) {
  const navigate = useNavigate();
  const [code, setCode] = useState(ENTRIES);
  const metric = metricOf(code) ?? ENTRIES_METRIC;
  const groups = query.data?.groups;
  const slices = useMemo(() => (groups ?? []).filter((g) => (g.totals[metric.code] ?? 0) > 0), [groups, metric.code]);
  const option = useMemo(() => categoryOption(slices, metric), [slices, metric]);

  return (
    <ChartCard
      title="活动类别构成"
      extra={<MetricSelect value={metric.code} onChange={setCode} label="类别图指标" />}
      loading={query.loading}
      error={query.error}
      empty={(groups ?? []).length === 0}
      testId="stats-category"
      chart={() =>
        slices.length === 0 ? (
          <div style={{ padding: 24, textAlign: 'center', color: 'rgba(0,0,0,0.45)' }}>所选时间内没有{metric.label}</div>
        ) : (
          <EChart
            option={option}
            height={320}
            ariaLabel={`${metric.label}按活动类别构成图`}
            testId="category-chart"
            onItemClick={({ dataIndex }) => {
              const group = slices[dataIndex];
              if (group) navigate(drillHref(view, { groupBy: 'category', key: group.key, metric: metric.code }));
            }}
          />
        )
      }
      table={() => <GroupTable view={view} groupBy="category" labelTitle="活动类别" groups={groups ?? []} />}
    />
  );
}

function categoryOption(slices: readonly StatsGroup[], metric: Metric): ChartOption {
  const unit = metric.money ? '万元' : metric.unit;
  const sum = slices.reduce((total, g) => total + (g.totals[metric.code] ?? 0), 0);
  const share = new Map(slices.map((g) => [g.label, sum > 0 ? formatPercent((g.totals[metric.code] ?? 0) / sum) : '']));
  return {
    color: PALETTE,
    tooltip: { trigger: 'item', valueFormatter: (value) => `${formatNumber(Number(value))}${unit}` },
    // Shares sit in the legend under the ring: slice labels collide on narrow cards.
    legend: { bottom: 0, left: 'center', itemWidth: 12, itemHeight: 12, formatter: (name) => `${name} ${share.get(name) ?? ''}` },
    series: [
      {
        name: metric.label,
        type: 'pie',
        radius: ['40%', '68%'],
        center: ['50%', '40%'],
        label: { show: false },
        data: slices.map((g) => ({ name: g.label, value: chartValue(metric, g.totals[metric.code] ?? 0) })),
      },
    ],
  };
}
