import { Input, Select } from 'antd';
import { KIND_LABELS, STATE_LABELS } from '../labels';

interface Props {
  params: URLSearchParams;
  onChange(params: URLSearchParams): void;
}

const YEARS = Array.from({ length: 6 }, (_, i) => String(new Date().getFullYear() - i));

/** The list's search and filters, kept in the address: a filter applies when chosen, the search on 查询 or Enter. */
export function ReportFilters({ params, onChange }: Props) {
  const set = (key: string, value: string) => {
    const next = new URLSearchParams(params);
    if (value) next.set(key, value); else next.delete(key);
    next.delete('page');
    onChange(next);
  };
  const select = (key: string, label: string, options: [string, string][]) => (
    <div className="filter">
      <div className="filter-label">{label}</div>
      <Select aria-label={label} value={params.get(key) ?? ''} onChange={(value: string) => set(key, value)} popupMatchSelectWidth={false}
        options={[{ value: '', label: '全部' }, ...options.map(([value, text]) => ({ value, label: text }))]} />
    </div>
  );
  return (
    <div className="filters" role="search">
      <SearchBox value={params.get('q') ?? ''} onSearch={(q) => set('q', q)} />
      {select('state', '状态', Object.entries(STATE_LABELS))}
      {select('fiscalYear', '年度', YEARS.map((y) => [y, `${y} 年`]))}
      {select('kind', '类型', Object.entries(KIND_LABELS))}
      {select('grade', '等级', ['优', '良', '中', '差'].map((g) => [g, g]))}
      {select('hasErrors', '校验', [['true', '有错误'], ['false', '无错误']])}
    </div>
  );
}

/** 搜索: project name or unit; a new `value` (Back, a link) replaces what was typed. */
export function SearchBox({ value, onSearch }: { value: string; onSearch(q: string): void }) {
  return (
    <div className="filter grow">
      <div className="filter-label">搜索</div>
      <Input.Search key={value} name="q" aria-label="搜索" placeholder="项目名称或单位" defaultValue={value} allowClear enterButton="查询"
        onSearch={(q) => onSearch(q.trim())} />
    </div>
  );
}
