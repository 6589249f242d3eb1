import { REPORT_STREAMS_LIKE, reportIdOf } from '@jixiao/domain';
import { cursorAfter, LOG_START, LogCursor, RecordedEvent } from '@jixiao/event-store';
import type { Queryable } from '@jixiao/event-store';
import { forEachLogPage } from './log-pages';
import { FoldedReport, ReportFolds } from './report-folds';
import { ReportModelWriter } from './report-models';
import { copyScoreChanges, ScoreChangesProjection } from './score-changes.projection';
import type { ScoreChangeRow } from './score-change-rows';
import { Lane } from './lane';

const PAGE = 5000;

// Which event ends each report stream: a report is written as soon as its last event is folded, so the database
// stores finished reports while the rest of the log is still being read.
const LAST_EVENTS = `SELECT stream_id, max(position)::text AS position FROM events WHERE stream_id LIKE '${REPORT_STREAMS_LIKE}' GROUP BY stream_id`;
// (companion streams are listed too; only a report stream's own last event finishes it)

export interface ReplayResult {
  events: number;
  reports: number;
  scoreChanges: number;
  /** Reports whose view was built from the worker's recorded scores instead of scoring the document again. */
  reusedScores: number;
  /** The last event, in (transaction, position) order, that score_changes now covers. */
  cursor: LogCursor;
}

/**
 * Rebuilds every read model (in whichever schema the search_path names first) in one pass over the log: report
 * events are folded for report_summary and report_view, each report written once; score_changes rows are
 * written page by page, for the events `coversScoreChanges` admits (a checkpoint stops short of the rest).
 */
export async function replayLog(
  db: Queryable,
  coversScoreChanges: (event: RecordedEvent) => boolean,
  reader: Queryable = db,
): Promise<ReplayResult> {
  for (const table of ['report_view', 'report_summary', 'score_changes']) await db.query(`DELETE FROM ${table}`);
  const lastEvents = new Map<string, string>((await reader.query(LAST_EVENTS)).rows.map((row) => [row.stream_id, row.position]));
  const lane = new Lane(db);
  const folds = new ReportFolds(db, true);
  const scoreChanges = new ScoreChangesProjection(db, true, folds);
  const writer = new ReportModelWriter(lane, (fold) => folds.recordedResult(fold));
  const late = new Map<string, FoldedReport>();
  let cursor: LogCursor = LOG_START;
  let written = 0;
  const events = await forEachLogPage(reader === db ? lane : new Lane(reader), PAGE, async (page) => {
    const rows: ScoreChangeRow[] = [];
    const finished: string[] = [];
    for (const event of page) {
      folds.noteRecorded(event);
      if (coversScoreChanges(event)) {
        rows.push(...scoreChanges.rowsOf(event));
        cursor = later(cursor, cursorAfter(event));
      } else {
        folds.apply(event);
      }
      const stream = reportIdOf(event.streamId);
      if (!stream || stream.isCompanion) continue;
      if (writer.has(stream.reportId)) late.set(stream.reportId, folds.get(stream.reportId)!);
      else if (lastEvents.get(event.streamId) === event.position) finished.push(stream.reportId);
    }
    if (rows.length) await lane.write([copyScoreChanges(rows)]);
    written += rows.length;
    await writer.write(finished.map((id) => folds.get(id)!));
  });
  await writer.write([...folds.all()]);
  await writer.replace([...late.values()]);
  await lane.flush();
  return { events, reports: writer.count, scoreChanges: written, reusedScores: writer.reused, cursor };
}

export function isAtOrBefore(a: LogCursor, b: LogCursor): boolean {
  const [ta, tb] = [BigInt(a.transactionId), BigInt(b.transactionId)];
  return ta < tb || (ta === tb && BigInt(a.position) <= BigInt(b.position));
}

const later = (a: LogCursor, b: LogCursor) => (isAtOrBefore(a, b) ? b : a);
