import { Command, CommandHandler, ICommandHandler } from '@nestjs/cqrs';
import type { ReportView } from '@jixiao/read-models';
import { ReportStreams } from '@jixiao/reports';
import { CommandContext, Executed, executeIn } from './command-context';

/** The head signs the submitted version off. */
export class SignOffReportCommand extends Command<Executed> {
  constructor(readonly context: CommandContext) {
    super();
  }
}

@CommandHandler(SignOffReportCommand)
export class SignOffReportHandler implements ICommandHandler<SignOffReportCommand> {
  constructor(private readonly reports: ReportStreams<ReportView>) {}

  execute({ context }: SignOffReportCommand): Promise<Executed> {
    return executeIn(this.reports, context, { type: 'SignOffReport', actor: context.actor, data: {} });
  }
}
