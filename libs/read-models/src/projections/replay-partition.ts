import { REPORT_STREAMS_LIKE, reportIdOf } from '@jixiao/domain';
import { cursorAfter, LOG_START, LogCursor, RecordedEvent } from '@jixiao/event-store';
import type { Queryable } from '@jixiao/event-store';
import { Lane } from './lane';
import { forEachLogPage, Partition, partitionWhere } from './log-pages';
import { ReportFolds } from './report-folds';
import { ReportModelWriter, WriteSink } from './report-models';
import type { ScoreChangeRow } from './score-change-rows';
import { copyScoreChanges, ScoreChangesProjection } from './score-changes.projection';

const PAGE = 5000;

/**
 * Which score changes the replay writes: those of events in transactions below `xidBelow` (every such
 * transaction has finished), or those at or before the cursor `through`. A checkpoint stops short of the rest.
 */
export type Coverage = { xidBelow: string } | { through: LogCursor };

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
 * One pass over a share of the log as one snapshot sees it: report events are folded for report_summary and
 * report_view, each report written as soon as its last event (in its own stream or a companion) is folded, so
 * that the database stores finished reports while the rest of the log is still being read; score_changes rows
 * are written page by page.
 */
export async function replayPartition(
  reader: Queryable,
  partition: Partition,
  coverage: Coverage,
  sink: WriteSink,
): Promise<ReplayResult> {
  const lane = new Lane(reader);
  const where = partitionWhere(partition, 1);
  const lastEvents = new Map<string, string>(
    (
      await lane.query(
        `SELECT substr(stream_id, 8, 36) AS report_id, max(position)::text AS position FROM events
         WHERE stream_id LIKE '${REPORT_STREAMS_LIKE}' AND ${where.sql} GROUP BY 1`,
        where.values,
      )
    ).rows.map((row) => [row.report_id, row.position]),
  );
  const covers = coveredBy(coverage);
  const folds = new ReportFolds(reader, true);
  const scoreChanges = new ScoreChangesProjection(reader, true, folds);
  const writer = new ReportModelWriter(sink, (fold) => folds.recordedResult(fold));
  let cursor: LogCursor = LOG_START;
  let written = 0;
  const events = await forEachLogPage(
    lane,
    PAGE,
    async (page) => {
      const rows: ScoreChangeRow[] = [];
      const finished: string[] = [];
      for (const event of page) {
        folds.noteRecorded(event);
        if (covers(event)) {
          rows.push(...scoreChanges.rowsOf(event));
          cursor = later(cursor, cursorAfter(event));
        } else {
          folds.apply(event);
        }
        const stream = reportIdOf(event.streamId);
        if (stream && lastEvents.get(stream.reportId) === event.position) finished.push(stream.reportId);
      }
      if (rows.length) await sink([copyScoreChanges(rows)]);
      written += rows.length;
      await writer.write(finished.map((id) => folds.get(id)).filter((fold) => fold !== undefined));
      // A finished report's state is written: letting it go keeps the heap to the reports still open, which is
      // what the garbage collector's time grows with.
      for (const id of finished) {
        folds.forget(id);
        scoreChanges.forget(id);
      }
    },
    partition,
  );
  await writer.write([...folds.all()]);
  return { events, reports: writer.count, scoreChanges: written, reusedScores: writer.reused, cursor };
}

function coveredBy(coverage: Coverage): (event: RecordedEvent) => boolean {
  if ('xidBelow' in coverage) return (event) => compareCounts(event.transactionId!, coverage.xidBelow) < 0;
  return (event) => isAtOrBefore(cursorAfter(event), coverage.through);
}

/**
 * Two transaction ids or positions as PostgreSQL prints them (no sign, no leading zero) in numeric order: the shorter
 * is the smaller, and among equal lengths the text's order is the number's. Asked for every event of a replay, where a
 * BigInt for each side was a tenth of the time the log took to fold.
 */
function compareCounts(a: string, b: string): number {
  return a.length - b.length || (a < b ? -1 : a > b ? 1 : 0);
}

export function isAtOrBefore(a: LogCursor, b: LogCursor): boolean {
  const byTransaction = compareCounts(a.transactionId, b.transactionId);
  return byTransaction < 0 || (byTransaction === 0 && compareCounts(a.position, b.position) <= 0);
}

export const later = (a: LogCursor, b: LogCursor) => (isAtOrBefore(a, b) ? b : a);
