import { Card, Col, Row, Skeleton, Tooltip, Typography } from 'antd';
import { useNavigate } from 'react-router';
import type { StatsTotals } from '../../../contracts/stats.contract.js';
import { formatNumber } from '../../components/format-measure.js';
import { formatCompact, formatWanYuan } from '../../components/format-stats.js';
import { KPI_METRICS, type Metric } from './stats-labels.js';
import { drillHref, type StatsView } from './stats-query.js';

interface KpiCardsProps {
  view: StatsView;
  totals: StatsTotals | undefined;
  loading: boolean;
}

/** The headline figures of the period; each card opens the entries behind it. */
export function KpiCards({ view, totals, loading }: KpiCardsProps) {
  const navigate = useNavigate();
  return (
    <Row gutter={[12, 12]} data-testid="stats-kpis" aria-busy={loading} style={{ opacity: loading && totals ? 0.6 : 1, transition: 'opacity 0.2s' }}>
      {KPI_METRICS.map((metric) => (
        <Col key={metric.code} xs={12} sm={8} xl={4}>
          <Card
            hoverable
            size="small"
            role="link"
            tabIndex={0}
            aria-label={`${metric.label}，查看明细`}
            onClick={() => navigate(drillHref(view, { groupBy: 'none', metric: metric.code }))}
            onKeyDown={(e) => {
              if (e.key === 'Enter') navigate(drillHref(view, { groupBy: 'none', metric: metric.code }));
            }}
            styles={{ body: { padding: '12px 14px' } }}
          >
            <Typography.Text type="secondary" style={{ fontSize: 13 }} title={metric.hint}>
              {metric.label}
            </Typography.Text>
            {loading && !totals ? <Skeleton.Input active size="small" style={{ marginTop: 6 }} /> : <KpiValue metric={metric} value={totals?.[metric.code]} />}
          </Card>
        </Col>
      ))}
    </Row>
  );
}

function KpiValue({ metric, value }: { metric: Metric; value: number | undefined }) {
  if (value === undefined) return <div style={{ fontSize: 24, lineHeight: '36px' }}>—</div>;
  const shown = metric.money ? formatWanYuan(value) : formatCompact(value);
  const exact = metric.money ? `${formatNumber(value)}元` : `${formatNumber(value)}${metric.unit}`;
  return (
    <Tooltip title={exact}>
      <div style={{ whiteSpace: 'nowrap', overflow: 'hidden', textOverflow: 'ellipsis' }} data-testid={`kpi-${metric.code}`} data-value={value}>
        <span style={{ fontSize: 24, fontWeight: 600, lineHeight: '36px', fontVariantNumeric: 'tabular-nums' }}>{shown}</span>
        <span style={{ marginInlineStart: 4, fontSize: 13, color: 'rgba(0,0,0,0.55)' }}>{metric.unit}</span>
      </div>
    </Tooltip>
  );
}
