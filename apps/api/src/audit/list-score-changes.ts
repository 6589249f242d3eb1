import { IQueryHandler, QueryHandler } from '@nestjs/cqrs';
import { z } from 'zod';
import type { Actor } from '@jixiao/domain';
import { ReadSource } from '../infrastructure/read-source';
import { visibleTo } from '../reports/queries/visibility';

export const ScoreChangesQuery = z.strictObject({
  fiscalYear: z.string().regex(/^\d{4}$/, '应为四位年度，如 2024').optional(),
  department: z.string().trim().min(1).max(100).optional(),
  actor: z.string().trim().min(1).max(100).optional(),
  reportId: z.uuid('应为报告编号（UUID）').optional(),
  source: z.enum(['self', 'reviewer', 'system']).optional(),
  page: z.coerce.number().int().min(1).max(100000).default(1),
  pageSize: z.coerce.number().int().min(1).max(500).default(50),
});

export class ListScoreChanges {
  constructor(
    readonly filter: z.infer<typeof ScoreChangesQuery>,
    readonly actor: Actor,
  ) {}
}

/** One row per score change across the reports the actor may read, newest first, as far as the worker has projected them. */
@QueryHandler(ListScoreChanges)
export class ListScoreChangesHandler implements IQueryHandler<ListScoreChanges> {
  constructor(private readonly reads: ReadSource) {}

  async execute({ filter, actor }: ListScoreChanges) {
    const { pool } = await this.reads.forActor(actor);
    const params: unknown[] = [];
    const conditions = [visibleTo(actor, 'r', params)];
    if (filter.fiscalYear) conditions.push(`c.fiscal_year = $${params.push(filter.fiscalYear)}`);
    if (filter.department) conditions.push(`(c.department = $${params.push(filter.department)} OR r.department_name = $${params.length})`);
    if (filter.actor) conditions.push(`c.actor_username = $${params.push(filter.actor)}`);
    if (filter.reportId) conditions.push(`c.report_id = $${params.push(filter.reportId)}`);
    if (filter.source) conditions.push(`c.source = $${params.push(filter.source)}`);
    const where = conditions.join(' AND ');
    const from = `FROM score_changes c JOIN report_summary r ON r.id = c.report_id WHERE ${where}`;
    const [{ rows: [counted] }, { rows }] = await Promise.all([
      pool.query(`SELECT count(*)::int AS total ${from}`, params),
      pool.query(
        `SELECT c.*, r.title, r.department_name ${from} ORDER BY c.position DESC, c.seq
         LIMIT ${filter.pageSize} OFFSET ${(filter.page - 1) * filter.pageSize}`,
        params,
      ),
    ]);
    return { items: rows.map(toItem), total: counted.total, page: filter.page, pageSize: filter.pageSize };
  }
}

function toItem(row: Record<string, any>) {
  return {
    position: String(row.position),
    report: { id: row.report_id, title: row.title, revision: row.revision, fiscalYear: row.fiscal_year, department: row.department, departmentName: row.department_name },
    indicator: { id: row.indicator_id, name: row.indicator_name },
    from: row.from_score,
    to: row.to_score,
    actor: { username: row.actor_username, role: row.actor_role, department: row.actor_department },
    at: new Date(row.at).toISOString(),
    reason: row.reason,
    source: row.source,
  };
}
