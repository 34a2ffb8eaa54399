import { randomUUID } from 'node:crypto';
import { existsSync } from 'node:fs';
import { rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { renderAsync } from '@resvg/resvg-js';
import type { ResvgRenderOptions } from '@resvg/resvg-js';
import * as echarts from 'echarts';
import type { EChartsOption } from 'echarts';
import type { ChartSpec } from '../../contracts/report.contract.js';
import type { ChartRenderer, RenderedChart } from './renderable-report.js';
import { FontSubsetter } from './font-subset.js';

/** Where the usual CJK fonts live: Debian/Ubuntu fonts-noto-cjk first, then other distributions, macOS and Windows. */
export const KNOWN_CJK_FONT_FILES: readonly string[] = [
  '/usr/share/fonts/opentype/noto/NotoSansCJK-Regular.ttc',
  '/usr/share/fonts/noto-cjk/NotoSansCJK-Regular.ttc',
  '/usr/share/fonts/google-noto-cjk/NotoSansCJK-Regular.ttc',
  '/usr/share/fonts/opentype/noto/NotoSerifCJK-Regular.ttc',
  '/usr/share/fonts/truetype/wqy/wqy-microhei.ttc',
  '/usr/share/fonts/truetype/wqy/wqy-zenhei.ttc',
  '/usr/share/fonts/wenquanyi/wqy-microhei/wqy-microhei.ttc',
  '/System/Library/Fonts/PingFang.ttc',
  '/System/Library/Fonts/STHeiti Light.ttc',
  'C:\\Windows\\Fonts\\msyh.ttc',
  'C:\\Windows\\Fonts\\simhei.ttf',
];

/** Options of the chart renderer; the defaults suit a 15 cm wide chart in a 公文 page. */
export interface EchartsChartRendererOptions {
  /** Size of the PNG in pixels; default 1600 × 900. */
  width?: number;
  height?: number;
  /** CJK font files to try, first existing one wins; default KNOWN_CJK_FONT_FILES. */
  fontFiles?: readonly string[];
  /** Also load every system font (~160 ms more); default only when none of `fontFiles` exists. */
  loadSystemFonts?: boolean;
  /** Draw the spec's title in the image; default false, as the document captions the chart (图1 …). */
  showTitle?: boolean;
  /** Lay text out against a subset of the font holding only the chart's characters; default true (see font-subset.ts). */
  subsetFont?: boolean;
}

// Families tried in order in the SVG; resvg takes the first it has loaded.
const FONT_FAMILY = "'Noto Sans CJK SC', 'Source Han Sans SC', 'Microsoft YaHei', 'PingFang SC', 'WenQuanYi Micro Hei', SimHei, sans-serif";
const RED = '#C0392B';
const BAR = '#2E5C8A';
const PALETTE = [RED, BAR, '#5D7E9E', '#8FA9C4', '#7F8C8D', '#34495E', '#A6ACAF', '#B9C7D5', '#566573', '#D5DBDB'];
const INK = '#333333';
const RULE = '#BFBFBF';
const GRID_LINE = '#E5E5E5';
// ECharts lays the chart out in this many logical pixels across and resvg scales it to the PNG's
// size; on a 15 cm wide chart a logical pixel is 0.53 pt, so LABEL (17) prints at 9 pt (小五).
const LOGICAL_WIDTH = 800;
const LABEL = 17;
const HORIZONTAL_FROM = 9;

const GROUP_AXIS_NAME: Record<ChartSpec['groupBy'], string> = {
  child: '单位',
  month: '月份',
  quarter: '季度',
  category: '类别',
  type: '活动类型',
  tag: '标签',
};

type Datum = { label: string; value: number };

/** Renders chart blocks with ECharts on the server (SVG) and resvg (PNG), with a CJK font so the labels survive. */
export class EchartsChartRenderer implements ChartRenderer {
  private readonly width: number;
  private readonly height: number;
  private readonly showTitle: boolean;
  private readonly font: NonNullable<ResvgRenderOptions['font']>;
  private readonly subsetFont: boolean;
  /** Loaded on the first chart, then kept: the font sits in WebAssembly memory for the process. */
  private subsetter: Promise<FontSubsetter | undefined> | undefined;

  constructor(options: EchartsChartRendererOptions = {}) {
    this.width = options.width ?? 1600;
    this.height = options.height ?? 900;
    this.showTitle = options.showTitle ?? false;
    this.subsetFont = options.subsetFont ?? true;
    const found = (options.fontFiles ?? KNOWN_CJK_FONT_FILES).find((file) => existsSync(file));
    // Without a CJK font resvg drops all text silently; the system's fonts are the last resort.
    this.font = {
      loadSystemFonts: options.loadSystemFonts ?? found === undefined,
      fontFiles: found ? [found] : [],
      ...(found?.includes('NotoSansCJK') ? { defaultFontFamily: 'Noto Sans CJK SC', sansSerifFamily: 'Noto Sans CJK SC' } : {}),
    };
  }

  /** The CJK font file in use, if one was found. */
  get fontFile(): string | undefined {
    return this.font.fontFiles?.[0];
  }

  async render(spec: ChartSpec, data: Datum[], unit: string): Promise<RenderedChart> {
    const logicalHeight = Math.round((LOGICAL_WIDTH * this.height) / this.width);
    const svg = renderSvg(this.option(spec, data, unit), LOGICAL_WIDTH, logicalHeight);
    const fitTo = { mode: 'width' as const, value: this.width };
    let image;
    try {
      image = await this.withFont(svg, (font) => renderAsync(svg, { font, fitTo, background: '#FFFFFF' }));
    } catch {
      // A font file that cannot be read must not fail the export: render with the system's fonts.
      image = await renderAsync(svg, { font: { loadSystemFonts: true }, fitTo, background: '#FFFFFF' });
    }
    return { png: image.asPng(), width: image.width, height: image.height };
  }

  /**
   * Runs `render` with the font cut down to the SVG's characters, written to a file of its own for
   * this one chart (resvg's fontBuffers option is far slower than a file), or with the whole font
   * when subsetting is off or fails.
   */
  private async withFont<T>(svg: string, render: (font: NonNullable<ResvgRenderOptions['font']>) => Promise<T>): Promise<T> {
    const file = this.fontFile;
    const subsetter = file && this.subsetFont ? await (this.subsetter ??= FontSubsetter.load(file)) : undefined;
    const subset = subsetter?.subset(svg);
    if (!subset) return render(this.font);
    const subsetFile = path.join(os.tmpdir(), `shiliu-chart-font-${randomUUID()}.otf`);
    await writeFile(subsetFile, subset);
    try {
      return await render({ ...this.font, loadSystemFonts: false, fontFiles: [subsetFile] });
    } finally {
      await rm(subsetFile, { force: true });
    }
  }

  private option(spec: ChartSpec, data: Datum[], unit: string): EChartsOption {
    const base: EChartsOption = {
      animation: false,
      backgroundColor: '#FFFFFF',
      color: PALETTE,
      textStyle: { fontFamily: FONT_FAMILY, color: INK, fontSize: LABEL },
      title: this.showTitle ? { text: spec.title, left: 'center', top: 8, textStyle: { fontSize: 22, fontWeight: 'bold', color: INK } } : { show: false },
      ...(data.length === 0 ? { graphic: { type: 'text', left: 'center', top: 'middle', style: { text: '暂无数据', fontSize: 22, fill: '#7F7F7F' } } } : {}),
    };
    const top = this.showTitle ? 64 : 36;
    if (spec.kind === 'pie') return { ...base, series: [pieSeries(data, unit)] };
    if (spec.kind === 'bar' && data.length >= HORIZONTAL_FROM) return { ...base, ...horizontalBar(spec, data, unit, top) };
    return { ...base, ...columnOrLine(spec, data, unit, top) };
  }
}

/** SVG of one chart; the instance is always disposed, or zrender's timer keeps Node alive. */
function renderSvg(option: EChartsOption, width: number, height: number): string {
  const chart = echarts.init(null, null, { renderer: 'svg', ssr: true, width, height });
  try {
    chart.setOption(option);
    return chart.renderToSVGString();
  } finally {
    chart.dispose();
  }
}

function valueAxisName(unit: string): string {
  if (!unit) return '数量';
  if (unit === '%') return '比例（%）';
  if (unit.endsWith('元')) return `金额（${unit}）`;
  return `数量（${unit}）`;
}

/** 1234.5 → 1234.5, 0.123456 → 0.12: labels show at most two decimals, never a float's noise. */
function valueText(value: number): string {
  return String(Math.round(value * 100) / 100);
}

/** Room for the value axis's widest label (digits are about 0.6 em), so 1240000 is not cut off. */
function valueLabelWidth(data: Datum[]): number {
  const widest = Math.max(0, ...data.map((d) => valueText(d.value).length + 1));
  return Math.max(36, Math.ceil(widest * LABEL * 0.6));
}

function valueLabel(position: 'top' | 'right') {
  return { show: true, position, color: INK, fontSize: LABEL, formatter: (p: { value?: unknown }) => valueText(Number(p.value)) };
}

function axisLine() {
  return { axisLine: { lineStyle: { color: RULE } }, axisTick: { lineStyle: { color: RULE } }, splitLine: { lineStyle: { color: GRID_LINE } } };
}

function columnOrLine(spec: ChartSpec, data: Datum[], unit: string, top: number): EChartsOption {
  const line = spec.kind === 'line';
  // Category labels wrap within their slot rather than overlap (乌鲁木齐市 beside 伊犁哈萨克自治州).
  const slot = Math.max(40, Math.floor((LOGICAL_WIDTH - 150) / Math.max(data.length, 1)) - 6);
  return {
    grid: { left: valueLabelWidth(data) + 24, right: 64, top: top + 24, bottom: 72 },
    xAxis: {
      type: 'category',
      name: GROUP_AXIS_NAME[spec.groupBy],
      nameLocation: 'end',
      nameTextStyle: { fontSize: LABEL, verticalAlign: 'top', padding: [30, 0, 0, -20] },
      data: data.map((d) => d.label),
      boundaryGap: !line,
      axisLabel: { interval: 0, width: slot, overflow: 'break', fontSize: LABEL, lineHeight: 22 },
      ...axisLine(),
    },
    yAxis: {
      type: 'value',
      name: valueAxisName(unit),
      nameLocation: 'end',
      nameTextStyle: { fontSize: LABEL, align: 'left', padding: [0, 0, 4, -valueLabelWidth(data)] },
      axisLabel: { fontSize: LABEL, formatter: valueText },
      ...axisLine(),
    },
    series: [
      line
        ? {
            type: 'line',
            data: data.map((d) => d.value),
            color: RED,
            lineStyle: { width: 3 },
            symbol: 'circle',
            symbolSize: 8,
            label: valueLabel('top'),
            labelLayout: { hideOverlap: true },
          }
        : { type: 'bar', data: data.map((d) => d.value), color: BAR, barMaxWidth: 56, label: valueLabel('top') },
    ],
  };
}

/** Many categories (> 8) read better as rows: the first at the top, labels left, values at the bar ends. */
function horizontalBar(spec: ChartSpec, data: Datum[], unit: string, top: number): EChartsOption {
  const longest = Math.max(...data.map((d) => [...d.label].length), 2);
  const labelWidth = Math.min(longest, 10) * LABEL + 8;
  return {
    grid: { left: labelWidth + 24, right: 72, top: top + 16, bottom: 24 },
    xAxis: {
      type: 'value',
      name: valueAxisName(unit),
      nameLocation: 'end',
      nameTextStyle: { fontSize: LABEL, verticalAlign: 'bottom', align: 'right', padding: [0, 0, 8, 0] },
      position: 'top',
      axisLabel: { fontSize: LABEL, formatter: valueText },
      ...axisLine(),
    },
    // The rows name themselves; an axis name would sit under the last one.
    yAxis: {
      type: 'category',
      inverse: true,
      data: data.map((d) => d.label),
      axisLabel: { interval: 0, fontSize: LABEL, width: labelWidth, overflow: 'truncate' },
      ...axisLine(),
    },
    series: [{ type: 'bar', data: data.map((d) => d.value), color: BAR, barMaxWidth: 28, label: valueLabel('right') }],
  };
}

function pieSeries(data: Datum[], unit: string) {
  return {
    type: 'pie' as const,
    radius: ['0%', '58%'],
    center: ['50%', '54%'],
    startAngle: 90,
    data: data.map((d) => ({ name: d.label, value: d.value })),
    label: {
      color: INK,
      fontSize: LABEL,
      lineHeight: 24,
      formatter: (p: { name?: string; value?: unknown; percent?: number }) =>
        `${p.name ?? ''}\n${valueText(Number(p.value))}${unit}（${(p.percent ?? 0).toFixed(2)}%）`,
    },
    labelLine: { length: 16, length2: 20, lineStyle: { color: '#7F7F7F' } },
    itemStyle: { borderColor: '#FFFFFF', borderWidth: 2 },
  };
}
