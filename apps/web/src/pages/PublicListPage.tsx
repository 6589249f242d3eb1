import { Link, useSearchParams } from 'react-router-dom';
import { api } from '../api/client';
import { useApi } from '../api/use-api';
import { KIND_LABELS } from '../labels';
import { GradeBadge } from '../layout/StateBadge';
import { ErrorNote } from '../layout/Status';
import { Table } from 'antd';
import { SearchBox } from './ReportFilters';

const PAGE_SIZE = 20;

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
  const [params, setParams] = useSearchParams();
  const search = params.get('q') ?? '';
  const page = Math.max(1, Math.floor(Number(params.get('page'))) || 1);
  const query = new URLSearchParams({ page: String(page), pageSize: String(PAGE_SIZE), ...(search ? { q: search } : {}) });
  const list = useApi(() => api<{ items: PublicItem[]; total: number }>(`/public/reports?${query}`, { anonymous: true }), [query.toString()]);
  const goTo = (next: { q?: string; page?: number }) => {
    const q = next.q ?? search;
    setParams({ ...(q ? { q } : {}), ...(next.page && next.page > 1 ? { page: String(next.page) } : {}) });
  };
  return (
    <section>
      <h1>公开的绩效自评报告</h1>
      <p className="muted">经财政局审核并公开的预算绩效自评结果，无需登录即可查阅和下载。</p>
      <div className="filters" role="search">
        <SearchBox value={search} onSearch={(q) => goTo({ q })} />
      </div>
      <ErrorNote error={list.error} />
      <Table<PublicItem> className="list public-list" rowKey="id" loading={!list.data && !list.error} dataSource={list.data?.items ?? []}
        pagination={{ current: page, pageSize: PAGE_SIZE, total: list.data?.total ?? 0, onChange: (next) => goTo({ page: next }),
          showTotal: (total) => `共 ${total} 份`, showSizeChanger: false }} locale={{ emptyText: '暂无公开的报告' }}
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
