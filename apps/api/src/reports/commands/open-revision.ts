import { Command, CommandHandler, ICommandHandler } from '@nestjs/cqrs';
import type { OpenRevision } from '@jixiao/domain';
import type { ReportView } from '@jixiao/read-models';
import { ReportStreams } from '@jixiao/reports';
import { CommandContext, Executed, executeIn } from './command-context';

/** The head or reviewer opens the next revision of a published report. */
export class OpenRevisionCommand extends Command<Executed> {
  constructor(
    readonly context: CommandContext,
    readonly data: OpenRevision['data'],
  ) {
    super();
  }
}

@CommandHandler(OpenRevisionCommand)
export class OpenRevisionHandler implements ICommandHandler<OpenRevisionCommand> {
  constructor(private readonly reports: ReportStreams<ReportView>) {}

  execute({ context, data }: OpenRevisionCommand): Promise<Executed> {
    return executeIn(this.reports, context, { type: 'OpenRevision', actor: context.actor, data });
  }
}
