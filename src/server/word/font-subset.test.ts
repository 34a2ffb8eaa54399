import { statSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { EchartsChartRenderer } from './chart-render.js';
import { faceIndexOf, FontSubsetter } from './font-subset.js';

const SPEC = {
  kind: 'bar',
  title: '各乡镇活动数',
  org: 1,
  from: '2026-01-01',
  to: '2026-12-31',
  status: 'approved',
  groupBy: 'child',
  metric: 'entries',
} as const;
const DATA = [
  { label: '城关镇', value: 58 },
  { label: '县民族宗教事务局', value: 41 },
  { label: '石榴街道', value: 39 },
];

describe('FontSubsetter', () => {
  // The renderer finds the machine's CJK font; .ci/run installs fonts-noto-cjk.
  const file = new EchartsChartRenderer().fontFile!;

  it('cuts the CJK font down to the characters asked for', async () => {
    const subsetter = await FontSubsetter.load(file);
    expect(subsetter).toBeDefined();
    const small = subsetter!.subset('城关镇')!;
    const larger = subsetter!.subset('城关镇县民族宗教事务局石榴街道')!;
    expect(small.length).toBeLessThan(statSync(file).size / 100);
    expect(larger.length).toBeGreaterThan(small.length);
    // An OpenType font: CFF outlines ('OTTO') or TrueType (0x00010000).
    expect(['OTTO', '\u0000\u0001\u0000\u0000']).toContain(small.subarray(0, 4).toString('latin1'));
  });

  it('says so when a font cannot be loaded, rather than throwing', async () => {
    expect(await FontSubsetter.load('/nonexistent/font.ttc')).toBeUndefined();
  });

  it('picks the Simplified Chinese face of Noto collections', () => {
    expect(faceIndexOf('/usr/share/fonts/opentype/noto/NotoSansCJK-Regular.ttc')).toBe(2);
    expect(faceIndexOf('/usr/share/fonts/truetype/wqy/wqy-microhei.ttc')).toBe(0);
  });

  it('draws a chart exactly as the whole font does', async () => {
    const [subset, whole] = await Promise.all([
      new EchartsChartRenderer().render(SPEC, DATA, '项'),
      new EchartsChartRenderer({ subsetFont: false }).render(SPEC, DATA, '项'),
    ]);
    expect(subset.png.equals(whole.png)).toBe(true);
  });
});
