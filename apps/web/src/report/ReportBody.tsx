import type { ProblemItem } from '../api/client';
import type { Report } from '../api/types';
import { BaseDataTables } from './BaseDataTables';
import { FundsTable } from './FundsTable';
import { IndicatorTable } from './IndicatorTable';
import { RuleTable } from './RuleTable';

interface Props {
  report: Report;
  problems?: ProblemItem[];
  onChanged?(report: Report): void;
}

/** The tables of a report, each with its own total: a project form; or a department report's 附件1, 附件2 and 附件3. */
export function ReportBody({ report, problems, onChanged }: Props) {
  if (report.kind !== 'department-report') {
    return (
      <>
        <FundsTable report={report} onChanged={onChanged} />
        <IndicatorTable report={report} problems={problems} onChanged={onChanged} />
      </>
    );
  }
  return (
    <>
      <section className="annex" data-testid="annex-1">
        <h2>附件1：部门整体支出绩效评价指标评分表</h2>
        <RuleTable report={report} problems={problems} onChanged={onChanged} />
      </section>
      <section className="annex" data-testid="annex-2">
        <h2>附件2：部门整体支出绩效评价基础数据表</h2>
        <BaseDataTables baseData={report.printed?.baseData} />
      </section>
      <section className="annex" data-testid="annex-3">
        <h2>附件3：项目支出绩效自评表</h2>
        <FundsTable report={report} onChanged={onChanged} />
        <IndicatorTable report={report} problems={problems} onChanged={onChanged} />
      </section>
    </>
  );
}
