import { DatePicker, Space, Tag } from 'antd';
import dayjs from 'dayjs';
import type { CSSProperties } from 'react';
import type { DatePreset } from './date-presets.js';

interface DateRangeFilterProps {
  from: string | undefined;
  to: string | undefined;
  presets: readonly DatePreset[];
  onChange: (from: string | undefined, to: string | undefined) => void;
  /** Phones: preset chips and two single pickers, since the two-month range panel does not fit. */
  compact: boolean;
  style?: CSSProperties;
}

const DAY = 'YYYY-MM-DD';

/** The activity date range, with 本月/本季度/本年/上一年 and the campaign periods one click away. */
export function DateRangeFilter({ from, to, presets, onChange, compact, style }: DateRangeFilterProps) {
  const start = from ? dayjs(from) : null;
  const end = to ? dayjs(to) : null;

  if (!compact) {
    return (
      <DatePicker.RangePicker
        value={[start, end]}
        allowEmpty={[true, true]}
        onChange={(range) => onChange(range?.[0]?.format(DAY), range?.[1]?.format(DAY))}
        presets={presets.map((p) => ({ label: p.label, value: [dayjs(p.from), dayjs(p.to)] }))}
        placeholder={['开始日期', '结束日期']}
        style={style}
      />
    );
  }

  return (
    <div style={style}>
      <div style={{ display: 'flex', flexWrap: 'wrap', gap: 6, marginBottom: 8 }}>
        {presets.map((p) => (
          <Tag.CheckableTag
            key={p.key}
            checked={p.from === from && p.to === to}
            onChange={(checked) => (checked ? onChange(p.from, p.to) : onChange(undefined, undefined))}
            style={{ border: '1px solid #e5dfdc', marginInlineEnd: 0 }}
          >
            {p.label}
          </Tag.CheckableTag>
        ))}
      </div>
      <Space.Compact style={{ width: '100%' }}>
        <DatePicker value={start} onChange={(d) => onChange(d?.format(DAY), to)} placeholder="开始日期" style={{ width: '50%' }} inputReadOnly />
        <DatePicker value={end} onChange={(d) => onChange(from, d?.format(DAY))} placeholder="结束日期" style={{ width: '50%' }} inputReadOnly />
      </Space.Compact>
    </div>
  );
}
