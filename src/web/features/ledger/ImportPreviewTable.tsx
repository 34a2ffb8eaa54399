import { Table, Typography } from 'antd';
import type { ImportActivitiesResult, ImportPreviewRow } from '../../../contracts/ledger.contract.js';
import { formatDateRange } from './format-dates.js';

/** 参与人次 120人次；投入资金 1234.5元: each figure with its unit, as the entry will hold it. */
function figures(row: ImportPreviewRow): string {
  return row.measures.map((m) => `${m.name} ${m.value}${m.unit}`).join('；');
}

const columns = [
  { title: '行', dataIndex: 'row', width: 56 },
  { title: '单位', dataIndex: 'unit', width: 140 },
  { title: '活动类型', dataIndex: 'typeName', width: 110 },
  { title: '标题', dataIndex: 'title', width: 180 },
  { title: '日期', key: 'dates', width: 170, render: (_: unknown, row: ImportPreviewRow) => formatDateRange(row.startDate, row.endDate) },
  { title: '地点', dataIndex: 'place', width: 110 },
  { title: '组织者', dataIndex: 'organiser', width: 110 },
  { title: '指标', key: 'figures', width: 220, render: (_: unknown, row: ImportPreviewRow) => figures(row) },
  { title: '标签', key: 'tags', width: 140, render: (_: unknown, row: ImportPreviewRow) => row.tags.join('、') },
];

/** The first rows of a checked file as the server read them, so the user sees what will be written before importing. */
export function ImportPreviewTable({ result }: { result: ImportActivitiesResult }) {
  if (result.preview.length === 0) return null;
  const shown = result.preview.length;
  return (
    <div style={{ marginTop: 12 }}>
      <Typography.Text type="secondary">
        {shown < result.rows ? `系统读取的前 ${shown} 行（共 ${result.rows} 行）：` : `系统读取的 ${shown} 行：`}
        请核对单位、日期和指标，确认无误后再导入。
      </Typography.Text>
      <Table<ImportPreviewRow>
        size="small"
        rowKey="row"
        columns={columns}
        dataSource={result.preview}
        pagination={shown > 8 ? { pageSize: 8, size: 'small' } : false}
        scroll={{ x: 1236 }}
        style={{ marginTop: 8 }}
      />
    </div>
  );
}
