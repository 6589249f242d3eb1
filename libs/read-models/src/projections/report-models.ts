import { toReportView } from '../report-view';
import type { Queryable } from '../report-projector';
import { summaryRowOf } from '../report-summary-row';
import { forEachPage, FoldedReport, ReportFolds } from './report-folds';

const PAGE = 5000;
const WRITE_BATCH = 500;

export interface RebuildCount {
  events: number;
  rows: number;
}

/**
 * Rebuilds report_summary and report_view (in whichever schema the search_path names first) from the events
 * alone: every report folded in memory, then written in batches of one statement per table.
 */
export async function rebuildReportModels(db: Queryable): Promise<RebuildCount> {
  await db.query('DELETE FROM report_view');
  await db.query('DELETE FROM report_summary');
  const folds = new ReportFolds(db, true);
  const events = await forEachPage(db, PAGE, (page) => page.forEach((event) => folds.apply(event)));
  const reports = [...folds.all()].filter((fold) => fold.report.exists);
  for (let i = 0; i < reports.length; i += WRITE_BATCH) await writeBatch(db, reports.slice(i, i + WRITE_BATCH));
  return { events, rows: reports.length };
}

async function writeBatch(db: Queryable, folds: FoldedReport[]): Promise<void> {
  const views = folds.map((fold) => ({ fold, view: toReportView(fold.report) }));
  const summaries = views.map(({ fold, view }) => summaryRowOf(view, fold.createdAt, fold.updatedAt));
  const rows = views.map(({ fold, view }) => ({
    id: view.id,
    view,
    public_view: fold.published === null ? null : fold.published === fold.report ? view : toReportView(fold.published),
  }));
  await db.query(`INSERT INTO report_summary SELECT * FROM jsonb_populate_recordset(NULL::report_summary, $1)`, [JSON.stringify(summaries)]);
  await db.query(`INSERT INTO report_view SELECT * FROM jsonb_populate_recordset(NULL::report_view, $1)`, [JSON.stringify(rows)]);
}
