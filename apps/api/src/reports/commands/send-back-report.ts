import { Command, CommandHandler, ICommandHandler } from '@nestjs/cqrs';
import type { SendBackReport } from '@jixiao/domain';
import type { ReportView } from '@jixiao/read-models';
import { ReportStreams } from '@jixiao/reports';
import { CommandContext, Executed, executeIn } from './command-context';

/** The head sends a submitted report back to the preparer with a comment. */
export class SendBackReportCommand extends Command<Executed> {
  constructor(
    readonly context: CommandContext,
    readonly data: SendBackReport['data'],
  ) {
    super();
  }
}

@CommandHandler(SendBackReportCommand)
export class SendBackReportHandler implements ICommandHandler<SendBackReportCommand> {
  constructor(private readonly reports: ReportStreams<ReportView>) {}

  execute({ context, data }: SendBackReportCommand): Promise<Executed> {
    return executeIn(this.reports, context, { type: 'SendBackReport', actor: context.actor, data });
  }
}
