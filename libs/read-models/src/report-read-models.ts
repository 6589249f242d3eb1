import type { Pool } from 'pg';
import type { Queryable } from '@jixiao/event-store';
import { InlineProjection, ReportStreams } from '@jixiao/reports';
import { summaryRowOf } from './report-summary-row';
import { ReportView, toReportView } from './report-view';

const SUMMARY_UPDATED = [
  'kind',
  'state',
  'version',
  'revision',
  'fiscal_year',
  'department',
  'department_name',
  'title',
  'total_self',
  'total_computed',
  'grade',
  'error_flags',
  'annual_budget',
  'executed',
  'ever_signed_off',
  'published_revision',
  'updated_at',
];

// created_at is left out of the update: it is the time of the report's first event, as a rebuild sets it.
// The summary goes first for report_view's foreign key; both are one statement, one round trip.
const UPSERT_READ_MODELS = `
  WITH summary AS (
    INSERT INTO report_summary SELECT * FROM jsonb_populate_record(NULL::report_summary, $1)
    ON CONFLICT (id) DO UPDATE SET (${SUMMARY_UPDATED.join(', ')}) = (${SUMMARY_UPDATED.map((c) => `EXCLUDED.${c}`).join(', ')})
    RETURNING id)
  INSERT INTO report_view (id, view, public_view) SELECT id, $2, CASE WHEN $3 THEN $2::jsonb END FROM summary
  ON CONFLICT (id) DO UPDATE SET view = $2, public_view = CASE WHEN $3 THEN $2::jsonb ELSE report_view.public_view END`;

/** report_summary and report_view, written with the events of every command. */
export const reportReadModels: InlineProjection<ReportView> = {
  viewOf: toReportView,
  async write(tx: Queryable, view: ReportView, at: string): Promise<void> {
    await tx.query({
      name: 'jixiao-report-read-models',
      text: UPSERT_READ_MODELS,
      values: [JSON.stringify(summaryRowOf(view, at, at)), JSON.stringify(view), view.state === 'published'],
    });
  },
};

/** The report streams as the API, the CLI and the worker use them: every command keeps the read models in step. */
export const reportStreams = (pool: Pool) => new ReportStreams(pool, reportReadModels);
export type ReportStreamsWithViews = ReportStreams<ReportView>;
