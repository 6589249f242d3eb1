import { Command, CommandHandler, ICommandHandler } from '@nestjs/cqrs';
import type { SetIndicator } from '@jixiao/domain';
import type { ReportView } from '@jixiao/read-models';
import { ReportStreams } from '@jixiao/reports';
import { CommandContext, Executed, executeIn } from './command-context';

/** The preparer adds an indicator row (a new id) or rewrites one; a changed score needs a reason. */
export class SetIndicatorCommand extends Command<Executed> {
  constructor(
    readonly context: CommandContext,
    readonly data: SetIndicator['data'],
  ) {
    super();
  }
}

@CommandHandler(SetIndicatorCommand)
export class SetIndicatorHandler implements ICommandHandler<SetIndicatorCommand> {
  constructor(private readonly reports: ReportStreams<ReportView>) {}

  execute({ context, data }: SetIndicatorCommand): Promise<Executed> {
    return executeIn(this.reports, context, { type: 'SetIndicator', actor: context.actor, data });
  }
}
