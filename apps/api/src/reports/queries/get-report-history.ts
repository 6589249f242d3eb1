import { IQueryHandler, QueryHandler } from '@nestjs/cqrs';
import type { Actor } from '@jixiao/domain';
import { PostgresEventStore } from '@jixiao/event-store';
import { documentsStreamOf, ReportStreams, scoresStreamOf, streamIdOf } from '@jixiao/reports';
import { Inject } from '@nestjs/common';
import type { Pool } from 'pg';
import { PG_POOL } from '../../infrastructure/infrastructure.module';

export class GetReportHistory {
  constructor(
    readonly reportId: string,
    readonly actor: Actor,
  ) {}
}

/** Every event of the report (and of the worker's companion streams), in commit order. */
@QueryHandler(GetReportHistory)
export class GetReportHistoryHandler implements IQueryHandler<GetReportHistory> {
  private readonly store: PostgresEventStore;

  constructor(
    private readonly reports: ReportStreams,
    @Inject(PG_POOL) pool: Pool,
  ) {
    this.store = new PostgresEventStore(pool);
  }

  async execute({ reportId, actor }: GetReportHistory) {
    await this.reports.loadVisible(reportId, actor);
    const events = await this.store.readStreams([streamIdOf(reportId), scoresStreamOf(reportId), documentsStreamOf(reportId)]);
    return events.map((event) => ({
      position: event.position,
      version: event.version,
      stream: event.streamId,
      type: event.type,
      at: event.metadata.at ?? event.recordedAt,
      actor: event.metadata.actor,
      data: event.data,
      hash: event.hash,
    }));
  }
}
