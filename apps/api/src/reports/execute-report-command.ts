import { CommandHandler, ICommandHandler } from '@nestjs/cqrs';
import type { ReportCommand } from '@jixiao/domain';
import { ExecuteOptions, Executed, ReportStreams } from '@jixiao/reports';

/** The one bus command: every report command goes load → decide → append + project. */
export class ExecuteReportCommand {
  constructor(
    readonly reportId: string,
    readonly command: ReportCommand,
    readonly options: ExecuteOptions,
  ) {}
}

@CommandHandler(ExecuteReportCommand)
export class ExecuteReportCommandHandler implements ICommandHandler<ExecuteReportCommand, Executed> {
  constructor(private readonly reports: ReportStreams) {}

  execute({ reportId, command, options }: ExecuteReportCommand): Promise<Executed> {
    return this.reports.execute(reportId, command, options);
  }
}
