import { MigrationInterface, QueryRunner } from 'typeorm';

const TASK_TRANSITIONS = [
  ['ReportDrafted', 'drafting'], ['SelfEvaluationSubmitted', 'awaiting_sign_off'], ['SubmissionWithdrawn', 'drafting'],
  ['ReportSentBack', 'sent_back'], ['ReportSignedOff', 'awaiting_review'], ['ReportReturned', 'returned'],
  ['ReportApproved', 'reviewed'], ['ReportPublished', 'published'], ['RevisionOpened', 'drafting'],
];

/**
 * SPEC §17: campaigns and their tasks (projections of the campaign and task streams), the task state following
 * its report (a trigger on the report's transition events, in the append's own transaction), notifications.
 */
/** The grouped upsert of campaign_progress from task `deltas` (campaign_id, department, state, delta: ±1). */
export const progressUpsert = (deltas: string) => `
      INSERT INTO campaign_progress
        SELECT campaign_id, department, state, sum(delta) FROM (${deltas}) d GROUP BY 1, 2, 3 HAVING sum(delta) <> 0 ORDER BY 1, 2, 3
      ON CONFLICT (campaign_id, department, state) DO UPDATE SET tasks = campaign_progress.tasks + EXCLUDED.tasks`;
/** The tasks a statement trigger's transition tables removed and added, as deltas. */
export const TASKS_REMOVED = `SELECT campaign_id, department, state, -1 AS delta FROM old_rows`;
export const TASKS_ADDED = `SELECT campaign_id, department, state, 1 AS delta FROM new_rows`;

export class Campaigns1765200000000 implements MigrationInterface {
  name = 'Campaigns1765200000000';

  async up(db: QueryRunner): Promise<void> {
    await db.query(`
      CREATE TABLE campaigns (
        id                  uuid PRIMARY KEY,
        fiscal_year         text NOT NULL,
        title               text NOT NULL,
        region_code         text NOT NULL,
        self_evaluation_due date NOT NULL,
        review_due          date NOT NULL,
        departments         text[] NOT NULL,
        department_reports  boolean NOT NULL,
        opened_by           text NOT NULL,
        opened_at           timestamptz NOT NULL
      )`);
    await db.query(`CREATE INDEX campaigns_region ON campaigns (region_code, fiscal_year)`);
    await db.query(`
      CREATE TABLE campaign_tasks (
        id                  uuid PRIMARY KEY,
        campaign_id         uuid NOT NULL,
        seq                 integer NOT NULL,
        kind                text NOT NULL,
        department          text NOT NULL,
        project_code        text,
        project_name        text NOT NULL,
        implementing_unit   text NOT NULL DEFAULT '',
        initial_budget      text NOT NULL DEFAULT '',
        annual_budget       text NOT NULL DEFAULT '',
        executed            text NOT NULL DEFAULT '',
        execution_weight    text NOT NULL DEFAULT '',
        report_id           text UNIQUE,
        state               text NOT NULL DEFAULT 'not_started',
        self_evaluation_due date NOT NULL,
        review_due          date NOT NULL,
        due date GENERATED ALWAYS AS (CASE
          WHEN state IN ('not_started', 'drafting', 'returned', 'sent_back', 'awaiting_sign_off') THEN self_evaluation_due
          WHEN state = 'awaiting_review' THEN review_due END) STORED,
        UNIQUE (campaign_id, project_code)
      )`);
    // Inbox: a department's waiting tasks (preparer, head), a region's awaiting review (reviewer), by due date.
    await db.query(`CREATE INDEX campaign_tasks_waiting ON campaign_tasks (department, state, due) WHERE due IS NOT NULL`);
    // Inbox of a region's reviewer: walk one state in due order and stop at the page's end.
    await db.query(`CREATE INDEX campaign_tasks_due_order ON campaign_tasks (state, due, seq) INCLUDE (department) WHERE due IS NOT NULL`);
    // Progress and the summary: a campaign's tasks by department and state.
    await db.query(`CREATE INDEX campaign_tasks_progress ON campaign_tasks (campaign_id, department, state) INCLUDE (due)`);
    // Reminders: tasks due on a day or overdue.
    await db.query(`CREATE INDEX campaign_tasks_due ON campaign_tasks (due) WHERE due IS NOT NULL`);
    await db.query(`
      CREATE FUNCTION task_state_after(event_type text) RETURNS text IMMUTABLE LANGUAGE sql AS $$
        SELECT CASE event_type ${TASK_TRANSITIONS.map(([type, state]) => `WHEN '${type}' THEN '${state}'`).join(' ')} END
      $$`);
    await db.query(`
      CREATE FUNCTION campaign_task_follows_report() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        UPDATE campaign_tasks SET state = task_state_after(NEW.type) WHERE report_id = substr(NEW.stream_id, 8);
        RETURN NULL;
      END $$`);
    await db.query(`
      CREATE TRIGGER campaign_tasks_follow_reports AFTER INSERT ON events FOR EACH ROW
      WHEN (NEW.type IN (${TASK_TRANSITIONS.map(([type]) => `'${type}'`).join(', ')}) AND NEW.stream_id LIKE 'report-%')
      EXECUTE FUNCTION campaign_task_follows_report()`);
    // Progress at province scale reads counts, not 50,000 rows: tasks per (campaign, department, state), kept by
    // statement triggers on campaign_tasks. One upsert per statement, its rows in key order, so two transitions in
    // one department lock the counters in the same order and never deadlock. A count that falls to 0 stays as a 0.
    await db.query(`
      CREATE TABLE campaign_progress (
        campaign_id uuid NOT NULL,
        department  text NOT NULL,
        state       text NOT NULL,
        tasks       integer NOT NULL,
        PRIMARY KEY (campaign_id, department, state)
      )`);
    await db.query(`
      CREATE FUNCTION campaign_progress_count() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        IF TG_OP = 'INSERT' THEN ${progressUpsert(TASKS_ADDED)};
        ELSIF TG_OP = 'DELETE' THEN ${progressUpsert(TASKS_REMOVED)};
        ELSE ${progressUpsert(`${TASKS_REMOVED} UNION ALL ${TASKS_ADDED}`)};
        END IF;
        RETURN NULL;
      END $$`);
    await db.query(`CREATE TRIGGER campaign_progress_on_insert AFTER INSERT ON campaign_tasks
      REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION campaign_progress_count()`);
    await db.query(`CREATE TRIGGER campaign_progress_on_update AFTER UPDATE ON campaign_tasks
      REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION campaign_progress_count()`);
    await db.query(`CREATE TRIGGER campaign_progress_on_delete AFTER DELETE ON campaign_tasks
      REFERENCING OLD TABLE AS old_rows FOR EACH STATEMENT EXECUTE FUNCTION campaign_progress_count()`);
    await db.query(`
      CREATE TABLE notifications (
        id         bigserial PRIMARY KEY,
        username   text NOT NULL,
        task_id    uuid NOT NULL,
        kind       text NOT NULL CHECK (kind IN ('due_soon', 'overdue')),
        day        date NOT NULL,
        title      text NOT NULL,
        body       text NOT NULL,
        link       text NOT NULL,
        created_at timestamptz NOT NULL DEFAULT now(),
        read_at    timestamptz,
        emailed_at timestamptz,
        UNIQUE (task_id, kind, day, username)
      )`);
    await db.query(`CREATE INDEX notifications_of_user ON notifications (username, (read_at IS NULL) DESC, id DESC)`);
  }

  async down(db: QueryRunner): Promise<void> {
    await db.query(`DROP TABLE notifications`);
    await db.query(`DROP TABLE campaign_progress`);
    await db.query(`DROP TRIGGER campaign_tasks_follow_reports ON events`);
    await db.query(`DROP FUNCTION campaign_task_follows_report()`);
    await db.query(`DROP FUNCTION task_state_after(text)`);
    await db.query(`DROP TABLE campaign_tasks`);
    await db.query(`DROP FUNCTION campaign_progress_count()`);
    await db.query(`DROP TABLE campaigns`);
  }
}
