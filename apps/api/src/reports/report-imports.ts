import { randomUUID } from 'node:crypto';
import { Inject, Injectable } from '@nestjs/common';
import type { Pool, PoolClient } from 'pg';
import { Actor, InvalidInput, RoleNotPermitted } from '@jixiao/domain';
import type { ReportView } from '@jixiao/read-models';
import { Executed, ReportStreams } from '@jixiao/reports';
import { readProjectFormXlsx } from '@jixiao/documents';
import { parseImportDocument } from '@jixiao/scoring';
import { PG_POOL } from '../infrastructure/infrastructure.module';

/** Turns an import document (SPEC §2) into a draft of the importing preparer's department. */
@Injectable()
export class ReportImports {
  constructor(
    private readonly reports: ReportStreams,
    @Inject(PG_POOL) private readonly pool: Pool,
  ) {}

  async readXlsx(buffer: Buffer): Promise<unknown> {
    const read = await readProjectFormXlsx(buffer);
    if (!read.ok) throw new InvalidInput(read.problems.map((p) => ({ ...p, path: p.path === 'file' ? 'file' : `file.${p.path}` })));
    return read.document;
  }

  async draft(
    body: unknown, actor: Actor, correlationId: string,
    alsoInTransaction?: (client: PoolClient, view: ReportView) => Promise<void>,
  ): Promise<Executed> {
    if (actor.role !== 'preparer' || !actor.department) throw new RoleNotPermitted('只有部门填表人可以创建或导入报告');
    const parsed = parseImportDocument(body);
    if (!parsed.ok) throw new InvalidInput(parsed.problems);
    const { rows } = await this.pool.query('SELECT name FROM departments WHERE code = $1', [actor.department]);
    const reportId = randomUUID();
    return this.reports.execute(
      reportId,
      { type: 'DraftReport', actor, data: { reportId, document: parsed.document, departmentName: rows[0]?.name ?? actor.department } },
      { expectedVersion: 0, correlationId, alsoInTransaction },
    );
  }
}
