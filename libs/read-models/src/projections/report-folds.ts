import { evolve, initialReport, Report, ReportEvent, reportIdOf, reportStreamOf, upcastReportEvent } from '@jixiao/domain';
import { EVENT_COLUMNS, Queryable, RecordedEvent, toRecordedEvent } from '@jixiao/event-store';
import type { ProjectFormResult } from '@jixiao/scoring';
import { recordedResultOf, ScoresRecomputedData } from '../report-view';

export interface FoldedReport {
  report: Report;
  createdAt: string;
  updatedAt: string;
  /** The report as it stood when last in `published` state: the public view keeps it through a revision. */
  published: Report | null;
  /** The version whose event last changed the document (evolve keeps the document object when an event does not). */
  documentSince: number;
  /** The last scores the worker recorded for the report (ScoresRecomputed), if any. */
  recorded: ScoresRecomputedData | null;
}

/**
 * Report states folded from the log. A fold that starts at position 0 knows every stream; one that starts later
 * loads the earlier events of the streams a batch touches, in one query per batch.
 */
export class ReportFolds {
  private readonly folds = new Map<string, FoldedReport>();

  constructor(
    private readonly db: Queryable,
    private readonly startsAtZero: boolean,
  ) {}

  get(reportId: string): FoldedReport | undefined {
    return this.folds.get(reportId);
  }

  /** Lets a report go once nothing later in the log can touch it (a replay has written it). */
  forget(reportId: string): void {
    this.folds.delete(reportId);
  }

  all(): IterableIterator<FoldedReport> {
    return this.folds.values();
  }

  async preload(batch: RecordedEvent[]): Promise<void> {
    if (this.startsAtZero || !batch.length) return;
    const missing = [...new Set(batch.map((e) => reportIdOf(e.streamId)?.reportId).filter((id): id is string => !!id))].filter(
      (id) => !this.folds.has(id),
    );
    if (!missing.length) return;
    const { rows } = await this.db.query(
      `SELECT ${EVENT_COLUMNS} FROM events WHERE stream_id = ANY($1) AND position < $2 ORDER BY position`,
      [missing.map(reportStreamOf), batch[0].position],
    );
    rows.map(toRecordedEvent).forEach((event) => this.apply(event));
  }

  /** Folds one report event; returns the report before and after it, or null for any other stream. */
  apply(event: RecordedEvent): { before: Report; after: Report; current: ReportEvent } | null {
    const stream = reportIdOf(event.streamId);
    if (!stream || stream.isCompanion) return null;
    const at = event.metadata?.at ?? event.recordedAt;
    const fold = this.folds.get(stream.reportId) ?? {
      report: initialReport(),
      createdAt: at,
      updatedAt: at,
      published: null,
      documentSince: 0,
      recorded: null,
    };
    const current = upcastReportEvent(event);
    const after = evolve(fold.report, current);
    this.folds.set(stream.reportId, {
      report: after,
      createdAt: fold.createdAt,
      updatedAt: at,
      published: after.state === 'published' ? after : fold.published,
      documentSince: after.document === fold.report.document ? fold.documentSince : after.version,
      recorded: fold.recorded,
    });
    return { before: fold.report, after, current };
  }

  /** Keeps a report's last recorded scores (a ScoresRecomputed of its companion stream); other events are ignored. */
  noteRecorded(event: RecordedEvent): void {
    if (event.type !== 'ScoresRecomputed') return;
    const stream = reportIdOf(event.streamId);
    const fold = stream?.isCompanion ? this.folds.get(stream.reportId) : undefined;
    if (fold) fold.recorded = event.data as ScoresRecomputedData;
  }

  /**
   * The report's score result from its recorded scores, when they were computed for the document it has now: no
   * event changed the document after the version they scored (so its hash is their input hash), same rules version.
   * Else null, and the view scores the document again.
   */
  recordedResult(fold: FoldedReport): ProjectFormResult | null {
    const recorded = fold.recorded;
    if (!recorded || !(recorded.reportVersion >= fold.documentSince && recorded.reportVersion <= fold.report.version))
      return null;
    return recordedResultOf(fold.report, recorded);
  }
}
