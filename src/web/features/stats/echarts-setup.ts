// Loaded on demand by EChart.tsx: only the chart kinds and components the dashboard draws, rendered
// as SVG (crisp on phones, small, and its shapes are ordinary DOM elements).
import { BarChart, LineChart, PieChart } from 'echarts/charts';
import { GridComponent, LegendComponent, TooltipComponent } from 'echarts/components';
import * as echarts from 'echarts/core';
import { SVGRenderer } from 'echarts/renderers';

echarts.use([BarChart, LineChart, PieChart, GridComponent, LegendComponent, TooltipComponent, SVGRenderer]);

export { echarts };
