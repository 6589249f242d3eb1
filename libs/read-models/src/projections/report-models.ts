import type { ScoreResult } from '@jixiao/scoring';
import { toReportView } from '../report-view';
import { summaryRowOf } from '../report-summary-row';
import type { FoldedReport } from './report-folds';
import type { Write } from './lane';

const WRITE_BATCH = 500;

const INSERT_SUMMARIES = `INSERT INTO report_summary SELECT * FROM jsonb_populate_recordset(NULL::report_summary, $1)`;

const INSERT_SEARCH = `
  INSERT INTO report_search (id, title, department_name)
  SELECT id, title, department_name FROM jsonb_to_recordset($1) AS r(id uuid, title text, department_name text)`;

// A report still in its published state shows the same view publicly: the view is sent and parsed once.
const INSERT_VIEWS = `
  INSERT INTO report_view (id, view, public_view)
  SELECT id, view, CASE WHEN is_public THEN view ELSE public_view END
  FROM jsonb_to_recordset($1) AS r(id uuid, view jsonb, public_view jsonb, is_public boolean)`;

/** Where a replay sends its writes: the rebuild's own connection, or a worker thread's parent that owns it. */
export type WriteSink = (writes: Write[]) => Promise<void>;

/**
 * Writes report_summary, report_search and report_view rows (in whichever schema the search_path names first), one statement
 * per table per batch, each report once.
 */
export class ReportModelWriter {
  private readonly written = new Set<string>();
  /** How many views were built from recorded scores rather than by scoring the document again. */
  reused = 0;

  /** `reuse`: a fold's recorded scores when they still hold (ReportFolds.recordedResult), else null. */
  constructor(
    private readonly sink: WriteSink,
    private readonly reuse: (fold: FoldedReport) => ScoreResult | null = () => null,
  ) {}

  get count(): number {
    return this.written.size;
  }

  async write(folds: FoldedReport[]): Promise<void> {
    const reports = folds.filter((fold) => fold.report.exists && !this.written.has(fold.report.id));
    for (let i = 0; i < reports.length; i += WRITE_BATCH) {
      const reuse = (fold: FoldedReport) => {
        const result = this.reuse(fold);
        if (result) this.reused++;
        return result;
      };
      const [summaries, views] = statementsOf(reports.slice(i, i + WRITE_BATCH), reuse);
      await this.sink([
        [INSERT_SUMMARIES, [summaries]],
        [INSERT_SEARCH, [summaries]],
        [INSERT_VIEWS, [views]],
      ]);
    }
    reports.forEach((fold) => this.written.add(fold.report.id));
  }
}

function statementsOf(folds: FoldedReport[], reuse: (fold: FoldedReport) => ScoreResult | null): [string, string] {
  const summaries = [];
  const views = [];
  for (const fold of folds) {
    const view = toReportView(fold.report, reuse(fold));
    summaries.push(summaryRowOf(view, fold.createdAt, fold.updatedAt));
    const isPublic = fold.published === fold.report;
    const publicView = fold.published === null || isPublic ? null : toReportView(fold.published);
    views.push({ id: view.id, view, public_view: publicView, is_public: isPublic });
  }
  return [JSON.stringify(summaries), JSON.stringify(views)];
}
