import type { Pool } from 'pg';
import { Actor, TASK_STATES, TaskState } from '@jixiao/domain';

export interface DepartmentProgress {
  department: string;
  departmentName: string;
  total: number;
  overdue: number;
  byState: Record<TaskState, number>;
}

// From the counts campaign_progress keeps; a task's due date is its campaign's for its state, so a whole count is
// overdue or none of it is.
export const PROGRESS = `
  SELECT p.department, p.state, p.tasks AS n,
    CASE WHEN p.state IN ('not_started', 'drafting', 'returned', 'sent_back', 'awaiting_sign_off') AND c.self_evaluation_due < $2 THEN p.tasks
         WHEN p.state = 'awaiting_review' AND c.review_due < $2 THEN p.tasks ELSE 0 END AS overdue
  FROM campaign_progress p JOIN campaigns c ON c.id = p.campaign_id
  WHERE p.campaign_id = $1 AND p.tasks > 0 AND ($3::text[] IS NULL OR p.department = ANY($3))`;

/** SPEC §17: per department, the campaign's tasks by state and how many are overdue. */
export async function readProgress(pool: Pool, campaignId: string, actor: Actor, today: string): Promise<DepartmentProgress[]> {
  const departments = visibleDepartments(actor);
  const [{ rows }, names] = await Promise.all([
    pool.query(PROGRESS, [campaignId, today, departments]),
    pool.query(`SELECT d.code, d.name FROM campaigns c CROSS JOIN unnest(c.departments) AS u(code) JOIN departments d ON d.code = u.code
      WHERE c.id = $1`, [campaignId]),
  ]);
  const nameOf = new Map(names.rows.map((r) => [r.code, r.name]));
  const byDepartment = new Map<string, DepartmentProgress>();
  for (const row of rows) {
    const entry = byDepartment.get(row.department) ?? {
      department: row.department, departmentName: nameOf.get(row.department) ?? row.department, total: 0, overdue: 0,
      byState: Object.fromEntries(Object.keys(TASK_STATES).map((s) => [s, 0])) as Record<TaskState, number>,
    };
    entry.byState[row.state as TaskState] += row.n;
    entry.total += row.n;
    entry.overdue += row.overdue;
    byDepartment.set(row.department, entry);
  }
  return [...byDepartment.values()].sort((a, b) => (a.department < b.department ? -1 : a.department > b.department ? 1 : 0));
}

/** A preparer or head sees their department; a reviewer, auditor or region admin their region's. */
export function visibleDepartments(actor: Actor): readonly string[] | null {
  if (actor.role === 'preparer' || actor.role === 'head') return [actor.department ?? ''];
  return actor.scope ?? null;
}
