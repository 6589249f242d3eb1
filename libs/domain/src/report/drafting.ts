import { isDepartmentReport, formOf } from './document-cells';
import type { Actor } from '../actor';
import type { DraftReport } from './commands';
import { IllegalTransition, RoleNotPermitted } from './errors';
import type { ReportDrafted } from './events';
import type { Report } from './report';

/** Asked before the document is even read, so a head posting a bad file learns first that drafting is not theirs. */
export function assertMayDraft(actor: Actor): asserts actor is Actor & { department: string } {
  if (actor.role !== 'preparer' || !actor.department) throw new RoleNotPermitted('只有部门填表人可以创建或导入报告');
}

export function draft(report: Report, { data, actor }: DraftReport): ReportDrafted {
  if (report.exists) throw new IllegalTransition('DraftReport', report.state, []);
  assertMayDraft(actor);
  const { document } = data;
  const department = isDepartmentReport(document);
  const ruleCount = department ? document.ruleIndicators.length : 0;
  return {
    type: 'ReportDrafted',
    data: {
      reportId: data.reportId,
      kind: department ? 'department-report' : 'project-form',
      department: actor.department,
      departmentName: data.departmentName,
      fiscalYear: document.fiscalYear,
      title: department ? document.title : document.projectName,
      document,
      indicatorIds: formOf(document).indicators.map((_, i) => `i${i + 1}`),
      ruleIds: Array.from({ length: ruleCount }, (_, i) => `r${i + 1}`),
    },
  };
}
