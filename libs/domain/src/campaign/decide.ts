import type { Actor } from '../actor';
import { InvalidInput, Problem, RoleNotPermitted } from '../report/errors';
import { Campaign, evolveCampaign, evolveTask, initialCampaign, Task } from './campaign';
import type { CampaignCommand, ImportProjectList, OpenCampaign, TaskCommand } from './commands';
import { isCalendarDate } from './dates';
import { CampaignConflict } from './errors';
import type { CampaignEvent, PlannedTask, TaskEvent } from './events';
import { checkProjectList } from './project-list';

export function decideCampaign(command: CampaignCommand, campaign: Campaign): CampaignEvent[] {
  switch (command.type) {
    case 'OpenCampaign':
      return openCampaign(command, campaign);
    case 'ImportProjectList':
      return importProjectList(command, campaign);
  }
}

function mayManage(actor: Actor, region: string, actorRegions: string[] | null): void {
  if (actor.role !== 'reviewer' && actor.role !== 'admin') throw new RoleNotPermitted('只有财政审核人或管理员可以管理自评任务');
  if (actorRegions && !actorRegions.includes(region)) throw new RoleNotPermitted(`区划 ${region} 不在您的管辖范围内`);
}

function openCampaign({ data, actor }: OpenCampaign, campaign: Campaign): CampaignEvent[] {
  if (campaign.exists) throw new CampaignConflict('该自评任务已存在');
  const problems: Problem[] = [];
  if (!/^\d{4}$/.test(data.fiscalYear)) problems.push({ path: 'fiscalYear', message: '年度应为四位数字，如 2024' });
  if (!data.title.trim()) problems.push({ path: 'title', message: '任务名称不能为空' });
  if (!data.regionDepartments) problems.push({ path: 'region', message: `区划 ${data.region} 不存在` });
  if (!isCalendarDate(data.selfEvaluationDue)) problems.push({ path: 'selfEvaluationDue', message: '自评截止日期应为 YYYY-MM-DD 格式的日期' });
  else if (data.selfEvaluationDue < data.today) problems.push({ path: 'selfEvaluationDue', message: `自评截止日期 ${data.selfEvaluationDue} 已过（今天是 ${data.today}）` });
  if (!isCalendarDate(data.reviewDue)) problems.push({ path: 'reviewDue', message: '审核截止日期应为 YYYY-MM-DD 格式的日期' });
  else if (isCalendarDate(data.selfEvaluationDue) && data.reviewDue < data.selfEvaluationDue) {
    problems.push({ path: 'reviewDue', message: `审核截止日期 ${data.reviewDue} 早于自评截止日期 ${data.selfEvaluationDue}` });
  }
  const departments = data.departments === 'all' ? data.regionDepartments ?? [] : [...new Set(data.departments)];
  if (data.regionDepartments) {
    departments.forEach((code, i) => {
      if (!data.regionDepartments!.includes(code)) problems.push({ path: `departments[${i}]`, message: `单位 ${code} 不属于区划 ${data.region}` });
    });
    if (!departments.length) problems.push({ path: 'departments', message: '至少应有一个单位' });
  }
  if (problems.length) throw new InvalidInput(problems);
  mayManage(actor, data.region, data.actorRegions);
  const { campaignId, fiscalYear, title, region, selfEvaluationDue, reviewDue, departmentReports, today } = data;
  const opened: CampaignEvent = {
    type: 'CampaignOpened',
    data: { campaignId, fiscalYear, title: title.trim(), region, selfEvaluationDue, reviewDue, departments, departmentReports, openedOn: today },
  };
  if (!departmentReports) return [opened];
  const tasks = departments.map((department): PlannedTask => ({ taskId: data.newTaskIds[department], kind: 'department-report', department, project: null }));
  return [opened, { type: 'TasksPlanned', data: { tasks } }];
}

/** Re-importing adds the rows whose 项目编码 is new and leaves every planned task as it is. */
function importProjectList({ data, actor }: ImportProjectList, campaign: Campaign): CampaignEvent[] {
  if (!campaign.exists) throw new CampaignConflict('自评任务不存在');
  mayManage(actor, campaign.region, data.actorRegions);
  if (!data.rows.length) throw new InvalidInput([{ path: 'projects', message: '项目清单中没有项目' }]);
  const checked = checkProjectList(data.rows, campaign.departments);
  if (!checked.ok) throw new InvalidInput(checked.problems);
  const tasks = checked.projects.flatMap((project, i): PlannedTask[] =>
    campaign.projectCodes[project.code] ? [] : [{ taskId: data.newTaskIds[i], kind: 'project-form', department: project.department, project }]);
  return tasks.length ? [{ type: 'TasksPlanned', data: { tasks } }] : [];
}

export function decideTask(command: TaskCommand, task: Task): TaskEvent[] {
  const { actor } = command;
  const { planned } = task;
  if (actor.role !== 'preparer' || actor.department !== planned.department) {
    throw new RoleNotPermitted('只有本单位的填表人可以开始此任务');
  }
  if (task.reportId) throw new CampaignConflict('此任务已开始，不能再次开始或关联报告');
  const ids = { campaignId: task.campaignId, taskId: planned.taskId };
  if (command.type === 'StartTask') return [{ type: 'TaskStarted', data: { ...ids, reportId: command.data.reportId } }];
  const { report } = command.data;
  const problems: Problem[] = [];
  if (report.department !== planned.department) problems.push({ path: 'reportId', message: '报告不属于此任务的单位' });
  if (report.kind !== planned.kind) problems.push({ path: 'reportId', message: planned.kind === 'department-report' ? '此任务应关联部门整体支出绩效自评报告' : '此任务应关联项目支出绩效自评表' });
  if (report.fiscalYear !== task.fiscalYear) problems.push({ path: 'reportId', message: `报告年度 ${report.fiscalYear} 与任务年度 ${task.fiscalYear} 不一致` });
  if (problems.length) throw new InvalidInput(problems);
  if (report.attachedTo) throw new CampaignConflict('该报告已关联到另一项任务');
  return [{ type: 'ReportAttached', data: { ...ids, reportId: report.id } }];
}

export const campaignDecider = { decide: decideCampaign, evolve: evolveCampaign, initialState: initialCampaign };

/** A task's decider: its initial state is the plan the campaign made for it. */
export const taskDecider = (plan: Omit<Task, 'reportId'>) => ({
  decide: decideTask, evolve: evolveTask, initialState: (): Task => ({ ...plan, reportId: null }),
});
