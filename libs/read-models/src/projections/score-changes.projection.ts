import type { RecordedEvent } from '@jixiao/event-store';
import type { Queryable } from '@jixiao/event-store';
import { reportIdOf } from '@jixiao/domain';
import { ReportFolds } from './report-folds';
import { ComputedScores, computedScoresOf, ScoreChangeRow, systemChangeRows, userChangeRows } from './score-change-rows';
import { copyText } from './copy-text';
import type { Write } from './lane';

export const SCORE_CHANGES = 'score-changes';

/**
 * One row per score change across reports: the preparer's self scores, the reviewer's adjustments and the
 * worker's recomputed scores. Asynchronous: it follows the committed log behind a checkpoint.
 */
export class ScoreChangesProjection {
  private readonly computed = new Map<string, ComputedScores>();

  /** `folds` may be shared with the report models when one pass over the log rebuilds both. */
  constructor(
    private readonly db: Queryable,
    private readonly startsAtZero: boolean,
    private readonly folds = new ReportFolds(db, startsAtZero),
  ) {}

  async handle(batch: RecordedEvent[]): Promise<number> {
    await Promise.all([this.folds.preload(batch), this.preloadComputed(batch)]);
    const rows = batch.flatMap((event) => this.rowsOf(event));
    await insertScoreChanges(this.db, rows);
    return rows.length;
  }

  /** Lets a report go once nothing later in the log can touch it. */
  forget(reportId: string): void {
    this.computed.delete(reportId);
  }

  /** Folds one event (a report event into the shared folds) and returns the rows it makes. */
  rowsOf(event: RecordedEvent): ScoreChangeRow[] {
    const stream = reportIdOf(event.streamId);
    if (!stream) return [];
    if (stream.isCompanion) {
      if (event.type !== 'ScoresRecomputed') return [];
      const report = this.folds.get(stream.reportId)?.report;
      const rows = report ? systemChangeRows(event, report, this.computed.get(stream.reportId)) : [];
      this.computed.set(stream.reportId, computedScoresOf(event.data));
      return rows;
    }
    const step = this.folds.apply(event);
    if (step?.current.type !== 'SelfScoreChanged' && step?.current.type !== 'ScoreAdjusted') return [];
    return userChangeRows(event, step.before, step.current.data);
  }

  private async preloadComputed(batch: RecordedEvent[]): Promise<void> {
    if (this.startsAtZero) return;
    const missing = [...new Set(batch.filter((e) => e.type === 'ScoresRecomputed').map((e) => e.streamId))].filter(
      (stream) => !this.computed.has(reportIdOf(stream)!.reportId),
    );
    if (!missing.length) return;
    const { rows } = await this.db.query(
      `SELECT DISTINCT ON (stream_id) stream_id, data FROM events
       WHERE stream_id = ANY($1) AND position < $2 AND type = 'ScoresRecomputed' ORDER BY stream_id, version DESC`,
      [missing, batch[0].position],
    );
    for (const row of rows) this.computed.set(reportIdOf(row.stream_id)!.reportId, computedScoresOf(row.data));
  }
}

export const INSERT_SCORE_CHANGES = `INSERT INTO score_changes SELECT * FROM jsonb_populate_recordset(NULL::score_changes, $1)`;

// Every column a row has, in the order they are copied (a field added to ScoreChangeRow fails to compile here).
const COPIED: Record<keyof ScoreChangeRow, true> = {
  position: true,
  seq: true,
  report_id: true,
  revision: true,
  fiscal_year: true,
  department: true,
  indicator_id: true,
  indicator_name: true,
  from_score: true,
  to_score: true,
  actor_username: true,
  actor_role: true,
  actor_department: true,
  at: true,
  reason: true,
  source: true,
};
const COLUMNS = Object.keys(COPIED) as (keyof ScoreChangeRow)[];

/** Many rows at once (the rebuild): COPY, which the database parses far faster than a JSON document. */
export const copyScoreChanges = (rows: ScoreChangeRow[]): Write => ({
  copy: `COPY score_changes (${COLUMNS.join(', ')}) FROM STDIN`,
  text: copyText(rows, COLUMNS),
});

async function insertScoreChanges(db: Queryable, rows: ScoreChangeRow[]): Promise<void> {
  if (rows.length) await db.query(INSERT_SCORE_CHANGES, [JSON.stringify(rows)]);
}
