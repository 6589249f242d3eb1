import { Command, CommandHandler, ICommandHandler } from '@nestjs/cqrs';
import type { EditReportDetails } from '@jixiao/domain';
import type { ReportView } from '@jixiao/read-models';
import { ReportStreams } from '@jixiao/reports';
import { CommandContext, Executed, executeIn } from './command-context';

/** The preparer edits the printed heading, funds, goals or total of a draft. */
export class EditReportDetailsCommand extends Command<Executed> {
  constructor(
    readonly context: CommandContext,
    readonly data: EditReportDetails['data'],
  ) {
    super();
  }
}

@CommandHandler(EditReportDetailsCommand)
export class EditReportDetailsHandler implements ICommandHandler<EditReportDetailsCommand> {
  constructor(private readonly reports: ReportStreams<ReportView>) {}

  execute({ context, data }: EditReportDetailsCommand): Promise<Executed> {
    return executeIn(this.reports, context, { type: 'EditReportDetails', actor: context.actor, data });
  }
}
