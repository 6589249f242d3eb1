import type { Actor, ReportCommand } from '@jixiao/domain';
import type { AppendRequirement, Queryable } from '@jixiao/event-store';
import type { ReportView } from '@jixiao/read-models';
import type { Executed as ExecutedOf, ReportStreams } from '@jixiao/reports';

export type Executed = ExecutedOf<ReportView>;

/** What every report command carries besides its own data: whose report, who asks, at which version. */
export interface CommandContext {
  reportId: string;
  actor: Actor;
  /** From If-Match; undefined when the client did not send one. */
  expectedVersion?: number;
  correlationId: string;
  /** The reply, recorded with the events when the request carries an Idempotency-Key. */
  recordReply?: (tx: Queryable, view: ReportView) => Promise<void>;
  /** What the append requires besides the stream's version: an account the guard took as remembered, unchanged. */
  requires?: AppendRequirement;
}

/** Load → decide → append with the read models; the one path of every command on an existing report. */
export function executeIn(
  reports: ReportStreams<ReportView>,
  context: CommandContext,
  command: ReportCommand,
): Promise<Executed> {
  return reports.execute(context.reportId, command, {
    expectedVersion: context.expectedVersion,
    correlationId: context.correlationId,
    alsoInTransaction: context.recordReply,
    requires: context.requires,
  });
}
