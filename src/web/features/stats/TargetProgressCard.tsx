import { Alert, Card, Col, Progress, Row, Table, Tag, Typography } from 'antd';
import { useCallback } from 'react';
import {
  PROGRESS_STATE_LABELS,
  TARGET_PERIOD_LABELS,
  type ProgressState,
  type TargetProgress,
  type TargetProgressItem,
} from '../../../contracts/target.contract.js';
import { describeError } from '../../api/api-error.js';
import { getTargetProgress } from '../../api/stats.api.js';
import { useApiQuery } from '../../api/useApiQuery.js';
import { formatMoney, formatNumber } from '../../components/format-measure.js';
import type { StatsView } from './stats-query.js';

type RankingRow = TargetProgress['ranking'][number];

const STATE_COLORS: Record<ProgressState, string> = { met: 'success', on_track: 'processing', behind: 'warning', missed: 'error', upcoming: 'default' };
const STROKE: Record<ProgressState, string> = { met: '#52c41a', on_track: '#2f6fb0', behind: '#faad14', missed: '#c0392b', upcoming: '#bfbfbf' };

/** 目标任务 of the view's unit for the year the period ends in, with child units ranked; hidden when there are none. */
export function TargetProgressCard({ view }: { view: StatsView }) {
  const year = Number(view.to.slice(0, 4));
  const load = useCallback((signal: AbortSignal) => getTargetProgress({ org: view.org, year }, signal), [view.org, year]);
  const { data, error } = useApiQuery(load);
  if (error !== undefined) return <Alert type="error" showIcon title={describeError(error)} />;
  if (!data || (data.items.length === 0 && data.ranking.length === 0)) return null;
  return (
    <Card title={`${data.year}年目标任务完成情况`} data-testid="stats-targets" styles={{ body: { padding: 12 } }}>
      <Row gutter={[24, 16]}>
        {data.items.length > 0 && (
          <Col xs={24} lg={data.ranking.length > 0 ? 14 : 24}>
            {data.items.map((item) => (
              <TargetLine key={`${item.target.id}-${item.org.id}`} item={item} showOrg={item.org.id !== data.org.id} />
            ))}
          </Col>
        )}
        {data.ranking.length > 0 && (
          <Col xs={24} lg={data.items.length > 0 ? 10 : 24}>
            <Typography.Text strong>下级单位目标完成率排名</Typography.Text>
            <Table<RankingRow>
              rowKey="orgId"
              size="small"
              pagination={false}
              scroll={{ y: 320 }}
              style={{ marginTop: 8 }}
              dataSource={data.ranking}
              columns={[
                { title: '名次', key: 'rank', width: 56, render: (_: unknown, _row, index) => index + 1 },
                { title: '单位', dataIndex: 'name', ellipsis: true },
                {
                  title: '平均完成率',
                  dataIndex: 'percent',
                  width: 140,
                  render: (p: number) => <Progress percent={Math.round(Math.min(p, 100))} size="small" strokeColor="#c0392b" />,
                },
                {
                  title: '滞后',
                  dataIndex: 'behind',
                  width: 64,
                  align: 'right',
                  render: (n: number, row) => (n > 0 ? <Typography.Text type="warning">{`${n}/${row.targets}`}</Typography.Text> : `0/${row.targets}`),
                },
              ]}
            />
          </Col>
        )}
      </Row>
    </Card>
  );
}

function TargetLine({ item, showOrg }: { item: TargetProgressItem; showOrg: boolean }) {
  const { target } = item;
  const amount = (value: number) => (target.unit === '元' ? formatMoney(value) : `${formatNumber(value)}${target.unit}`);
  return (
    <div style={{ marginBottom: 14 }}>
      <div style={{ display: 'flex', alignItems: 'center', gap: 8, flexWrap: 'wrap' }}>
        <Typography.Text strong>{target.metricLabel}</Typography.Text>
        {showOrg && <Typography.Text type="secondary">{item.org.name}</Typography.Text>}
        <Tag color={STATE_COLORS[item.state]} style={{ marginInlineEnd: 0 }}>
          {PROGRESS_STATE_LABELS[item.state]}
        </Tag>
        <Typography.Text type="secondary" style={{ marginInlineStart: 'auto', fontSize: 12 }}>
          {amount(item.actual)} / {amount(item.goal)}
          {target.period !== 'year' && `（${TARGET_PERIOD_LABELS[target.period]}${amount(target.amount)}）`}
        </Typography.Text>
      </div>
      <Progress percent={Math.round(Math.min(item.percent, 100))} strokeColor={STROKE[item.state]} format={() => `${Math.round(item.percent)}%`} />
    </div>
  );
}
