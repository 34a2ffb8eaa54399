import { Button } from 'antd';
import { useMemo, useState } from 'react';
import { useNavigate } from 'react-router';
import type { StatsGroup, StatsResult } from '../../../contracts/stats.contract.js';
import type { ApiQuery } from '../../api/useApiQuery.js';
import { formatNumber } from '../../components/format-measure.js';
import { ChartCard } from './ChartCard.js';
import { EChart, type ChartOption } from './EChart.js';
import { GroupTable } from './GroupTable.js';
import { MetricSelect } from './MetricSelect.js';
import { chartValue, ENTRIES, ENTRIES_METRIC, metricOf, type Metric } from './stats-labels.js';
import { drillHref, type StatsView } from './stats-query.js';

const BAR_HEIGHT = 30;
// A county has a dozen townships but also many bureaus and schools; the long tail waits for a click.
const TOP = 12;

/** Child units (and 本级) ranked by a figure, largest first; a bar opens that unit's entries. */
export function ChildRanking({ view, query }: { view: StatsView; query: ApiQuery<StatsResult> }) {
  const navigate = useNavigate();
  const [code, setCode] = useState(ENTRIES);
  const metric = metricOf(code) ?? ENTRIES_METRIC;
  const groups = query.data?.groups;
  const ranked = useMemo(() => [...(groups ?? [])].sort((a, b) => (b.totals[metric.code] ?? 0) - (a.totals[metric.code] ?? 0)), [groups, metric.code]);
  const [all, setAll] = useState(false);
  const shown = useMemo(() => (all ? ranked : ranked.slice(0, TOP)), [all, ranked]);
  const option = useMemo(() => rankingOption(shown, metric), [shown, metric]);

  return (
    <ChartCard
      title="下级单位排名"
      extra={<MetricSelect value={metric.code} onChange={setCode} label="排名指标" />}
      loading={query.loading}
      error={query.error}
      empty={ranked.length === 0}
      emptyText="没有下级单位"
      testId="stats-child-ranking"
      chart={() => (
        <>
          <EChart
            option={option}
            height={Math.max(160, shown.length * BAR_HEIGHT + 16)}
            ariaLabel={`下级单位${metric.label}排名图`}
            testId="child-ranking-chart"
            onItemClick={({ dataIndex }) => {
              const group = shown[dataIndex];
              if (group) navigate(drillHref(view, { groupBy: 'child', key: group.key, metric: metric.code }));
            }}
          />
          {ranked.length > TOP && (
            <Button type="link" block onClick={() => setAll((a) => !a)}>
              {all ? `只看前${TOP}名` : `显示全部${ranked.length}个单位`}
            </Button>
          )}
        </>
      )}
      table={() => <GroupTable view={view} groupBy="child" labelTitle="单位" groups={ranked} testId="child-ranking-table" />}
    />
  );
}

function rankingOption(ranked: readonly StatsGroup[], metric: Metric): ChartOption {
  const unit = metric.money ? '万元' : metric.unit;
  return {
    color: ['#c0392b'],
    grid: { left: 8, right: 56, top: 8, bottom: 8, containLabel: true },
    tooltip: { trigger: 'item', valueFormatter: (value) => `${formatNumber(Number(value))}${unit}` },
    // The largest on top: a category axis runs bottom-up unless inverted.
    yAxis: { type: 'category', inverse: true, data: ranked.map((g) => g.label), axisTick: { show: false }, axisLabel: { width: 96, overflow: 'truncate' } },
    xAxis: { type: 'value', show: false },
    series: [
      {
        name: metric.label,
        type: 'bar',
        barMaxWidth: 18,
        data: ranked.map((g) => chartValue(metric, g.totals[metric.code] ?? 0)),
        label: { show: true, position: 'right', formatter: ({ value }) => formatNumber(Number(value)) },
        itemStyle: { borderRadius: [0, 3, 3, 0] },
      },
    ],
  };
}
