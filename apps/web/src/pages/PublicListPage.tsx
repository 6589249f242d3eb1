import { useState, type FormEvent } from 'react';
import { Link } from 'react-router-dom';
import { api } from '../api/client';
import { useApi } from '../api/use-api';
import { KIND_LABELS } from '../labels';
import { GradeBadge } from '../layout/StateBadge';
import { ErrorNote, Loading } from '../layout/Status';

interface PublicItem {
  id: string;
  kind: string;
  title: string;
  fiscalYear: string;
  departmentName: string;
  revision: number;
  total: { computed?: string; review?: string } | null;
  grade: string | null;
}

export function PublicListPage() {
  const [q, setQ] = useState('');
  const [search, setSearch] = useState('');
  const list = useApi(() => api<{ items: PublicItem[]; total: number }>(`/public/reports?pageSize=50${search ? `&q=${encodeURIComponent(search)}` : ''}`, { anonymous: true }), [search]);
  const submit = (event: FormEvent) => { event.preventDefault(); setSearch(q.trim()); };
  return (
    <section>
      <h1>公开的绩效自评报告</h1>
      <p className="muted">经财政局审核并公开的预算绩效自评结果，无需登录即可查阅和下载。</p>
      <form className="filters" onSubmit={submit} role="search">
        <label className="filter grow">搜索<input name="q" placeholder="项目名称或单位" value={q} onChange={(e) => setQ(e.target.value)} /></label>
        <button type="submit">查询</button>
      </form>
      <ErrorNote error={list.error} />
      {!list.data ? <Loading /> : (
        <table className="list responsive">
          <thead><tr><th>报告</th><th>年度</th><th>总分</th><th>等级</th></tr></thead>
          <tbody>
            {list.data.items.map((item) => (
              <tr key={item.id}>
                <td data-label="报告"><Link to={`/public/${item.id}`} className="report-link">{item.title}</Link>
                  <div className="muted small">{item.departmentName} · {KIND_LABELS[item.kind] ?? item.kind}</div></td>
                <td data-label="年度">{item.fiscalYear}</td>
                <td data-label="总分" className="num">{item.total?.review ?? item.total?.computed ?? '—'}</td>
                <td data-label="等级"><GradeBadge grade={item.grade} /></td>
              </tr>
            ))}
            {list.data.items.length === 0 && <tr><td colSpan={4} className="muted">暂无公开的报告</td></tr>}
          </tbody>
        </table>
      )}
    </section>
  );
}
