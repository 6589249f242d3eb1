import { Segmented } from 'antd';
import { BarChart } from '../charts/BarChart';
import { useState } from 'react';
import type { RegionFigures } from '../api/types';
import { numberOf } from './format';

const MEASURES = {
  average: { label: '平均计算总分', of: (r: RegionFigures) => numberOf(r.averageComputedTotal), unit: '分' },
  rate: { label: '预算执行率', of: (r: RegionFigures) => numberOf(r.funds.executionRate), unit: '%' },
} as const;
type Measure = keyof typeof MEASURES;

/** The subordinate regions side by side; a bar, like its table row, drills down. */
export function RegionChart({ regions, onOpen }: { regions: RegionFigures[]; onOpen(region: RegionFigures): void }) {
  const [measure, setMeasure] = useState<Measure>('average');
  const { label, of, unit } = MEASURES[measure];
  const crowded = regions.length > 8;
  const option = {
    tooltip: { trigger: 'axis', axisPointer: { type: 'shadow' }, valueFormatter: (v: number | null) => (v === null ? '—' : `${v.toFixed(2)}${unit}`) },
    grid: { left: 8, right: 16, top: 32, bottom: 8, containLabel: true },
    xAxis: { type: 'category', data: regions.map((r) => r.regionName), axisLabel: { interval: 0, rotate: crowded ? 30 : 0 } },
    yAxis: { type: 'value', name: `${label}（${unit}）`, nameTextStyle: { align: 'left' }, max: measure === 'average' ? 100 : undefined },
    series: [{
      name: label, type: 'bar', barMaxWidth: 48, itemStyle: { color: '#1677ff' },
      label: { show: !crowded, position: 'top', formatter: ({ value }: { value: number | null }) => (value === null ? '' : `${value.toFixed(2)}${unit === '%' ? '%' : ''}`) },
      data: regions.map(of),
    }],
  };
  return (
    <div className="region-chart" data-testid="region-chart">
      <Segmented<Measure> size="small" value={measure} onChange={setMeasure}
        options={Object.entries(MEASURES).map(([value, m]) => ({ value: value as Measure, label: m.label }))} />
      <BarChart option={option} notMerge style={{ height: crowded ? 320 : 260 }}
        onEvents={{ click: ({ dataIndex }: { dataIndex: number }) => onOpen(regions[dataIndex]) }} />
    </div>
  );
}
