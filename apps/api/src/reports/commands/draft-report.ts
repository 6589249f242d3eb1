import { Inject } from '@nestjs/common';
import { Command, CommandHandler, ICommandHandler } from '@nestjs/cqrs';
import type { Pool } from 'pg';
import type { Actor } from '@jixiao/domain';
import type { ReportView } from '@jixiao/read-models';
import { draftReport, ReportStreams } from '@jixiao/reports';
import { PG_POOL } from '../../infrastructure/infrastructure.module';
import type { CommandContext, Executed } from './command-context';

/** The preparer imports a form (SPEC §2) as a draft of their department; the report id is made here. */
export class DraftReportCommand extends Command<Executed> {
  constructor(
    readonly document: unknown,
    readonly context: Omit<CommandContext, 'reportId' | 'expectedVersion'> & { actor: Actor },
  ) {
    super();
  }
}

@CommandHandler(DraftReportCommand)
export class DraftReportHandler implements ICommandHandler<DraftReportCommand> {
  constructor(
    private readonly reports: ReportStreams<ReportView>,
    @Inject(PG_POOL) private readonly pool: Pool,
  ) {}

  execute({ document, context }: DraftReportCommand): Promise<Executed> {
    const { actor, correlationId, recordReply } = context;
    return draftReport(this.reports, this.pool, { document, actor, correlationId, alsoInTransaction: recordReply });
  }
}
