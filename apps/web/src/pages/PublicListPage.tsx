import { useState, type FormEvent } from 'react';
import { Link } from 'react-router-dom';
import { api } from '../api/client';
import { useApi } from '../api/use-api';
import { KIND_LABELS } from '../labels';
import { GradeBadge } from '../layout/StateBadge';
import { ErrorNote } from '../layout/Status';
import { Table } from 'antd';

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
      <Table<PublicItem> className="list public-list" rowKey="id" loading={!list.data && !list.error} dataSource={list.data?.items ?? []}
        pagination={false} locale={{ emptyText: '暂无公开的报告' }}
        columns={[
          { title: '报告', key: 'title', render: (_, item) => (
            <><Link to={`/public/${item.id}`} className="report-link">{item.title}</Link>
              <div className="muted small">{item.departmentName} · {KIND_LABELS[item.kind] ?? ''}</div>
              <div className="show-narrow small">{item.fiscalYear} 年度 · 计算总分 {item.total?.computed ?? '—'} · 等级 {item.grade ?? '—'}</div></>
          ) },
          // At phone width the title takes the row; year, total and grade move under it (as on the report list).
          { title: '年度', dataIndex: 'fiscalYear', width: 70, responsive: ['sm'] },
          { title: '计算总分', key: 'total', align: 'right', width: 90, responsive: ['sm'], render: (_, item) => item.total?.computed ?? '—' },
          { title: '等级（按计算总分）', dataIndex: 'grade', align: 'center', width: 130, responsive: ['sm'], render: (grade) => <GradeBadge grade={grade} /> },
        ]} />
    </section>
  );
}
