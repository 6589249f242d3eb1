import { Command, CommandHandler, ICommandHandler } from '@nestjs/cqrs';
import type { ReportView } from '@jixiao/read-models';
import { ReportStreams } from '@jixiao/reports';
import { CommandContext, Executed, executeIn } from './command-context';

/** The reviewer or head publishes a reviewed report. */
export class PublishReportCommand extends Command<Executed> {
  constructor(readonly context: CommandContext) {
    super();
  }
}

@CommandHandler(PublishReportCommand)
export class PublishReportHandler implements ICommandHandler<PublishReportCommand> {
  constructor(private readonly reports: ReportStreams<ReportView>) {}

  execute({ context }: PublishReportCommand): Promise<Executed> {
    return executeIn(this.reports, context, { type: 'PublishReport', actor: context.actor, data: {} });
  }
}
