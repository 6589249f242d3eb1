import type { RecordedEvent } from '@jixiao/event-store';

export type JobName = 'recompute-scores' | 'render-documents';

export interface TransitionJob {
  reportId: string;
  version: number;
  position: string;
  /** The correlation id of the command whose event this job follows, so its log lines join that request's. */
  correlationId?: string;
}

/** SPEC §8: every state transition (creation included) recomputes scores and renders that version's documents. */
export const TRANSITIONS = new Set([
  'ReportDrafted', 'SelfEvaluationSubmitted', 'SubmissionWithdrawn', 'ReportSentBack', 'ReportSignedOff',
  'ReportReturned', 'ReportApproved', 'ReportPublished', 'RevisionOpened',
]);

const REPORT_STREAM = /^report-([0-9a-f-]{36})$/;

export function jobsFor(event: RecordedEvent): { name: JobName; id: string; data: TransitionJob }[] {
  const match = REPORT_STREAM.exec(event.streamId);
  if (!match || !TRANSITIONS.has(event.type)) return [];
  const correlationId = (event.metadata as { correlationId?: string } | undefined)?.correlationId;
  const data: TransitionJob = { reportId: match[1], version: event.version, position: event.position, ...(correlationId ? { correlationId } : {}) };
  return (['recompute-scores', 'render-documents'] as const).map((name) => ({
    name,
    // Deterministic ids from the log: BullMQ refuses a second job with the same id, so a re-fed event adds nothing.
    id: `report-${data.reportId}-v${data.version}-${name}`,
    data,
  }));
}

