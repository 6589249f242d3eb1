import { BarChart } from '../charts/BarChart';
import { TASK_STATE_LABELS, type DepartmentProgress, type TaskState } from './types';

const COLORS: Record<TaskState, string> = {
  not_started: '#bfbfbf', drafting: '#1677ff', returned: '#cf1322', sent_back: '#fa8c16',
  awaiting_sign_off: '#d4b106', awaiting_review: '#722ed1', reviewed: '#13c2c2', published: '#52c41a',
};

/** Tasks by state per department, stacked. */
export function ProgressChart({ departments }: { departments: DepartmentProgress[] }) {
  const states = Object.keys(TASK_STATE_LABELS) as TaskState[];
  const option = {
    tooltip: { trigger: 'axis', axisPointer: { type: 'shadow' } },
    legend: { type: 'scroll', top: 0 },
    grid: { left: 8, right: 16, top: 40, bottom: 8, containLabel: true },
    xAxis: { type: 'value', minInterval: 1 },
    yAxis: { type: 'category', data: departments.map((d) => d.departmentName), axisLabel: { width: 140, overflow: 'truncate' } },
    series: states.map((state) => ({
      name: TASK_STATE_LABELS[state], type: 'bar', stack: 'tasks', itemStyle: { color: COLORS[state] },
      data: departments.map((d) => d.byState[state] || null),
    })),
  };
  return <BarChart option={option} style={{ height: Math.max(180, 60 + departments.length * 48) }} notMerge data-testid="progress-chart" />;
}
