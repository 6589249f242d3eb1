import { Command, CommandHandler, ICommandHandler } from '@nestjs/cqrs';
import type { ReportView } from '@jixiao/read-models';
import { ReportStreams } from '@jixiao/reports';
import { CommandContext, Executed, executeIn } from './command-context';

/** The reviewer approves the signed-off version. */
export class ApproveReportCommand extends Command<Executed> {
  constructor(readonly context: CommandContext) {
    super();
  }
}

@CommandHandler(ApproveReportCommand)
export class ApproveReportHandler implements ICommandHandler<ApproveReportCommand> {
  constructor(private readonly reports: ReportStreams<ReportView>) {}

  execute({ context }: ApproveReportCommand): Promise<Executed> {
    return executeIn(this.reports, context, { type: 'ApproveReport', actor: context.actor, data: {} });
  }
}
