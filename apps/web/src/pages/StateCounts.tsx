import { api } from '../api/client';
import type { ReportState } from '../api/types';
import { useApi } from '../api/use-api';
import { STATE_LABELS } from '../labels';
import { ErrorNote } from '../layout/Status';

/** Fallback figures from the list endpoint while GET /api/stats is unavailable. */
export function StateCounts({ fiscalYear }: { fiscalYear: string }) {
  const states = Object.keys(STATE_LABELS) as ReportState[];
  const counts = useApi(() => Promise.all(states.map(async (state) => {
    const query = new URLSearchParams({ state, pageSize: '1', ...(fiscalYear ? { fiscalYear } : {}) });
    return (await api<{ total: number }>(`/reports?${query}`)).total;
  })), [fiscalYear]);
  return (
    <>
      <ErrorNote error={counts.error} />
      <div className="figures">
        {states.map((state, i) => (
          <div className={`figure state-${state}`} key={state}>
            <div className="figure-value">{counts.data?.[i] ?? '…'}</div>
            <div className="figure-label">{STATE_LABELS[state]}</div>
          </div>
        ))}
      </div>
    </>
  );
}
