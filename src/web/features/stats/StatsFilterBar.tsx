import { DatePicker, Segmented, Select, Space } from 'antd';
import dayjs from 'dayjs';
import type { StatsStatus } from '../../../contracts/stats.contract.js';
import type { NamedRange } from '../../../domain/period.js';
import { OrgTreeSelect } from '../../components/OrgTreeSelect.js';
import { STATUS_LABELS } from './stats-labels.js';
import type { StatsView } from './stats-query.js';

interface StatsFilterBarProps {
  view: StatsView;
  /** The unit shown when the view names none: the user's own. */
  ownOrgId: number;
  presets: readonly NamedRange[];
  onChange: (patch: Partial<StatsView>) => void;
  compact: boolean;
}

const DAY = 'YYYY-MM-DD';
const CUSTOM = 'custom';

/** Which unit, which period (a preset or any days) and whether unreviewed entries count. */
export function StatsFilterBar({ view, ownOrgId, presets, onChange, compact }: StatsFilterBarProps) {
  const preset = presets.find((p) => p.from === view.from && p.to === view.to)?.key ?? CUSTOM;
  const pickPreset = (key: string) => {
    const range = presets.find((p) => p.key === key);
    if (range) onChange({ from: range.from, to: range.to });
  };
  const setRange = (from: string | undefined, to: string | undefined) => {
    if (from && to) onChange(from <= to ? { from, to } : { from: to, to: from });
  };

  const org = (
    <OrgTreeSelect
      value={view.org ?? ownOrgId}
      onChange={(id) => onChange({ org: id === undefined || id === ownOrgId ? undefined : id })}
      placeholder="统计单位"
      style={compact ? { width: '100%' } : { width: 200 }}
    />
  );
  const presetSelect = (
    <Select
      aria-label="统计时间"
      value={preset}
      onChange={pickPreset}
      options={[...presets.map((p) => ({ value: p.key, label: p.label })), { value: CUSTOM, label: '自定义', disabled: true }]}
      style={compact ? { width: '100%' } : { width: 104 }}
    />
  );
  const status = (
    <Segmented<StatsStatus>
      value={view.status}
      onChange={(status) => onChange({ status })}
      options={[
        { value: 'approved', label: STATUS_LABELS.approved },
        { value: 'all', label: '全部含未审核' },
      ]}
      block={compact}
    />
  );

  if (compact) {
    return (
      <Space orientation="vertical" size={8} style={{ width: '100%' }}>
        {org}
        {presetSelect}
        <Space.Compact style={{ width: '100%' }}>
          <DatePicker
            value={dayjs(view.from)}
            onChange={(d) => setRange(d?.format(DAY), view.to)}
            allowClear={false}
            inputReadOnly
            style={{ width: '50%' }}
            aria-label="开始日期"
          />
          <DatePicker
            value={dayjs(view.to)}
            onChange={(d) => setRange(view.from, d?.format(DAY))}
            allowClear={false}
            inputReadOnly
            style={{ width: '50%' }}
            aria-label="结束日期"
          />
        </Space.Compact>
        {status}
      </Space>
    );
  }
  return (
    <Space wrap size={[12, 8]}>
      {org}
      <Space.Compact>
        {presetSelect}
        <DatePicker.RangePicker
          value={[dayjs(view.from), dayjs(view.to)]}
          allowClear={false}
          onChange={(range) => setRange(range?.[0]?.format(DAY), range?.[1]?.format(DAY))}
          presets={presets.map((p) => ({ label: p.label, value: [dayjs(p.from), dayjs(p.to)] }))}
          style={{ width: 260 }}
        />
      </Space.Compact>
      {status}
    </Space>
  );
}
