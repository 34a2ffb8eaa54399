import { Alert, Card, Empty, Table, Typography } from 'antd';
import type { ValueKind } from '../../../contracts/catalogue.contract.js';
import type { ProgressState, Target, TargetProgress, TargetProgressItem } from '../../../contracts/target.contract.js';
import { describeError } from '../../api/api-error.js';
import { PeriodTable } from './PeriodTable.js';
import { ProgressBar } from './ProgressBar.js';
import { ProgressCardList } from './ProgressCardList.js';
import { ProgressStateTag } from './ProgressStateTag.js';
import { SetByUnit } from './SetByUnit.js';
import { goalText } from './targets-view.js';

interface ProgressSectionProps {
  progress: TargetProgress | undefined;
  loading: boolean;
  error: unknown;
  kindOf: (target: Target) => ValueKind;
  compact: boolean;
}

const itemKey = (item: TargetProgressItem) => `${item.target.id}-${item.org.id}`;

/** 进度: every target judged on the unit, its year's completion, and period by period on demand. */
export function ProgressSection({ progress, loading, error, kindOf, compact }: ProgressSectionProps) {
  const items = progress?.items ?? [];
  const fromAbove = (item: TargetProgressItem) => item.target.orgId !== progress?.org.id;
  const title = progress ? `${progress.org.name} ${progress.year}年目标进度` : '目标进度';
  const asOf = progress && <Typography.Text type="secondary" style={{ fontSize: 12, fontWeight: 'normal' }}>{`截至 ${progress.asOf}`}</Typography.Text>;
  const empty = <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={loading ? ' ' : '本年度没有对本单位的目标任务'} />;

  return (
    <Card title={title} extra={asOf} data-testid="targets-progress" styles={{ body: { padding: compact ? 12 : undefined } }}>
      {error !== undefined && <Alert type="error" showIcon style={{ marginBottom: 12 }} title={describeError(error)} />}
      {compact ? (
        <ProgressCardList items={items} loading={loading} kindOf={kindOf} fromAbove={fromAbove} empty={empty} />
      ) : (
        <Table<TargetProgressItem>
          rowKey={itemKey}
          size="middle"
          pagination={false}
          loading={loading}
          dataSource={items}
          locale={{ emptyText: empty }}
          scroll={{ x: 860 }}
          expandable={{
            expandedRowRender: (item) => <PeriodTable periods={item.periods} kind={kindOf(item.target)} unit={item.target.unit} />,
            rowExpandable: (item) => item.periods.length > 0,
          }}
          columns={[
            { title: '统计内容', key: 'metric', render: (_: unknown, item) => <Typography.Text strong>{item.target.metricLabel}</Typography.Text> },
            { title: '每期目标', key: 'goal', width: 150, render: (_: unknown, item) => goalText(item.target, kindOf(item.target)) },
            { title: '设定单位', key: 'setBy', width: 190, render: (_: unknown, item) => <SetByUnit name={item.target.orgName} fromAbove={fromAbove(item)} /> },
            { title: '完成情况', key: 'progress', width: 260, render: (_: unknown, item) => <ProgressBar item={item} kind={kindOf(item.target)} /> },
            { title: '状态', dataIndex: 'state', width: 96, render: (state: ProgressState) => <ProgressStateTag state={state} /> },
          ]}
        />
      )}
    </Card>
  );
}
