import { Command, CommandHandler, ICommandHandler } from '@nestjs/cqrs';
import type { ReturnReport } from '@jixiao/domain';
import type { ReportView } from '@jixiao/read-models';
import { ReportStreams } from '@jixiao/reports';
import { CommandContext, Executed, executeIn } from './command-context';

/** The reviewer returns a signed-off report to draft with comments. */
export class ReturnReportCommand extends Command<Executed> {
  constructor(
    readonly context: CommandContext,
    readonly data: ReturnReport['data'],
  ) {
    super();
  }
}

@CommandHandler(ReturnReportCommand)
export class ReturnReportHandler implements ICommandHandler<ReturnReportCommand> {
  constructor(private readonly reports: ReportStreams<ReportView>) {}

  execute({ context, data }: ReturnReportCommand): Promise<Executed> {
    return executeIn(this.reports, context, { type: 'ReturnReport', actor: context.actor, data });
  }
}
