import type { Actor } from '../actor';
import type { ReportKind, ReportStatus } from '../report/report-kind';

type Command<Type extends string, Data> = { type: Type; data: Data; actor: Actor };

/** A project-list row as read from the file or JSON, every cell as text; `row` is the sheet row (or JSON index + 1). */
export interface ProjectListRow {
  row: number;
  code: string;
  name: string;
  department: string;
  implementingUnit: string;
  initialBudget: string;
  annualBudget: string;
  executed: string;
  executionWeight: string;
}

export type OpenCampaign = Command<'OpenCampaign', {
  campaignId: string;
  fiscalYear: string;
  title: string;
  region: string;
  selfEvaluationDue: string;
  reviewDue: string;
  departments: string[] | 'all';
  departmentReports: boolean;
  /** The clock, injected: today's date in Asia/Shanghai. */
  today: string;
  /** The campaign region's departments (its sub-regions included); null when the region is unknown. */
  regionDepartments: string[] | null;
  /** The regions the actor may open campaigns for (their region's subtree); null: any (an unlimited admin). */
  actorRegions: string[] | null;
  /** One fresh id per possible department-report task, by department code. */
  newTaskIds: Record<string, string>;
}>;

export type ImportProjectList = Command<'ImportProjectList', {
  rows: ProjectListRow[];
  /** One fresh id per row. */
  newTaskIds: string[];
  actorRegions: string[] | null;
}>;

export type CampaignCommand = OpenCampaign | ImportProjectList;

/** What a task's decision knows of a report offered for attaching. */
export interface OfferedReport {
  id: string;
  kind: ReportKind;
  department: string;
  fiscalYear: string;
  state: ReportStatus;
  /** The task it is attached to already, if any. */
  attachedTo: string | null;
}

export type StartTask = Command<'StartTask', { reportId: string }>;
export type AttachReport = Command<'AttachReport', { report: OfferedReport }>;

export type TaskCommand = StartTask | AttachReport;
