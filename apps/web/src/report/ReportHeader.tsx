import type { ReactNode } from 'react';
import type { Report } from '../api/types';
import { KIND_LABELS } from '../labels';
import { StateBadge } from '../layout/StateBadge';

export function ReportHeader({ report, children }: { report: Report; children?: ReactNode }) {
  const goals = report.goals;
  const sections = report.printed?.sections ?? [];
  const { competentDepartment, implementingUnit } = report.printed ?? {};
  return (
    <header className="report-header">
      <div className="title-row">
        <h1>{report.title}</h1>
        <StateBadge state={report.state} returned={report.returned} />
      </div>
      <p className="meta">
        <span>{report.departmentName}</span>
        {competentDepartment && competentDepartment.replace(/^[\w]+-/, '') !== report.departmentName && <span>主管部门：{competentDepartment}</span>}
        {implementingUnit && implementingUnit !== competentDepartment && <span>实施单位：{implementingUnit}</span>}
        <span>{report.fiscalYear} 年度</span>
        <span>{KIND_LABELS[report.kind] ?? report.kind}</span>
        <span data-testid="report-version">第 {report.version} 版{report.revision > 1 ? ` · 第 ${report.revision} 次修订` : ''}</span>
        {children}
      </p>
      {goals && (goals.planned || goals.achieved) && (
        <details className="goals">
          <summary>绩效目标与完成情况</summary>
          {goals.planned && <p><strong>预期目标：</strong>{goals.planned}</p>}
          {goals.achieved && <p><strong>实际完成情况：</strong>{goals.achieved}</p>}
        </details>
      )}
      {sections.length > 0 && (
        <details className="goals sections" data-testid="report-sections">
          <summary>报告正文（{sections.length} 节）</summary>
          {sections.map((section, i) => (
            <section key={i}>
              <h3>{section.heading}</h3>
              <p className="section-body">{section.body}</p>
            </section>
          ))}
        </details>
      )}
    </header>
  );
}
