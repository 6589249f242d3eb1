import { Link, useSearchParams } from 'react-router-dom';
import { api } from '../api/client';
import type { ReportListItem } from '../api/types';
import { useApi } from '../api/use-api';
import { KIND_LABELS, formatTime } from '../labels';
import { GradeBadge, StateBadge } from '../layout/StateBadge';
import { ErrorNote, Loading } from '../layout/Status';
import { useSession } from '../session/session';
import { ReportFilters } from './ReportFilters';

const PAGE_SIZE = 20;

export function ReportListPage() {
  const [params, setParams] = useSearchParams();
  const { session } = useSession();
  const page = Number(params.get('page') ?? '1');
  const query = new URLSearchParams(params);
  query.set('pageSize', String(PAGE_SIZE));
  const list = useApi(() => api<{ items: ReportListItem[]; total: number }>(`/reports?${query}`), [query.toString()]);
  const goTo = (next: number) => { const p = new URLSearchParams(params); p.set('page', String(next)); setParams(p); };
  const pages = Math.max(1, Math.ceil((list.data?.total ?? 0) / PAGE_SIZE));

  return (
    <section>
      <div className="title-row">
        <h1>绩效自评报告</h1>
        {session?.user.role === 'preparer' && <Link className="button primary" to="/reports/import">导入报告</Link>}
      </div>
      <ReportFilters params={params} onChange={setParams} />
      <ErrorNote error={list.error} />
      {list.loading && !list.data ? <Loading /> : (
        <>
          <p className="muted">共 {list.data?.total ?? 0} 份</p>
          <table className="list responsive">
            <thead><tr><th>报告</th><th>年度</th><th>状态</th><th>计算总分</th><th>等级</th><th>错误</th><th>更新时间</th></tr></thead>
            <tbody>
              {list.data?.items.map((item) => <Row key={item.id} item={item} />)}
              {list.data?.items.length === 0 && <tr><td colSpan={7} className="muted">没有符合条件的报告</td></tr>}
            </tbody>
          </table>
          {pages > 1 && (
            <div className="pager">
              <button disabled={page <= 1} onClick={() => goTo(page - 1)}>上一页</button>
              <span>第 {page} / {pages} 页</span>
              <button disabled={page >= pages} onClick={() => goTo(page + 1)}>下一页</button>
            </div>
          )}
        </>
      )}
    </section>
  );
}

function Row({ item }: { item: ReportListItem }) {
  const computed = typeof item.total === 'object' && item.total ? item.total.computed : item.total;
  return (
    <tr>
      <td data-label="报告">
        <Link to={`/reports/${item.id}`} className="report-link">{item.title}</Link>
        <div className="muted small">{item.departmentName} · {KIND_LABELS[item.kind] ?? item.kind}{item.revision > 1 ? ` · 第 ${item.revision} 次修订` : ''}</div>
      </td>
      <td data-label="年度">{item.fiscalYear}</td>
      <td data-label="状态"><StateBadge state={item.state} /></td>
      <td data-label="计算总分" className="num">{computed ?? '—'}</td>
      <td data-label="等级"><GradeBadge grade={item.grade} /></td>
      <td data-label="错误" className="num">{item.errorFlags ? <span className="flag-count">{item.errorFlags}</span> : '—'}</td>
      <td data-label="更新时间" className="small">{item.updatedAt ? formatTime(item.updatedAt) : ''}</td>
    </tr>
  );
}
