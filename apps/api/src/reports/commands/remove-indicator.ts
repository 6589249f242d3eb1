import { Command, CommandHandler, ICommandHandler } from '@nestjs/cqrs';
import type { RemoveIndicator } from '@jixiao/domain';
import type { ReportView } from '@jixiao/read-models';
import { ReportStreams } from '@jixiao/reports';
import { CommandContext, Executed, executeIn } from './command-context';

/** The preparer removes an indicator row of a draft. */
export class RemoveIndicatorCommand extends Command<Executed> {
  constructor(
    readonly context: CommandContext,
    readonly data: RemoveIndicator['data'],
  ) {
    super();
  }
}

@CommandHandler(RemoveIndicatorCommand)
export class RemoveIndicatorHandler implements ICommandHandler<RemoveIndicatorCommand> {
  constructor(private readonly reports: ReportStreams<ReportView>) {}

  execute({ context, data }: RemoveIndicatorCommand): Promise<Executed> {
    return executeIn(this.reports, context, { type: 'RemoveIndicator', actor: context.actor, data });
  }
}
