import { Command, CommandHandler, ICommandHandler } from '@nestjs/cqrs';
import type { AdjustScore } from '@jixiao/domain';
import type { ReportView } from '@jixiao/read-models';
import { ReportStreams } from '@jixiao/reports';
import { CommandContext, Executed, executeIn } from './command-context';

/** The reviewer's adjusted score, with a reason. */
export class AdjustScoreCommand extends Command<Executed> {
  constructor(
    readonly context: CommandContext,
    readonly data: AdjustScore['data'],
  ) {
    super();
  }
}

@CommandHandler(AdjustScoreCommand)
export class AdjustScoreHandler implements ICommandHandler<AdjustScoreCommand> {
  constructor(private readonly reports: ReportStreams<ReportView>) {}

  execute({ context, data }: AdjustScoreCommand): Promise<Executed> {
    return executeIn(this.reports, context, { type: 'AdjustScore', actor: context.actor, data });
  }
}
