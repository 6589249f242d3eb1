import { Inject } from '@nestjs/common';
import { IQueryHandler, QueryHandler } from '@nestjs/cqrs';
import type { Pool } from 'pg';
import { Actor, mayRead } from '@jixiao/domain';
import { ReportView, withAllowedCommands } from '@jixiao/read-models';
import { ReportNotFound } from '@jixiao/reports';
import { PG_POOL } from '../../infrastructure/infrastructure.module';
import { returnedAmong } from './returned';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

export class GetReport {
  constructor(
    readonly reportId: string,
    readonly actor: Actor | null,
  ) {}
}

@QueryHandler(GetReport)
export class GetReportHandler implements IQueryHandler<GetReport> {
  constructor(@Inject(PG_POOL) private readonly pool: Pool) {}

  async execute({ reportId, actor }: GetReport) {
    const view = await readView(this.pool, reportId, 'view');
    if (!view || !actor || !mayRead(actor, view)) throw new ReportNotFound(reportId);
    const returned = view.state === 'draft' && (await returnedAmong(async (sql, params) => (await this.pool.query(sql, params)).rows, [view.id])).has(view.id);
    return { ...withAllowedCommands(view, actor), returned };
  }
}

export async function readView(pool: Pool, reportId: string, column: 'view' | 'public_view'): Promise<ReportView | null> {
  if (!UUID.test(reportId)) return null;
  const { rows } = await pool.query(`SELECT ${column} AS view FROM report_view WHERE id = $1`, [reportId]);
  return rows[0]?.view ?? null;
}
