import { Inject } from '@nestjs/common';
import { IQueryHandler, QueryHandler } from '@nestjs/cqrs';
import type { Pool } from 'pg';
import { Actor, streamsOfReport } from '@jixiao/domain';
import { PostgresEventStore } from '@jixiao/event-store';
import { HistoryLine, historyLinesOf, ReportView } from '@jixiao/read-models';
import { ReportStreams } from '@jixiao/reports';
import { PG_POOL } from '../../infrastructure/infrastructure.module';

export class GetReportHistory {
  constructor(
    readonly reportId: string,
    readonly actor: Actor,
  ) {}
}

/** Every event of the report and of the worker's companion streams, in commit order, upcast, each with what it did. */
@QueryHandler(GetReportHistory)
export class GetReportHistoryHandler implements IQueryHandler<GetReportHistory> {
  private readonly store: PostgresEventStore;

  constructor(
    private readonly reports: ReportStreams<ReportView>,
    @Inject(PG_POOL) pool: Pool,
  ) {
    this.store = new PostgresEventStore(pool);
  }

  async execute({ reportId, actor }: GetReportHistory): Promise<HistoryLine[]> {
    await this.reports.loadVisible(reportId, actor);
    return historyLinesOf(await this.store.readStreams(streamsOfReport(reportId)), actor);
  }
}
