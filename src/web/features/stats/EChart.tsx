import { Skeleton } from 'antd';
import type { BarSeriesOption, LineSeriesOption, PieSeriesOption } from 'echarts/charts';
import type { GridComponentOption, LegendComponentOption, TooltipComponentOption } from 'echarts/components';
import type { ComposeOption, ECElementEvent, EChartsType } from 'echarts/core';
import { useEffect, useRef, useState } from 'react';
import { loadECharts } from './load-echarts.js';

/** The options our charts may use: exactly what echarts-setup.ts registers. */
export type ChartOption = ComposeOption<
  BarSeriesOption | LineSeriesOption | PieSeriesOption | GridComponentOption | LegendComponentOption | TooltipComponentOption
>;

/** Which bar, point or slice was clicked. */
export interface ChartItemClick {
  seriesIndex: number;
  dataIndex: number;
}

interface EChartProps {
  option: ChartOption;
  height: number;
  onItemClick?: (item: ChartItemClick) => void;
  /** Read by screen readers; the chart's own shapes say nothing useful. */
  ariaLabel: string;
  testId?: string;
}

/**
 * One ECharts chart. The library (with only the parts echarts-setup registers) loads when the first
 * chart mounts; the chart follows its container's width and is disposed with the component.
 */
export function EChart({ option, height, onItemClick, ariaLabel, testId }: EChartProps) {
  const container = useRef<HTMLDivElement>(null);
  const [chart, setChart] = useState<EChartsType>();
  const [failed, setFailed] = useState(false);
  // The handler changes on every render; the listener registered once reads the latest.
  const clickRef = useRef(onItemClick);
  useEffect(() => {
    clickRef.current = onItemClick;
  }, [onItemClick]);

  useEffect(() => {
    let instance: EChartsType | undefined;
    let observer: ResizeObserver | undefined;
    let disposed = false;
    loadECharts().then(
      ({ echarts }) => {
        const element = container.current;
        if (disposed || !element) return;
        instance = echarts.init(element, undefined, { renderer: 'svg', locale: 'ZH' });
        instance.on('click', (event: ECElementEvent) => {
          if (event.seriesIndex !== undefined) clickRef.current?.({ seriesIndex: event.seriesIndex, dataIndex: event.dataIndex });
        });
        const resizing = instance;
        observer = new ResizeObserver(() => resizing.resize());
        observer.observe(element);
        setChart(instance);
      },
      (error: unknown) => {
        console.error(error);
        if (!disposed) setFailed(true);
      },
    );
    return () => {
      disposed = true;
      observer?.disconnect();
      instance?.dispose();
    };
  }, []);

  useEffect(() => {
    // A new question replaces the chart rather than merging into the old series; bars do not grow
    // for readers who asked their system for less motion.
    const animation = !window.matchMedia('(prefers-reduced-motion: reduce)').matches;
    chart?.setOption({ animation, ...option }, { notMerge: true });
  }, [chart, option]);

  return (
    <div style={{ position: 'relative', height }}>
      <div ref={container} role="img" aria-label={ariaLabel} data-testid={testId} style={{ width: '100%', height }} />
      {!chart && (
        <div style={{ position: 'absolute', inset: 0, background: '#fff' }}>
          {failed ? (
            <div style={{ padding: 24, color: 'rgba(0,0,0,0.45)' }}>图表加载失败，请刷新页面或查看数据表</div>
          ) : (
            <Skeleton active paragraph={{ rows: 4 }} />
          )}
        </div>
      )}
    </div>
  );
}
