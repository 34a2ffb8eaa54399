import { Progress, Typography } from 'antd';
import type { ValueKind } from '../../../contracts/catalogue.contract.js';
import type { TargetProgressItem } from '../../../contracts/target.contract.js';
import { barPercent, formatAmount, percentText, STATE_STROKES } from './targets-view.js';

/** The year's completion of one target: a bar in its state's colour, the true percentage, done / goal. */
export function ProgressBar({ item, kind }: { item: TargetProgressItem; kind: ValueKind }) {
  const { unit } = item.target;
  return (
    <div style={{ minWidth: 0 }}>
      <Progress
        percent={barPercent(item.percent)}
        strokeColor={STATE_STROKES[item.state]}
        format={() => percentText(item.percent)}
        style={{ marginBottom: 0 }}
      />
      <Typography.Text type="secondary" style={{ fontSize: 12 }}>
        全年完成 {formatAmount(item.actual, kind, unit)} / {formatAmount(item.goal, kind, unit)}
      </Typography.Text>
    </div>
  );
}
