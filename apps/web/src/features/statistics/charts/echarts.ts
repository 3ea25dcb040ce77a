// The part of Apache ECharts the statistics use, registered once: bar, line and pie charts with grid, tooltip,
// legend and the SVG renderer (crisp when printed, and the chart's text is in the DOM). Loaded on demand by
// Chart.tsx, so neither the main bundle nor the statistics page waits for it.
import * as echarts from 'echarts/core';
import { BarChart, LineChart, PieChart } from 'echarts/charts';
import { GridComponent, LegendComponent, MarkLineComponent, TooltipComponent } from 'echarts/components';
import { SVGRenderer } from 'echarts/renderers';

echarts.use([
  BarChart,
  LineChart,
  PieChart,
  GridComponent,
  LegendComponent,
  MarkLineComponent,
  TooltipComponent,
  SVGRenderer,
]);

export { echarts };
