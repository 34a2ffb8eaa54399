import { Collapse, Spin, Typography } from 'antd';
import type { ReactNode } from 'react';
import type { ValueKind } from '../../../contracts/catalogue.contract.js';
import type { Target, TargetProgressItem } from '../../../contracts/target.contract.js';
import { PeriodTable } from './PeriodTable.js';
import { ProgressBar } from './ProgressBar.js';
import { ProgressStateTag } from './ProgressStateTag.js';
import { SetByUnit } from './SetByUnit.js';
import { goalText } from './targets-view.js';

interface ProgressCardListProps {
  items: readonly TargetProgressItem[];
  loading: boolean;
  kindOf: (target: Target) => ValueKind;
  fromAbove: (item: TargetProgressItem) => boolean;
  empty: ReactNode;
}

/** The progress table as stacked blocks for phones; the periods fold out under each. */
export function ProgressCardList({ items, loading, kindOf, fromAbove, empty }: ProgressCardListProps) {
  if (!loading && items.length === 0) return empty;
  return (
    <Spin spinning={loading}>
      <div style={{ display: 'grid', gridTemplateColumns: 'minmax(0, 1fr)', gap: 16, minHeight: 60 }}>
        {items.map((item) => {
          const kind = kindOf(item.target);
          return (
            <div key={`${item.target.id}-${item.org.id}`} style={{ borderBottom: '1px solid #f0f0f0', paddingBottom: 12 }}>
              <div style={{ display: 'flex', alignItems: 'flex-start', gap: 8 }}>
                <Typography.Text strong style={{ flex: 1, minWidth: 0 }}>
                  {item.target.metricLabel}
                </Typography.Text>
                <ProgressStateTag state={item.state} />
              </div>
              <div
                style={{ margin: '4px 0', fontSize: 13, color: 'rgba(0,0,0,0.65)', display: 'flex', flexWrap: 'wrap', alignItems: 'center', gap: '4px 12px' }}
              >
                <span>{goalText(item.target, kind)}</span>
                <span>
                  设定单位：
                  <SetByUnit name={item.target.orgName} fromAbove={fromAbove(item)} />
                </span>
              </div>
              <ProgressBar item={item} kind={kind} />
              {item.periods.length > 0 && (
                <Collapse
                  ghost
                  size="small"
                  style={{ marginInline: -12 }}
                  items={[{ key: 'periods', label: '分期完成情况', children: <PeriodTable periods={item.periods} kind={kind} unit={item.target.unit} /> }]}
                />
              )}
            </div>
          );
        })}
      </div>
    </Spin>
  );
}
