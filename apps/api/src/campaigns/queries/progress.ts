import type { Pool } from 'pg';
import { Actor, TASK_STATES, TaskState } from '@jixiao/domain';

export interface DepartmentProgress {
  department: string;
  departmentName: string;
  total: number;
  overdue: number;
  byState: Record<TaskState, number>;
}

export const PROGRESS = `
  SELECT t.department, t.state, count(*)::int AS n, count(*) FILTER (WHERE t.due < $2)::int AS overdue
  FROM campaign_tasks t WHERE t.campaign_id = $1 AND ($3::text[] IS NULL OR t.department = ANY($3))
  GROUP BY t.department, t.state`;

/** SPEC §17: per department, the campaign's tasks by state and how many are overdue. */
export async function readProgress(pool: Pool, campaignId: string, actor: Actor, today: string): Promise<DepartmentProgress[]> {
  const departments = visibleDepartments(actor);
  const [{ rows }, names] = await Promise.all([
    pool.query(PROGRESS, [campaignId, today, departments]),
    pool.query(`SELECT d.code, d.name FROM departments d JOIN campaigns c ON d.code = ANY(c.departments) WHERE c.id = $1`, [campaignId]),
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
  return [...byDepartment.values()].sort((a, b) => a.department.localeCompare(b.department));
}

/** A preparer or head sees their department; a reviewer, auditor or region admin their region's. */
export function visibleDepartments(actor: Actor): readonly string[] | null {
  if (actor.role === 'preparer' || actor.role === 'head') return [actor.department ?? ''];
  return actor.scope ?? null;
}
