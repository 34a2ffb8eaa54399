import { beforeAll, describe, expect, it } from 'vitest';
import type { ChartSpec } from '../../contracts/report.contract.js';
import type { RenderedChart } from './renderable-report.js';
import { EchartsChartRenderer } from './chart-render.js';

const PNG_MAGIC = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);

const SPEC: ChartSpec = {
  kind: 'bar',
  title: '各乡镇宣讲活动开展情况',
  org: 1,
  from: '2026-01-01',
  to: '2026-12-31',
  status: 'approved',
  groupBy: 'child',
  metric: 'entries',
};
const DATA = [
  { label: '城关镇', value: 58 },
  { label: '河西镇', value: 41 },
  { label: '石榴街道', value: 39 },
  { label: '东坝乡', value: 33 },
];
const BLANK = DATA.map((d) => ({ ...d, label: '' }));

function pngSize(png: Buffer): { width: number; height: number } {
  return { width: png.readUInt32BE(16), height: png.readUInt32BE(20) };
}

describe('EchartsChartRenderer', () => {
  const renderer = new EchartsChartRenderer();
  // Rendering is quick with a font subset, but the first chart loads the CJK font: tests share what they can.
  let labelled: RenderedChart;
  beforeAll(async () => {
    labelled = await renderer.render(SPEC, DATA, '场次');
  });

  it('renders a 1600 × 900 PNG', () => {
    const chart = labelled;
    expect(chart.png.subarray(0, 8).equals(PNG_MAGIC)).toBe(true);
    expect(pngSize(chart.png)).toEqual({ width: 1600, height: 900 });
    expect(chart).toMatchObject({ width: 1600, height: 900 });
    expect(chart.png.length).toBeGreaterThan(10_000);
  });

  it('draws the Chinese labels with a CJK font', async () => {
    expect(renderer.fontFile).toBeDefined();
    const blank = await renderer.render(SPEC, BLANK, '场次');
    expect(labelled.png.equals(blank.png)).toBe(false);
  });

  it('loses every label without a font, which is what the comparison above detects', async () => {
    const fontless = new EchartsChartRenderer({ fontFiles: [], loadSystemFonts: false });
    const labelled = await fontless.render(SPEC, DATA, '场次');
    const blank = await fontless.render(SPEC, BLANK, '场次');
    expect(labelled.png.equals(blank.png)).toBe(true);
  });

  it('falls back to the system fonts when no known CJK font file exists', async () => {
    const fallback = new EchartsChartRenderer({ fontFiles: ['/nonexistent/font.ttc'] });
    expect(fallback.fontFile).toBeUndefined();
    const chart = await fallback.render(SPEC, DATA, '场次');
    expect(chart.png.subarray(0, 8).equals(PNG_MAGIC)).toBe(true);
  });

  it.each([
    ['horizontal bars for more than 8 labels', SPEC, Array.from({ length: 12 }, (_, i) => ({ label: `第${i + 1}乡镇`, value: 10 + i }))],
    [
      'a line by month',
      { ...SPEC, kind: 'line', groupBy: 'month' } as ChartSpec,
      Array.from({ length: 12 }, (_, i) => ({ label: `${i + 1}月`, value: 1_000_000 + i * 31_000 })),
    ],
    ['a pie by category', { ...SPEC, kind: 'pie', groupBy: 'category' } as ChartSpec, DATA],
    ['an empty chart', SPEC, []],
  ])('renders %s', async (_name, spec, data) => {
    const chart = await renderer.render(spec, data, '万元');
    expect(chart.png.subarray(0, 8).equals(PNG_MAGIC)).toBe(true);
    expect(pngSize(chart.png)).toEqual({ width: 1600, height: 900 });
  });

  it('renders at the size asked for', async () => {
    const small = new EchartsChartRenderer({ width: 800, height: 600 });
    expect(pngSize((await small.render(SPEC, DATA, '场次')).png)).toEqual({ width: 800, height: 600 });
  });
});
