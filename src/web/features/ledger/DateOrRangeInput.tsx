import { Checkbox, DatePicker, Space } from 'antd';
import type { Dayjs } from 'dayjs';
import { useState } from 'react';
import { useIsMobile } from '../../components/useIsMobile.js';

interface DateOrRangeInputProps {
  id?: string;
  value?: [Dayjs, Dayjs];
  onChange?: (value: [Dayjs, Dayjs] | undefined) => void;
}

/** Most activities take one day; 多日活动 switches to a start and an end date. */
export function DateOrRangeInput({ id, value, onChange }: DateOrRangeInputProps) {
  const isMobile = useIsMobile();
  const [start, end] = value ?? [undefined, undefined];
  const [multiDay, setMultiDay] = useState(start !== undefined && end !== undefined && !start.isSame(end, 'day'));

  const toggle = (on: boolean) => {
    setMultiDay(on);
    // Back to one day: the activity is the day it started.
    if (!on && start) onChange?.([start, start]);
  };

  let picker;
  if (!multiDay) {
    picker = (
      <DatePicker id={id} value={start ?? null} onChange={(d) => onChange?.(d ? [d, d] : undefined)} inputReadOnly={isMobile} style={{ width: '100%' }} />
    );
  } else if (isMobile) {
    // The two-month range panel does not fit a phone; two single pickers do.
    picker = (
      <Space.Compact style={{ width: '100%' }}>
        <DatePicker
          id={id}
          value={start ?? null}
          placeholder="开始日期"
          onChange={(d) => onChange?.(d ? [d, end && !end.isBefore(d) ? end : d] : undefined)}
          inputReadOnly
          style={{ width: '50%' }}
        />
        <DatePicker
          value={end ?? null}
          placeholder="结束日期"
          onChange={(d) => d && start && onChange?.([start, d])}
          disabledDate={(d) => start !== undefined && d.isBefore(start, 'day')}
          inputReadOnly
          style={{ width: '50%' }}
        />
      </Space.Compact>
    );
  } else {
    picker = (
      <DatePicker.RangePicker
        id={id}
        value={[start ?? null, end ?? null]}
        onChange={(range) => onChange?.(range?.[0] && range[1] ? [range[0], range[1]] : undefined)}

        style={{ width: '100%' }}
      />
    );
  }

  return (
    <div style={{ display: 'flex', alignItems: 'center', gap: 12 }}>
      <div style={{ flex: 1, minWidth: 0 }}>{picker}</div>
      <Checkbox checked={multiDay} onChange={(e) => toggle(e.target.checked)} style={{ whiteSpace: 'nowrap' }}>
        多日活动
      </Checkbox>
    </div>
  );
}
