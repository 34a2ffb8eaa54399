import type { Block, ChartSpec, FigureQuery } from '../../../contracts/report.contract.js';
import type { ChartAnswer } from './report.types.js';

/**
 * How the answers a body keeps are bound to their questions. A figure's value and a chart's points
 * are the server's: set when the question is first asked (draft, a new or re-asked one in an edit)
 * and by a refresh, never taken from the client, so text and charts come from the same moment.
 */

/** Asks a chart's question of the statistics now (as the caller, so scope holds). */
export type AskChart = (spec: ChartSpec) => Promise<ChartAnswer>;

/** Questions (figure queries, chart specs) compared by content, whatever the key order they arrived in. */
export function sameQuestion<Q extends FigureQuery | ChartSpec>(a: Q, b: Q): boolean {
  const canonical = (q: Q) =>
    JSON.stringify(
      Object.entries(q)
        .filter(([, v]) => v !== undefined)
        .sort(([x], [y]) => x.localeCompare(y)),
    );
  return canonical(a) === canonical(b);
}

/** A block without a chart answer: only the server writes one, never the client. */
function withoutChartData(block: Block): Block {
  const copy = { ...block };
  delete copy.chartData;
  return copy;
}

const isChart = (block: Block): block is Block & { chart: ChartSpec } => block.type === 'chart' && block.chart !== undefined;

/** Every chart block answered now (draft, refresh); other blocks carry no chart answer. */
export async function answerCharts(blocks: Block[], ask: AskChart, now: string): Promise<Block[]> {
  const answered: Block[] = [];
  for (const block of blocks.map(withoutChartData)) {
    answered.push(isChart(block) ? { ...block, chartData: { ...(await ask(block.chart)), refreshedAt: now } } : block);
  }
  return answered;
}

/**
 * Chart answers for an edited body, as figures are bound: a chart whose question is unchanged
 * keeps what is stored (nothing, for a report stored before charts were kept, until its next
 * refresh); a new or re-asked one is answered now. What the client sent is never kept.
 */
export async function bindCharts(stored: Block[], incoming: Block[], ask: AskChart, now: string): Promise<Block[]> {
  const before = new Map(stored.map((b) => [b.id, b]));
  const bound: Block[] = [];
  for (const block of incoming.map(withoutChartData)) {
    const old = before.get(block.id);
    if (!isChart(block)) bound.push(block);
    else if (old?.chart && sameQuestion(old.chart, block.chart)) bound.push(old.chartData ? { ...block, chartData: old.chartData } : block);
    else bound.push({ ...block, chartData: { ...(await ask(block.chart)), refreshedAt: now } });
  }
  return bound;
}
