import { actors, specFor } from '@jixiao/testing';
import { InvalidInput, RoleNotPermitted } from '../report/errors';
import type { Actor } from '../actor';
import type { CampaignEvent, ListedProject } from './events';
import type { OpenCampaign, ProjectListRow } from './commands';
import { campaignDecider, taskDecider } from './decide';
import { CampaignConflict } from './errors';
import { isOverdue } from './task-state';
import { addDays, dateIn } from './dates';

const given = specFor(campaignDecider);
const { preparer, otherPreparer, reviewer, head } = actors;
const hnReviewer = { username: 'hn-reviewer', role: 'reviewer', department: null, region: '340400' } as Actor;
const TODAY = '2025-03-01';
const REGIONS = ['demo', '340400', '431200'];

const open = (data: Partial<OpenCampaign['data']> = {}, actor: Actor = reviewer): OpenCampaign => ({
  type: 'OpenCampaign', actor,
  data: {
    campaignId: 'c1', fiscalYear: '2024', title: '2024年度预算绩效自评', region: 'demo',
    selfEvaluationDue: '2025-03-31', reviewDue: '2025-04-30', departments: 'all', departmentReports: false,
    today: TODAY, regionDepartments: ['009', 'hhbj'], actorRegions: REGIONS, newTaskIds: { '009': 't-009', hhbj: 't-hhbj' },
    ...data,
  },
});

const opened = (): CampaignEvent => campaignDecider.decide(open(), campaignDecider.initialState())[0];

const row = (n: number, fields: Partial<ProjectListRow> = {}): ProjectListRow => ({
  row: n + 1, code: `P${n}`, name: `项目${n}`, department: '009', implementingUnit: '淮南市人民政府办公室',
  initialBudget: '100', annualBudget: '120.5', executed: '', executionWeight: '', ...fields,
});

const importing = (rows: ProjectListRow[], actor: Actor = reviewer) => ({
  type: 'ImportProjectList' as const, actor, data: { rows, newTaskIds: rows.map((r) => `t${r.row}`), actorRegions: REGIONS },
});

describe('OpenCampaign', () => {
  it('opens a campaign for every department of the region with "all"', () =>
    given().when(open()).thenIncluding({ type: 'CampaignOpened', data: { departments: ['009', 'hhbj'], openedOn: TODAY } }));

  it('plans one department-report task per department when asked', () =>
    given().when(open({ departmentReports: true })).thenIncluding(
      { type: 'CampaignOpened' },
      { type: 'TasksPlanned', data: { tasks: [{ taskId: 't-009', kind: 'department-report', department: '009' }, { taskId: 't-hhbj', kind: 'department-report', department: 'hhbj' }] } },
    ));

  it('accepts a due date of today, by the injected clock', () =>
    given().when(open({ selfEvaluationDue: TODAY, reviewDue: TODAY })).thenIncluding({ type: 'CampaignOpened' }));

  it.each([
    [{ selfEvaluationDue: '2025-02-28' }, 'selfEvaluationDue', '已过'],
    [{ reviewDue: '2025-03-30' }, 'reviewDue', '早于自评截止日期'],
    [{ selfEvaluationDue: '2025-02-30' }, 'selfEvaluationDue', 'YYYY-MM-DD'],
    [{ fiscalYear: '24' }, 'fiscalYear', '年度'],
    [{ departments: ['009', '999'] }, 'departments[1]', '不属于区划'],
    [{ regionDepartments: null }, 'region', '不存在'],
  ])('refuses %p naming %s in Chinese', (data, path, message) =>
    given().when(open(data as Partial<OpenCampaign['data']>)).thenThrows(InvalidInput, {
      problems: expect.arrayContaining([expect.objectContaining({ path, message: expect.stringContaining(message) })]),
    }));

  it('is refused to a preparer and to a reviewer of another region', () => {
    given().when(open({}, preparer)).thenThrows(RoleNotPermitted);
    given().when({ ...open({}, hnReviewer), data: { ...open().data, actorRegions: ['340400'] } }).thenThrows(RoleNotPermitted);
  });

  it('is refused twice', () => given(opened()).when(open()).thenThrows(CampaignConflict));
});

describe('ImportProjectList', () => {
  it('plans a task per row in the row\'s department, with 执行率分值 10 when blank', () => {
    const [planned] = given(opened()).when(importing([row(1), row(2, { department: 'hhbj', executionWeight: '8' })])).events();
    expect(planned).toMatchObject({ type: 'TasksPlanned', data: { tasks: [
      { taskId: 't2', kind: 'project-form', department: '009', project: { code: 'P1', executionWeight: '10', annualBudget: '120.5' } },
      { taskId: 't3', department: 'hhbj', project: { code: 'P2', executionWeight: '8' } },
    ] } });
  });

  it('on re-import adds only the new projects and changes nothing already planned', () => {
    const first = given(opened()).when(importing([row(1)])).events()[0];
    given(opened(), first).when(importing([row(1, { name: '改过的名字' }), row(2)]))
      .thenIncluding({ type: 'TasksPlanned', data: { tasks: [{ project: { code: 'P2' } }] } });
    given(opened(), first).when(importing([row(1)])).thenIncluding();
  });

  it('names every bad row and column, and plans nothing', () =>
    given(opened()).when(importing([row(1), row(2, { department: '999' }), row(3, { code: 'P1' }), row(4, { annualBudget: '一百' }), row(5, { executed: '3万' })]))
      .thenThrows(InvalidInput, { problems: [
        { path: '第3行.主管部门编码', message: expect.stringContaining('999') },
        { path: '第4行.项目编码', message: expect.stringContaining('与第 2 行重复') },
        { path: '第5行.全年预算数', message: expect.stringContaining('不是数字') },
        { path: '第6行.全年执行数', message: expect.stringContaining('不是数字') },
      ] }));

  it('is refused to a preparer', () => given(opened()).when(importing([row(1)], preparer)).thenThrows(RoleNotPermitted));
});

describe('StartTask and AttachReport', () => {
  const project: ListedProject = { code: 'P1', name: '项目1', department: '009', implementingUnit: '', initialBudget: '1', annualBudget: '1', executed: '', executionWeight: '10' };
  const givenTask = specFor(taskDecider({ campaignId: 'c1', fiscalYear: '2024', planned: { taskId: 't1', kind: 'project-form', department: '009', project } }));
  const started = { type: 'TaskStarted' as const, data: { campaignId: 'c1', taskId: 't1', reportId: 'r1' } };
  const offered = { id: 'r2', kind: 'project-form' as const, department: '009', fiscalYear: '2024', state: 'draft' as const, attachedTo: null };

  it('starts once, by a preparer of the task\'s department', () => {
    givenTask().when({ type: 'StartTask', actor: preparer, data: { reportId: 'r1' } }).thenIncluding(started);
    givenTask(started).when({ type: 'StartTask', actor: preparer, data: { reportId: 'r9' } }).thenThrows(CampaignConflict);
    givenTask().when({ type: 'StartTask', actor: otherPreparer, data: { reportId: 'r1' } }).thenThrows(RoleNotPermitted);
    givenTask().when({ type: 'StartTask', actor: head, data: { reportId: 'r1' } }).thenThrows(RoleNotPermitted);
  });

  it('attaches an imported report of its department, kind and year', () => {
    givenTask().when({ type: 'AttachReport', actor: preparer, data: { report: offered } })
      .thenIncluding({ type: 'ReportAttached', data: { reportId: 'r2' } });
    givenTask().when({ type: 'AttachReport', actor: preparer, data: { report: { ...offered, fiscalYear: '2021' } } }).thenThrows(InvalidInput);
    givenTask().when({ type: 'AttachReport', actor: preparer, data: { report: { ...offered, attachedTo: 't7' } } }).thenThrows(CampaignConflict);
    givenTask(started).when({ type: 'AttachReport', actor: preparer, data: { report: offered } }).thenThrows(CampaignConflict);
  });
});

describe('the clock', () => {
  const dues = { selfEvaluationDue: '2025-03-31', reviewDue: '2025-04-30' };
  it('a task is overdue the day after its step was due, not on the day', () => {
    expect(isOverdue('drafting', dues, '2025-03-31')).toBe(false);
    expect(isOverdue('drafting', dues, '2025-04-01')).toBe(true);
    expect(isOverdue('awaiting_review', dues, '2025-04-01')).toBe(false);
    expect(isOverdue('awaiting_review', dues, '2025-05-01')).toBe(true);
    expect(isOverdue('reviewed', dues, '2026-01-01')).toBe(false);
  });

  it('today is the date in Asia/Shanghai', () => {
    expect(dateIn('Asia/Shanghai', new Date('2025-03-31T16:30:00Z'))).toBe('2025-04-01');
    expect(addDays('2025-03-01', -1)).toBe('2025-02-28');
  });
});
