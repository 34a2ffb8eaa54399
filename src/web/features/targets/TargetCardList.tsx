import { Card, Empty, Spin, Typography } from 'antd';
import type { ReactNode } from 'react';
import type { Target } from '../../../contracts/target.contract.js';
import { ActiveTag } from '../../components/ActiveTag.js';
import { SetByUnit } from './SetByUnit.js';

export interface TargetLine {
  target: Target;
  goal: string;
  scope: string;
  fromAbove: boolean;
}

interface TargetCardListProps {
  lines: readonly TargetLine[];
  loading: boolean;
  emptyText: string;
  renderActions: (target: Target) => ReactNode;
}

/** The target list as stacked cards, for phones where eight columns do not fit. */
export function TargetCardList({ lines, loading, emptyText, renderActions }: TargetCardListProps) {
  if (!loading && lines.length === 0) return <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={emptyText} />;
  return (
    <Spin spinning={loading}>
      <div style={{ display: 'grid', gridTemplateColumns: 'minmax(0, 1fr)', gap: 10, minHeight: 60 }}>
        {lines.map(({ target, goal, scope, fromAbove }) => (
          <Card key={target.id} size="small" styles={{ body: { padding: '10px 12px' } }}>
            <div style={{ display: 'flex', alignItems: 'flex-start', gap: 8 }}>
              <Typography.Text strong style={{ flex: 1, minWidth: 0 }}>
                {target.metricLabel}
              </Typography.Text>
              <ActiveTag active={target.active} />
            </div>
            <div style={{ margin: '4px 0', color: 'rgba(0,0,0,0.65)' }}>
              {target.year}年 · {goal} · {scope}
            </div>
            <div style={{ color: 'rgba(0,0,0,0.65)' }}>
              设定单位：
              <SetByUnit name={target.orgName} fromAbove={fromAbove} />
            </div>
            {target.note && (
              <Typography.Paragraph type="secondary" style={{ margin: '4px 0 0', fontSize: 12 }}>
                {target.note}
              </Typography.Paragraph>
            )}
            {renderActions(target)}
          </Card>
        ))}
      </div>
    </Spin>
  );
}
