import { Select } from 'antd';
import type { CSSProperties } from 'react';
import { ACTIVITY_STATUSES, type ActivityStatus } from '../../../contracts/ledger.contract.js';
import { StatusBadge } from './StatusTag.js';

interface StatusSelectProps {
  value: ActivityStatus[];
  onChange: (status: ActivityStatus[]) => void;
  style?: CSSProperties;
}

/** 草稿 · 待审核 · 已通过 · 已退回, any combination; none means all. */
export function StatusSelect({ value, onChange, style }: StatusSelectProps) {
  return (
    <Select<ActivityStatus[]>
      mode="multiple"
      value={value}
      onChange={onChange}
      options={ACTIVITY_STATUSES.map((s) => ({ value: s, label: <StatusBadge status={s} /> }))}
      placeholder="全部状态"
      allowClear
      maxTagCount="responsive"
      showSearch={false}
      style={style}
    />
  );
}
