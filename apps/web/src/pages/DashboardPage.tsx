import { useState } from 'react';
import { ApiError, api } from '../api/client';
import { useApi } from '../api/use-api';
import { ErrorNote, Loading } from '../layout/Status';
import { StateCounts } from './StateCounts';
import { StatsView } from './StatsView';

const YEARS = Array.from({ length: 6 }, (_, i) => String(new Date().getFullYear() - i));

export function DashboardPage() {
  const [fiscalYear, setFiscalYear] = useState('');
  const stats = useApi(() => api<Record<string, unknown>>(`/stats${fiscalYear ? `?fiscalYear=${fiscalYear}` : ''}`), [fiscalYear]);
  const missing = stats.error instanceof ApiError && stats.error.problem.status === 404;
  return (
    <section>
      <div className="title-row">
        <h1>统计</h1>
        <label className="filter">年度
          <select name="fiscalYear" value={fiscalYear} onChange={(e) => setFiscalYear(e.target.value)}>
            <option value="">全部年度</option>
            {YEARS.map((y) => <option key={y} value={y}>{y} 年</option>)}
          </select>
        </label>
      </div>
      {stats.loading && !stats.data && !stats.error ? <Loading /> : missing ? (
        <>
          <p className="notice">统计服务暂未开放，以下为按状态的报告数量。</p>
          <StateCounts fiscalYear={fiscalYear} />
        </>
      ) : stats.error ? <ErrorNote error={stats.error} /> : stats.data && <StatsView stats={stats.data} />}
    </section>
  );
}
