import { Table } from 'antd';
import type { ValueKind } from '../../../contracts/catalogue.contract.js';
import type { ProgressState, TargetProgressItem } from '../../../contracts/target.contract.js';
import { ProgressStateTag } from './ProgressStateTag.js';
import { formatAmount } from './targets-view.js';

type PeriodRow = TargetProgressItem['periods'][number];

interface PeriodTableProps {
  periods: readonly PeriodRow[];
  kind: ValueKind;
  unit: string;
}

/** One target period by period: the goal, what was done, what the calendar says should be done by now. */
export function PeriodTable({ periods, kind, unit }: PeriodTableProps) {
  // Amounts stay on one line; a narrow screen scrolls the table instead of breaking 40,000,000元 in two.
  const amount = (value: number) => <span style={{ whiteSpace: 'nowrap' }}>{formatAmount(value, kind, unit)}</span>;
  return (
    <Table<PeriodRow>
      rowKey="key"
      size="small"
      pagination={false}
      dataSource={[...periods]}
      scroll={{ x: 'max-content' }}
      columns={[
        {
          title: '期间',
          dataIndex: 'label',
          width: 150,
          render: (label: string, row) => (
            <span title={`${row.from} 至 ${row.to}`} style={{ whiteSpace: 'nowrap' }}>
              {label}
            </span>
          ),
        },
        { title: '目标', dataIndex: 'goal', align: 'right', render: amount },
        { title: '完成', dataIndex: 'actual', align: 'right', render: amount },
        { title: <span style={{ whiteSpace: 'nowrap' }}>应完成(按时间进度)</span>, dataIndex: 'expected', align: 'right', render: amount },
        { title: '状态', dataIndex: 'state', width: 96, render: (state: ProgressState) => <ProgressStateTag state={state} /> },
      ]}
    />
  );
}
