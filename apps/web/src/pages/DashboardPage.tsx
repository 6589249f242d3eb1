import { Breadcrumb, Select } from 'antd';
import { useSearchParams } from 'react-router-dom';
import { api } from '../api/client';
import type { Statistics } from '../api/types';
import { useApi } from '../api/use-api';
import { ErrorNote, Loading } from '../layout/Status';
import { StatsView } from './StatsView';

const YEAR_OPTIONS = [
  { value: '', label: '全部年度' },
  ...Array.from({ length: 6 }, (_, i) => String(new Date().getFullYear() - i)).map((year) => ({ value: year, label: `${year} 年` })),
];
const PAGE_SIZE = '50';

/**
 * Statistics from the account's own region (or all regions) down through the regions the user opens. The year, the
 * region and the page are the address's (`?fiscalYear=&region=&page=&pageSize=`): Back returns to the level above, and
 * a link opens the same figures.
 */
export function DashboardPage() {
  const [params, setParams] = useSearchParams();
  const fiscalYear = params.get('fiscalYear') ?? '';
  const region = params.get('region') ?? '';
  const query = new URLSearchParams({
    ...(fiscalYear ? { fiscalYear } : {}), ...(region ? { region } : {}),
    page: params.get('page') ?? '1', pageSize: params.get('pageSize') ?? PAGE_SIZE,
  }).toString();
  const stats = useApi(() => api<Statistics>(`/stats?${query}`), [query]);
  /** Another selection starts at the first page of departments; the page size is kept. */
  const select = (changes: { fiscalYear?: string; region?: string }) => {
    const next = { fiscalYear, region, ...changes };
    setParams(new URLSearchParams({
      ...(next.fiscalYear ? { fiscalYear: next.fiscalYear } : {}), ...(next.region ? { region: next.region } : {}),
      ...(params.get('pageSize') ? { pageSize: params.get('pageSize')! } : {}),
    }));
  };
  const trail = stats.data?.trail ?? [];
  const home = stats.data ? stats.data.home?.name ?? '全部区划' : '…';
  return (
    <section>
      <div className="title-row">
        <h1>统计</h1>
        <label className="filter">年度
          <Select aria-label="年度" style={{ width: 140 }} value={fiscalYear} options={YEAR_OPTIONS} onChange={(year) => select({ fiscalYear: year })} />
        </label>
      </div>
      <div className="region-trail">
        <span className="muted">统计范围：</span>
        <Breadcrumb data-testid="region-trail" items={[
          { title: trail.length ? <a onClick={() => select({ region: '' })}>{home}</a> : home },
          ...trail.map((place, i) => ({ title: i < trail.length - 1 ? <a onClick={() => select({ region: place.code })}>{place.name}</a> : place.name })),
        ]} />
      </div>
      {stats.loading && !stats.data && !stats.error ? <Loading /> : stats.error ? <ErrorNote error={stats.error} /> : stats.data && (
        <StatsView stats={stats.data} loading={stats.loading}
          onOpenRegion={(r) => select({ region: r.region })}
          onPage={(page, pageSize) => {
            const samePageSize = String(pageSize) === (params.get('pageSize') ?? PAGE_SIZE);
            setParams(new URLSearchParams({ ...Object.fromEntries(params), page: String(samePageSize ? page : 1), pageSize: String(pageSize) }));
          }} />
      )}
    </section>
  );
}
