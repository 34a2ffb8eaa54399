import { DatePicker, Select, Space } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import { useMemo } from 'react';
import { presetRanges, type NamedRange } from '../../../domain/period.js';
import { useIsMobile } from '../../components/useIsMobile.js';
import { defaultDraftPresetKey } from '../reports/report-view.js';

export type PeriodValue = [Dayjs, Dayjs];

const DAY = 'YYYY-MM-DD';
const CUSTOM = 'custom';

/** Quick ranges as of today (本年, 上半年, 本季度, 上年…), the same as 起草新报告 offers. */
export function usePeriodPresets(): NamedRange[] {
  return useMemo(() => presetRanges(dayjs().format(DAY)), []);
}

/** The period a document written today most likely covers (early in the year: last year). */
export function defaultPeriod(presets: readonly NamedRange[]): PeriodValue {
  const preset = presets.find((p) => p.key === defaultDraftPresetKey(dayjs().format(DAY))) ?? presets[0];
  return preset ? [dayjs(preset.from), dayjs(preset.to)] : [dayjs().startOf('year'), dayjs().endOf('year')];
}

export function periodBounds(value: PeriodValue): { from: string; to: string } {
  return { from: value[0].format(DAY), to: value[1].format(DAY) };
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
