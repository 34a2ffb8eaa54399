import type { Block, ChartSpec, Figure } from '../../contracts/report.contract.js';

/**
 * What the Word machinery is given to write a report: plain data with every figure text in place
 * and every chart already drawn, so neither the writer nor the renderer needs a feature's services.
 */

/** A chart ready to embed: PNG bytes and its pixel size. */
export interface RenderedChart {
  png: Buffer;
  width: number;
  height: number;
}

/** Renders a chart block's data (already queried) to PNG on the server. */
export interface ChartRenderer {
  render(spec: ChartSpec, data: Array<{ label: string; value: number }>, unit: string): Promise<RenderedChart>;
}

/**
 * A figure's question in words, in two parts: where and when it counts (示例县（含所辖单位）；
 * 2025年1月1日至2025年12月31日；仅计审核通过的活动), usually the same for every figure of a report
 * and then said once, and what it counts (活动类型：宣讲/报告会；指标：场次（场次）).
 */
export interface FigureSourceText {
  scope: string;
  detail: string;
}

/** Everything the .docx writer needs, resolved: figure texts in place, charts rendered. */
export interface RenderableReport {
  title: string;
  blocks: Block[];
  figures: Figure[];
  /** Chart PNGs by block id (absent when charts are off or a chart has no data). */
  charts: Map<string, RenderedChart>;
  appendix: boolean;
  /** Chinese description of each figure's question for the appendix (单位、时间、口径、指标). */
  describeFigure(figure: Figure): FigureSourceText;
  /**
   * Where the report comes from: with it, the .docx carries a stamp (report, version, period and
   * each figure with its context) that 材料体检 of the file reads back. `report` and `version` are
   * null for a draft that was never stored.
   */
  source?: { report: number | null; version: number | null; from: string; to: string };
}

/** Writes a report as a GB/T 9704-2012 (党政机关公文格式) .docx. */
export interface ReportDocxWriter {
  write(report: RenderableReport): Promise<Buffer>;
}
