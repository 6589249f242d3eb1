import type { Pool } from 'pg';
import { isCalendarDate, TASK_STATES } from '@jixiao/domain';
import type { Mailer } from './mailer';

export const DAYS_BEFORE_DUE = 3;

// Whoever the task waits for (its department's preparers, its head, or a reviewer whose region holds the
// department), and on an overdue task the department's head too. The unique key (task, kind, day, username)
// makes a second run of the same day add nothing.
const REMIND = `
  WITH RECURSIVE closure AS (
    SELECT code AS ancestor, code AS descendant FROM regions
    UNION ALL SELECT c.ancestor, r.code FROM closure c JOIN regions r ON r.parent_code = c.descendant),
  due_tasks AS (
    SELECT t.id, t.department, t.state, t.due, t.project_name, t.report_id, c.title AS campaign_title,
      CASE WHEN t.due < $1::date THEN 'overdue' ELSE 'due_soon' END AS kind
    FROM campaign_tasks t JOIN campaigns c ON c.id = t.campaign_id
    WHERE t.due IS NOT NULL AND (t.due = $1::date + ${DAYS_BEFORE_DUE} OR t.due < $1::date)),
  recipients AS (
    SELECT d.*, u.username FROM due_tasks d JOIN users u ON u.active AND (
      (d.state IN ('not_started', 'drafting', 'returned', 'sent_back') AND u.role = 'preparer' AND u.department = d.department)
      OR (d.state = 'awaiting_sign_off' AND u.role = 'head' AND u.department = d.department)
      OR (d.state = 'awaiting_review' AND u.role = 'reviewer' AND EXISTS (
        SELECT 1 FROM closure cl JOIN departments dep ON dep.region_code = cl.descendant
        WHERE cl.ancestor = u.region_code AND dep.code = d.department)))
    UNION
    SELECT d.*, u.username FROM due_tasks d JOIN users u ON u.active AND u.role = 'head' AND u.department = d.department
    WHERE d.kind = 'overdue')
  INSERT INTO notifications (username, task_id, kind, day, title, body, link)
  SELECT username, id, kind, $1::date,
    CASE kind WHEN 'overdue' THEN '已逾期：' ELSE '即将到期：' END || project_name,
    campaign_title || '：' || (${stateLabels('state')}) || '，截止日期 ' || to_char(due, 'YYYY-MM-DD')
      || CASE kind WHEN 'overdue' THEN '，已逾期 ' || ($1::date - due) || ' 天' ELSE '，还有 ${DAYS_BEFORE_DUE} 天' END,
    CASE WHEN report_id IS NULL THEN '/' ELSE '/reports/' || report_id END
  FROM recipients
  ON CONFLICT (task_id, kind, day, username) DO NOTHING
  RETURNING id`;

function stateLabels(column: string): string {
  return `CASE ${column} ${Object.entries(TASK_STATES).map(([state, label]) => `WHEN '${state}' THEN '${label}'`).join(' ')} END`;
}

export interface ReminderRun {
  day: string;
  notices: number;
  emailed: number;
  emailFailures: number;
}

/** SPEC §17 reminders for one day (Asia/Shanghai); safe to run any number of times a day. */
export async function runReminders(pool: Pool, today: string, mailer: Mailer | null = null): Promise<ReminderRun> {
  if (!isCalendarDate(today)) throw new Error(`日期应为 YYYY-MM-DD：${today}`);
  const { rows } = await pool.query(REMIND, [today]);
  const ids = rows.map((r) => String(r.id));
  const sent = mailer ? await emailNotices(pool, ids, mailer) : { emailed: 0, failures: 0 };
  return { day: today, notices: ids.length, emailed: sent.emailed, emailFailures: sent.failures };
}

async function emailNotices(pool: Pool, ids: string[], mailer: Mailer): Promise<{ emailed: number; failures: number }> {
  if (!ids.length) return { emailed: 0, failures: 0 };
  const { rows } = await pool.query(
    `SELECT n.id, n.title, n.body, u.email, u.display_name FROM notifications n JOIN users u ON u.username = n.username
     WHERE n.id = ANY($1) AND u.email IS NOT NULL AND u.email <> '' AND n.emailed_at IS NULL ORDER BY n.id`, [ids]);
  let emailed = 0;
  let failures = 0;
  for (const row of rows) {
    try {
      await mailer.send({ to: row.email, subject: `【绩效自评】${row.title}`, text: `${row.display_name}，您好：\n\n${row.body}\n` });
      await pool.query(`UPDATE notifications SET emailed_at = now() WHERE id = $1`, [row.id]);
      emailed++;
    } catch {
      failures++;
    }
  }
  return { emailed, failures };
}
