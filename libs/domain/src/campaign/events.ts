import type { ReportKind } from '../report/report-kind';

type Event<Type extends string, Data> = { type: Type; data: Data };

/** A project-list row as printed (amounts are the cell texts, 万元); `executionWeight` is 执行率分值. */
export interface ListedProject {
  code: string;
  name: string;
  department: string;
  implementingUnit: string;
  initialBudget: string;
  annualBudget: string;
  executed: string;
  executionWeight: string;
}

export interface PlannedTask {
  taskId: string;
  kind: ReportKind;
  department: string;
  /** null for a department-report task. */
  project: ListedProject | null;
}

export type CampaignOpened = Event<'CampaignOpened', {
  campaignId: string;
  fiscalYear: string;
  title: string;
  region: string;
  selfEvaluationDue: string;
  reviewDue: string;
  departments: string[];
  departmentReports: boolean;
  openedOn: string;
}>;
export type TasksPlanned = Event<'TasksPlanned', { tasks: PlannedTask[] }>;

export type CampaignEvent = CampaignOpened | TasksPlanned;

/** A task's own stream: started by drafting a report, or by attaching an imported one. */
export type TaskStarted = Event<'TaskStarted', { campaignId: string; taskId: string; reportId: string }>;
export type ReportAttached = Event<'ReportAttached', { campaignId: string; taskId: string; reportId: string }>;

export type TaskEvent = TaskStarted | ReportAttached;
