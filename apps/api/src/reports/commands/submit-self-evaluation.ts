import { Command, CommandHandler, ICommandHandler } from '@nestjs/cqrs';
import type { ReportView } from '@jixiao/read-models';
import { ReportStreams } from '@jixiao/reports';
import { CommandContext, Executed, executeIn } from './command-context';

/** The preparer submits the self-evaluation; refused while an error of their own making remains. */
export class SubmitSelfEvaluationCommand extends Command<Executed> {
  constructor(readonly context: CommandContext) {
    super();
  }
}

@CommandHandler(SubmitSelfEvaluationCommand)
export class SubmitSelfEvaluationHandler implements ICommandHandler<SubmitSelfEvaluationCommand> {
  constructor(private readonly reports: ReportStreams<ReportView>) {}

  execute({ context }: SubmitSelfEvaluationCommand): Promise<Executed> {
    return executeIn(this.reports, context, { type: 'SubmitSelfEvaluation', actor: context.actor, data: {} });
  }
}
