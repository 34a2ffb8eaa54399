import { ArrowLeftOutlined } from '@ant-design/icons';
import { Alert, Button, Card, Pagination, Skeleton, Typography, type TablePaginationConfig } from 'antd';
import { useCallback, useMemo } from 'react';
import { Link, useSearchParams } from 'react-router';
import type { Indicator } from '../../../contracts/catalogue.contract.js';
import { describeError } from '../../api/api-error.js';
import { listStatsEntries } from '../../api/stats.api.js';
import { useApiQuery } from '../../api/useApiQuery.js';
import { useCatalogue } from '../../api/useCatalogue.js';
import { PageHeader } from '../../components/PageHeader.js';
import { useIsMobile } from '../../components/useIsMobile.js';
import { ActivityCardList } from '../ledger/ActivityCardList.js';
import { ActivityTable } from '../ledger/ActivityTable.js';
import { DrillQuestion } from './DrillQuestion.js';
import { dashboardHref, DRILL_PAGE_SIZES, readStatsDrill, toEntriesQuery, writeStatsDrill, type StatsDrill, type StatsView } from './stats-query.js';
import { usePeriodPresets, useStats } from './useStats.js';

const NO_INDICATORS: ReadonlyMap<string, Indicator> = new Map<string, Indicator>();

/** The entries behind one figure of the dashboard, with the question restated above them. */
export default function StatsEntriesPage() {
  const isMobile = useIsMobile();
  const { thisYear } = usePeriodPresets();
  const [params, setParams] = useSearchParams();
  const search = params.toString();
  const drill = useMemo(() => readStatsDrill(new URLSearchParams(search), thisYear), [search, thisYear]);
  const { org, from, to, status, groupBy } = drill;
  // A report figure may count only some activity types: the heading's total must ask the same.
  const typeList = drill.types?.join(',');
  // Paging must not ask for the figures again, so the heading's question excludes it.
  const view = useMemo<StatsView>(
    () => ({ org, from, to, status, ...(typeList && { types: typeList.split(',').map(Number) }) }),
    [org, from, to, status, typeList],
  );
  const figures = useStats(view, groupBy);
  const load = useCallback((signal: AbortSignal) => listStatsEntries(toEntriesQuery(drill), signal), [drill]);
  const list = useApiQuery(load);
  const indicators = useCatalogue(true).index?.indicatorByCode ?? NO_INDICATORS;

  const go = (patch: Partial<StatsDrill>) => setParams(writeStatsDrill({ ...drill, ...patch }), { replace: true });
  const pagination: TablePaginationConfig = {
    current: drill.page,
    pageSize: drill.pageSize,
    total: list.data?.total ?? 0,
    showSizeChanger: !isMobile,
    pageSizeOptions: [...DRILL_PAGE_SIZES],
    showTotal: (total) => `共 ${total} 条`,
    size: isMobile ? 'small' : 'medium',
    onChange: (page, pageSize) => go({ page: pageSize === drill.pageSize ? page : 1, pageSize }),
  };
  const back = (
    // The dashboard has no type filter of its own: back there, the whole unit and period.
    <Link to={dashboardHref({ org, from, to, status }, thisYear)}>
      <Button icon={<ArrowLeftOutlined />}>{isMobile ? '返回' : '返回统计分析'}</Button>
    </Link>
  );

  return (
    <div style={{ maxWidth: 1440 }}>
      <PageHeader title="活动明细" extra={back} />
      <Card size="small" style={{ marginBottom: 12 }} styles={{ body: { padding: isMobile ? 12 : '14px 20px' } }}>
        {figures.error !== undefined ? (
          <Alert type="error" showIcon title={describeError(figures.error)} />
        ) : figures.data ? (
          <DrillQuestion drill={drill} result={figures.data} listTotal={list.data?.total} />
        ) : (
          <Skeleton active title={false} paragraph={{ rows: 2 }} />
        )}
      </Card>
      <Card styles={{ body: { padding: isMobile ? 12 : 24 } }}>
        {list.error !== undefined && <Alert type="error" showIcon style={{ marginBottom: 12 }} title={describeError(list.error)} />}
        {isMobile ? (
          <>
            <ActivityCardList items={list.data?.items ?? []} loading={list.loading} indicators={indicators} emptyText="没有符合条件的活动" />
            <Pagination {...pagination} align="center" style={{ marginTop: 16 }} />
          </>
        ) : (
          <ActivityTable items={list.data?.items ?? []} loading={list.loading} indicators={indicators} pagination={pagination} emptyText="没有符合条件的活动" />
        )}
        <Typography.Paragraph type="secondary" style={{ marginTop: 12, marginBottom: 0, fontSize: 12 }}>
          活动按开始日期计入统计时间；点击活动名称查看详情。
        </Typography.Paragraph>
      </Card>
    </div>
  );
}
