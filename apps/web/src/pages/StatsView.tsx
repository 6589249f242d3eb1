import Decimal from 'decimal.js';
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

export function StatsView({ stats }: { stats: Record<string, unknown> }) {
  const overall = flatten(stats.overall ?? stats.all ?? Object.fromEntries(Object.entries(stats).filter(([, v]) => !Array.isArray(v))));
  const rows = rowsOf(stats).map((row) => flatten(row));
  const columns = [...new Set(rows.flatMap((row) => row.map(([name]) => name)))];
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
          <div className="scroll-x">
            <table className="list stats-table">
              <thead><tr>{columns.map((c) => <th key={c}>{c}</th>)}</tr></thead>
              <tbody>
                {rows.map((row, i) => {
                  const cells = Object.fromEntries(row);
                  return <tr key={i}>{columns.map((c) => <td key={c}>{cells[c] ?? '—'}</td>)}</tr>;
                })}
              </tbody>
            </table>
          </div>
        </>
      )}
    </>
  );
}
