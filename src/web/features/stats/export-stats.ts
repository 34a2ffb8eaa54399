import type { Workbook, Worksheet } from 'exceljs';
import type { CoverageResult, StatsGroup, StatsTotals } from '../../../contracts/stats.contract.js';
import { bucketLabel, bucketsBetween, type Granularity } from '../../../domain/period.js';
import { saveBlob } from '../../components/save-blob.js';
import { GROUP_BY_LABELS, KPI_METRICS, SERIES_LAST_YEAR, type Metric } from './stats-labels.js';
import { lastYearView, trendRows } from './trend-series.js';
import type { StatsView } from './stats-query.js';

/** What the dashboard shows, as the export writes it: one sheet per table. */
export interface StatsExportData {
  view: StatsView;
  orgName: string;
  periodLabel: string;
  statusLabel: string;
  totals: StatsTotals;
  byChild: readonly StatsGroup[];
  granularity: Granularity;
  byBucket: readonly StatsGroup[];
  byBucketLastYear: readonly StatsGroup[];
  byCategory: readonly StatsGroup[];
  coverage: CoverageResult | undefined;
  /** Chinese name of a unit kind code (村, 学校…). */
  kindLabel: (code: string) => string;
}

type Cell = string | number;

const WAN = 10_000;
const HEADER_FILL = 'FFF4E4E1';
const metricHeader = (m: Metric) => (m.money ? `${m.label}（万元）` : `${m.label}（${m.unit}）`);
const metricCell = (m: Metric, totals: StatsTotals): Cell => {
  const value = totals[m.code];
  if (value === undefined) return '';
  return m.money ? Math.round((value / WAN) * 100) / 100 : value;
};

/** A sheet with the title row (unit, period, status), one header row and the rows; money columns keep two decimals. */
function addTable(workbook: Workbook, name: string, title: string, headers: readonly string[], rows: readonly Cell[][]): Worksheet {
  const sheet = workbook.addWorksheet(name, { views: [{ state: 'frozen', ySplit: 3 }] });
  sheet.addRow([title]);
  sheet.mergeCells(1, 1, 1, Math.max(headers.length, 1));
  sheet.getRow(1).font = { bold: true, size: 14 };
  sheet.getRow(1).height = 24;
  sheet.addRow([]);
  const header = sheet.addRow([...headers]);
  header.font = { bold: true };
  header.eachCell((cell) => {
    cell.fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: HEADER_FILL } };
    cell.alignment = { vertical: 'middle', horizontal: 'center', wrapText: true };
  });
  for (const row of rows) sheet.addRow(row);
  headers.forEach((h, i) => {
    const column = sheet.getColumn(i + 1);
    column.width = i === 0 ? 28 : Math.max(12, h.length * 2 + 2);
    if (h.includes('万元')) column.numFmt = '#,##0.00';
    else if (i > 0) column.numFmt = '#,##0';
  });
  return sheet;
}

/** Fills `workbook` with the dashboard's tables; kept apart from the download so a test can read it back. */
export function buildStatsWorkbook(workbook: Workbook, data: StatsExportData): void {
  const title = (what: string) => `${data.orgName} ${data.periodLabel} ${what}（${data.statusLabel}）`;
  const metricHeaders = KPI_METRICS.map(metricHeader);
  const totalRow = ['合计', ...KPI_METRICS.map((m) => metricCell(m, data.totals))];
  // Groups of one question add up to its totals (children, months, categories), so each table ends with them.
  const groupRows = (groups: readonly StatsGroup[]) => [...groups.map((g) => [g.label, ...KPI_METRICS.map((m) => metricCell(m, g.totals))]), totalRow];
  workbook.creator = '石榴';

  const overview = addTable(
    workbook,
    '总体情况',
    title('统计总体情况'),
    ['指标', '数值', '单位'],
    KPI_METRICS.map((m) => [m.label, metricCell(m, data.totals), m.unit]),
  );
  overview.getColumn(2).numFmt = '#,##0.##';
  // Ranked as the dashboard shows them, largest first.
  const ranked = [...data.byChild].sort((a, b) => (b.totals.entries ?? 0) - (a.totals.entries ?? 0));
  addTable(workbook, '按下级单位', title('分下级单位统计'), ['单位', ...metricHeaders], groupRows(ranked));

  const bucketName = GROUP_BY_LABELS[data.granularity];
  const lastYear = trendRows(data.view, data.granularity, data.byBucket, data.byBucketLastYear, 'entries');
  const bucketRows = bucketsBetween(data.view.from, data.view.to, data.granularity).map((key, i) => {
    const totals = data.byBucket.find((g) => g.key === key)?.totals ?? {};
    return [bucketLabel(key), ...KPI_METRICS.map((m) => metricCell(m, totals) || 0), lastYear[i]?.lastYear ?? 0];
  });
  bucketRows.push([...totalRow, lastYear.reduce((sum, row) => sum + row.lastYear, 0)]);
  const previous = lastYearView(data.view);
  addTable(
    workbook,
    `按${bucketName}`,
    title(`分${bucketName}统计`),
    [bucketName, ...metricHeaders, `${SERIES_LAST_YEAR}活动数（${previous.from.slice(0, 4)}年）`],
    bucketRows,
  );

  addTable(workbook, '按活动类别', title('分活动类别统计'), ['活动类别', ...metricHeaders], groupRows(data.byCategory));

  const coverage = data.coverage;
  if (coverage) {
    const share = (reporting: number, units: number) => (units > 0 ? `${Math.round((reporting / units) * 100)}%` : '');
    const rows = [
      ...coverage.byChild.map((c) => [c.label, c.units, c.reporting, share(c.reporting, c.units)]),
      ['合计', coverage.units, coverage.reporting, share(coverage.reporting, coverage.units)],
    ];
    addTable(workbook, '填报覆盖', title('填报覆盖情况'), ['下级单位', '单位数', '已填报单位数', '覆盖率'], rows);
    addTable(
      workbook,
      '未填报单位',
      title('未登记活动的单位'),
      ['单位', '类型'],
      coverage.gaps.map((g) => [g.pathName, data.kindLabel(g.kind)]),
    );
  }
}

/** Builds the workbook in the browser (ExcelJS loads only now) and hands it to the browser as a download. */
export async function downloadStatsWorkbook(data: StatsExportData): Promise<void> {
  const excel = await import('exceljs');
  // The browser build is CommonJS; bundlers expose it as the default export.
  const { Workbook: WorkbookClass } = 'default' in excel ? (excel.default as typeof excel) : excel;
  const workbook = new WorkbookClass();
  buildStatsWorkbook(workbook, data);
  const buffer = await workbook.xlsx.writeBuffer();
  const blob = new Blob([buffer], { type: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet' });
  saveBlob(blob, `统计分析_${data.orgName}_${data.view.from}至${data.view.to}.xlsx`);
}
