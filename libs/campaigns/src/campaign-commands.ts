import { randomUUID } from 'node:crypto';
import type { Pool } from 'pg';
import {
  Actor, Campaign, CampaignConflict, decideCampaign, decideTask, evolveCampaign, evolveTask, initialCampaign, OfferedReport,
  OpenCampaign, ProjectListRow, Task, TaskCommand, TaskEvent, CampaignEvent,
} from '@jixiao/domain';
import type { Executed, ReportStreams } from '@jixiao/reports';
import type { ReportView } from '@jixiao/read-models';
import { draftDocumentOf, TaskRow } from './drafts';
import { projectCampaignEvents } from './projection';
import { appendOn, campaignStreamOf, inTransaction, metadataOf, Queryable, readStream, taskStreamOf } from './streams';

export class CampaignNotFound extends Error {
  constructor(what: string) {
    super(`${what}不存在`);
  }
}

export type OpenCampaignInput = Omit<OpenCampaign['data'], 'campaignId' | 'today' | 'regionDepartments' | 'actorRegions' | 'newTaskIds'>;

export interface CommandContext {
  actor: Actor;
  /** Runs in the command's own transaction once its events are appended (the HTTP idempotency record). */
  alsoInTransaction?: (client: Queryable, result: { campaignId: string; reportId?: string; planned?: number; view?: ReportView }) => Promise<void>;
  /** Today in Asia/Shanghai: the injected clock. */
  today: string;
  at: string;
  correlationId: string;
}

const SUBTREE = `WITH RECURSIVE tree AS (SELECT code FROM regions WHERE code = $1
  UNION SELECT r.code FROM regions r JOIN tree ON r.parent_code = tree.code) SELECT code FROM tree`;

/** Campaign and task commands: load the stream, decide, append and project in one transaction. */
export class CampaignCommands {
  constructor(private readonly pool: Pool, private readonly reports: ReportStreams<ReportView>) {}

  async open(input: OpenCampaignInput, context: CommandContext): Promise<string> {
    const campaignId = randomUUID();
    const regionDepartments = await this.departmentsOf(input.region);
    const newTaskIds = Object.fromEntries((regionDepartments ?? []).map((code) => [code, randomUUID()]));
    const command: OpenCampaign = {
      type: 'OpenCampaign', actor: context.actor,
      data: { ...input, campaignId, today: context.today, regionDepartments, actorRegions: await this.regionsOf(context.actor), newTaskIds },
    };
    await this.decideAndAppend(campaignId, (campaign) => decideCampaign(command, campaign), context);
    return campaignId;
  }

  async importProjects(campaignId: string, rows: ProjectListRow[], context: CommandContext): Promise<{ added: number; unchanged: number }> {
    const actorRegions = await this.regionsOf(context.actor);
    const data = { rows, newTaskIds: rows.map(() => randomUUID()), actorRegions };
    const events = await this.decideAndAppend(campaignId, (campaign) => {
      if (!campaign.exists) throw new CampaignNotFound('自评任务');
      return decideCampaign({ type: 'ImportProjectList', actor: context.actor, data }, campaign);
    }, context);
    const added = events.reduce((n, e) => n + (e.type === 'TasksPlanned' ? e.data.tasks.length : 0), 0);
    return { added, unchanged: rows.length - added };
  }

  /** Drafts the task's report and records the start in one transaction: both or neither. */
  async start(campaignId: string, taskId: string, context: CommandContext): Promise<Executed<ReportView>> {
    const { task, row, head } = await this.loadTask(campaignId, taskId);
    const reportId = randomUUID();
    const events = decideTask({ type: 'StartTask', actor: context.actor, data: { reportId } }, task);
    return this.reports.execute(
      reportId,
      { type: 'DraftReport', actor: context.actor, data: { reportId, document: draftDocumentOf(row), departmentName: row.department_name } },
      {
        expectedVersion: 0, correlationId: context.correlationId, at: context.at,
        alsoInTransaction: async (client, view) => {
          await this.appendTaskEvents(client, campaignId, taskId, events, head, context);
          await context.alsoInTransaction?.(client, { campaignId, reportId, view });
        },
      },
    );
  }

  async attach(campaignId: string, taskId: string, reportId: string, context: CommandContext): Promise<void> {
    const { task, head } = await this.loadTask(campaignId, taskId);
    const report = await this.offered(reportId, context.actor);
    const events = decideTask({ type: 'AttachReport', actor: context.actor, data: { report } } as TaskCommand, task);
    await inTransaction(this.pool, async (client) => {
      await this.appendTaskEvents(client, campaignId, taskId, events, head, context);
      await context.alsoInTransaction?.(client, { campaignId, reportId });
    });
  }

  private async appendTaskEvents(
    client: Queryable, campaignId: string, taskId: string, events: TaskEvent[], head: { version: number; hash: string | null }, context: CommandContext,
  ): Promise<void> {
    const recorded = await appendOn(client, taskStreamOf(campaignId, taskId), events, head, metadataOf(context.actor, context.at, context.correlationId));
    await projectCampaignEvents(client, recorded);
  }

  private async decideAndAppend(campaignId: string, decide: (campaign: Campaign) => CampaignEvent[], context: CommandContext): Promise<CampaignEvent[]> {
    return inTransaction(this.pool, async (client) => {
      const { events, head } = await readStream(client, campaignStreamOf(campaignId));
      const campaign = events.map((e) => e as unknown as CampaignEvent).reduce(evolveCampaign, initialCampaign());
      const decided = decide(campaign);
      if (decided.length) {
        const recorded = await appendOn(client, campaignStreamOf(campaignId), decided, head, metadataOf(context.actor, context.at, context.correlationId));
        await projectCampaignEvents(client, recorded);
      }
      const planned = decided.reduce((n, e) => n + (e.type === 'TasksPlanned' ? e.data.tasks.length : 0), 0);
      await context.alsoInTransaction?.(client, { campaignId, planned });
      return decided;
    });
  }

  private async loadTask(campaignId: string, taskId: string): Promise<{ task: Task; row: TaskRow; head: { version: number; hash: string | null } }> {
    if (!isUuid(campaignId) || !isUuid(taskId)) throw new CampaignNotFound('任务');
    const { rows } = await this.pool.query(
      `SELECT t.*, c.fiscal_year, COALESCE(d.name, t.department) AS department_name FROM campaign_tasks t
       JOIN campaigns c ON c.id = t.campaign_id LEFT JOIN departments d ON d.code = t.department
       WHERE t.id = $1 AND t.campaign_id = $2`, [taskId, campaignId]);
    const row = rows[0] as TaskRow | undefined;
    if (!row) throw new CampaignNotFound('任务');
    const { events, head } = await readStream(this.pool, taskStreamOf(campaignId, taskId));
    const planned = {
      taskId, kind: row.kind, department: row.department,
      project: row.project_code === null ? null : {
        code: row.project_code, name: row.project_name, department: row.department, implementingUnit: row.implementing_unit,
        initialBudget: row.initial_budget, annualBudget: row.annual_budget, executed: row.executed, executionWeight: row.execution_weight,
      },
    };
    const initial: Task = { campaignId, fiscalYear: row.fiscal_year, planned, reportId: null };
    return { task: events.map((e) => e as unknown as TaskEvent).reduce(evolveTask, initial), row, head };
  }

  private async offered(reportId: string, actor: Actor): Promise<OfferedReport> {
    if (!isUuid(reportId)) throw new CampaignNotFound('报告');
    const { rows } = await this.pool.query(
      `SELECT s.id, s.kind, s.department, s.fiscal_year, s.state, t.id AS attached_to FROM report_summary s
       LEFT JOIN campaign_tasks t ON t.report_id = s.id::text WHERE s.id = $1`, [reportId]);
    const row = rows[0];
    if (!row || row.department !== actor.department) throw new CampaignNotFound('报告');
    return { id: row.id, kind: row.kind, department: row.department, fiscalYear: row.fiscal_year, state: row.state, attachedTo: row.attached_to };
  }

  /** The departments of a region and its sub-regions; null for an unknown region. */
  private async departmentsOf(region: string): Promise<string[] | null> {
    const { rows: regions } = await this.pool.query(SUBTREE, [region]);
    if (!regions.length) return null;
    const { rows } = await this.pool.query(`SELECT code FROM departments WHERE region_code = ANY($1) ORDER BY code`, [regions.map((r) => r.code)]);
    return rows.map((r) => r.code);
  }

  private async regionsOf(actor: Actor): Promise<string[] | null> {
    if (!actor.region) return actor.role === 'admin' ? null : [];
    const { rows } = await this.pool.query(SUBTREE, [actor.region]);
    return rows.map((r) => r.code);
  }
}

const isUuid = (text: string) => /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i.test(text);

export { CampaignConflict };
