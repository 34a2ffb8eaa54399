import { Tag } from 'antd';
import { PROGRESS_STATE_LABELS, type ProgressState } from '../../../contracts/target.contract.js';
import { STATE_TAG_COLORS } from './targets-view.js';

/** 已完成 / 进度正常 / 进度滞后 / 未完成 / 未开始, in the colours the whole page uses. */
export function ProgressStateTag({ state }: { state: ProgressState }) {
  return (
    <Tag color={STATE_TAG_COLORS[state]} style={{ marginInlineEnd: 0 }}>
      {PROGRESS_STATE_LABELS[state]}
    </Tag>
  );
}
