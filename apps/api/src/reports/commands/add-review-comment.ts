import { Command, CommandHandler, ICommandHandler } from '@nestjs/cqrs';
import type { AddReviewComment } from '@jixiao/domain';
import type { ReportView } from '@jixiao/read-models';
import { ReportStreams } from '@jixiao/reports';
import { CommandContext, Executed, executeIn } from './command-context';

/** The reviewer comments on a signed-off report, optionally on one indicator. */
export class AddReviewCommentCommand extends Command<Executed> {
  constructor(
    readonly context: CommandContext,
    readonly data: AddReviewComment['data'],
  ) {
    super();
  }
}

@CommandHandler(AddReviewCommentCommand)
export class AddReviewCommentHandler implements ICommandHandler<AddReviewCommentCommand> {
  constructor(private readonly reports: ReportStreams<ReportView>) {}

  execute({ context, data }: AddReviewCommentCommand): Promise<Executed> {
    return executeIn(this.reports, context, { type: 'AddReviewComment', actor: context.actor, data });
  }
}
