import type { Pool } from 'pg';
import { TASK_STATE_AFTER } from '@jixiao/domain';
import { toRecordedEvent } from '@jixiao/event-store';
import { projectCampaignEvents } from './projection';
import { inTransaction, Queryable } from './streams';

export interface CampaignRebuild {
  events: number;
  campaigns: number;
  tasks: number;
}

/**
 * Rebuilds campaigns and campaign_tasks from the campaign and task streams, then each started task's state from
 * its report's last transition. The lock holds back the trigger of a concurrent transition until the rebuild
 * commits; that transition then writes its state over the rebuilt one.
 */
export function rebuildCampaigns(pool: Pool): Promise<CampaignRebuild> {
  return inTransaction(pool, (client) => rebuildCampaignsIn(client));
}

export async function rebuildCampaignsIn(db: Queryable): Promise<CampaignRebuild> {
  await db.query(`LOCK TABLE campaigns, campaign_tasks, campaign_progress, campaign_department_progress IN EXCLUSIVE MODE`);
  await db.query(`DELETE FROM campaign_tasks`);
  await db.query(`DELETE FROM campaign_progress`);
  await db.query(`DELETE FROM campaign_department_progress`);
  await db.query(`DELETE FROM campaigns`);
  const starts: { id: string; report: string }[] = [];
  // One pass over the campaign streams (a seek per page would scan the log each time: stream_id LIKE has no index).
  const { rows } = await db.query(`SELECT * FROM events WHERE stream_id LIKE 'campaign-%' ORDER BY position`);
  const all = rows.map(toRecordedEvent);
  await projectCampaignEvents(db, all.filter((e) => e.type === 'CampaignOpened' || e.type === 'TasksPlanned'));
  for (const e of all) {
    if (e.type === 'TaskStarted' || e.type === 'ReportAttached') {
      const data = e.data as { taskId: string; reportId: string };
      starts.push({ id: data.taskId, report: data.reportId });
    }
  }
  const events = all.length;
  await db.query(`UPDATE campaign_tasks t SET report_id = s.report FROM jsonb_to_recordset($1::jsonb) AS s(id uuid, report text) WHERE t.id = s.id`,
    [JSON.stringify(starts)]);
  await db.query(`
    UPDATE campaign_tasks t SET state = s.state FROM (
      SELECT DISTINCT ON (e.stream_id) e.stream_id, task_state_after(e.type) AS state FROM events e
      WHERE e.stream_id IN (SELECT 'report-' || report_id FROM campaign_tasks WHERE report_id IS NOT NULL) AND e.type = ANY($1)
      ORDER BY e.stream_id, e.version DESC) s
    WHERE t.report_id IS NOT NULL AND 'report-' || t.report_id = s.stream_id`, [Object.keys(TASK_STATE_AFTER)]);
  const counts = await db.query(`SELECT (SELECT count(*) FROM campaigns)::int AS campaigns, (SELECT count(*) FROM campaign_tasks)::int AS tasks`);
  return { events, ...counts.rows[0] };
}
