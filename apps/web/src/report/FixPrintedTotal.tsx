import { api } from '../api/client';
import type { Report } from '../api/types';
import { sameNumber } from './levels';
import { useAction } from './use-action';

/** The printed 总分 is a cell like any other: after score changes, the preparer sets it to the sum in one click. */
export function FixPrintedTotal({ report, weight, onChanged }: { report: Report; weight: string; onChanged(report: Report): void }) {
  const { busy, error, run } = useAction(onChanged);
  const { printed, self } = report.total;
  if (!report.allowedCommands.includes('EditReportDetails') || !self || sameNumber(printed, self)) return null;
  const fix = () => run(() => api<Report>(`/reports/${report.id}`, {
    method: 'PATCH', body: { total: { weight, score: self } }, ifMatch: report.version,
  }));
  return (
    <div className="fix-total">
      <button className="link" disabled={busy} onClick={() => void fix()} data-action="fix-total">
        将填报总分改为各项得分之和 {self}
      </button>
      {error && <span className="error small">{error}</span>}
    </div>
  );
}
