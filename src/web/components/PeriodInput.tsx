import { DatePicker, Select, Space } from 'antd';
import dayjs from 'dayjs';
import { useMemo } from 'react';
import { presetRanges, type NamedRange } from '../../domain/period.js';
import type { PeriodValue } from './period-presets.js';
import { useIsMobile } from './useIsMobile.js';

const DAY = 'YYYY-MM-DD';
const CUSTOM = 'custom';

/** Quick ranges as of today (本年, 上半年, 本季度, 上年…). */
export function usePeriodPresets(): NamedRange[] {
  return useMemo(() => presetRanges(dayjs().format(DAY)), []);
}

interface PeriodInputProps {
  value?: PeriodValue;
  onChange?: (value: PeriodValue) => void;
  /** Stack the preset above the dates even on a wide screen (a narrow panel). */
  vertical?: boolean;
}

/** A preset (本年/上年/本季度…) beside the exact dates; picking dates by hand shows 自定义. Works as a form control. */
export function PeriodInput({ value, onChange, vertical }: PeriodInputProps) {
  const isMobile = useIsMobile();
  const presets = usePeriodPresets();
  const stacked = vertical || isMobile;
  const preset = value ? (presets.find((p) => p.from === value[0].format(DAY) && p.to === value[1].format(DAY))?.key ?? CUSTOM) : CUSTOM;
  return (
    <Space.Compact style={{ width: '100%' }} orientation={stacked ? 'vertical' : 'horizontal'}>
      <Select
        aria-label="报告时间"
        value={preset}
        onChange={(key: string) => {
          const p = presets.find((x) => x.key === key);
          if (p) onChange?.([dayjs(p.from), dayjs(p.to)]);
        }}
        options={[...presets.map((p) => ({ value: p.key, label: p.label })), { value: CUSTOM, label: '自定义', disabled: true }]}
        style={{ width: stacked ? '100%' : 120, flex: 'none' }}
      />
      <DatePicker.RangePicker
        aria-label="起止日期"
        value={value}
        allowClear={false}
        inputReadOnly={isMobile}
        onChange={(range) => {
          if (range?.[0] && range[1]) onChange?.([range[0], range[1]]);
        }}
        style={{ width: '100%' }}
      />
    </Space.Compact>
  );
}
