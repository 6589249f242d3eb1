import type { CampaignEvent, PlannedTask, TaskEvent } from './events';

export interface Campaign {
  exists: boolean;
  id: string;
  fiscalYear: string;
  region: string;
  departments: string[];
  departmentReports: boolean;
  selfEvaluationDue: string;
  reviewDue: string;
  version: number;
  /** 项目编码 → task id, for re-imports. */
  projectCodes: Record<string, string>;
}

export function initialCampaign(): Campaign {
  return {
    exists: false, id: '', fiscalYear: '', region: '', departments: [], departmentReports: false,
    selfEvaluationDue: '', reviewDue: '', version: 0, projectCodes: {},
  };
}

export function evolveCampaign(campaign: Campaign, event: CampaignEvent): Campaign {
  const next = { ...campaign, version: campaign.version + 1 };
  switch (event.type) {
    case 'CampaignOpened': {
      const { campaignId, fiscalYear, region, departments, departmentReports, selfEvaluationDue, reviewDue } = event.data;
      return { ...next, exists: true, id: campaignId, fiscalYear, region, departments, departmentReports, selfEvaluationDue, reviewDue };
    }
    case 'TasksPlanned': {
      const codes = { ...campaign.projectCodes };
      for (const task of event.data.tasks) if (task.project) codes[task.project.code] = task.taskId;
      return { ...next, projectCodes: codes };
    }
  }
}

/** A task as planned, with what its own stream adds: the report that started it. */
export interface Task {
  campaignId: string;
  fiscalYear: string;
  planned: PlannedTask;
  reportId: string | null;
}

export function evolveTask(task: Task, event: TaskEvent): Task {
  switch (event.type) {
    case 'TaskStarted':
    case 'ReportAttached':
      return { ...task, reportId: event.data.reportId };
  }
}
