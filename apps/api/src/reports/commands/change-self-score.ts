import { Command, CommandHandler, ICommandHandler } from '@nestjs/cqrs';
import type { ChangeSelfScore } from '@jixiao/domain';
import type { ReportView } from '@jixiao/read-models';
import { ReportStreams } from '@jixiao/reports';
import { CommandContext, Executed, executeIn } from './command-context';

/** The preparer's self score, with a reason (SPEC §7). */
export class ChangeSelfScoreCommand extends Command<Executed> {
  constructor(
    readonly context: CommandContext,
    readonly data: ChangeSelfScore['data'],
  ) {
    super();
  }
}

@CommandHandler(ChangeSelfScoreCommand)
export class ChangeSelfScoreHandler implements ICommandHandler<ChangeSelfScoreCommand> {
  constructor(private readonly reports: ReportStreams<ReportView>) {}

  execute({ context, data }: ChangeSelfScoreCommand): Promise<Executed> {
    return executeIn(this.reports, context, { type: 'ChangeSelfScore', actor: context.actor, data });
  }
}
