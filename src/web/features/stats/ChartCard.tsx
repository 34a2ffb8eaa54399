import { BarChartOutlined, TableOutlined } from '@ant-design/icons';
import { Alert, Button, Card, Empty, Skeleton, Space } from 'antd';
import { useState, type ReactNode } from 'react';
import { describeError } from '../../api/api-error.js';
import { CHART_VIEW, NO_DATA, TABLE_VIEW } from './stats-labels.js';

interface ChartCardProps {
  title: ReactNode;
  /** Controls beside the table toggle (a metric switch, say). */
  extra?: ReactNode;
  loading: boolean;
  error: unknown;
  empty: boolean;
  emptyText?: string;
  chart: () => ReactNode;
  /** The same figures as an accessible table whose cells link to the entries behind them. */
  table: () => ReactNode;
  testId?: string;
}

/** A dashboard panel: a chart, or on request the same numbers as a table; loading, error and empty states. */
export function ChartCard({ title, extra, loading, error, empty, emptyText = NO_DATA, chart, table, testId }: ChartCardProps) {
  const [asTable, setAsTable] = useState(false);
  const toggle = (
    <Button size="small" type="text" icon={asTable ? <BarChartOutlined /> : <TableOutlined />} onClick={() => setAsTable((t) => !t)} aria-pressed={asTable}>
      {asTable ? CHART_VIEW : TABLE_VIEW}
    </Button>
  );
  let body: ReactNode;
  if (error !== undefined) body = <Alert type="error" showIcon title={describeError(error)} />;
  else if (loading && empty) body = <Skeleton active paragraph={{ rows: 5 }} />;
  else if (empty) body = <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={emptyText} />;
  else body = asTable ? table() : chart();
  return (
    <Card
      title={title}
      data-testid={testId}
      aria-busy={loading}
      extra={
        <Space size={4} wrap>
          {extra}
          {toggle}
        </Space>
      }
      styles={{ body: { padding: 12, opacity: loading && !empty ? 0.6 : 1, transition: 'opacity 0.2s' } }}
      style={{ height: '100%' }}
    >
      {body}
    </Card>
  );
}
