import type { ImportDocument } from '@jixiao/scoring';

export interface TaskRow {
  id: string;
  campaign_id: string;
  kind: 'project-form' | 'department-report';
  department: string;
  department_name: string;
  fiscal_year: string;
  project_code: string | null;
  project_name: string;
  implementing_unit: string;
  initial_budget: string;
  annual_budget: string;
  executed: string;
  execution_weight: string;
  report_id: string | null;
}

const blankFunds = { initialBudget: '', annualBudget: '', executed: '', weight: '', executionRate: '', score: '' };

/** A task's draft: the project's heading and funds exactly as the project list printed them, nothing else filled in. */
export function draftDocumentOf(task: TaskRow): ImportDocument {
  if (task.kind === 'department-report') {
    return {
      format: 'jixiao.department-report.v1', fiscalYear: task.fiscal_year, department: task.department_name,
      title: `${task.department_name}${task.fiscal_year}年度部门整体支出绩效自评报告`, sections: [], ruleIndicators: [],
      ruleTotal: { weight: '100', score: '' }, baseData: {},
      selfEvaluationForm: { funds: { total: blankFunds }, indicators: [], total: { weight: '100', score: '' } },
    } as ImportDocument;
  }
  return {
    format: 'jixiao.project-form.v1', fiscalYear: task.fiscal_year, projectName: task.project_name,
    competentDepartment: task.department_name, implementingUnit: task.implementing_unit,
    funds: {
      total: { ...blankFunds, initialBudget: task.initial_budget, annualBudget: task.annual_budget, executed: task.executed, weight: task.execution_weight },
    },
    goals: { planned: '', achieved: '' }, indicators: [], total: { weight: '100', score: '' },
  };
}
