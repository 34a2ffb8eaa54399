import type * as EChartsSetup from './echarts-setup.js';

type EChartsModule = typeof EChartsSetup;

let pending: Promise<EChartsModule> | undefined;

/**
 * Loads ECharts once. The dashboard calls this as it mounts, so the library downloads while the
 * figures are being fetched instead of after them.
 */
export function loadECharts(): Promise<EChartsModule> {
  pending ??= import('./echarts-setup.js').catch((error: unknown) => {
    // A failed download (network hiccup) may be retried by the next chart.
    pending = undefined;
    throw error;
  });
  return pending;
}
