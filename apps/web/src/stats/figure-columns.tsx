import type { ColumnsType } from 'antd/es/table';
import type { Figures } from '../api/types';
import { STATE_LABELS } from '../labels';
import { amount, count } from './format';

const STATES = Object.keys(STATE_LABELS) as (keyof typeof STATE_LABELS)[];
const GRADES = ['优', '良', '中', '差'];

/** The figures' columns, the same for a region's row and a department's: counts, average total, funds. */
export function figureColumns<Row extends Figures>(): ColumnsType<Row> {
  return [
    { title: '报告数', dataIndex: 'reports', align: 'right', render: (v: number) => v.toLocaleString('zh-CN') },
    { title: '各状态报告数', children: STATES.map((state) => ({
      title: STATE_LABELS[state].replace(/待.*$/, ''), key: state, align: 'right' as const,
      render: (_: unknown, row: Row) => count(row.byState[state]),
    })) },
    { title: '平均计算总分', dataIndex: 'averageComputedTotal', align: 'right', render: (v: string | null) => v ?? '—' },
    { title: '等级分布', children: GRADES.map((grade) => ({
      title: grade, key: grade, align: 'right' as const, render: (_: unknown, row: Row) => count(row.grades[grade]),
    })) },
    { title: '有错误', dataIndex: 'withErrorFlags', align: 'right', render: (v: number) => count(v) },
    { title: '全年预算数', key: 'budget', align: 'right', render: (_, row) => amount(row.funds.annualBudget) },
    { title: '执行数', key: 'executed', align: 'right', render: (_, row) => amount(row.funds.executed) },
    { title: '执行率', key: 'rate', align: 'right', render: (_, row) => row.funds.executionRate ?? '—' },
  ];
}
