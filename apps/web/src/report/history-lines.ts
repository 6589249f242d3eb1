import type { HistoryEvent } from '../api/types';

/** A line of GET /reports/:id/history: the stored event, upcast, with its Chinese label, who did it and what changed. */
export type HistoryLine = HistoryEvent;

/** One cell or fact an event changed, as the server words it (libs/read-models/src/history-lines.ts). */
export type Change = HistoryLine['changes'][number];

/** The worker's companion streams (scores, documents) have versions of their own, not the report's. */
export const isWorkerLine = (line: HistoryLine) => /-(scores|documents)$/.test(line.stream);

const RED = new Set(['ReportSentBack', 'ReportReturned', 'IndicatorRemoved']);
const GREEN = new Set(['ReportSignedOff', 'ReportApproved', 'ReportPublished', 'SelfEvaluationSubmitted']);

/** The dot's colour on the timeline: returns red, sign-offs and approvals green, the worker's lines gray. */
export function colorOf(line: HistoryLine): 'red' | 'green' | 'gray' | 'blue' {
  if (RED.has(line.type)) return 'red';
  if (GREEN.has(line.type)) return 'green';
  return isWorkerLine(line) ? 'gray' : 'blue';
}
