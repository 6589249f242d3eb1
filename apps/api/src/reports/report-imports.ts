import { Inject, Injectable } from '@nestjs/common';
import type { Pool } from 'pg';
import { Actor, InvalidInput } from '@jixiao/domain';
import { readProjectFormXlsx } from '@jixiao/documents';
import type { ReportView } from '@jixiao/read-models';
import { draftReport, ExecuteOptions, Executed, ReportStreams } from '@jixiao/reports';
import { PG_POOL } from '../infrastructure/infrastructure.module';

/** Reading an uploaded XLSX into an import document (SPEC §9), and drafting for callers outside this module. */
@Injectable()
export class ReportImports {
  constructor(
    private readonly reports: ReportStreams<ReportView>,
    @Inject(PG_POOL) private readonly pool: Pool,
  ) {}

  async readXlsx(buffer: Buffer): Promise<unknown> {
    const read = await readProjectFormXlsx(buffer);
    if (!read.ok) throw new InvalidInput(read.problems.map((p) => ({ ...p, path: p.path === 'file' ? 'file' : `file.${p.path}` })));
    return read.document;
  }

  /** The same draft flow as POST /api/reports (libs/reports draftReport). */
  draft(
    document: unknown, actor: Actor, correlationId: string, alsoInTransaction?: ExecuteOptions<ReportView>['alsoInTransaction'],
  ): Promise<Executed<ReportView>> {
    return draftReport(this.reports, this.pool, { document, actor, correlationId, alsoInTransaction });
  }
}
