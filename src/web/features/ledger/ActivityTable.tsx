import { PaperClipOutlined } from '@ant-design/icons';
import { Space, Table, Typography, type TableColumnsType, type TablePaginationConfig, type TableProps } from 'antd';
import type { ReactNode } from 'react';
import { Link } from 'react-router';
import type { Indicator } from '../../../contracts/catalogue.contract.js';
import type { ActivitySummary } from '../../../contracts/ledger.contract.js';
import { CoverThumb } from './CoverThumb.js';
import { formatDateRange } from './format-dates.js';
import { MeasureSummary } from './MeasureSummary.js';
import { StatusTag } from './StatusTag.js';

type DateOrder = 'ascend' | 'descend';

const TITLE_MIN = 240;
const SELECTION_WIDTH = 40;

interface ActivityTableProps {
  items: readonly ActivitySummary[];
  loading: boolean;
  indicators: ReadonlyMap<string, Indicator>;
  pagination: TablePaginationConfig | false;
  /** Which way the 日期 column is sorted; the server sorts, so the table only shows it. */
  dateOrder?: DateOrder;
  onDateOrderChange?: (order: DateOrder) => void;
  actions?: { width: number; render: (item: ActivitySummary) => ReactNode };
  rowSelection?: TableProps<ActivitySummary>['rowSelection'];
  /** The review queue holds one status only, so the column would say the same thing on every row. */
  hideStatus?: boolean;
  emptyText: string;
}

/** Ledger entries as a table: cover, title, unit, type, dates, key figures, status, evidence. */
export function ActivityTable(props: ActivityTableProps) {
  const { items, loading, indicators, dateOrder, onDateOrderChange, actions } = props;
  const columns: TableColumnsType<ActivitySummary> = [
    { title: '', key: 'cover', width: 68, render: (_: unknown, a) => <CoverThumb url={a.coverThumbnailUrl} /> },
    {
      title: '活动名称',
      dataIndex: 'title',
      minWidth: TITLE_MIN,
      render: (_: unknown, a) => (
        <div style={{ minWidth: 0 }}>
          <Link to={`/ledger/${a.id}`} style={{ fontWeight: 500, color: 'rgba(0, 0, 0, 0.88)' }}>
            {a.title}
          </Link>
          {a.place && (
            <Typography.Text type="secondary" ellipsis style={{ display: 'block', fontSize: 12, maxWidth: 320 }}>
              {a.place}
            </Typography.Text>
          )}
        </div>
      ),
    },
    { title: '单位', dataIndex: 'orgName', width: 140, ellipsis: true },
    {
      title: '类型',
      dataIndex: 'typeName',
      width: 160,
      render: (_: unknown, a) => (
        <div>
          <div>{a.typeName}</div>
          <Typography.Text type="secondary" style={{ fontSize: 12 }}>
            {a.categoryName}
          </Typography.Text>
        </div>
      ),
    },
    {
      title: '日期',
      dataIndex: 'startDate',
      width: 124,
      sorter: onDateOrderChange !== undefined,
      sortOrder: dateOrder ?? null,
      sortDirections: ['descend', 'ascend', 'descend'],
      render: (_: unknown, a) => <span style={{ whiteSpace: 'nowrap' }}>{formatDateRange(a.startDate, a.endDate)}</span>,
    },
    { title: '主要指标', key: 'measures', width: 200, render: (_: unknown, a) => <MeasureSummary measures={a.measures} indicators={indicators} /> },
    ...(props.hideStatus
      ? []
      : [{ title: '状态', dataIndex: 'status', width: 84, render: (_: unknown, a: ActivitySummary) => <StatusTag status={a.status} /> }]),
    {
      title: '佐证',
      dataIndex: 'evidenceCount',
      width: 68,
      align: 'right',
      render: (count: number) =>
        count > 0 ? (
          <Space size={4}>
            <PaperClipOutlined />
            {count}
          </Space>
        ) : (
          <Typography.Text type="secondary">—</Typography.Text>
        ),
    },
    ...(actions
      ? [{ title: '操作', key: 'actions', width: actions.width, fixed: 'right' as const, render: (_: unknown, a: ActivitySummary) => actions.render(a) }]
      : []),
  ];

  return (
    <Table<ActivitySummary>
      rowKey="id"
      columns={columns}
      dataSource={[...items]}
      loading={loading}
      // Every column but the title has a width; the title gets at least TITLE_MIN before the table scrolls.
      scroll={{ x: columns.reduce((sum, c) => sum + (typeof c.width === 'number' ? c.width : 0), TITLE_MIN + (props.rowSelection ? SELECTION_WIDTH : 0)) }}
      locale={{ emptyText: loading ? ' ' : props.emptyText }}
      pagination={props.pagination}
      rowSelection={props.rowSelection}
      onChange={(_pagination, _filters, sorter) => {
        if (Array.isArray(sorter) || !onDateOrderChange) return;
        if (sorter.columnKey === 'startDate' || sorter.field === 'startDate') onDateOrderChange(sorter.order === 'ascend' ? 'ascend' : 'descend');
      }}
    />
  );
}
