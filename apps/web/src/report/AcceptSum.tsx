import { Alert, Button } from 'antd';
import { api } from '../api/client';
import type { Report } from '../api/types';
import { useAction } from './use-action';

export type SumTable = 'form' | 'rules';

/** Where scoring flags a table's printed 总分 that disagrees with the sum of its scores (SUM_MISMATCH). */
const pathOf = (report: Report, table: SumTable) =>
  table === 'rules' ? 'ruleTotal.score' : report.kind === 'department-report' ? 'selfEvaluationForm.total.score' : 'total.score';

/**
 * SPEC §6: totals follow every edit, so only an imported 总分 can disagree with its scores; the preparer takes the
 * sum in one action (POST /reports/:id/accept-sum). Shown only while that table carries the flag.
 */
export function AcceptSum({ report, table, onChanged }: { report: Report; table: SumTable; onChanged(report: Report): void }) {
  const { busy, error, run } = useAction(onChanged);
  const flag = report.flags.find((f) => f.code === 'SUM_MISMATCH' && f.path === pathOf(report, table));
  if (!report.allowedCommands.includes('AcceptSum') || !flag) return null;
  const accept = () => run(() => api<Report>(`/reports/${report.id}/accept-sum`, { method: 'POST', body: { table }, ifMatch: report.version }));
  const printed = flag.actual ? `填报总分 ${flag.actual}` : '填报总分';
  return (
    <Alert
      className="accept-sum" data-accept-sum={table} type="error" showIcon
      title={`${printed} 与各项得分之和${flag.expected ? ` ${flag.expected}` : ''} 不一致，提交前须更正`}
      description={error || undefined}
      action={
        <Button size="small" type="primary" loading={busy} onClick={() => void accept()} data-action="fix-total">
          采用各项之和{flag.expected ? ` ${flag.expected}` : ''}
        </Button>
      }
    />
  );
}
