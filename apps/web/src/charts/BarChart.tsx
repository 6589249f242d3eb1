import { BarChart as Bars } from 'echarts/charts';
import { GridComponent, LegendComponent, TooltipComponent } from 'echarts/components';
import * as echarts from 'echarts/core';
import { CanvasRenderer } from 'echarts/renderers';
import ReactEChartsCore from 'echarts-for-react/esm/core';
import type { EChartsReactProps } from 'echarts-for-react/esm/types';

// Only what Jixiao's bar charts draw: the whole of ECharts is three times the size.
echarts.use([Bars, GridComponent, LegendComponent, TooltipComponent, CanvasRenderer]);

/** ECharts' React wrapper on that build. */
export function BarChart(props: Omit<EChartsReactProps, 'echarts'>) {
  return <ReactEChartsCore echarts={echarts} {...props} />;
}
