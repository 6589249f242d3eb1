import Decimal from 'decimal.js';
import { Table } from 'antd';
import { STATE_LABELS } from '../labels';

const KEY_LABELS: Record<string, string> = {
  count: '报告数', reports: '报告数', total: '报告数', reportCount: '报告数',
  averageTotal: '平均分', averageScore: '平均分', average: '平均分', meanTotal: '平均分',
  averageExecutionRate: '平均执行率', executionRate: '执行率', errorFlags: '错误数',
  withErrors: '有错误的报告', byState: '', states: '', byGrade: '等级', grades: '等级',
  averageComputedTotal: '平均计算总分', withErrorFlags: '有错误的报告', funds: '', annualBudget: '全年预算数（万元）',
  executed: '执行数（万元）', departmentName: '单位', fiscalYear: '年度', min: '最低分', max: '最高分',
  minTotal: '最低分', maxTotal: '最高分', ...STATE_LABELS,
};

const readable = (value: unknown) => (value === null ? '—' : /^\d+\.\d{3,}$/.test(String(value)) ? new Decimal(String(value)).toFixed(2) : String(value));
const label = (key: string) => KEY_LABELS[key] ?? key;

/** Figures of GET /api/stats, read leniently: scalar fields become figures, nested ones are flattened. */
export function flatten(value: unknown, prefix = ''): [string, string][] {
  if (value === null || value === undefined) return [];
  if (typeof value !== 'object') return [[prefix || '数值', String(value)]];
  if (Array.isArray(value)) return [];
  return Object.entries(value).filter(([key]) => key !== 'department').flatMap(([key, inner]) => {
    const name = [prefix, label(key)].filter(Boolean).join(' · ');
    return typeof inner === 'object' && inner !== null ? flatten(inner, name) : [[name, readable(inner)] as [string, string]];
  });
}

function rowsOf(stats: Record<string, unknown>): Record<string, unknown>[] {
  const list = stats.departments ?? stats.byDepartment ?? stats.perDepartment;
  return Array.isArray(list) ? list : [];
}

interface DepartmentRow {
  department: string;
  departmentName: string;
  reports: number;
  byState?: Record<string, number>;
  averageComputedTotal: string | null;
  grades?: Record<string, number>;
  withErrorFlags?: number;
  funds?: { annualBudget: string | null; executed: string | null; executionRate: string | null };
}

const amount = (value: string | null | undefined) => (value ? new Decimal(value).toFixed(2) : '—');
const count = (value: number | undefined) => (value ? String(value) : '—');

/** Per department: counts by state and grade, the average 计算总分 (the same total the lists show) and the funds. */
export function StatsView({ stats }: { stats: Record<string, unknown> }) {
  const overall = flatten(stats.overall ?? stats.all ?? Object.fromEntries(Object.entries(stats).filter(([, v]) => !Array.isArray(v))));
  const rows = rowsOf(stats) as unknown as DepartmentRow[];
  const states = Object.keys(STATE_LABELS);
  return (
    <>
      <h2>全部单位</h2>
      <div className="figures">
        {overall.map(([name, value]) => (
          <div className="figure" key={name}><div className="figure-value">{value}</div><div className="figure-label">{name}</div></div>
        ))}
      </div>
      {rows.length > 0 && (
        <>
          <h2>按单位</h2>
          <p className="muted small">平均分为各报告计算总分的平均（与报告列表、公开报告所示总分相同）；金额单位万元。</p>
          <Table<DepartmentRow> className="stats-table" size="small" bordered pagination={false} rowKey="department" dataSource={rows}
            scroll={{ x: 'max-content' }} tableLayout="auto"
            columns={[
              { title: '单位', dataIndex: 'departmentName', fixed: 'left', width: 180 },
              { title: '报告数', dataIndex: 'reports', align: 'right' },
              { title: '各状态报告数', children: states.map((state) => ({
                title: STATE_LABELS[state as keyof typeof STATE_LABELS].replace(/待.*$/, ''), key: state, align: 'right' as const,
                render: (_: unknown, row: DepartmentRow) => count(row.byState?.[state]),
              })) },
              { title: '平均计算总分', dataIndex: 'averageComputedTotal', align: 'right', render: (v: string | null) => v ?? '—' },
              { title: '等级分布', children: ['优', '良', '中', '差'].map((grade) => ({
                title: grade, key: grade, align: 'right' as const, render: (_: unknown, row: DepartmentRow) => count(row.grades?.[grade]),
              })) },
              { title: '有错误', dataIndex: 'withErrorFlags', align: 'right', render: (v?: number) => count(v) },
              { title: '全年预算数', key: 'budget', align: 'right', render: (_, row) => amount(row.funds?.annualBudget) },
              { title: '执行数', key: 'executed', align: 'right', render: (_, row) => amount(row.funds?.executed) },
              { title: '执行率', key: 'rate', align: 'right', render: (_, row) => row.funds?.executionRate ?? '—' },
            ]} />
        </>
      )}
    </>
  );
}
