import { Breadcrumb, Select } from 'antd';
import { useState } from 'react';
import { api } from '../api/client';
import type { Statistics } from '../api/types';
import { useApi } from '../api/use-api';
import { ErrorNote, Loading } from '../layout/Status';
import { StatsView } from './StatsView';

const YEAR_OPTIONS = [
  { value: '', label: '全部年度' },
  ...Array.from({ length: 6 }, (_, i) => String(new Date().getFullYear() - i)).map((year) => ({ value: year, label: `${year} 年` })),
];

interface Place {
  code: string;
  name: string;
}

/** Statistics from the account's own region (or all regions) down through the regions the user opens. */
export function DashboardPage() {
  const [fiscalYear, setFiscalYear] = useState('');
  const [trail, setTrail] = useState<Place[]>([]);
  const [paging, setPaging] = useState({ page: 1, pageSize: 50 });
  const [home, setHome] = useState('');
  const region = trail.at(-1)?.code;
  const query = new URLSearchParams({
    ...(fiscalYear ? { fiscalYear } : {}), ...(region ? { region } : {}), page: String(paging.page), pageSize: String(paging.pageSize),
  }).toString();
  const stats = useApi(async () => {
    const answer = await api<Statistics>(`/stats?${query}`);
    if (!region) setHome(answer.region?.name ?? '全部区划');
    return answer;
  }, [query]);
  const goTo = (next: Place[]) => {
    setTrail(next);
    setPaging((p) => ({ ...p, page: 1 }));
  };
  return (
    <section>
      <div className="title-row">
        <h1>统计</h1>
        <label className="filter">年度
          <Select aria-label="年度" style={{ width: 140 }} value={fiscalYear} options={YEAR_OPTIONS}
            onChange={(year) => { setFiscalYear(year); setPaging((p) => ({ ...p, page: 1 })); }} />
        </label>
      </div>
      <div className="region-trail">
        <span className="muted">统计范围：</span>
        <Breadcrumb data-testid="region-trail" items={[
          { title: trail.length ? <a onClick={() => goTo([])}>{home || '本级'}</a> : home || '…' },
          ...trail.map((place, i) => ({ title: i < trail.length - 1 ? <a onClick={() => goTo(trail.slice(0, i + 1))}>{place.name}</a> : place.name })),
        ]} />
      </div>
      {stats.loading && !stats.data && !stats.error ? <Loading /> : stats.error ? <ErrorNote error={stats.error} /> : stats.data && (
        <StatsView stats={stats.data} loading={stats.loading}
          onOpenRegion={(r) => goTo([...trail, { code: r.region, name: r.regionName }])}
          onPage={(page, pageSize) => setPaging({ page: pageSize === paging.pageSize ? page : 1, pageSize })} />
      )}
    </section>
  );
}
