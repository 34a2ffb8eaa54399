import type { Writable } from 'node:stream';
import ExcelJS from 'exceljs';
import type { Indicator, Tag } from '../../../../contracts/catalogue.contract.js';
import { ACTIVITY_STATUS_LABELS, type ActivitySummary } from '../../../../contracts/ledger.contract.js';

const TAG_COLUMNS = [
  ['carrier', '“进”载体'],
  ['theme', '主题'],
  ['volume', '台账卷'],
] as const;

/**
 * Streams the ledger as an .xlsx workbook (one sheet 活动台账, one row per entry, one column per
 * indicator in its display unit) so that 100,000 rows never sit in memory at once. Plain cell
 * values and one bold, frozen header row: that opens cleanly in Excel and WPS alike.
 */
export async function writeLedgerWorkbook(
  out: Writable,
  catalogue: { indicators: Indicator[]; tags: Tag[] },
  batches: AsyncIterable<ActivitySummary[]>,
): Promise<number> {
  const workbook = new ExcelJS.stream.xlsx.WorkbookWriter({ stream: out, useStyles: true, useSharedStrings: false });
  workbook.creator = '石榴 Shiliu';
  const sheet = workbook.addWorksheet('活动台账', { views: [{ state: 'frozen', ySplit: 1 }] });
  const indicators = catalogue.indicators;
  const tagName = new Map(catalogue.tags.map((t) => [t.id, t]));
  sheet.columns = [
    { header: '编号', key: 'id', width: 8 },
    { header: '单位', key: 'org', width: 20 },
    { header: '类别', key: 'category', width: 14 },
    { header: '活动类型', key: 'type', width: 18 },
    { header: '标题', key: 'title', width: 36 },
    { header: '开始日期', key: 'start', width: 12 },
    { header: '结束日期', key: 'end', width: 12 },
    { header: '地点', key: 'place', width: 18 },
    { header: '状态', key: 'status', width: 8 },
    ...indicators.map((i) => ({ header: `${i.name}（${i.unit}）`, key: `m_${i.code}`, width: 12 })),
    ...TAG_COLUMNS.map(([kind, label]) => ({ header: label, key: `t_${kind}`, width: 18 })),
    { header: '佐证材料数', key: 'evidence', width: 10 },
    { header: '最后修改', key: 'updated', width: 20 },
  ];
  sheet.getRow(1).font = { bold: true };
  sheet.getRow(1).commit();
  let rows = 0;
  for await (const batch of batches) {
    for (const e of batch) {
      const row: Record<string, string | number> = {
        id: e.id,
        org: e.orgName,
        category: e.categoryName,
        type: e.typeName,
        title: e.title,
        start: e.startDate,
        end: e.endDate,
        place: e.place,
        status: ACTIVITY_STATUS_LABELS[e.status],
        evidence: e.evidenceCount,
        updated: e.updatedAt.slice(0, 19).replace('T', ' '),
      };
      for (const i of indicators) if (e.measures[i.code] !== undefined) row[`m_${i.code}`] = e.measures[i.code]!;
      for (const [kind] of TAG_COLUMNS) {
        row[`t_${kind}`] = e.tagIds
          .map((id) => tagName.get(id))
          .filter((t) => t?.kind === kind)
          .map((t) => t!.name)
          .join('、');
      }
      sheet.addRow(row).commit();
      rows++;
    }
  }
  sheet.commit();
  await workbook.commit();
  return rows;
}
