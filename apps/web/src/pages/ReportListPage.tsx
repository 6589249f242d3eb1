import { Button, Table } from 'antd';
import { Link, useSearchParams } from 'react-router-dom';
import { api } from '../api/client';
import type { ReportListItem } from '../api/types';
import { useApi } from '../api/use-api';
import { KIND_LABELS, formatTime } from '../labels';
import { GradeBadge, StateBadge } from '../layout/StateBadge';
import { ErrorNote } from '../layout/Status';
import { useSession } from '../session/session';
import { NewReportButton } from './NewReport';
import { ReportFilters } from './ReportFilters';

const PAGE_SIZE = 20;

export const computedTotalOf = (item: { total: ReportListItem['total'] }) =>
  (typeof item.total === 'object' && item.total ? item.total.computed : item.total) ?? null;

export function ReportListPage() {
  const [params, setParams] = useSearchParams();
  const { session } = useSession();
  const page = Number(params.get('page') ?? '1');
  const query = new URLSearchParams(params);
  query.set('pageSize', String(PAGE_SIZE));
  const list = useApi(() => api<{ items: ReportListItem[]; total: number; totalCapped?: boolean }>(`/reports?${query}`), [query.toString()]);
  const goTo = (next: number) => { const p = new URLSearchParams(params); p.set('page', String(next)); setParams(p); };
  const isPreparer = session?.user.role === 'preparer';

  return (
    <section>
      <div className="title-row">
        <h1>绩效自评报告</h1>
        {isPreparer && (
          <div className="title-actions">
            <NewReportButton />
            <Link to="/reports/import"><Button>导入报告</Button></Link>
          </div>
        )}
      </div>
      <ReportFilters params={params} onChange={setParams} />
      <ErrorNote error={list.error} />
      <Table<ReportListItem> className="list report-list" rowKey="id" size="middle" loading={list.loading && !list.data}
        dataSource={list.data?.items ?? []} locale={{ emptyText: '没有符合条件的报告' }}
        pagination={{ current: page, pageSize: PAGE_SIZE, total: list.data?.total ?? 0, onChange: goTo, showTotal: (total) => (list.data?.totalCapped ? `共 ${total}+ 份，请缩小搜索范围` : `共 ${total} 份`), hideOnSinglePage: false, showSizeChanger: false }}
        columns={[
          { title: '报告', key: 'title', render: (_, item) => (
            <>
              <Link to={`/reports/${item.id}`} className="report-link">{item.title}</Link>
              <div className="muted small">{item.departmentName} · {KIND_LABELS[item.kind] ?? ''}{item.revision > 1 ? ` · 第 ${item.revision} 次修订` : ''}</div>
              <div className="show-narrow small">计算总分 {computedTotalOf(item) ?? '—'} · 等级 {item.grade ?? '—'}</div>
            </>
          ) },
          { title: '年度', dataIndex: 'fiscalYear', width: 70, responsive: ['sm'] },
          { title: '状态', key: 'state', width: 120, render: (_, item) => <StateBadge state={item.state} returned={item.returned} /> },
          { title: '计算总分', key: 'total', align: 'right', width: 90, responsive: ['sm'], render: (_, item) => computedTotalOf(item) ?? '—' },
          { title: <span>等级<span className="hide-narrow">（按计算总分）</span></span>, dataIndex: 'grade', align: 'center', width: 130, responsive: ['sm'], render: (grade) => <GradeBadge grade={grade} /> },
          { title: '错误', dataIndex: 'errorFlags', align: 'right', width: 60, responsive: ['md'], render: (n?: number) => (n ? <span className="flag-count">{n}</span> : '—') },
          { title: '更新时间', dataIndex: 'updatedAt', width: 140, responsive: ['md'], render: (at?: string) => <span className="small nowrap">{at ? formatTime(at) : ''}</span> },
        ]} />
    </section>
  );
}
