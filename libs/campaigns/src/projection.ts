import type { CampaignEvent, TaskEvent } from '@jixiao/domain';
import { TASK_STATE_AFTER } from '@jixiao/domain';
import type { RecordedEvent } from '@jixiao/event-store';
import type { Queryable } from './streams';

const TRANSITIONS = Object.keys(TASK_STATE_AFTER);

/** A task's state from its report's last transition (the trigger keeps it from then on). */
const REPORT_STATE = `COALESCE((
  SELECT task_state_after(type) FROM events WHERE stream_id = 'report-' || $2 AND type = ANY($3)
  ORDER BY version DESC LIMIT 1), 'not_started')`;

const INSERT_TASKS = `
  INSERT INTO campaign_tasks (id, campaign_id, seq, kind, department, project_code, project_name, implementing_unit,
    initial_budget, annual_budget, executed, execution_weight, self_evaluation_due, review_due)
  WITH planned AS (SELECT count(*) AS n FROM campaign_tasks WHERE campaign_id = $1)
  SELECT t.task_id, c.id, planned.n + t.n, t.kind, t.department,
    t.project->>'code', COALESCE(t.project->>'name', d.name || ' 部门整体支出绩效自评'), COALESCE(t.project->>'implementingUnit', ''),
    COALESCE(t.project->>'initialBudget', ''), COALESCE(t.project->>'annualBudget', ''), COALESCE(t.project->>'executed', ''),
    COALESCE(t.project->>'executionWeight', ''), c.self_evaluation_due, c.review_due
  FROM jsonb_to_recordset($2::jsonb) AS t(task_id uuid, kind text, department text, project jsonb, n bigint)
  JOIN campaigns c ON c.id = $1 CROSS JOIN planned
  LEFT JOIN departments d ON d.code = t.department`;

/** Writes what campaign and task events say into campaigns and campaign_tasks, on the caller's transaction. */
export async function projectCampaignEvents(db: Queryable, events: RecordedEvent[]): Promise<void> {
  for (const event of events) await projectOne(db, event);
}

async function projectOne(db: Queryable, recorded: RecordedEvent): Promise<void> {
  const event = { type: recorded.type, data: recorded.data } as CampaignEvent | TaskEvent;
  const campaignId = campaignIdOf(recorded.streamId);
  switch (event.type) {
    case 'CampaignOpened': {
      const d = event.data;
      await db.query(
        `INSERT INTO campaigns (id, fiscal_year, title, region_code, self_evaluation_due, review_due, departments, department_reports, opened_by, opened_at)
         VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10)`,
        [d.campaignId, d.fiscalYear, d.title, d.region, d.selfEvaluationDue, d.reviewDue, d.departments, d.departmentReports,
          recorded.metadata.actor.username, recorded.metadata.at]);
      return;
    }
    case 'TasksPlanned':
      await db.query(INSERT_TASKS, [campaignId, JSON.stringify(event.data.tasks.map((t, i) => ({ n: i + 1, task_id: t.taskId, kind: t.kind, department: t.department, project: t.project })))]);
      return;
    case 'TaskStarted':
    case 'ReportAttached':
      await db.query(`UPDATE campaign_tasks SET report_id = $2, state = ${REPORT_STATE} WHERE id = $1`,
        [event.data.taskId, event.data.reportId, TRANSITIONS]);
      return;
  }
}

const CAMPAIGN_STREAM = /^campaign-([0-9a-f-]{36})(-task-[0-9a-f-]{36})?$/;

export function campaignIdOf(streamId: string): string {
  const match = CAMPAIGN_STREAM.exec(streamId);
  if (!match) throw new Error(`not a campaign stream: ${streamId}`);
  return match[1];
}
