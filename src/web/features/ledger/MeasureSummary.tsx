import { Tooltip, Typography } from 'antd';
import type { Indicator } from '../../../contracts/catalogue.contract.js';
import type { Measures } from '../../../contracts/ledger.contract.js';
import { measureLines } from '../../components/format-measure.js';

interface MeasureSummaryProps {
  measures: Measures;
  indicators: ReadonlyMap<string, Indicator>;
  /** How many figures to show; the rest are counted. */
  limit?: number;
}

/** An entry's key figures in one compact line: 场次 2场次 · 参与人次 320人次. */
export function MeasureSummary({ measures, indicators, limit = 2 }: MeasureSummaryProps) {
  const lines = measureLines(measures, indicators);
  if (lines.length === 0) return <Typography.Text type="secondary">—</Typography.Text>;
  const shown = lines.slice(0, limit);
  const all = lines.map((l) => `${l.name} ${l.exact}`).join('；');
  return (
    <Tooltip title={all}>
      <span style={{ display: 'inline-flex', flexWrap: 'wrap', columnGap: 10, rowGap: 2 }}>
        {shown.map((l) => (
          <span key={l.code} style={{ whiteSpace: 'nowrap' }}>
            {!l.selfNamed && <Typography.Text type="secondary">{l.name} </Typography.Text>}
            {l.text}
          </span>
        ))}
        {lines.length > limit && <Typography.Text type="secondary">等{lines.length}项</Typography.Text>}
      </span>
    </Tooltip>
  );
}
