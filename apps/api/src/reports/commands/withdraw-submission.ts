import { Command, CommandHandler, ICommandHandler } from '@nestjs/cqrs';
import type { ReportView } from '@jixiao/read-models';
import { ReportStreams } from '@jixiao/reports';
import { CommandContext, Executed, executeIn } from './command-context';

/** The preparer recalls a submission before it is signed. */
export class WithdrawSubmissionCommand extends Command<Executed> {
  constructor(readonly context: CommandContext) {
    super();
  }
}

@CommandHandler(WithdrawSubmissionCommand)
export class WithdrawSubmissionHandler implements ICommandHandler<WithdrawSubmissionCommand> {
  constructor(private readonly reports: ReportStreams<ReportView>) {}

  execute({ context }: WithdrawSubmissionCommand): Promise<Executed> {
    return executeIn(this.reports, context, { type: 'WithdrawSubmission', actor: context.actor, data: {} });
  }
}
