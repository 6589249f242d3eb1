import { useState, type FormEvent } from 'react';
import { KIND_LABELS, STATE_LABELS } from '../labels';

interface Props {
  params: URLSearchParams;
  onChange(params: URLSearchParams): void;
}

const YEARS = Array.from({ length: 6 }, (_, i) => String(new Date().getFullYear() - i));

export function ReportFilters({ params, onChange }: Props) {
  const [q, setQ] = useState(params.get('q') ?? '');
  const set = (key: string, value: string) => {
    const next = new URLSearchParams(params);
    if (value) next.set(key, value); else next.delete(key);
    next.delete('page');
    onChange(next);
  };
  const search = (event: FormEvent) => { event.preventDefault(); set('q', q.trim()); };
  const select = (key: string, label: string, options: [string, string][]) => (
    <label className="filter">{label}
      <select name={key} value={params.get(key) ?? ''} onChange={(e) => set(key, e.target.value)}>
        <option value="">全部</option>
        {options.map(([value, text]) => <option key={value} value={value}>{text}</option>)}
      </select>
    </label>
  );
  return (
    <form className="filters" onSubmit={search} role="search">
      <label className="filter grow">搜索<input name="q" placeholder="项目名称或单位" value={q} onChange={(e) => setQ(e.target.value)} /></label>
      {select('state', '状态', Object.entries(STATE_LABELS))}
      {select('fiscalYear', '年度', YEARS.map((y) => [y, `${y} 年`]))}
      {select('kind', '类型', Object.entries(KIND_LABELS))}
      {select('grade', '等级', ['优', '良', '中', '差'].map((g) => [g, g]))}
      {select('hasErrors', '校验', [['true', '有错误'], ['false', '无错误']])}
      <button type="submit">查询</button>
    </form>
  );
}
