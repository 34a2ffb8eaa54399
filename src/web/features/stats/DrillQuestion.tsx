import { Typography } from 'antd';
import { OWN_GROUP_KEY, type StatsResult } from '../../../contracts/stats.contract.js';
import { bucketLabel } from '../../../domain/period.js';
import { useCatalogue } from '../../api/useCatalogue.js';
import { formatMoney, formatNumber } from '../../components/format-measure.js';
import { describePeriod, formatPeriod } from '../../components/format-stats.js';
import { ENTRIES, GROUP_BY_LABELS, metricOf, STATUS_LABELS } from './stats-labels.js';
import type { StatsDrill } from './stats-query.js';

interface DrillQuestionProps {
  drill: StatsDrill;
  /** The same question's figures, split by the drill's grouping. */
  result: StatsResult;
  listTotal: number | undefined;
}

const PERIOD_KEYED = new Set(['month', 'quarter', 'year']);

/** The name of the clicked group: the server's label, or the period key read as Chinese. */
function groupLabel(drill: StatsDrill, result: StatsResult): string | undefined {
  if (drill.groupBy === 'none' || drill.key === undefined) return undefined;
  const found = result.groups.find((g) => g.key === drill.key)?.label;
  if (found) return found;
  return PERIOD_KEYED.has(drill.groupBy) ? bucketLabel(drill.key) : drill.key;
}

/** The question in one line: 示例县 2026年 下级单位「城关镇」的活动, 示例县 2026年5月的活动. */
function headline(drill: StatsDrill, result: StatsResult, label: string | undefined): string {
  const period = describePeriod(result.from, result.to);
  if (label === undefined) return `${result.org.name} ${period}的活动`;
  if (PERIOD_KEYED.has(drill.groupBy)) return `${result.org.name} ${label}的活动`;
  if (drill.groupBy === 'child' && drill.key === OWN_GROUP_KEY) return `${result.org.name}本级 ${period}的活动（不含下级单位）`;
  return `${result.org.name} ${period} ${GROUP_BY_LABELS[drill.groupBy]}「${label}」的活动`;
}

/** Restates the question behind the list in Chinese: unit, period, status, group, and the figure clicked. */
export function DrillQuestion({ drill, result, listTotal }: DrillQuestionProps) {
  const label = groupLabel(drill, result);
  const totals = label === undefined ? result.totals : result.groups.find((g) => g.key === drill.key)?.totals;
  const entries = totals?.[ENTRIES] ?? listTotal ?? 0;
  const metric = drill.metric !== ENTRIES ? metricOf(drill.metric) : undefined;
  const metricValue = metric ? totals?.[metric.code] : undefined;
  const ownOnly = drill.groupBy === 'child' && drill.key === OWN_GROUP_KEY;
  const catalogue = useCatalogue(true).index;
  const typeNames = drill.types?.map((id) => catalogue?.typeById.get(id)?.name ?? `#${id}`).join('、');
  const facts: Array<[string, string]> = [
    ['统计单位', `${result.org.name}（${ownOnly ? '仅本级' : '含下级'}）`],
    ['统计时间', formatPeriod(result.from, result.to)],
    ['审核状态', STATUS_LABELS[result.status]],
    ...(label !== undefined && !ownOnly ? [[GROUP_BY_LABELS[drill.groupBy], label] as [string, string]] : []),
    ...(typeNames ? [['活动类型', typeNames] as [string, string]] : []),
  ];
  return (
    <div data-testid="drill-question">
      <Typography.Title level={5} style={{ marginTop: 0, marginBottom: 8 }}>
        {headline(drill, result, label)}
      </Typography.Title>
      <div style={{ display: 'flex', flexWrap: 'wrap', columnGap: 24, rowGap: 4, marginBottom: 8 }}>
        {facts.map(([name, value]) => (
          <Typography.Text key={name} type="secondary">
            {name}：<Typography.Text>{value}</Typography.Text>
          </Typography.Text>
        ))}
      </div>
      <div style={{ fontSize: 15 }}>
        共{' '}
        <strong data-testid="drill-total" data-value={entries} style={{ fontSize: 22, color: '#c0392b' }}>
          {formatNumber(entries)}
        </strong>{' '}
        条活动
        {metric && metricValue !== undefined && (
          <span data-testid="drill-metric">
            ，{metric.label}合计 <strong>{metric.money ? formatMoney(metricValue) : `${formatNumber(metricValue)}${metric.unit}`}</strong>
          </span>
        )}
      </div>
    </div>
  );
}
