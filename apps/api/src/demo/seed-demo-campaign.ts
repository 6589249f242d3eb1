import type { ReportView } from '@jixiao/read-models';
import type { Pool } from 'pg';
import { Actor, addDays, CAMPAIGN_TIME_ZONE, dateIn, ProjectListRow } from '@jixiao/domain';
import { CampaignCommands, runReminders } from '@jixiao/campaigns';
import type { ReportStreams } from '@jixiao/reports';

/**
 * SPEC §12: a 2024 campaign of region demo, opened a month ago, whose project list holds the seed projects (the
 * 009 department's drafts are attached to their tasks) and a department-report task for each department. The
 * self-evaluation was due two days ago (the drafts are overdue) and review is due in three days; the day's
 * reminders are run once so the notifications show at once.
 */
export async function seedDemoCampaign(pool: Pool, reports: ReportStreams<ReportView>, users: Actor[], now = new Date()): Promise<string> {
  const today = dateIn(CAMPAIGN_TIME_ZONE, now);
  const actor = (username: string) => users.find((u) => u.username === username)!;
  const commands = new CampaignCommands(pool, reports);
  const opened = { actor: actor('reviewer'), today: addDays(today, -30), at: now.toISOString(), correlationId: 'demo-seed' };
  const campaignId = await commands.open({
    fiscalYear: '2024', title: '2024年度预算绩效自评', region: 'demo', selfEvaluationDue: addDays(today, -2),
    reviewDue: addDays(today, 3), departments: 'all', departmentReports: true,
  }, opened);
  const { rows: drafts } = await pool.query(
    `SELECT s.id, v.view FROM report_summary s JOIN report_view v ON v.id = s.id
     WHERE s.department = '009' AND s.fiscal_year = '2024' AND s.kind = 'project-form' ORDER BY s.created_at, s.id`);
  const rows = drafts.map(({ view }, i): ProjectListRow => ({
    row: i + 2, code: `009-${String(i + 1).padStart(3, '0')}`, name: view.title, department: '009',
    implementingUnit: view.printed?.implementingUnit ?? '', initialBudget: amount(view.funds.total.initialBudget),
    annualBudget: amount(view.funds.total.annualBudget), executed: amount(view.funds.total.executed), executionWeight: amount(view.funds.total.weight),
  }));
  await commands.importProjects(campaignId, rows, opened);
  const preparer = { ...opened, actor: actor('hn-preparer') };
  for (const [i, draft] of drafts.entries()) {
    const { rows: task } = await pool.query(`SELECT id FROM campaign_tasks WHERE campaign_id = $1 AND project_code = $2`, [campaignId, rows[i].code]);
    await commands.attach(campaignId, task[0].id, draft.id, preparer);
  }
  await runReminders(pool, today);
  return campaignId;
}

const amount = (text: unknown) => (typeof text === 'string' && /^\d+(\.\d+)?$/.test(text.trim()) ? text.trim() : '');
