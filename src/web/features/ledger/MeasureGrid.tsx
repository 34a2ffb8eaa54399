import { Descriptions, Empty } from 'antd';
import type { Activity } from '../../../contracts/ledger.contract.js';
import type { CatalogueIndex } from '../../api/catalogue-index.js';
import { measureLines } from '../../components/format-measure.js';

/** An entry's figures as a grid of large numbers; the exact value shows on hover when rounded (万元). */
export function MeasureGrid({ activity, index, column }: { activity: Activity; index: CatalogueIndex | undefined; column: number }) {
  const lines = measureLines(activity.measures, index?.indicatorByCode ?? new Map());
  if (lines.length === 0) return <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description="未填写统计指标" />;
  return (
    <Descriptions
      bordered
      size="small"
      column={column}
      layout="vertical"
      items={lines.map((l) => ({
        key: l.code,
        label: l.name,
        children: (
          <span title={l.exact} style={{ fontSize: 18, fontWeight: 500 }}>
            {l.text}
          </span>
        ),
      }))}
    />
  );
}
