import type { Pool } from 'pg';
import { Actor, TASK_STATES, TaskState } from '@jixiao/domain';
import { CampaignNotFound } from '@jixiao/campaigns';
import { visibleDepartments } from './progress';

const CAMPAIGN_COLUMNS = `c.id, c.fiscal_year AS "fiscalYear", c.title, c.region_code AS region, r.name AS "regionName",
  to_char(c.self_evaluation_due, 'YYYY-MM-DD') AS "selfEvaluationDue", to_char(c.review_due, 'YYYY-MM-DD') AS "reviewDue",
  c.departments, c.department_reports AS "departmentReports", c.opened_by AS "openedBy", c.opened_at AS "openedAt"`;

export interface CampaignSummary {
  id: string;
  fiscalYear: string;
  title: string;
  region: string;
  selfEvaluationDue: string;
  reviewDue: string;
  departments: string[];
}

/** Campaigns that reach a department the actor sees. */
export async function listCampaigns(pool: Pool, actor: Actor): Promise<CampaignSummary[]> {
  const { rows } = await pool.query(
    `SELECT ${CAMPAIGN_COLUMNS} FROM campaigns c LEFT JOIN regions r ON r.code = c.region_code
     WHERE $1::text[] IS NULL OR c.departments && $1 ORDER BY c.opened_at DESC LIMIT 500`, [visibleDepartments(actor)]);
  return rows;
}

export async function getCampaign(pool: Pool, id: string, actor: Actor): Promise<CampaignSummary> {
  if (!/^[0-9a-f-]{36}$/i.test(id)) throw new CampaignNotFound('自评任务');
  const { rows } = await pool.query(
    `SELECT ${CAMPAIGN_COLUMNS} FROM campaigns c LEFT JOIN regions r ON r.code = c.region_code
     WHERE c.id = $1 AND ($2::text[] IS NULL OR c.departments && $2)`, [id, visibleDepartments(actor)]);
  if (!rows[0]) throw new CampaignNotFound('自评任务');
  return rows[0];
}

export async function listTasks(pool: Pool, campaignId: string, actor: Actor, today: string, page: number, pageSize: number) {
  const { rows } = await pool.query(
    `SELECT t.id, t.kind, t.department, COALESCE(d.name, t.department) AS "departmentName", t.project_code AS "projectCode",
       t.project_name AS "projectName", t.implementing_unit AS "implementingUnit", t.initial_budget AS "initialBudget",
       t.annual_budget AS "annualBudget", t.executed, t.execution_weight AS "executionWeight", t.report_id AS "reportId", s.version, t.state,
       to_char(t.due, 'YYYY-MM-DD') AS due, count(*) OVER () AS total
     FROM campaign_tasks t LEFT JOIN departments d ON d.code = t.department
     LEFT JOIN report_summary s ON s.id = t.report_id::uuid
     WHERE t.campaign_id = $1 AND ($2::text[] IS NULL OR t.department = ANY($2))
     ORDER BY t.department, t.seq LIMIT $3 OFFSET $4`,
    [campaignId, visibleDepartments(actor), pageSize, (page - 1) * pageSize]);
  return {
    total: Number(rows[0]?.total ?? 0),
    items: rows.map(({ total: _, ...task }) => ({
      ...task, stateLabel: TASK_STATES[task.state as TaskState], overdue: task.due !== null && task.due < today,
    })),
  };
}
