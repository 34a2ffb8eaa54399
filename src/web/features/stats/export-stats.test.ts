import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import type { StatsGroup } from '../../../contracts/stats.contract.js';
import { buildStatsWorkbook, type StatsExportData } from './export-stats.js';

const group = (key: string, label: string, entries: number, funds = 0): StatsGroup => ({ key, label, totals: { entries, attendance: entries * 10, funds } });

const data: StatsExportData = {
  view: { org: undefined, from: '2026-01-01', to: '2026-03-31', status: 'approved' },
  orgName: '示例县',
  periodLabel: '2026年第一季度',
  statusLabel: '仅已审核',
  totals: { entries: 12, sessions: 14, attendance: 120, households: 0, materials: 300, funds: 123_456 },
  byChild: [group('own', '本级', 4), group('5', '城关镇', 8, 100_000)],
  granularity: 'month',
  byBucket: [group('2026-01', '2026年1月', 5), group('2026-03', '2026年3月', 7)],
  byBucketLastYear: [group('2025-02', '2025年2月', 3)],
  byCategory: [group('1', '宣传教育', 12)],
  coverage: {
    org: { id: 1, name: '示例县' },
    from: '2026-01-01',
    to: '2026-03-31',
    status: 'approved',
    units: 4,
    reporting: 3,
    gaps: [{ id: 9, name: '和平村', kind: 'village', pathName: '河口镇 / 和平村' }],
    byChild: [{ key: '5', label: '城关镇', units: 3, reporting: 2 }],
  },
  kindLabel: (code) => (code === 'village' ? '村' : code),
};

async function readBack(): Promise<ExcelJS.Workbook> {
  const workbook = new ExcelJS.Workbook();
  buildStatsWorkbook(workbook, data);
  const again = new ExcelJS.Workbook();
  await again.xlsx.load(await workbook.xlsx.writeBuffer());
  return again;
}

const rowValues = (sheet: ExcelJS.Worksheet | undefined, n: number) => (sheet?.getRow(n).values as unknown[]).slice(1);

describe('buildStatsWorkbook', () => {
  it('writes one sheet per table, each under a title naming unit, period and status', async () => {
    const workbook = await readBack();
    expect(workbook.worksheets.map((s) => s.name)).toEqual(['总体情况', '按下级单位', '按月份', '按活动类别', '填报覆盖', '未填报单位']);
    for (const sheet of workbook.worksheets) expect(String(sheet.getCell('A1').value)).toMatch(/^示例县 2026年第一季度 .+（仅已审核）$/);
  });

  it('gives the headline figures with funds in 万元', async () => {
    const sheet = (await readBack()).getWorksheet('总体情况');
    expect(rowValues(sheet, 3)).toEqual(['指标', '数值', '单位']);
    expect(rowValues(sheet, 4)).toEqual(['活动数', 12, '条']);
    expect(rowValues(sheet, 9)).toEqual(['投入资金', 12.35, '万元']);
  });

  it("lists every month of the period, empty ones at zero, with last year's entries beside them", async () => {
    const sheet = (await readBack()).getWorksheet('按月份');
    expect(rowValues(sheet, 3)?.[0]).toBe('月份');
    expect(rowValues(sheet, 3)?.at(-1)).toBe('去年同期活动数（2025年）');
    expect([4, 5, 6].map((n) => [rowValues(sheet, n)?.[0], rowValues(sheet, n)?.[1], rowValues(sheet, n)?.at(-1)])).toEqual([
      ['2026年1月', 5, 0],
      ['2026年2月', 0, 3],
      ['2026年3月', 7, 0],
    ]);
  });

  it('ranks the child units largest first and closes each table with the totals', async () => {
    const sheet = (await readBack()).getWorksheet('按下级单位');
    expect([4, 5, 6].map((n) => rowValues(sheet, n)?.slice(0, 2))).toEqual([
      ['城关镇', 8],
      ['本级', 4],
      ['合计', 12],
    ]);
    expect(rowValues((await readBack()).getWorksheet('按月份'), 7)).toEqual(['合计', 12, 14, 120, 0, 300, 12.35, 3]);
  });

  it('names the units without entries by path and kind', async () => {
    const workbook = await readBack();
    expect(rowValues(workbook.getWorksheet('未填报单位'), 4)).toEqual(['河口镇 / 和平村', '村']);
    expect(rowValues(workbook.getWorksheet('填报覆盖'), 5)).toEqual(['合计', 4, 3, '75%']);
  });
});
