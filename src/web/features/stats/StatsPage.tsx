import { DownloadOutlined } from '@ant-design/icons';
import { Alert, Button, Card, Col, Row, Typography } from 'antd';
import { useEffect, useMemo, useState } from 'react';
import { useSearchParams } from 'react-router';
import { OWN_GROUP_KEY } from '../../../contracts/stats.contract.js';
import { describeError } from '../../api/api-error.js';
import { useReportError } from '../../api/useReportError.js';
import { useMe } from '../../app/auth-context.js';
import { PageHeader } from '../../components/PageHeader.js';
import { useIsMobile } from '../../components/useIsMobile.js';
import { useOrgKinds } from '../../api/useOrgKinds.js';
import { CategoryChart } from './CategoryChart.js';
import { ChildRanking } from './ChildRanking.js';
import { CoverageCard } from './CoverageCard.js';
import { downloadStatsWorkbook } from './export-stats.js';
import { describePeriod } from '../../components/format-stats.js';
import { KpiCards } from './KpiCards.js';
import { loadECharts } from './load-echarts.js';
import { StatsFilterBar } from './StatsFilterBar.js';
import { STATUS_LABELS } from './stats-labels.js';
import { readStatsView, writeStatsView, type StatsView } from './stats-query.js';
import { TargetProgressCard } from './TargetProgressCard.js';
import { TrendChart } from './TrendChart.js';
import { lastYearView, trendGranularity } from './trend-series.js';
import { useCoverage, usePeriodPresets, useStats } from './useStats.js';

/** 统计分析: headline figures, trend, categories, child ranking, coverage and targets of a unit's subtree over a period. */
export default function StatsPage() {
  const me = useMe();
  const isMobile = useIsMobile();
  const reportError = useReportError();
  const { labelOf } = useOrgKinds();
  const [params, setParams] = useSearchParams();
  const search = params.toString();
  const { presets, thisYear } = usePeriodPresets();
  const view = useMemo(() => readStatsView(new URLSearchParams(search), thisYear), [search, thisYear]);
  const granularity = trendGranularity(view.from, view.to);
  const previous = useMemo(() => lastYearView(view), [view]);
  const [exporting, setExporting] = useState(false);
  useEffect(() => {
    loadECharts().catch(() => undefined);
  }, []);

  const byChild = useStats(view, 'child');
  const byBucket = useStats(view, granularity);
  const byBucketLastYear = useStats(previous, granularity);
  const byCategory = useStats(view, 'category');
  const coverage = useCoverage(view);

  const update = (patch: Partial<StatsView>) => setParams(writeStatsView({ ...view, ...patch }, thisYear), { replace: true });
  const result = byChild.data;
  const orgName = result?.org.name ?? (view.org === undefined ? me.org.name : '');
  const periodLabel = describePeriod(view.from, view.to);

  const exportExcel = async () => {
    if (!result || !byBucket.data || !byCategory.data) return;
    setExporting(true);
    try {
      await downloadStatsWorkbook({
        view,
        orgName: result.org.name,
        periodLabel,
        statusLabel: STATUS_LABELS[view.status],
        totals: result.totals,
        byChild: result.groups,
        granularity,
        byBucket: byBucket.data.groups,
        byBucketLastYear: byBucketLastYear.data?.groups ?? [],
        byCategory: byCategory.data.groups,
        coverage: coverage.data,
        kindLabel: labelOf,
      });
    } catch (error) {
      reportError(error);
    } finally {
      setExporting(false);
    }
  };
  // The export writes what is on screen, so it waits until every table answers the current question.
  const ready = [byChild, byBucket, byBucketLastYear, byCategory, coverage].every((q) => q.data !== undefined && !q.loading);
  const notes = result?.notes ?? [];
  // A village has nobody below it: a ranking of itself alone says nothing.
  const hasChildren = !result || result.groups.some((g) => g.key !== OWN_GROUP_KEY);

  return (
    <div style={{ maxWidth: 1440 }}>
      <PageHeader
        title="统计分析"
        extra={
          <Button icon={<DownloadOutlined />} loading={exporting} disabled={!ready} onClick={() => void exportExcel()}>
            {isMobile ? '导出' : '导出Excel'}
          </Button>
        }
      />
      <Card size="small" style={{ marginBottom: 12 }} styles={{ body: { padding: isMobile ? 12 : '12px 16px' } }}>
        <StatsFilterBar view={view} ownOrgId={me.org.id} presets={presets} onChange={update} compact={isMobile} />
      </Card>
      <Typography.Paragraph type="secondary" style={{ marginBottom: 12 }} data-testid="stats-question">
        {orgName} · {periodLabel} · {STATUS_LABELS[view.status]}
      </Typography.Paragraph>
      {byChild.error !== undefined && <Alert type="error" showIcon style={{ marginBottom: 12 }} title={describeError(byChild.error)} />}
      <KpiCards view={view} totals={result?.totals} loading={byChild.loading} />
      {notes.length > 0 && <Alert type="info" showIcon style={{ marginTop: 12 }} title={notes.join('；')} />}
      <Row gutter={[12, 12]} style={{ marginTop: 12 }}>
        <Col xs={24} xl={15}>
          <TrendChart view={view} granularity={granularity} current={byBucket} lastYear={byBucketLastYear} />
        </Col>
        <Col xs={24} xl={9}>
          <CategoryChart view={view} query={byCategory} />
        </Col>
        {hasChildren && (
          <Col xs={24} xl={12}>
            <ChildRanking view={view} query={byChild} />
          </Col>
        )}
        <Col xs={24} xl={hasChildren ? 12 : 24}>
          <CoverageCard view={view} query={coverage} />
        </Col>
        <Col span={24}>
          <TargetProgressCard view={view} />
        </Col>
      </Row>
    </div>
  );
}
