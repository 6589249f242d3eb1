import { Command, CommandHandler, ICommandHandler } from '@nestjs/cqrs';
import type { AcceptSum } from '@jixiao/domain';
import type { ReportView } from '@jixiao/read-models';
import { ReportStreams } from '@jixiao/reports';
import { CommandContext, Executed, executeIn } from './command-context';

/** The preparer takes the sum of the scores as the printed 总分 of a table (SPEC §6). */
export class AcceptSumCommand extends Command<Executed> {
  constructor(
    readonly context: CommandContext,
    readonly data: AcceptSum['data'],
  ) {
    super();
  }
}

@CommandHandler(AcceptSumCommand)
export class AcceptSumHandler implements ICommandHandler<AcceptSumCommand> {
  constructor(private readonly reports: ReportStreams<ReportView>) {}

  execute({ context, data }: AcceptSumCommand): Promise<Executed> {
    return executeIn(this.reports, context, { type: 'AcceptSum', actor: context.actor, data });
  }
}
