// The one naming of report streams: `report-<uuid>` holds the report's own events; `report-<uuid>-scores` and
// `report-<uuid>-documents` are the worker's companions, its facts kept out of the report's own stream and version.
const UUID = '[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}';
const REPORT_STREAM = new RegExp(`^report-(${UUID})(-[a-z]+)?$`);

export const reportStreamOf = (reportId: string) => `report-${reportId}`;
export const scoresStreamOf = (reportId: string) => `report-${reportId}-scores`;
export const documentsStreamOf = (reportId: string) => `report-${reportId}-documents`;
/** Every stream of a report, in the order the history lists them. */
export const streamsOfReport = (reportId: string) => [
  reportStreamOf(reportId),
  scoresStreamOf(reportId),
  documentsStreamOf(reportId),
];
/** A SQL LIKE pattern matching every report stream and companion. */
export const REPORT_STREAMS_LIKE = 'report-%';

export interface ReportStreamId {
  reportId: string;
  isCompanion: boolean;
}

// A replay asks this of every event several times over, and a report's events come close together in the log: the
// streams seen last are answered without the regular expression. Cleared when full, so it never grows past its size.
const recentlySeen = new Map<string, Readonly<ReportStreamId> | null>();
const RECENT_STREAMS = 4096;

/** The report id of a report stream or of one of its companions; null for any other stream. */
export function reportIdOf(streamId: string): Readonly<ReportStreamId> | null {
  let id = recentlySeen.get(streamId);
  if (id === undefined) {
    const match = REPORT_STREAM.exec(streamId);
    id = match ? Object.freeze({ reportId: match[1], isCompanion: match[2] !== undefined }) : null;
    if (recentlySeen.size >= RECENT_STREAMS) recentlySeen.clear();
    recentlySeen.set(streamId, id);
  }
  return id;
}
