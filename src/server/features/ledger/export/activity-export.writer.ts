import type { Writable } from 'node:stream';
import ExcelJS from 'exceljs';
import type { Indicator, Tag } from '../../../../contracts/catalogue.contract.js';
import { ACTIVITY_STATUS_LABELS } from '../../../../contracts/ledger.contract.js';
import type { LedgerExportRow } from '../activity.types.js';
import { indicatorHeader, TAG_COLUMNS } from '../import/activity-import.columns.js';
import { COLUMN, EXPORT_ONLY_COLUMN as READ_ONLY } from '../import/import.messages.js';

/**
 * Streams the ledger as an .xlsx workbook (one sheet 活动台账, one row per entry, one column per
 * indicator in its display unit) so that 100,000 rows never sit in memory at once. Plain cell
 * values and one bold, frozen header row: that opens cleanly in Excel and WPS alike. The headers
 * are the import's own, so the file can be imported again as it is (its read-only columns, such as
 * 状态, are skipped there).
 */
export async function writeLedgerWorkbook(
  out: Writable,
  catalogue: { indicators: Indicator[]; tags: Tag[] },
  batches: AsyncIterable<LedgerExportRow[]>,
): Promise<number> {
  const workbook = new ExcelJS.stream.xlsx.WorkbookWriter({ stream: out, useStyles: true, useSharedStrings: false });
  workbook.creator = '石榴 Shiliu';
  const sheet = workbook.addWorksheet('活动台账', { views: [{ state: 'frozen', ySplit: 1 }] });
  const indicators = catalogue.indicators;
  const tagName = new Map(catalogue.tags.map((t) => [t.id, t]));
  sheet.columns = [
    { header: READ_ONLY.id, key: 'id', width: 8 },
    { header: COLUMN.unit, key: 'org', width: 24 },
    { header: READ_ONLY.category, key: 'category', width: 14 },
    { header: COLUMN.type, key: 'type', width: 18 },
    { header: COLUMN.title, key: 'title', width: 36 },
    { header: COLUMN.startDate, key: 'start', width: 12 },
    { header: COLUMN.endDate, key: 'end', width: 12 },
    { header: COLUMN.place, key: 'place', width: 18 },
    { header: COLUMN.organiser, key: 'organiser', width: 18 },
    { header: COLUMN.summary, key: 'summary', width: 40 },
    { header: READ_ONLY.status, key: 'status', width: 8 },
    ...indicators.map((i) => ({ header: indicatorHeader(i), key: `m_${i.code}`, width: 12 })),
    ...TAG_COLUMNS.map(([kind, label]) => ({ header: label, key: `t_${kind}`, width: 18 })),
    { header: READ_ONLY.evidence, key: 'evidence', width: 10 },
    { header: READ_ONLY.updated, key: 'updated', width: 20 },
  ];
  sheet.getRow(1).font = { bold: true };
  sheet.getRow(1).commit();
  let rows = 0;
  for await (const batch of batches) {
    for (const e of batch) {
      const row: Record<string, string | number> = {
        id: e.id,
        org: e.unitPath,
        category: e.categoryName,
        type: e.typeName,
        title: e.title,
        start: e.startDate,
        end: e.endDate,
        place: e.place,
        organiser: e.organiser,
        summary: e.summary,
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
