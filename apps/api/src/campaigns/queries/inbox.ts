import type { Pool } from 'pg';
import { Actor, TASK_STATE_AFTER, TASK_STATES, TaskState } from '@jixiao/domain';

/** SPEC §17: what waits for each role, as task states (and the report states of reports outside any campaign). */
const WAITING: Partial<Record<Actor['role'], { tasks: TaskState[]; reports: string }>> = {
  preparer: { tasks: ['not_started', 'drafting', 'returned', 'sent_back'], reports: 'draft' },
  head: { tasks: ['awaiting_sign_off'], reports: 'self_scored' },
  reviewer: { tasks: ['awaiting_review'], reports: 'signed_off' },
};

const LAST_TRANSITION = `(SELECT task_state_after(e.type) FROM events e WHERE e.stream_id = 'report-' || s.id AND e.type = ANY($4::text[])
  ORDER BY e.version DESC LIMIT 1)`;

// Overdue first, then by due date, is one order: every overdue date is earlier than every date still to come.
// Tasks come first, page by page in (due, seq) order (campaign_tasks_waiting for one department, campaign_tasks_due_order
// for a region's reviewer: an ordered index scan that stops at the page's end); reports outside any campaign have
// no due date and follow them. A page's report versions are looked up by id, one per task (a join planned as a hash
// over every report of the province was the slowest part at 50,000).
export const INBOX_TASKS = `
  SELECT t.id::text AS task_id, t.campaign_id::text AS campaign_id, c.title AS campaign_title, t.kind, t.department,
    t.project_code, t.project_name AS title, t.report_id, t.state, to_char(t.due, 'YYYY-MM-DD') AS due_text,
    COALESCE((SELECT name FROM departments d WHERE d.code = t.department), t.department) AS department_name,
    (SELECT s.version FROM report_summary s WHERE s.id = t.report_id::uuid) AS version
  FROM (SELECT * FROM campaign_tasks WHERE department = ANY($1) AND state = ANY($2) AND due IS NOT NULL
        ORDER BY due, seq LIMIT $3) t
  JOIN campaigns c ON c.id = t.campaign_id
  ORDER BY t.due, t.seq`;

/** One state (a head's, a reviewer's): `state = $2` lets campaign_tasks_due_order hand the rows over in due order. */
export const inboxTasksSql = (states: readonly string[]) =>
  states.length === 1 ? INBOX_TASKS.replace('state = ANY($2)', 'state = ($2::text[])[1]') : INBOX_TASKS;

const OUTSIDE = `
  SELECT NULL AS task_id, NULL AS campaign_id, NULL AS campaign_title, s.kind, s.department, NULL AS project_code, s.title,
    s.id::text AS report_id,
    CASE s.state WHEN 'draft' THEN COALESCE(${LAST_TRANSITION}, 'drafting') WHEN 'self_scored' THEN 'awaiting_sign_off' ELSE 'awaiting_review' END AS state,
    NULL AS due_text, s.department_name, s.version
  FROM report_summary s
  WHERE s.department = ANY($1) AND s.state = $2 AND NOT EXISTS (SELECT 1 FROM campaign_tasks t WHERE t.report_id = s.id::text)
  ORDER BY s.updated_at DESC, s.id LIMIT $3`;

// Every task past not_started has its report, in the report state its task state maps to: the reports outside
// any campaign are the reports in that state less the tasks that hold one (no anti-join over a region's reports).
const COUNTS = `
  SELECT t.tasks, t.overdue, t.started,
    (SELECT count(*) FROM report_summary s WHERE s.department = ANY($1) AND s.state = $3)::int - t.started AS outside
  FROM (SELECT count(*)::int AS tasks, (count(*) FILTER (WHERE due < $4))::int AS overdue,
          (count(*) FILTER (WHERE state <> 'not_started'))::int AS started
        FROM campaign_tasks WHERE department = ANY($1) AND state = ANY($2) AND due IS NOT NULL) t`;

const FEEDBACK = `
  SELECT DISTINCT ON (stream_id) substr(stream_id, 8) AS report_id, type, data, metadata->'actor' AS actor, metadata->>'at' AS at
  FROM events WHERE stream_id = ANY($1) AND type IN ('ReportReturned', 'ReportSentBack') ORDER BY stream_id, version DESC`;

export interface InboxItem {
  taskId: string | null;
  campaignId: string | null;
  campaignTitle: string | null;
  kind: string;
  department: string;
  departmentName: string;
  projectCode: string | null;
  title: string;
  reportId: string | null;
  /** The report's version, for If-Match (a batch names it per item). */
  version: number | null;
  state: TaskState;
  stateLabel: string;
  due: string | null;
  overdue: boolean;
  /** For a returned or sent-back report: the comments it came back with. */
  feedback: { by: string; role: string; at: string; comments: { indicatorId: string | null; body: string }[] } | null;
}

export interface Inbox {
  items: InboxItem[];
  total: number;
  overdue: number;
}

export async function readInbox(pool: Pool, actor: Actor, today: string, limit = 200): Promise<Inbox> {
  const waiting = WAITING[actor.role];
  const departments = actor.role === 'reviewer' ? actor.scope : [actor.department ?? ''];
  if (!waiting || !departments) return { items: [], total: 0, overdue: 0 };
  const [tasks, counts] = await Promise.all([
    pool.query(inboxTasksSql(waiting.tasks), [departments, waiting.tasks, limit]),
    pool.query(COUNTS, [departments, waiting.tasks, waiting.reports, today]),
  ]);
  const rest = limit - tasks.rows.length;
  const outside = rest > 0 && counts.rows[0].outside > 0
    ? (await pool.query(OUTSIDE, [departments, waiting.reports, rest, Object.keys(TASK_STATE_AFTER)])).rows : [];
  const rows = [...tasks.rows, ...outside];
  const feedback = await feedbackOf(pool, rows.filter((r) => r.state === 'returned' || r.state === 'sent_back').map((r) => r.report_id));
  const items = rows.map((r): InboxItem => ({
    taskId: r.task_id, campaignId: r.campaign_id, campaignTitle: r.campaign_title, kind: r.kind, department: r.department,
    departmentName: r.department_name, projectCode: r.project_code, title: r.title, reportId: r.report_id, version: r.version ?? null,
    state: r.state, stateLabel: TASK_STATES[r.state as TaskState], due: r.due_text, overdue: r.due_text !== null && r.due_text < today,
    feedback: feedback.get(r.report_id) ?? null,
  }));
  return { items, total: counts.rows[0].tasks + counts.rows[0].outside, overdue: counts.rows[0].overdue };
}

async function feedbackOf(pool: Pool, reportIds: string[]): Promise<Map<string, InboxItem['feedback']>> {
  if (!reportIds.length) return new Map();
  const { rows } = await pool.query(FEEDBACK, [reportIds.map((id) => `report-${id}`)]);
  return new Map(rows.map((r) => [r.report_id, {
    by: r.actor.username, role: r.actor.role, at: r.at,
    comments: r.type === 'ReportReturned'
      ? r.data.comments.map((c: { indicatorId: string | null; body: string }) => ({ indicatorId: c.indicatorId, body: c.body }))
      : [{ indicatorId: null, body: r.data.comment }],
  }]));
}
