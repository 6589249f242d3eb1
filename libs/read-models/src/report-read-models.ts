import type { Pool } from 'pg';
import type { AlongsideWrite } from '@jixiao/event-store';
import { InlineProjection, ReportStreams } from '@jixiao/reports';
import { ScoredRows, scoreDocument } from '@jixiao/scoring';
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
// The summary goes first for the foreign keys of report_view and report_search. All run in the append's statement
// (see Alongside): their input is { summary, view, published }, present only when the events were inserted.
// report_search is left alone unless the title or the department name changed (migrations/1766000000000).
const WRITES: AlongsideWrite[] = [
  {
    as: 'summary',
    sql: `INSERT INTO report_summary SELECT r.* FROM alongside_input, jsonb_populate_record(NULL::report_summary, input->'summary') r
      ON CONFLICT (id) DO UPDATE SET (${SUMMARY_UPDATED.join(', ')}) = (${SUMMARY_UPDATED.map((c) => `EXCLUDED.${c}`).join(', ')})
      RETURNING id`,
  },
  {
    as: 'search',
    sql: `INSERT INTO report_search (id, title, department_name)
      SELECT summary.id, input->'summary'->>'title', input->'summary'->>'department_name' FROM summary, alongside_input
      ON CONFLICT (id) DO UPDATE SET title = EXCLUDED.title, department_name = EXCLUDED.department_name
      WHERE (report_search.title, report_search.department_name) IS DISTINCT FROM (EXCLUDED.title, EXCLUDED.department_name)
      RETURNING id`,
  },
  {
    as: 'view_written',
    sql: `INSERT INTO report_view (id, view, public_view)
      SELECT summary.id, input->'view', CASE WHEN (input->>'published')::boolean THEN input->'view' END FROM summary, alongside_input
      ON CONFLICT (id) DO UPDATE SET view = EXCLUDED.view, public_view = COALESCE(EXCLUDED.public_view, report_view.public_view)
      RETURNING id`,
  },
];

const written = new WeakMap<ReportView, string>();

/**
 * A command's view as JSON text, written once: the append's statement carries it to report_view and the reply
 * (replyOf) sends the same text, instead of serialising the report twice. A view is not changed once built.
 */
export function viewJsonOf(view: ReportView): string {
  let json = written.get(view);
  if (json === undefined) {
    json = JSON.stringify(view);
    written.set(view, json);
  }
  return json;
}

/** A command's report is scored again with the rows its change did not replace taken as they were scored. */
const scoredRows: ScoredRows = new WeakMap();

/** report_summary, report_search and report_view, written with the events of every command, in the append's one statement. */
export const reportReadModels: InlineProjection<ReportView> = {
  viewOf: (report) => toReportView(report, scoreDocument(report.document, scoredRows)),
  writesOf: (view: ReportView, at: string) => {
    const summary = summaryRowOf(view, at, at);
    const published = view.state === 'published';
    return {
      name: 'report-read-models',
      input: { summary, view, published },
      inputJson: `{"summary":${JSON.stringify(summary)},"view":${viewJsonOf(view)},"published":${published}}`,
      writes: WRITES,
    };
  },
};

/** The report streams as the API, the CLI and the worker use them: every command keeps the read models in step. */
export const reportStreams = (pool: Pool) => new ReportStreams(pool, reportReadModels);
export type ReportStreamsWithViews = ReportStreams<ReportView>;
