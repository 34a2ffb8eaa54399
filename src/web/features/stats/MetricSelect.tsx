import { Select } from 'antd';
import { KPI_METRICS } from './stats-labels.js';

/** Which headline figure a chart plots. */
export function MetricSelect({ value, onChange, label }: { value: string; onChange: (code: string) => void; label: string }) {
  return (
    <Select
      size="small"
      value={value}
      onChange={onChange}
      aria-label={label}
      options={KPI_METRICS.map((m) => ({ value: m.code, label: m.label }))}
      popupMatchSelectWidth={false}
      style={{ width: 96 }}
    />
  );
}
